// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/RiskMethodSection.h"

#include "common/Translations.h"
#include "report/RiskCells.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace isms {

namespace {

/// Step, label and description of every step of a scale, lowest first.
ReportTable scaleTable(const QList<ScaleStep> &steps, const QString &labelTitle)
{
    ReportTable table;
    table.columns = {
        ReportTableColumn{RiskMethodSection::tr("Step"), 0.5, Qt::AlignRight},
        ReportTableColumn{labelTitle, 1.6, Qt::AlignLeft},
        ReportTableColumn{RiskMethodSection::tr("Description"), 6.0, Qt::AlignLeft},
    };
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const ScaleStep &step = steps.at(i);
        table.rows.append(
            {RiskCells::text(QString::number(i + 1)),
             RiskCells::text(step.label, true),
             RiskCells::text(step.description.trimmed().isEmpty() ? RiskCells::none() : step.description)});
    }
    return table;
}

/// The matrix as a table: the most likely row first, the impact steps across, each cell its level.
ReportTable matrixTable(const RiskMethod &method)
{
    ReportTable table;
    //: Corner of the risk matrix table: likelihood down the side, impact across the top.
    table.columns.append(
        ReportTableColumn{RiskMethodSection::tr("Likelihood \\ Impact"), 1.7, Qt::AlignLeft});
    for (qsizetype i = 0; i < method.impact.size(); ++i) {
        table.columns.append(
            ReportTableColumn{u"%1 %2"_s.arg(i + 1).arg(method.impact.at(i).label), 1.0, Qt::AlignHCenter});
    }
    for (qsizetype l = method.likelihood.size(); l >= 1; --l) {
        QList<ReportTableCell> row{
            RiskCells::text(u"%1 %2"_s.arg(l).arg(method.likelihood.at(l - 1).label), true)};
        for (qsizetype i = 1; i <= method.impact.size(); ++i) {
            row.append(RiskCells::level(method, method.levelOf(int(l), int(i))));
        }
        table.rows.append(row);
    }
    return table;
}

ReportTable levelTable(const RiskMethod &method)
{
    ReportTable table;
    table.columns = {
        ReportTableColumn{RiskMethodSection::tr("Level"), 0.5, Qt::AlignRight},
        ReportTableColumn{RiskMethodSection::tr("Name"), 1.4, Qt::AlignLeft},
        ReportTableColumn{RiskMethodSection::tr("Matrix cells"), 0.9, Qt::AlignRight},
        ReportTableColumn{RiskMethodSection::tr("Acceptance"), 6.0, Qt::AlignLeft},
    };
    for (qsizetype level = 1; level <= method.levels.size(); ++level) {
        int cells = 0;
        for (const QList<int> &row : method.matrix) {
            cells += int(std::count(row.cbegin(), row.cend(), int(level)));
        }
        const QString acceptance =
            method.needsRationale(int(level))
                ? RiskMethodSection::tr("Above the acceptance threshold: the risk is treated, or it is "
                                        "retained only with a written acceptance rationale and the risk "
                                        "owner's sign-off.")
                : RiskMethodSection::tr("Within the acceptance threshold: the risk may be retained; the "
                                        "risk owner signs off the residual risk.");
        table.rows.append({RiskCells::text(QString::number(level)),
                           RiskCells::level(method, int(level)),
                           RiskCells::text(reportLocale().toString(cells)),
                           RiskCells::text(acceptance)});
    }
    return table;
}

} // namespace

QString RiskMethodSection::levelText(const RiskMethod &method, int level)
{
    //: A risk level named in a sentence: "Medium (level 2)".
    return tr("%1 (level %2)").arg(method.levelName(level)).arg(level);
}

void RiskMethodSection::append(QList<ReportBlock> &blocks, const RiskMethod &method)
{
    blocks.append(ReportHeading{1, tr("Risk assessment method")});
    blocks.append(ReportParagraph{
        tr("Every information security risk of this ISMS is assessed with the criteria below. Each risk "
           "is rated for likelihood and impact on the two scales; the matrix turns the pair of ratings into "
           "a risk level, and the level is compared with the acceptance threshold. Because every "
           "assessment uses the same scales, matrix and threshold, an assessment made later or by "
           "someone else reaches the same level for the same situation, and results can be compared "
           "over time. The method is stored in the project file, and every change to it is recorded in "
           "the change log.")});
    blocks.append(ReportKeyValueList{{
        {tr("Likelihood scale"), tr("%1 steps").arg(method.likelihood.size())},
        {tr("Impact scale"), tr("%1 steps").arg(method.impact.size())},
        {tr("Risk levels"), tr("%1 levels").arg(method.levels.size())},
        {tr("Acceptance threshold"), levelText(method, method.acceptanceLevel)},
        {tr("Review interval"), tr("%1 months").arg(method.reviewMonths)},
    }});

    blocks.append(ReportHeading{2, tr("Likelihood scale")});
    blocks.append(ReportParagraph{tr("How likely a risk is to occur with the controls that are in place.")});
    blocks.append(scaleTable(method.likelihood, tr("Likelihood")));

    blocks.append(ReportHeading{2, tr("Impact scale")});
    blocks.append(ReportParagraph{tr("How severe the consequences would be if the risk occurred.")});
    blocks.append(scaleTable(method.impact, tr("Impact")));

    blocks.append(ReportHeading{2, tr("Risk matrix")});
    blocks.append(ReportParagraph{
        tr("The level of a risk is read where its likelihood row meets its impact column. The same matrix "
           "gives the residual level from the ratings expected once the treatment is in place.")});
    blocks.append(matrixTable(method));

    blocks.append(ReportHeading{2, tr("Risk levels and acceptance")});
    blocks.append(ReportParagraph{
        tr("The acceptance threshold is %1. A risk whose residual level is at or below it may be retained "
           "once its owner signs it off. A risk above it needs treatment; where it is retained "
           "nevertheless, its owner signs it off only with a written acceptance rationale, which this "
           "report prints with the sign-off.")
            .arg(levelText(method, method.acceptanceLevel))});
    blocks.append(levelTable(method));

    blocks.append(ReportHeading{2, tr("Classification scheme")});
    blocks.append(ReportParagraph{
        tr("Information and assets are classified on this scheme, lowest first; the classification of the "
           "assets concerned informs the impact rating.")});
    blocks.append(scaleTable(method.classification, tr("Class")));

    blocks.append(ReportHeading{2, tr("Review and reassessment")});
    QStringList triggers;
    for (const QString &trigger : method.triggers) {
        if (!trigger.trimmed().isEmpty()) {
            triggers.append(u"\u2022 "_s + trigger.trimmed());
        }
    }
    blocks.append(ReportKeyValueList{{
        {tr("Review interval"),
         tr("Every risk is reassessed at least every %1 months, and its next review date is set in the "
            "register.")
             .arg(method.reviewMonths)},
        {tr("Reassessment triggers"),
         triggers.isEmpty() ? tr("None are defined beyond the review interval.") : triggers.join(u'\n')},
    }});

    if (!method.notes.trimmed().isEmpty()) {
        blocks.append(ReportHeading{2, tr("Notes on the method")});
        blocks.append(ReportParagraph{method.notes.trimmed()});
    }
}

} // namespace isms
