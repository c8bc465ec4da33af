// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace isms::test {

/// One <message> of a Qt Linguist .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment; ///< The disambiguation: part of the message's identity.
    bool isNumerus = false;
    QString type; ///< "unfinished", "vanished" or "obsolete"; empty when the translation is finished.
    QString translation;
    QStringList numerusForms;

    /// What identifies the message at run time: context, source text and disambiguation.
    QString key() const;

    /// The message for a failure message: [context] "source" (comment).
    QString describe() const;

    /// The translated texts: one, or one per plural form.
    QStringList texts() const { return isNumerus ? numerusForms : QStringList{translation}; }
};

/// The messages of one .ts file.
struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error; ///< Why the file could not be read; empty when it was.

    QHash<QString, const TsMessage *> byKey() const;
};

/// Reads a .ts file; TsFile::error says what went wrong.
TsFile readTsFile(const QString &path);

/// The path of a committed catalogue: translations/<fileName>.
QString committedTsFile(const QString &fileName);

} // namespace isms::test
