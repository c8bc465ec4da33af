// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/RiskCells.h"

#include "report/StatusChart.h"

using namespace Qt::StringLiterals;

namespace isms {

QString RiskCells::none()
{
    return u"\u2014"_s;
}

ReportTableCell RiskCells::text(const QString &text, bool bold)
{
    return ReportTableCell{.text = text, .background = QColor(), .bold = bold, .foreground = QColor()};
}

ReportTableCell RiskCells::coloured(const QString &text, const QColor &colour, bool bold)
{
    return ReportTableCell{.text = text,
                           .background = colour,
                           .bold = bold,
                           .foreground = StatusChart::textColorOn(colour)};
}

ReportTableCell RiskCells::level(const RiskMethod &method, int level)
{
    if (level < 1 || level > method.levels.size()) {
        //: A risk level cell of a risk that has no likelihood or impact yet.
        return text(tr("Not rated"));
    }
    const RiskLevel &riskLevel = method.levels.at(level - 1);
    return coloured(riskLevel.name, QColor::fromRgb(riskLevel.colour), true);
}

ReportTableCell RiskCells::rating(const RiskMethod &method, int level, int likelihood, int impact)
{
    ReportTableCell cell = RiskCells::level(method, likelihood > 0 && impact > 0 ? level : 0);
    if (likelihood > 0 && impact > 0) {
        //: A risk rating under its level: likelihood times impact, "4 × 3".
        cell.text += u'\n' + tr("%1 \u00d7 %2").arg(likelihood).arg(impact);
    }
    return cell;
}

int RiskCells::levelNamed(const RiskMethod &method, const QString &name)
{
    for (qsizetype i = 0; i < method.levels.size(); ++i) {
        if (method.levels.at(i).name == name) {
            return int(i) + 1;
        }
    }
    return 0;
}

QString RiskCells::step(int value)
{
    return value > 0 ? QString::number(value) : none();
}

QString RiskCells::date(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : none();
}

QColor RiskCells::overdueTint()
{
    return QColor::fromRgb(0xF6D0CE);
}

QColor RiskCells::pendingTint()
{
    return QColor::fromRgb(0xFCEEC5);
}

} // namespace isms
