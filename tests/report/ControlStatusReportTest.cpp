// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/ControlStatusReport.h"

#include "TempProject.h"
#include "domain/Entities.h"
#include "report/StatusChart.h"
#include "services/ControlStatistics.h"
#include "services/DemoData.h"
#include "services/RecordService.h"
#include "services/RequirementService.h"
#include "storage/ChangeLogHead.h"
#include "storage/Database.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace isms {
namespace {

std::unique_ptr<Database> openProject(const QString &path)
{
    auto db = Database::open(path, Database::OpenOptions{});
    EXPECT_TRUE(db.hasValue()) << (db ? "" : qPrintable(db.error().message));
    return db ? std::move(db).value() : nullptr;
}

template <typename T>
QList<T> blocksOf(const ReportDocument &doc)
{
    QList<T> result;
    for (const ReportBlock &block : doc.blocks) {
        if (const T *b = std::get_if<T>(&block)) {
            result.append(*b);
        }
    }
    return result;
}

/// The tables that list controls (five columns, the first "Control").
QList<ReportTable> controlTables(const ReportDocument &doc)
{
    QList<ReportTable> tables;
    for (const ReportTable &table : blocksOf<ReportTable>(doc)) {
        if (table.columns.size() == 5) {
            tables.append(table);
        }
    }
    return tables;
}

class ControlStatusReportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = openProject(m_project.createDemo());
        ASSERT_TRUE(m_db);
    }

    test::TempProject m_project;
    std::unique_ptr<Database> m_db;
};

TEST_F(ControlStatusReportTest, IsAWorkingDraftUntilTheProjectGivesItsDocumentControl)
{
    ReportOptions options;
    const Result<ReportDocument> draft = ControlStatusReport::build(*m_db, options);
    ASSERT_TRUE(draft.hasValue()) << qPrintable(draft.error().message);
    EXPECT_EQ(draft->documentId, u"ISMS-RPT-CTL"_s);
    EXPECT_EQ(draft->version, u"Working draft"_s) << "never an invented 1.0";
    EXPECT_TRUE(draft->approval.isEmpty());

    const EntitySpec &spec = documentControlSpec();
    Record control = spec.newRecord();
    control.values[spec.indexOf(u"report")] = u"control-status"_s;
    control.values[spec.indexOf(u"document_id")] = u"HL-ISMS-07"_s;
    control.values[spec.indexOf(u"version")] = u"2.2"_s;
    const auto id = RecordService(*m_db, spec).create(control);
    ASSERT_TRUE(id.hasValue()) << qPrintable(id.error().message);
    EXPECT_EQ(ControlStatusReport::build(*m_db, options)->version, u"2.2 (draft)"_s);

    // Approval needs its approver and date; then the cover names them.
    EXPECT_FALSE(RecordService(*m_db, spec).update(*id, {{u"status"_s, u"approved"_s}}).hasValue());
    ASSERT_TRUE(RecordService(*m_db, spec)
                    .update(*id,
                            {{u"status"_s, u"approved"_s},
                             {u"version"_s, u"2.3"_s},
                             {u"approved_by"_s, u"Ruth Calder"_s},
                             {u"approval_date"_s, QDate(2026, 11, 2)}})
                    .hasValue());
    const Result<ReportDocument> approved = ControlStatusReport::build(*m_db, options);
    ASSERT_TRUE(approved.hasValue());
    EXPECT_EQ(approved->documentId, u"HL-ISMS-07"_s);
    EXPECT_EQ(approved->version, u"2.3"_s);
    EXPECT_EQ(approved->approval, u"Ruth Calder on 2026-11-02"_s);
    // A second record for the same report is refused: one document control per report.
    EXPECT_FALSE(RecordService(*m_db, spec).create(control).hasValue());
}

TEST_F(ControlStatusReportTest, DescribesTheDocument)
{
    ReportOptions options;
    options.generatedAtUtc = QDateTime(QDate(2026, 11, 23), QTime(17, 40), QTimeZone::utc());
    options.classification = u"Confidential"_s;
    const Result<ReportDocument> doc = ControlStatusReport::build(*m_db, options);
    ASSERT_TRUE(doc.hasValue()) << qPrintable(doc.error().message);
    EXPECT_EQ(doc->documentId, u"ISMS-RPT-CTL"_s);
    EXPECT_EQ(doc->organisation, DemoData::organisation());
    EXPECT_EQ(doc->classification, u"Confidential"_s);
    EXPECT_EQ(doc->generatedAtUtc, options.generatedAtUtc);
    EXPECT_FALSE(doc->title.isEmpty());
    EXPECT_FALSE(doc->subtitle.isEmpty());
    const Result<ChangeLogHead> head = ChangeLogHead::read(*m_db);
    ASSERT_TRUE(head.hasValue());
    EXPECT_EQ(doc->changeLogHead, head->displayText());
    EXPECT_TRUE(doc->changeLogHead.contains(head->shortHash())) << qPrintable(doc->changeLogHead);
}

TEST_F(ControlStatusReportTest, DefaultsToInternalAndNow)
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const Result<ReportDocument> doc = ControlStatusReport::build(*m_db, ReportOptions{});
    ASSERT_TRUE(doc.hasValue());
    EXPECT_EQ(doc->classification, u"Internal"_s);
    EXPECT_EQ(doc->version, u"Working draft"_s);
    EXPECT_GE(doc->generatedAtUtc, before);
    EXPECT_EQ(doc->generatedAtUtc.timeSpec(), Qt::UTC);
}

TEST_F(ControlStatusReportTest, HasASummaryAndOneSectionPerTheme)
{
    const Result<ReportDocument> doc = ControlStatusReport::build(*m_db, ReportOptions{});
    ASSERT_TRUE(doc.hasValue());
    QStringList sections;
    for (const ReportHeading &heading : blocksOf<ReportHeading>(*doc)) {
        if (heading.level == 1) {
            sections.append(heading.text);
        }
    }
    EXPECT_EQ(sections,
              QStringList({u"Summary"_s,
                           u"A.5 Organizational controls"_s,
                           u"A.6 People controls"_s,
                           u"A.7 Physical controls"_s,
                           u"A.8 Technological controls"_s}));
    EXPECT_EQ(blocksOf<ReportStatusChart>(*doc).size(), 1);
}

TEST_F(ControlStatusReportTest, ListsAll93ControlsByTheme)
{
    const Result<ReportDocument> doc = ControlStatusReport::build(*m_db, ReportOptions{});
    ASSERT_TRUE(doc.hasValue());
    const QList<ReportTable> tables = controlTables(*doc);
    ASSERT_EQ(tables.size(), 4);
    const QList<int> expectedRows{37, 8, 14, 34};
    const QStringList clauses{u"5"_s, u"6"_s, u"7"_s, u"8"_s};
    int total = 0;
    for (qsizetype t = 0; t < tables.size(); ++t) {
        EXPECT_EQ(tables[t].rows.size(), expectedRows[t]);
        for (qsizetype r = 0; r < tables[t].rows.size(); ++r) {
            ASSERT_EQ(tables[t].rows[r].size(), 5);
            EXPECT_EQ(tables[t].rows[r][0].text, u"A.%1.%2"_s.arg(clauses[t]).arg(r + 1));
        }
        total += int(tables[t].rows.size());
    }
    EXPECT_EQ(total, 93);
}

TEST_F(ControlStatusReportTest, RowsShowTrackingWithStatusColours)
{
    RequirementService requirements(*m_db);
    RequirementChange change;
    change.status = ImplementationStatus::Planned;
    change.owner = u"Chief <b>Information</b> Security Officer"_s;
    change.targetDate = QDate(2027, 3, 31);
    ASSERT_TRUE(requirements.update(RequirementKey{RequirementKind::Control, u"8.34"_s}, change).hasValue());

    const Result<ReportDocument> doc = ControlStatusReport::build(*m_db, ReportOptions{});
    ASSERT_TRUE(doc.hasValue());
    const QList<ReportTable> tables = controlTables(*doc);
    ASSERT_EQ(tables.size(), 4);
    const QList<ReportTableCell> row = tables[3].rows.last();
    EXPECT_EQ(row[0].text, u"A.8.34"_s);
    EXPECT_EQ(row[2].text, statusLabel(ImplementationStatus::Planned));
    EXPECT_EQ(row[2].background, StatusChart::statusTint(ImplementationStatus::Planned));
    EXPECT_EQ(row[3].text, u"Chief <b>Information</b> Security Officer"_s);
    EXPECT_EQ(row[4].text, u"2027-03-31"_s);
    for (const ReportTable &table : tables) {
        for (const QList<ReportTableCell> &cells : table.rows) {
            EXPECT_TRUE(cells[2].background.isValid());
        }
    }
}

TEST_F(ControlStatusReportTest, CountsMatchTheStatistics)
{
    const Result<QList<Control>> controls = RequirementService(*m_db).controls();
    ASSERT_TRUE(controls.hasValue());
    const StatusSummary expected = ControlStatistics::summarize(controls.value());
    ASSERT_EQ(expected.total(), 93);

    const Result<ReportDocument> doc = ControlStatusReport::build(*m_db, ReportOptions{});
    ASSERT_TRUE(doc.hasValue());
    const QList<ReportStatusChart> charts = blocksOf<ReportStatusChart>(*doc);
    ASSERT_EQ(charts.size(), 1);
    EXPECT_EQ(charts.first().summary.count, expected.count);

    // The counts table: one row per theme plus a totals row; columns in StatusChart::stackOrder().
    ReportTable counts;
    for (const ReportTable &table : blocksOf<ReportTable>(*doc)) {
        if (table.columns.size() == 2 + int(AllStatuses.size())) {
            counts = table;
        }
    }
    ASSERT_EQ(counts.rows.size(), int(AllThemes.size()) + 1);
    for (std::size_t t = 0; t < AllThemes.size(); ++t) {
        const QList<ReportTableCell> &row = counts.rows[qsizetype(t)];
        for (std::size_t s = 0; s < AllStatuses.size(); ++s) {
            EXPECT_EQ(row[qsizetype(s) + 1].text.toInt(),
                      expected.at(AllThemes[t], StatusChart::stackOrder()[s]));
        }
        EXPECT_EQ(row.last().text.toInt(), expected.byTheme(AllThemes[t]));
    }
    EXPECT_EQ(counts.rows.last().last().text.toInt(), 93);
}

TEST(ReportOptionsTest, PaperSizeFollowsTheLocale)
{
    EXPECT_EQ(ReportOptions::defaultPageSize(QLocale(QLocale::English, QLocale::UnitedStates)),
              QPageSize::Letter);
    EXPECT_EQ(ReportOptions::defaultPageSize(QLocale(QLocale::English, QLocale::UnitedKingdom)),
              QPageSize::A4);
    EXPECT_EQ(ReportOptions::defaultPageSize(QLocale(QLocale::German, QLocale::Germany)), QPageSize::A4);
    EXPECT_EQ(ReportOptions::defaultPageSize(QLocale(QLocale::French, QLocale::France)), QPageSize::A4);
    ReportOptions options;
    options.pageSize = QPageSize::Letter;
    EXPECT_EQ(options.effectivePageSize(), QPageSize::Letter);
}

} // namespace
} // namespace isms
