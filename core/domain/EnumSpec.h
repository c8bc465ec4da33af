// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace isms {

/// One allowed value of an enumerated field.
struct EnumValue
{
    QString keyword;        ///< stored in the file, written to CSV/JSON, typed on the command line
    const char *label;      ///< QT_TRANSLATE_NOOP("isms::EnumSpec", ...): what users see
    quint32 colour = 0;     ///< 0xRRGGBB for views and reports that colour it; 0 for none
    QStringList synonyms{}; ///< further words an import accepts, in English, German and French
};

/// The values of an enumerated field, in display order.
struct EnumSpec
{
    QString key; ///< "threat_category"
    QList<EnumValue> values;

    /// The value whose keyword, label (English or translated) or synonym matches `text`, ignoring case,
    /// spaces, hyphens and underscores; nullptr when none does.
    const EnumValue *match(QStringView text) const;

    /// The value with exactly this keyword, or nullptr.
    const EnumValue *find(QStringView keyword) const;

    /// The translated label of `keyword` (the keyword itself when it is unknown).
    QString labelOf(QStringView keyword) const;

    /// "natural, human-deliberate, ...": for messages that list what is accepted.
    QString keywordList() const;
};

} // namespace isms
