// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPageSize>
#include <QString>

#include <optional>

namespace isms {

/// Choices a user makes when exporting or printing a report.
struct ReportOptions
{
    Q_DECLARE_TR_FUNCTIONS(isms::ReportOptions)

public:
    //: The default classification label printed on every page of a report.
    QString classification = tr("Internal");
    /// Unset: the locale's paper size (see defaultPageSize()).
    std::optional<QPageSize::PageSizeId> pageSize;
    /// Invalid: the time of the export.
    QDateTime generatedAtUtc;

    /// pageSize, or the default paper size of the system locale.
    QPageSize::PageSizeId effectivePageSize() const { return pageSize.value_or(defaultPageSize(QLocale())); }

    /// generatedAtUtc in UTC, or the current time when it is invalid.
    QDateTime effectiveGeneratedAtUtc() const;

    /// Letter where US customary units are used (QLocale::ImperialUSSystem), A4 everywhere else.
    static QPageSize::PageSizeId defaultPageSize(const QLocale &locale);
};

} // namespace isms
