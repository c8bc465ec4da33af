// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/ProcessReport.h"

#include "domain/Entities.h"
#include "report/DocumentControl.h"
#include "report/RiskReport.h"
#include "storage/RecordRepository.h"

using namespace Qt::StringLiterals;

namespace isms {

namespace {

ReportTableCell cell(const QString &text)
{
    return ReportTableCell{.text = text, .background = {}, .bold = false, .foreground = {}};
}

QString textOf(const Record &record, QStringView key)
{
    return record.values.at(processSpec().indexOf(key)).toString().trimmed();
}

} // namespace

QString ProcessReport::documentId()
{
    return u"ISMS-RPT-PRC"_s;
}

Result<ReportDocument> ProcessReport::build(Database &db, const ReportOptions &options)
{
    Result<ReportDocument> cover = RiskReport::coverFor(db, options);
    if (!cover) {
        return cover.error();
    }
    ReportDocument doc = std::move(cover).value();
    doc.title = tr("ISMS processes and their interactions");
    doc.subtitle = tr("The processes the ISMS needs (4.4), the criteria that control them (8.1) and what "
                      "passes between them");
    doc.documentId = documentId();
    doc.orientation = QPageLayout::Landscape;
    if (auto controlled = DocumentControl::apply(db, u"processes"_s, doc); !controlled) {
        return controlled.error();
    }
    const auto map = ProcessMap::load(db);
    if (!map) {
        return map.error();
    }
    const auto processes = RecordRepository(db, processSpec()).all();
    if (!processes) {
        return processes.error();
    }

    doc.blocks.append(ReportHeading{1, tr("Interaction map")});
    doc.blocks.append(ReportParagraph{
        tr("Each box is a process, each arrow what one process passes to another; a curve below the boxes "
           "closes a circle. Dashed boxes are provided from outside, grey ones planned or retired. %1 "
           "processes, %2 interactions.")
            .arg(map->nodes().size())
            .arg(map->edges().size())});
    doc.blocks.append(ReportProcessMap{*map, 120.0});

    doc.blocks.append(ReportPageBreak{});
    doc.blocks.append(ReportHeading{1, tr("Processes")});
    ReportTable table;
    table.compact = true;
    table.columns = {{tr("Process"), 0.8, Qt::AlignLeft},
                     {tr("Name"), 1.6, Qt::AlignLeft},
                     {tr("Owner"), 1.2, Qt::AlignLeft},
                     {tr("Status"), 0.9, Qt::AlignLeft},
                     {tr("Provided by"), 1.3, Qt::AlignLeft},
                     {tr("Inputs"), 2.0, Qt::AlignLeft},
                     {tr("Outputs"), 2.0, Qt::AlignLeft},
                     {tr("Criteria and control"), 2.8, Qt::AlignLeft}};
    const FieldSpec &status = processSpec().fields.at(processSpec().indexOf(u"status"));
    for (const Record &process : *processes) {
        const bool external = process.values.at(processSpec().indexOf(u"externally_provided")).toBool();
        table.rows.append({cell(EntitySpec::refOf(process)),
                           cell(textOf(process, u"name")),
                           cell(textOf(process, u"owner")),
                           cell(status.enumSpec->labelOf(textOf(process, u"status"))),
                           //: Who runs a process: the organisation itself.
                           cell(external ? textOf(process, u"supplier") : tr("In-house")),
                           cell(textOf(process, u"inputs")),
                           cell(textOf(process, u"outputs")),
                           cell(textOf(process, u"criteria"))});
    }
    if (table.rows.isEmpty()) {
        doc.blocks.append(ReportParagraph{tr("No process is recorded yet.")});
    } else {
        doc.blocks.append(table);
    }

    doc.blocks.append(ReportHeading{1, tr("Interactions")});
    ReportTable interactions;
    interactions.compact = true;
    interactions.columns = {{tr("Interaction"), 0.8, Qt::AlignLeft},
                            {tr("From"), 2.2, Qt::AlignLeft},
                            {tr("To"), 2.2, Qt::AlignLeft},
                            {tr("What passes"), 3.0, Qt::AlignLeft}};
    for (const ProcessEdge &edge : map->edges()) {
        const ProcessNode &from = map->nodes().at(edge.from);
        const ProcessNode &to = map->nodes().at(edge.to);
        interactions.rows.append({cell(edge.ref),
                                  cell(from.ref + u' ' + from.name),
                                  cell(to.ref + u' ' + to.name),
                                  cell(edge.label)});
    }
    if (interactions.rows.isEmpty()) {
        doc.blocks.append(ReportParagraph{tr("No interaction is recorded yet.")});
    } else {
        doc.blocks.append(interactions);
    }
    return doc;
}

} // namespace isms
