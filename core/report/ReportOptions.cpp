// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/ReportOptions.h"

namespace isms {

QDateTime ReportOptions::effectiveGeneratedAtUtc() const
{
    return generatedAtUtc.isValid() ? generatedAtUtc.toUTC() : QDateTime::currentDateTimeUtc();
}

QPageSize::PageSizeId ReportOptions::defaultPageSize(const QLocale &locale)
{
    // QLocale::ImperialSystem is the same value as QLocale::ImperialUSSystem.
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
}

} // namespace isms
