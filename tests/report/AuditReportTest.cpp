// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The internal audit report: its body (reusable by the audit pack), the coverage section, and the PDF.
#include "report/AuditReport.h"

#include "PdfTools.h"
#include "RiskProject.h"
#include "domain/Entities.h"
#include "report/PdfExport.h"
#include "services/AuditChecklist.h"
#include "services/AuditCoverage.h"
#include "services/RecordService.h"

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

RecordId add(Database &db, const EntitySpec &spec, const QList<std::pair<QString, QVariant>> &values)
{
    Record record = spec.newRecord();
    for (const auto &[key, value] : values) {
        record.values[spec.indexOf(key)] = value;
    }
    const auto id = RecordService(db, spec).create(record);
    EXPECT_TRUE(id.hasValue()) << qPrintable(id ? QString() : id.error().message);
    return id ? *id : RecordId{};
}

} // namespace

TEST(AuditReportTest, TheReportHoldsTeamIndependenceChecklistFindingsAndConclusion)
{
    test::RiskProject project;
    Database &db = project.db();
    const RecordId auditor = add(db, personSpec(), {{u"name"_s, u"Nora <i>Eklund</i>"_s}});
    const RecordId programme = add(db,
                                   auditProgrammeSpec(),
                                   {{u"title"_s, u"Cycle"_s},
                                    {u"cycle_start"_s, QDate(2026, 1, 1)},
                                    {u"cycle_end"_s, QDate(2028, 12, 31)}});
    const RecordId audit = add(db,
                               auditSpec(),
                               {{u"title"_s, u"Clause 9 & <b>friends</b>"_s},
                                {u"programme"_s, programme.value},
                                {u"lead_auditor"_s, auditor.value},
                                {u"planned_start"_s, QDate(2026, 5, 1)},
                                {u"conclusion"_s, u"Largely effective."_s}});
    add(db, auditClauseSpec(), {{u"audit"_s, audit.value}, {u"clause"_s, u"9"_s}});
    ASSERT_TRUE(AuditChecklist::generate(db, u"AUD-001"_s).hasValue());
    RecordService items(db, checklistItemSpec());
    ASSERT_TRUE(
        items
            .update(items.getByRef(u"CL-0002"_s)->id,
                    {{u"result"_s, u"nonconformity"_s}, {u"grade"_s, u"major"_s}, {u"notes"_s, u"No plan"_s}})
            .hasValue());
    ASSERT_TRUE(AuditChecklist::raiseFinding(db, u"CL-0002"_s).hasValue());

    QList<ReportBlock> blocks;
    ASSERT_TRUE(AuditReport::appendBody(blocks, db, u"AUD-001"_s).hasValue());
    QList<ReportTable> tables;
    for (const ReportBlock &block : blocks) {
        if (const auto *table = std::get_if<ReportTable>(&block)) {
            tables.append(*table);
        }
    }
    ASSERT_EQ(tables.size(), 2) << "the checklist and one grade of findings";
    EXPECT_EQ(tables.first().rows.size(), 6);
    EXPECT_EQ(tables.last().rows.size(), 1);
    EXPECT_FALSE(AuditReport::appendBody(blocks, db, u"AUD-404"_s).hasValue());

    const auto matrix = AuditCoverage::of(db, u"AP-001"_s);
    ASSERT_TRUE(matrix.hasValue());
    QList<ReportBlock> coverage;
    AuditReport::appendCoverage(coverage, *matrix);
    ASSERT_EQ(coverage.size(), 3);
    const auto *table = std::get_if<ReportTable>(&coverage.last());
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->columns.size(), 5) << "requirement, title and three years";
    EXPECT_EQ(table->rows.size(), matrix->rows.size());

    const auto doc = AuditReport::build(db, test::RiskProject::options(), u"aud-001"_s);
    ASSERT_TRUE(doc.hasValue()) << qPrintable(doc.error().message);
    EXPECT_EQ(doc->version, u"Working draft"_s);
    // The audit report can be put under document control: its record gives the version.
    const EntitySpec &control = documentControlSpec();
    Record controlled = control.newRecord();
    controlled.values[control.indexOf(u"report")] = u"audit-report"_s;
    controlled.values[control.indexOf(u"document_id")] = u"ISMS-AUD"_s;
    controlled.values[control.indexOf(u"version")] = u"1.1"_s;
    ASSERT_TRUE(RecordService(db, control).create(controlled).hasValue());
    const auto underControl = AuditReport::build(db, test::RiskProject::options(), u"aud-001"_s);
    ASSERT_TRUE(underControl.hasValue());
    EXPECT_EQ(underControl->documentId, u"ISMS-AUD"_s);
    EXPECT_EQ(underControl->version, u"1.1 (draft)"_s);
    if (!test::hasProgram(u"pdftotext"_s) || !test::hasProgram(u"qpdf"_s)) {
        GTEST_SKIP() << "pdftotext or qpdf is missing";
    }
    const QString pdf = project.path(u"audit.pdf"_s);
    ASSERT_TRUE(PdfExport::writePdf(*doc, pdf, test::RiskProject::options()).hasValue());
    EXPECT_EQ(test::runProgram(u"qpdf"_s, {u"--check"_s, pdf}).exitCode, 0);
    const QString text = test::pdfPageTexts(pdf, false).join(u'\n');
    EXPECT_TRUE(text.contains(u"Clause 9 & <b>friends</b>"_s)) << "markup prints literally";
    EXPECT_TRUE(text.contains(u"Nora <i>Eklund</i>"_s));
    EXPECT_TRUE(text.contains(u"Major nonconformity (1)"_s));
    EXPECT_TRUE(text.contains(u"Largely effective."_s));
}
