// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/AssessmentRunReport.h"

#include "common/Translations.h"
#include "report/RiskReport.h"
#include "services/AssessmentRunService.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace isms {

QString AssessmentRunReport::documentId()
{
    return u"ISMS-RPT-RUN"_s;
}

void AssessmentRunReport::appendRunFacts(QList<ReportBlock> &blocks, const AssessmentRun &run)
{
    blocks.append(ReportHeading{1, tr("The run")});
    blocks.append(ReportParagraph{
        tr("This report prints the method and the risk register exactly as they were frozen when the run "
           "was recorded. Later changes to the risks do not appear here; the fingerprint below lets anyone "
           "confirm with \"isms-cli check\" that the frozen register was not altered since.")});
    const QLocale locale = reportLocale();
    blocks.append(ReportKeyValueList{{
        {tr("Run"), run.ref},
        {tr("Assessed on"), run.date.toString(Qt::ISODate)},
        {tr("Scope"), run.scope},
        {tr("Performed by"), run.performedBy},
        {tr("Risks assessed"), locale.toString(run.data.overview.total)},
        {tr("Notes"), run.notes.isEmpty() ? tr("None") : run.notes},
        {tr("SHA-256 of the frozen register"), run.sha256},
    }});
}

Result<ReportDocument> AssessmentRunReport::build(Database &db,
                                                  const ReportOptions &options,
                                                  const QString &ref)
{
    const auto run = AssessmentRunService(db).getByRef(ref);
    if (!run) {
        return run.error();
    }
    Result<ReportDocument> cover = RiskReport::coverFor(db, options);
    if (!cover) {
        return cover.error();
    }
    ReportDocument doc = std::move(cover).value();
    doc.title = tr("Risk assessment run %1").arg(run->ref);
    doc.subtitle = tr("The risk register as it stood on %1, frozen when the run was recorded")
                       .arg(run->date.toString(Qt::ISODate));
    doc.documentId = documentId();
    // A run is its own record: its reference identifies the version, its assessor approved it.
    doc.version = run->ref;
    doc.approval = tr("%1 on %2").arg(run->performedBy, run->date.toString(Qt::ISODate));
    doc.orientation = QPageLayout::Landscape;

    appendRunFacts(doc.blocks, *run);
    doc.blocks.append(ReportPageBreak{});
    RiskReport::appendBody(doc.blocks, run->data, run->date);
    return doc;
}

} // namespace isms
