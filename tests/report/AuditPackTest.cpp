// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The audit pack: the registry of sections and its presets, --sections parsing, a sentence for every
// empty section, the contents page numbers of the demo's pack, the evidence index with its folder
// (hashes that match, redacted files listed but not written, left-out files neither), the surveillance
// period and cancellation.
#include "report/AuditPack.h"

#include "PdfTools.h"
#include "RiskProject.h"
#include "TempProject.h"
#include "domain/Entities.h"
#include "report/AuditPackEvidence.h"
#include "report/PdfExport.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

/// Every heading is followed by something that is not a heading of the same or a higher level.
void expectNoBareHeading(const QList<ReportBlock> &blocks)
{
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const auto *heading = std::get_if<ReportHeading>(&blocks.at(i));
        if (!heading) {
            continue;
        }
        qsizetype next = i + 1;
        while (next < blocks.size() && std::holds_alternative<ReportPageBreak>(blocks.at(next))) {
            ++next;
        }
        ASSERT_LT(next, blocks.size()) << qPrintable(heading->text);
        const auto *following = std::get_if<ReportHeading>(&blocks.at(next));
        EXPECT_TRUE(!following || following->level > heading->level)
            << qPrintable(heading->text) << " is followed by " << qPrintable(following->text);
    }
}

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

class AuditPackTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QString path = m_temp.createDemo();
        auto db = Database::open(path, {});
        ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message);
        m_db = std::move(db).value();
    }

    test::TempProject m_temp;
    std::unique_ptr<Database> m_db;
};

} // namespace

TEST(AuditPackRegistryTest, PresetsNameKnownSectionsInPrintOrder)
{
    QSet<QString> keys;
    for (const AuditPackSection &section : AuditPack::sections()) {
        EXPECT_FALSE(keys.contains(section.key)) << qPrintable(section.key);
        keys.insert(section.key);
        EXPECT_FALSE(section.titleText().isEmpty());
        EXPECT_TRUE(section.append);
        for (const QString &preset : section.presets) {
            EXPECT_TRUE(AuditPack::presets().contains(preset)) << qPrintable(preset);
        }
    }
    const QStringList stage1 = AuditPack::presetSections(u"stage1"_s);
    const QStringList stage2 = AuditPack::presetSections(u"stage2"_s);
    const QStringList surveillance = AuditPack::presetSections(u"surveillance"_s);
    for (const char *key :
         {"document-control", "context",     "scope",           "processes", "policy",  "roles",
          "isms-risks",       "risk-method", "risk-assessment", "treatment", "soa",     "objectives",
          "competence",       "changes",     "audit-programme", "audits",    "reviews", "nonconformities",
          "documents",        "mandatory"}) {
        EXPECT_TRUE(stage1.contains(QString::fromLatin1(key))) << key;
        EXPECT_TRUE(stage2.contains(QString::fromLatin1(key))) << key;
    }
    EXPECT_FALSE(stage1.contains(u"evidence"_s));
    EXPECT_TRUE(stage2.contains(u"evidence"_s));
    EXPECT_TRUE(surveillance.contains(u"evidence"_s));
    EXPECT_FALSE(stage1.contains(u"incidents"_s));
    EXPECT_TRUE(stage2.contains(u"incidents"_s));
    EXPECT_EQ(stage2.size(), stage1.size() + 2);
    // Internal or on request only: in no preset.
    for (const QString &preset : AuditPack::presets()) {
        EXPECT_FALSE(AuditPack::presetSections(preset).contains(u"readiness"_s)) << qPrintable(preset);
        EXPECT_FALSE(AuditPack::presetSections(preset).contains(u"risk-register"_s)) << qPrintable(preset);
    }
    EXPECT_TRUE(AuditPack::presetSections(u"stage3"_s).isEmpty());
}

TEST(AuditPackRegistryTest, ParsesSectionListsIntoPrintOrder)
{
    const auto parsed = AuditPack::parseSections(u" soa, Context,soa ,readiness"_s);
    ASSERT_TRUE(parsed.hasValue()) << qPrintable(parsed.error().message);
    EXPECT_EQ(*parsed, (QStringList{u"context"_s, u"soa"_s, u"readiness"_s}));

    const auto unknown = AuditPack::parseSections(u"context,annexes"_s);
    ASSERT_FALSE(unknown.hasValue());
    EXPECT_EQ(unknown.error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(unknown.error().message.contains(u"\"annexes\""_s)) << qPrintable(unknown.error().message);
    EXPECT_TRUE(unknown.error().message.contains(u"risk-assessment"_s))
        << qPrintable(unknown.error().message);

    EXPECT_FALSE(AuditPack::parseSections(u" , "_s).hasValue());
    EXPECT_FALSE(
        AuditPack::resolve(AuditPackRequest{.preset = u"stage9"_s, .sections = {}, .since = {}}).hasValue());
}

TEST(AuditPackEmptyTest, EveryEmptySectionSaysWhy)
{
    test::TempProject temp;
    auto db = temp.create();
    AuditPackRequest request;
    request.sections = AuditPack::parseSections(AuditPack::keyList()).value();
    const auto doc = AuditPack::build(*db, test::RiskProject::options(), request);
    ASSERT_TRUE(doc.hasValue()) << qPrintable(doc.error().message);
    expectNoBareHeading(doc->blocks);
    int paragraphs = 0;
    for (const ReportBlock &block : doc->blocks) {
        paragraphs += std::holds_alternative<ReportParagraph>(block) ? 1 : 0;
    }
    EXPECT_GE(paragraphs, AuditPack::sections().size());
}

TEST_F(AuditPackTest, DemoPackContentsPageNumbersMatchThePages)
{
    AuditPackRequest request;
    request.preset = u"stage2"_s;
    const auto doc = AuditPack::build(*m_db, test::RiskProject::options(), request);
    ASSERT_TRUE(doc.hasValue()) << qPrintable(doc.error().message);
    EXPECT_EQ(doc->documentId, u"ISMS-PACK"_s);
    expectNoBareHeading(doc->blocks);
    const QString pdf = m_temp.path(u"pack.pdf"_s);
    ASSERT_TRUE(PdfExport::writePdf(*doc, pdf, test::RiskProject::options()).hasValue());
    if (!test::hasProgram(u"pdftotext"_s)) {
        GTEST_SKIP() << "pdftotext is not installed";
    }
    const QStringList pages = test::pdfPageTexts(pdf, true);
    ASSERT_GT(pages.size(), 20);
    // The contents run over as many pages as they need ("Contents (continued)").
    QString contents = pages.at(1);
    ASSERT_TRUE(contents.contains(u"Contents"_s));
    for (qsizetype page = 2; page < pages.size() && pages.at(page).contains(u"Contents (continued)"_s);
         ++page) {
        contents += pages.at(page);
    }
    static const QRegularExpression line(u"^\\s*(\\S.*\\S)\\s{2,}(\\d+)\\s*$"_s,
                                         QRegularExpression::MultilineOption);
    int entries = 0;
    for (auto it = line.globalMatch(contents); it.hasNext();) {
        const auto match = it.next();
        const QString title = match.captured(1);
        const int page = match.captured(2).toInt();
        if (title.startsWith(u"ISMS-PACK"_s)) {
            continue; // the footer
        }
        ++entries;
        ASSERT_GE(page, 3) << qPrintable(title);
        ASSERT_LE(page, pages.size()) << qPrintable(title);
        EXPECT_TRUE(pages.at(page - 1).contains(title)) << qPrintable(title) << " is not on page " << page;
    }
    EXPECT_EQ(entries, AuditPack::presetSections(u"stage2"_s).size());
    for (const char *title : {"Context of the organisation",
                              "Scope of the ISMS",
                              "Risk assessment",
                              "Statement of Applicability, version",
                              "Internal audit programme",
                              "Internal audit reports",
                              "Management review minutes",
                              "Nonconformities and corrective actions",
                              "Evidence index"}) {
        EXPECT_TRUE(contents.contains(QString::fromLatin1(title))) << title;
    }
    EXPECT_FALSE(contents.contains(u"Readiness"_s));
    if (test::hasProgram(u"qpdf"_s)) {
        EXPECT_EQ(test::runProgram(u"qpdf"_s, {u"--check"_s, pdf}).exitCode, 0);
    }
}

TEST_F(AuditPackTest, EvidenceIndexHonoursEachFilesSettingAndTheFolderMatchesIt)
{
    const EntitySpec &spec = evidenceSpec();
    RecordService evidence(*m_db, spec);
    const auto redacted = evidence.getByRef(u"EV-002"_s);
    const auto leftOut = evidence.getByRef(u"EV-003"_s);
    ASSERT_TRUE(redacted.hasValue() && leftOut.hasValue());
    ASSERT_TRUE(evidence.update(redacted->id, {{u"pack_export"_s, u"redact"_s}}).hasValue());
    ASSERT_TRUE(evidence.update(leftOut->id, {{u"pack_export"_s, u"leave_out"_s}}).hasValue());

    const auto entries = AuditPackEvidence::index(*m_db);
    ASSERT_TRUE(entries.hasValue()) << qPrintable(entries.error().message);
    QHash<QString, EvidenceIndexEntry> byRef;
    for (const EvidenceIndexEntry &entry : *entries) {
        byRef.insert(entry.evidenceRef, entry);
    }
    EXPECT_FALSE(byRef.contains(u"EV-003"_s));
    ASSERT_TRUE(byRef.contains(u"EV-002"_s));
    EXPECT_TRUE(byRef.value(u"EV-002"_s).redacted);
    ASSERT_TRUE(byRef.contains(u"EV-001"_s));
    EXPECT_FALSE(byRef.value(u"EV-001"_s).redacted);
    EXPECT_TRUE(byRef.value(u"EV-001"_s).fileName.startsWith(u"EV-001 "_s));

    const QString folder = m_temp.path(u"evidence/out"_s);
    const auto written = AuditPackEvidence::write(*m_db, *entries, folder);
    ASSERT_TRUE(written.hasValue()) << qPrintable(written.error().message);
    EXPECT_EQ(*written, entries->size() - 1);
    const QStringList files = QDir(folder).entryList(QDir::Files);
    EXPECT_EQ(files.size(), *written);
    for (const EvidenceIndexEntry &entry : *entries) {
        const QString path = QDir(folder).filePath(entry.fileName);
        if (entry.redacted) {
            EXPECT_FALSE(QFile::exists(path)) << qPrintable(entry.fileName);
        } else {
            EXPECT_EQ(sha256Of(path), entry.sha256) << qPrintable(entry.fileName);
        }
    }

    // The printed index lists the redacted file as such and leaves the left-out one out.
    AuditPackRequest request;
    request.sections = {u"evidence"_s};
    const auto doc = AuditPack::build(*m_db, test::RiskProject::options(), request);
    ASSERT_TRUE(doc.hasValue());
    const ReportTable *table = nullptr;
    for (const ReportBlock &block : doc->blocks) {
        table = std::get_if<ReportTable>(&block) ? std::get_if<ReportTable>(&block) : table;
    }
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->rows.size(), entries->size());
    bool redactedShown = false;
    for (const auto &row : table->rows) {
        EXPECT_FALSE(row.first().text.startsWith(u"EV-003"_s));
        redactedShown =
            redactedShown
            || (row.first().text.startsWith(u"EV-002"_s) && row.first().text.contains(u"redacted"_s));
    }
    EXPECT_TRUE(redactedShown);
}

TEST(AuditPackEvidenceTest, FileNamesArePortable)
{
    EXPECT_EQ(AuditPackEvidence::fileNameFor(u"EV-001"_s, u"a/b:c*?.pdf"_s), u"EV-001 a_b_c__.pdf"_s);
    EXPECT_EQ(AuditPackEvidence::fileNameFor(u"EV-002"_s, u"..hidden"_s), u"EV-002 hidden"_s);
    EXPECT_EQ(AuditPackEvidence::fileNameFor(u"EV-003"_s, u"  "_s), u"EV-003 file"_s);
}

TEST_F(AuditPackTest, SurveillanceCoversThePeriodSinceTheLastAudit)
{
    const auto all = AuditPackEvidence::index(*m_db);
    const auto recent = AuditPackEvidence::index(*m_db, QDate(2026, 9, 1));
    ASSERT_TRUE(all.hasValue() && recent.hasValue());
    EXPECT_LT(recent->size(), all->size());
    for (const EvidenceIndexEntry &entry : *recent) {
        EXPECT_TRUE(!entry.evidenceDate.isValid() || entry.evidenceDate >= QDate(2026, 9, 1));
    }
    AuditPackRequest request;
    request.preset = u"surveillance"_s;
    request.since = QDate(2026, 9, 1);
    const auto doc = AuditPack::build(*m_db, test::RiskProject::options(), request);
    ASSERT_TRUE(doc.hasValue()) << qPrintable(doc.error().message);
    EXPECT_TRUE(doc->subtitle.contains(u"2026-09-01"_s)) << qPrintable(doc->subtitle);
    expectNoBareHeading(doc->blocks);
    EXPECT_EQ(AuditPack::periodStart(AuditPackRequest{}, QDate(2026, 11, 23)), QDate(2025, 11, 23));
}

/// The first cell of every table row of `blocks` (the references of the registers printed).
static QStringList firstCells(const QList<ReportBlock> &blocks)
{
    QStringList refs;
    for (const ReportBlock &block : blocks) {
        if (const auto *table = std::get_if<ReportTable>(&block)) {
            for (const auto &row : table->rows) {
                refs.append(row.value(0).text);
            }
        }
    }
    return refs;
}

TEST_F(AuditPackTest, SurveillancePrintsOnlyThePeriodsNonconformitiesAndIncidents)
{
    AuditPackRequest request;
    request.preset = u"surveillance"_s;
    request.sections = {u"nonconformities"_s, u"incidents"_s};
    const auto whole =
        AuditPack::build(*m_db,
                         test::RiskProject::options(),
                         AuditPackRequest{.preset = u"stage1"_s, .sections = request.sections, .since = {}});
    request.since = QDate(2026, 11, 1);
    const auto period = AuditPack::build(*m_db, test::RiskProject::options(), request);
    ASSERT_TRUE(whole.hasValue() && period.hasValue());
    const QStringList all = firstCells(whole->blocks);
    const QStringList recent = firstCells(period->blocks);
    // NC-001 was raised in June and closed in October; INC-001 and INC-003 were closed before November.
    for (const QString &ref : {u"NC-001"_s, u"INC-001"_s, u"INC-003"_s}) {
        EXPECT_TRUE(all.contains(ref)) << qPrintable(ref);
        EXPECT_FALSE(recent.contains(ref)) << qPrintable(ref);
    }
    // Open ones stay whenever they were raised; the supplier register prints whole.
    for (const QString &ref : {u"NC-004"_s, u"NC-007"_s, u"INC-002"_s, u"INC-005"_s, u"SUP-001"_s}) {
        EXPECT_TRUE(recent.contains(ref)) << qPrintable(ref);
    }
    EXPECT_LT(recent.size(), all.size());
    expectNoBareHeading(period->blocks);
}

TEST_F(AuditPackTest, CancellingStopsBetweenSections)
{
    int calls = 0;
    const auto doc = AuditPack::build(*m_db,
                                      test::RiskProject::options(),
                                      AuditPackRequest{},
                                      [&calls](int done, int total, const QString &) {
                                          EXPECT_LE(done, total);
                                          return ++calls < 3;
                                      });
    ASSERT_FALSE(doc.hasValue());
    EXPECT_TRUE(AuditPack::isCancellation(doc.error()));
    EXPECT_EQ(calls, 3);
}
