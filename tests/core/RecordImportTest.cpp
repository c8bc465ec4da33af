// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "io/RecordImport.h"

#include "TempProject.h"
#include "domain/Entities.h"
#include "io/RecordExport.h"
#include "io/Xlsx.h"
#include "services/IntegrityService.h"
#include "storage/ChangeLog.h"

#include <QFile>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

QByteArray exported(Database &db, const EntitySpec &spec, bool json)
{
    QByteArray bytes;
    {
        QTextStream out(&bytes);
        const auto records = RecordService(db, spec).all();
        EXPECT_TRUE(records.hasValue());
        if (json) {
            RecordExport::writeJson(spec, *records, {}, out);
        } else {
            RecordExport::writeCsv(spec, *records, {}, out);
        }
    }
    return bytes;
}

QStringList problemTexts(const ImportPreview &preview)
{
    QStringList texts;
    for (const ImportProblem &problem : preview.problems) {
        texts.append(problem.text());
    }
    return texts;
}

} // namespace

TEST(RecordImportTest, OurOwnExportImportsBackWithoutLoss)
{
    test::TempProject temp;
    auto source = temp.create(u"source.isms"_s);
    RecordService threats(*source, threatSpec());
    // Values that CSV and JSON must carry through: a formula, quotes, commas, line breaks, accents.
    ASSERT_TRUE(threats
                    .update(threats.getByRef(u"T-001"_s)->id,
                            {{u"name"_s, u"=HYPERLINK(\"http://x\")"_s},
                             {u"description"_s, u"Zwei \"Zeilen\",\nmit Ümlauten; und <b>Markup</b>"_s}})
                    .hasValue());
    for (const bool json : {false, true}) {
        SCOPED_TRACE(json ? "json" : "csv");
        const QString name = json ? u"json.isms"_s : u"csv.isms"_s;
        auto target = temp.create(name);
        for (const EntitySpec *spec : Entities::all()) {
            if (spec->createdElsewhere) {
                continue; // evidence is exported, never imported: it comes with its file
            }
            const QByteArray bytes = exported(*source, *spec, json);
            const auto table = json ? RecordImport::readJson(bytes, *spec) : RecordImport::readCsv(bytes);
            ASSERT_TRUE(table.hasValue()) << qPrintable(table.error().message);
            const ImportPreview preview = RecordImport::preview(*target, *spec, *table);
            ASSERT_TRUE(preview.isClean()) << qPrintable(problemTexts(preview).join(u'\n'));
            EXPECT_TRUE(preview.ignoredColumns().isEmpty());
            ASSERT_TRUE(RecordImport::apply(*target, *spec, preview).hasValue());
            EXPECT_EQ(exported(*target, *spec, json), bytes);
            // The same file again changes nothing.
            EXPECT_TRUE(RecordImport::preview(*target, *spec, *table).updates.isEmpty());
        }
        target.reset();
        const auto report = IntegrityService::check(temp.path(name));
        ASSERT_TRUE(report.hasValue());
        EXPECT_TRUE(report->isClean()) << qPrintable(report->findings.value(0).message);
    }
}

TEST(RecordImportTest, RecognisesHeadersAndWordsInThreeLanguages)
{
    test::TempProject temp;
    auto db = temp.create();
    for (const QByteArray &file :
         {QByteArray("Threat,Category,Description\nDrone,deliberate,\"two\nlines\"\n"),
          QByteArray("\xEF\xBB\xBF"
                     "Bedrohung;Kategorie;Beschreibung\nDrohne;vors\xC3\xA4tzlich;x\n"),
          QByteArray("Menace;Cat\xC3\xA9gorie\nDrone;d\xC3\xA9lib\xC3\xA9r\xC3\xA9\n")}) {
        const auto table = RecordImport::readCsv(file);
        ASSERT_TRUE(table.hasValue());
        const ImportPreview preview = RecordImport::preview(*db, threatSpec(), *table);
        ASSERT_TRUE(preview.isClean()) << qPrintable(problemTexts(preview).join(u'\n'));
        ASSERT_EQ(preview.creates.size(), 1);
        EXPECT_EQ(preview.creates.constFirst().values.at(threatSpec().indexOf(u"category")).toString(),
                  u"human-deliberate");
    }
}

TEST(RecordImportTest, ReportsEveryProblemWithItsLineAndImportsNothing)
{
    test::TempProject temp;
    auto db = temp.create();
    const qint64 logBefore = ChangeLog::count(*db).value();
    const QByteArray file = "ref,name,category,description\n"
                            "T-100,Fine,natural,\"spans\ntwo lines\"\n"
                            "T-101,,natural,\n"
                            "T-102,Cosmic rays,cosmic,\n"
                            "T-100,Twice,natural,\n"
                            "T-103,\""
                            + QByteArray(201, 'x')
                            + "\",technical,\n"
                              "T-104,Bell\x07,technical,\n";
    const auto table = RecordImport::readCsv(file);
    ASSERT_TRUE(table.hasValue());
    const ImportPreview preview = RecordImport::preview(*db, threatSpec(), *table);
    const QStringList problems = problemTexts(preview);
    ASSERT_EQ(problems.size(), 5) << qPrintable(problems.join(u'\n'));
    EXPECT_TRUE(problems.at(0).startsWith(u"line 4: name: "_s)) << qPrintable(problems.at(0));
    EXPECT_TRUE(problems.at(1).startsWith(u"line 5: category: "_s)) << qPrintable(problems.at(1));
    EXPECT_TRUE(problems.at(2).startsWith(u"line 6: ref: T-100 appears twice"_s))
        << qPrintable(problems.at(2));
    EXPECT_TRUE(problems.at(3).startsWith(u"line 7: name: "_s)) << qPrintable(problems.at(3));
    EXPECT_TRUE(problems.at(4).startsWith(u"line 8: name: "_s)) << qPrintable(problems.at(4));
    EXPECT_FALSE(RecordImport::apply(*db, threatSpec(), preview).hasValue());
    EXPECT_EQ(ChangeLog::count(*db).value(), logBefore);
}

TEST(RecordImportTest, RefusesWhatIsNotTextOrNotTheRightShape)
{
    EXPECT_FALSE(RecordImport::readCsv(QByteArray("name\n\xff\xfe broken\n")).hasValue());
    EXPECT_FALSE(RecordImport::readCsv(QByteArray("name\n\"never closed\n")).hasValue());
    EXPECT_FALSE(RecordImport::readCsv(QByteArray()).hasValue());
    EXPECT_FALSE(RecordImport::readJson(QByteArray("{\"ref\": 1}"), threatSpec()).hasValue());
    EXPECT_FALSE(RecordImport::readJson(QByteArray("[1, 2]"), threatSpec()).hasValue());

    test::TempProject temp;
    auto db = temp.create();
    // A missing required column is named once; a hand mapping fixes it.
    const auto table = RecordImport::readCsv(QByteArray("Title of it,category\nDrone,natural\n"));
    ASSERT_TRUE(table.hasValue());
    const ImportPreview unmapped = RecordImport::preview(*db, threatSpec(), *table);
    ASSERT_EQ(unmapped.problems.size(), 1);
    EXPECT_TRUE(unmapped.problems.constFirst().message.contains(u"Name"_s));
    EXPECT_EQ(unmapped.ignoredColumns(), QStringList{u"Title of it"_s});
    const auto map = RecordImport::parseMap(u"Title of it=name"_s, threatSpec());
    ASSERT_TRUE(map.hasValue());
    EXPECT_TRUE(RecordImport::preview(*db, threatSpec(), *table, *map).isClean());
    EXPECT_FALSE(RecordImport::parseMap(u"Title=colour"_s, threatSpec()).hasValue());
}

TEST(RecordImportTest, AWorkbookIsWrittenAsARealTableAndReadBack)
{
    test::TempProject temp;
    auto source = temp.create(u"source.isms"_s);
    RecordService threats(*source, threatSpec());
    ASSERT_TRUE(threats
                    .update(threats.getByRef(u"T-001"_s)->id,
                            {{u"name"_s, u"=HYPERLINK(\"http://x\")"_s},
                             {u"description"_s, u"Zwei \"Zeilen\",\nmit Ümlauten & <Markup>"_s}})
                    .hasValue());
    const QString workbook = temp.path(u"threats.xlsx"_s);
    const auto records = threats.all();
    ASSERT_TRUE(RecordExport::writeXlsx(workbook, threatSpec(), *records, {}).hasValue());

    // A real workbook: a frozen header row, an autofilter, widths; text cells, never formulas.
    const auto table = Xlsx::readFirstSheet(workbook);
    ASSERT_TRUE(table.hasValue()) << qPrintable(table.error().message);
    ASSERT_EQ(table->rows.size(), records->size() + 1);
    EXPECT_EQ(table->rows.constFirst().mid(0, 3), (QStringList{u"ref"_s, u"name"_s, u"category"_s}));
    EXPECT_EQ(table->rows.at(1).at(1), u"=HYPERLINK(\"http://x\")");
    EXPECT_EQ(table->lines.at(1), 2);
    QuaZip zip(workbook);
    ASSERT_TRUE(zip.open(QuaZip::mdUnzip));
    ASSERT_TRUE(zip.setCurrentFile(u"xl/worksheets/sheet1.xml"_s));
    QuaZipFile sheet(&zip);
    ASSERT_TRUE(sheet.open(QIODevice::ReadOnly));
    const QByteArray xml = sheet.readAll();
    EXPECT_TRUE(xml.contains("state=\"frozen\""));
    EXPECT_TRUE(xml.contains("<autoFilter"));
    EXPECT_TRUE(xml.contains("<cols>"));
    EXPECT_FALSE(xml.contains("<f>")); // no formula anywhere
    // The formula-like name is also marked as text (quote prefix), so that editing it keeps it text.
    EXPECT_TRUE(xml.contains("<c r=\"B2\" s=\"3\" t=\"inlineStr\">")) << xml.left(2000).constData();

    // Imported into another project, it gives the same records.
    auto target = temp.create(u"target.isms"_s);
    const auto read = RecordImport::readFile(workbook, threatSpec());
    ASSERT_TRUE(read.hasValue());
    const ImportPreview preview = RecordImport::preview(*target, threatSpec(), *read);
    ASSERT_TRUE(preview.isClean()) << qPrintable(problemTexts(preview).join(u'\n'));
    ASSERT_TRUE(RecordImport::apply(*target, threatSpec(), preview).hasValue());
    EXPECT_EQ(exported(*target, threatSpec(), false), exported(*source, threatSpec(), false));
}

TEST(RecordImportTest, AWorkbookHoldsTheRegistersThatBelongToItsRegister)
{
    // A risk's assets and controls are link columns of the risks sheet, its tasks a sheet of their own.
    EXPECT_EQ(RecordExport::workbookRegisters(riskSpec()),
              (QList<const EntitySpec *>{&riskSpec(), &treatmentTaskSpec()}));
    EXPECT_EQ(RecordExport::workbookRegisters(assetSpec()),
              (QList<const EntitySpec *>{&assetSpec(), &assetDependencySpec()}));
    EXPECT_EQ(RecordExport::workbookRegisters(threatSpec()), (QList<const EntitySpec *>{&threatSpec()}));
}

TEST(RecordImportTest, FormulaLikeTextIsRecognised)
{
    for (const QString &text : {u"=1+1"_s, u"+1"_s, u"-1"_s, u"@SUM(A1)"_s, u"\tx"_s, u"\rx"_s}) {
        EXPECT_TRUE(Xlsx::looksLikeFormula(text)) << qPrintable(text);
    }
    for (const QString &text : {QString(), u"a=1"_s, u" =1"_s, u"Text"_s}) {
        EXPECT_FALSE(Xlsx::looksLikeFormula(text)) << qPrintable(text);
    }
}

TEST(RecordImportTest, RefusesAFileThatIsNotAWorkbook)
{
    test::TempProject temp;
    const QString fake = temp.path(u"fake.xlsx"_s);
    QFile file(fake);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("this is not a zip file");
    file.close();
    const auto read = RecordImport::readFile(fake, threatSpec());
    ASSERT_FALSE(read.hasValue());
    EXPECT_EQ(read.error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(read.error().message.contains(u"fake.xlsx"_s));
}

TEST(RecordImportTest, ApplyChecksTheRowsAgainWhenTheProjectMovedSinceThePreview)
{
    test::TempProject temp;
    auto db = temp.create(u"p.isms"_s);
    const auto table =
        RecordImport::readCsv("ref,name,category\nT-100,Fine,natural\nT-101,Also fine,natural\n");
    ASSERT_TRUE(table.hasValue());
    const ImportPreview preview = RecordImport::preview(*db, threatSpec(), *table);
    ASSERT_TRUE(preview.isClean()) << qPrintable(problemTexts(preview).join(u'\n'));
    EXPECT_FALSE(preview.validatedAt.isEmpty());
    const int name = threatSpec().indexOf(u"name");

    // A record changed after the preview, with the mark cleared as the preview asks: checked again.
    ImportPreview edited = preview;
    edited.creates[1].values[name] = QString(201, u'x');
    edited.validatedAt.clear();
    const qint64 logBefore = ChangeLog::count(*db).value();
    EXPECT_FALSE(RecordImport::apply(*db, threatSpec(), edited).hasValue());
    EXPECT_EQ(ChangeLog::count(*db).value(), logBefore);

    // The project moved after the preview: the mark no longer holds, so the rows are checked again.
    RecordService threats(*db, threatSpec());
    ASSERT_TRUE(threats.update(threats.getByRef(u"T-001"_s)->id, {{u"name"_s, u"Renamed"_s}}).hasValue());
    ImportPreview stale = preview;
    stale.creates[1].values[name] = QString(201, u'x');
    const qint64 logMoved = ChangeLog::count(*db).value();
    EXPECT_FALSE(RecordImport::apply(*db, threatSpec(), stale).hasValue());
    EXPECT_EQ(ChangeLog::count(*db).value(), logMoved);

    // The preview as made still imports, one logged creation per record.
    ASSERT_TRUE(RecordImport::apply(*db, threatSpec(), preview).hasValue());
    EXPECT_EQ(ChangeLog::count(*db).value(), logMoved + 2);
    EXPECT_EQ(threats.getByRef(u"T-101"_s)->values.at(name).toString(), u"Also fine"_s);
}

TEST(RecordImportTest, ManyRowsAreWrittenInOrderWithOneLogEntryEach)
{
    // More rows than one statement of several rows takes, and some left over: the records, their ids
    // and their change-log entries come in the file's order, and the chain holds.
    test::TempProject temp;
    auto db = temp.create(u"p.isms"_s);
    QByteArray csv("ref,name,category\n");
    constexpr int Rows = 2 * 32 + 7;
    for (int i = 0; i < Rows; ++i) {
        csv += QByteArray("T-") + QByteArray::number(500 + i) + ",Threat " + QByteArray::number(i)
               + ",natural\n";
    }
    const auto table = RecordImport::readCsv(csv);
    ASSERT_TRUE(table.hasValue());
    const ImportPreview preview = RecordImport::preview(*db, threatSpec(), *table);
    ASSERT_TRUE(preview.isClean()) << qPrintable(problemTexts(preview).join(u'\n'));
    const qint64 logBefore = ChangeLog::count(*db).value();
    const auto outcome = RecordImport::apply(*db, threatSpec(), preview);
    ASSERT_TRUE(outcome.hasValue()) << qPrintable(outcome.error().message);
    ASSERT_EQ(outcome->created.size(), Rows);
    EXPECT_EQ(ChangeLog::count(*db).value(), logBefore + Rows);

    RecordService threats(*db, threatSpec());
    const auto entries = ChangeLog::entries(*db, {u"threat"_s, {}, Rows});
    ASSERT_TRUE(entries.hasValue());
    ASSERT_EQ(entries->size(), Rows);
    for (int i = 0; i < Rows; ++i) {
        const RecordId id = outcome->created.at(i);
        if (i > 0) {
            EXPECT_EQ(id.value, outcome->created.at(i - 1).value + 1);
        }
        const auto record = threats.getByRef(u"T-%1"_s.arg(500 + i));
        ASSERT_TRUE(record.hasValue());
        EXPECT_EQ(record->id, id);
        EXPECT_EQ(record->values.at(threatSpec().indexOf(u"name")), u"Threat %1"_s.arg(i));
        EXPECT_EQ(entries->at(i).entityId, QString::number(id.value));
    }
    const auto problems = ChangeLog::verifyChain(*db);
    ASSERT_TRUE(problems.hasValue());
    EXPECT_TRUE(problems->isEmpty());
}
