// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "io/SoaImport.h"

#include "TempProject.h"
#include "domain/Entities.h"
#include "io/Csv.h"
#include "io/Xlsx.h"
#include "services/RecordService.h"
#include "services/SoaRegister.h"
#include "storage/ChangeLog.h"

#include <QFile>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

/// Our own export's CSV form: the JSON keys as columns, reasons joined with ", ", booleans yes/no.
QByteArray soaCsv(const QList<SoaEntry> &entries)
{
    const QStringList keys{u"id"_s,
                           u"title"_s,
                           u"applicable"_s,
                           u"reasons"_s,
                           u"justification"_s,
                           u"status"_s,
                           u"owner"_s,
                           u"implementation"_s,
                           u"theme"_s,
                           u"source"_s,
                           u"source_ref"_s,
                           u"last_reviewed"_s,
                           u"evidence"_s,
                           u"additional"_s};
    QString text = Csv::exportLine(keys) + u"\r\n"_s;
    for (const SoaEntry &entry : entries) {
        const QJsonObject object = SoaRegister::toJson(entry);
        QStringList cells;
        for (const QString &key : keys) {
            const QJsonValue value = object.value(key);
            if (value.isBool()) {
                cells.append(value.toBool() ? u"yes"_s : u"no"_s);
            } else if (value.isArray()) {
                QStringList items;
                for (const QJsonValue &item : value.toArray()) {
                    items.append(item.toString());
                }
                cells.append(items.join(u", "_s));
            } else if (value.isDouble()) {
                cells.append(QString::number(value.toInt()));
            } else {
                cells.append(value.toString());
            }
        }
        text += Csv::exportLine(cells) + u"\r\n"_s;
    }
    return text.toUtf8();
}

SoaImportPreview previewOf(Database &db,
                           const QString &path,
                           SoaEdition edition = SoaEdition::Detect,
                           const QHash<QString, QString> &map = {})
{
    const auto table = SoaImport::readFile(path);
    EXPECT_TRUE(table.hasValue()) << (table ? "" : table.error().message.toStdString());
    return table ? SoaImport::preview(db, *table, map, edition) : SoaImportPreview{};
}

QStringList problemTexts(const SoaImportPreview &preview)
{
    QStringList texts;
    for (const ImportProblem &problem : preview.problems) {
        texts.append(problem.text());
    }
    return texts;
}

const SoaEntry &entryOf(const QList<SoaEntry> &entries, const QString &id)
{
    for (const SoaEntry &entry : entries) {
        if (entry.id == id) {
            return entry;
        }
    }
    static const SoaEntry none;
    ADD_FAILURE() << "no SoA entry " << id.toStdString();
    return none;
}

void setControl(Database &db, const QString &ref, const QHash<QString, QVariant> &values)
{
    RecordService controls(db, controlSpec());
    ASSERT_TRUE(controls.update(controls.getByRef(ref)->id, values).hasValue());
}

/// An SoA with every kind of value: excluded with justification, reasons, an owner, a review date,
/// implementation text with markup, a URL, quotes, a comma and a line break, and additional controls.
void fillSoa(Database &db)
{
    setControl(db,
               u"5.1"_s,
               {{u"status"_s, u"implemented"_s},
                {u"owner"_s, u"CISO"_s},
                {u"reasons"_s, u"legal, good-practice"_s},
                {u"implementation"_s, u"<b>Policy</b> at https://intranet.example/policy, \"v2\"\nsigned"_s},
                {u"last_reviewed"_s, QDate(2026, 3, 14)}});
    setControl(db,
               u"7.4"_s,
               {{u"status"_s, u"not-applicable"_s}, {u"justification"_s, u"No premises; =cloud only"_s}});
    setControl(db, u"8.8"_s, {{u"status"_s, u"partial"_s}, {u"reasons"_s, u"contractual"_s}});
    RecordService additional(db, additionalControlSpec());
    Record cloud = additionalControlSpec().newRecord();
    const auto set = [&cloud](const QString &key, const QVariant &value) {
        cloud.values[additionalControlSpec().indexOf(key)] = value;
    };
    set(u"title"_s, u"Customer data location"_s);
    set(u"source"_s, u"ISO/IEC 27018"_s);
    set(u"source_ref"_s, u"A.11.1"_s);
    set(u"status"_s, u"planned"_s);
    set(u"owner"_s, u"Cloud team"_s);
    set(u"reasons"_s, u"contractual"_s);
    ASSERT_TRUE(additional.create(cloud).hasValue());
    set(u"title"_s, u"Sector reporting"_s);
    set(u"source"_s, u"Sector rule"_s);
    set(u"source_ref"_s, QString());
    set(u"status"_s, u"not-applicable"_s);
    set(u"justification"_s, u"Not in the sector"_s);
    ASSERT_TRUE(additional.create(cloud).hasValue());
}

} // namespace

TEST(SoaImportTest, OurOwnJsonAndCsvImportBackWithoutLoss)
{
    test::TempProject temp;
    auto source = temp.create(u"source.isms"_s);
    fillSoa(*source);
    const auto entries = SoaRegister::read(*source);
    ASSERT_TRUE(entries.hasValue());
    writeFile(temp.path(u"soa.json"_s), QJsonDocument(SoaRegister::toJson(*entries)).toJson());
    writeFile(temp.path(u"soa.csv"_s), soaCsv(*entries));

    for (const QString &name : {u"soa.json"_s, u"soa.csv"_s}) {
        SCOPED_TRACE(name.toStdString());
        auto target = temp.create(u"target-"_s + name + u".isms"_s);
        const SoaImportPreview preview = previewOf(*target, temp.path(name));
        ASSERT_TRUE(preview.isClean()) << problemTexts(preview).join(u'\n').toStdString();
        EXPECT_EQ(preview.edition, SoaEdition::Iso2022);
        EXPECT_TRUE(preview.ignoredColumns.isEmpty()) << preview.ignoredColumns.join(u", "_s).toStdString();
        EXPECT_EQ(preview.additionalCreates.size(), 2);
        ASSERT_TRUE(SoaImport::apply(*target, preview).hasValue());
        const auto imported = SoaRegister::read(*target);
        ASSERT_TRUE(imported.hasValue());
        EXPECT_EQ(*imported, *entries);
        // Importing the same file again changes nothing.
        const SoaImportPreview again = previewOf(*target, temp.path(name));
        EXPECT_TRUE(again.controlChanges.isEmpty());
        EXPECT_TRUE(again.additionalUpdates.isEmpty());
        EXPECT_TRUE(again.additionalCreates.isEmpty());
    }
}

TEST(SoaImportTest, ReadsTheUsualLayoutInGermanAndFrenchWords)
{
    test::TempProject temp;
    auto db = temp.create();
    writeFile(temp.path(u"soa.csv"_s),
              "Nr.;Titel;Anwendbar;Begr\xC3\xBCndung;Umsetzung;Verantwortlich;Beschreibung;Letzte Pr\xC3\xBC"
              "fung;Gr\xC3\xBCnde\n"
              "A.5.1;Leitlinien;ja;;umgesetzt;CISO;Richtlinie freigegeben;31.01.2026;gesetzlich\n"
              "5.2;R\xC3\xB4les;oui;;partiel;;;;\n"
              "A.5.3;x;nein;Kleines Team;;;;;\n"
              "5.4;;non;Pas de direction;;;;;\n"
              "5.5;;1;;teilweise umgesetzt;;;;\n"
              "5.6;;0;Keine Gruppen;nicht anwendbar;;;;\n");
    const SoaImportPreview preview = previewOf(*db, temp.path(u"soa.csv"_s));
    ASSERT_TRUE(preview.isClean()) << problemTexts(preview).join(u'\n').toStdString();
    ASSERT_TRUE(SoaImport::apply(*db, preview).hasValue());
    const auto soa = SoaRegister::read(*db).value();
    EXPECT_EQ(entryOf(soa, u"A.5.1"_s).status, u"implemented"_s);
    EXPECT_EQ(entryOf(soa, u"A.5.1"_s).owner, u"CISO"_s);
    EXPECT_EQ(entryOf(soa, u"A.5.1"_s).implementation, u"Richtlinie freigegeben"_s);
    EXPECT_EQ(entryOf(soa, u"A.5.1"_s).lastReviewed, QDate(2026, 1, 31));
    EXPECT_EQ(entryOf(soa, u"A.5.1"_s).reasons, QStringList{u"legal"_s});
    EXPECT_EQ(entryOf(soa, u"A.5.1"_s).title, u"Policies for information security"_s); // catalogue's
    EXPECT_EQ(entryOf(soa, u"A.5.2"_s).status, u"partial"_s);
    EXPECT_FALSE(entryOf(soa, u"A.5.3"_s).applicable);
    EXPECT_EQ(entryOf(soa, u"A.5.3"_s).justification, u"Kleines Team"_s);
    EXPECT_FALSE(entryOf(soa, u"A.5.4"_s).applicable);
    EXPECT_EQ(entryOf(soa, u"A.5.5"_s).status, u"partial"_s);
    EXPECT_EQ(entryOf(soa, u"A.5.6"_s).status, u"not-applicable"_s);
}

TEST(SoaImportTest, ApplicableYesKeepsTheStatusOrStartsAnExcludedControl)
{
    test::TempProject temp;
    auto db = temp.create();
    setControl(*db, u"5.1"_s, {{u"status"_s, u"partial"_s}});
    setControl(*db, u"5.2"_s, {{u"status"_s, u"not-applicable"_s}, {u"justification"_s, u"Was out"_s}});
    writeFile(temp.path(u"soa.csv"_s), "id,applicable\n5.1,Y\n5.2,yes\n5.3,no\n");
    const SoaImportPreview missing = previewOf(*db, temp.path(u"soa.csv"_s));
    // 5.3 is excluded without any justification, in the file or the project.
    EXPECT_EQ(
        problemTexts(missing),
        QStringList{u"line 4: 5.3 is excluded, so it needs a justification; say why it does not apply."_s});
    setControl(*db, u"5.3"_s, {{u"justification"_s, u"Kept from before"_s}});
    const SoaImportPreview preview = previewOf(*db, temp.path(u"soa.csv"_s));
    ASSERT_TRUE(preview.isClean()) << problemTexts(preview).join(u'\n').toStdString();
    ASSERT_TRUE(SoaImport::apply(*db, preview).hasValue());
    const auto soa = SoaRegister::read(*db).value();
    EXPECT_EQ(entryOf(soa, u"A.5.1"_s).status, u"partial"_s);
    EXPECT_EQ(entryOf(soa, u"A.5.2"_s).status, u"not-started"_s);
    EXPECT_EQ(entryOf(soa, u"A.5.3"_s).status, u"not-applicable"_s);
}

TEST(SoaImportTest, BadRowsAreReportedWithTheirLinesAndNothingChanges)
{
    test::TempProject temp;
    auto db = temp.create();
    writeFile(temp.path(u"soa.csv"_s),
              "Control,Applicable,Status,Justification,Reasons\n"
              "A.5.1,yes,implemented,,legal\n"
              "A.5.99,yes,,,\n"
              "5.1,yes,,,\n"
              "5.2,yes,maybe,,\n"
              "5.3,no,,,\n"
              "5.4,perhaps,,,\n"
              "5.5,no,implemented,Out,\n"
              "5.6,yes,,,whim\n"
              "A.9.2.3,yes,,,\n");
    const qint64 logBefore = ChangeLog::count(*db).value();
    const SoaImportPreview preview = previewOf(*db, temp.path(u"soa.csv"_s), SoaEdition::Iso2022);
    const QStringList problems = problemTexts(preview);
    ASSERT_EQ(problems.size(), 8) << problems.join(u'\n').toStdString();
    EXPECT_TRUE(problems.at(0).startsWith(u"line 3: Control: \"A.5.99\" is none of the 93"_s));
    EXPECT_EQ(problems.at(1), u"line 4: Control: 5.1 appears twice in the file (also line 2)."_s);
    EXPECT_TRUE(problems.at(2).startsWith(u"line 5: Status: \"maybe\" is not a status"_s));
    EXPECT_TRUE(problems.at(3).startsWith(u"line 6: Justification: 5.3 is excluded"_s));
    EXPECT_TRUE(problems.at(4).startsWith(u"line 7: Applicable: \"perhaps\" is neither yes nor no"_s));
    EXPECT_TRUE(problems.at(5).startsWith(u"line 8: Status: the row says the control does not apply"_s));
    EXPECT_TRUE(problems.at(6).startsWith(u"line 9: Reasons: \"whim\" is not a reason"_s));
    EXPECT_TRUE(
        problems.at(7).startsWith(u"line 10: Control: \"A.9.2.3\" is a control of ISO/IEC 27001:2013"_s));
    EXPECT_FALSE(SoaImport::apply(*db, preview).hasValue());
    EXPECT_EQ(ChangeLog::count(*db).value(), logBefore);
    EXPECT_EQ(entryOf(SoaRegister::read(*db).value(), u"A.5.1"_s).status, u"not-started"_s);
}

TEST(SoaImportTest, AdditionalControlsAreChangedByReferenceOrCreated)
{
    test::TempProject temp;
    auto db = temp.create();
    fillSoa(*db);
    writeFile(temp.path(u"soa.json"_s),
              R"([{"id": "AC-001", "title": "Customer data location", "source": "ISO/IEC 27018",
                   "status": "implemented", "applicable": true},
                  {"id": "AC-007", "title": "Supplier <script>alert(1)</script>", "source": "Contract",
                   "implementation": "See https://example.org/?a=1&b=<2>"},
                  {"id": "", "title": "Own rule", "source": "Board decision", "additional": true}])");
    const SoaImportPreview preview = previewOf(*db, temp.path(u"soa.json"_s));
    ASSERT_TRUE(preview.isClean()) << problemTexts(preview).join(u'\n').toStdString();
    EXPECT_EQ(preview.additionalUpdates.size(), 1);
    EXPECT_EQ(preview.additionalCreates.size(), 2);
    const auto outcome = SoaImport::apply(*db, preview);
    ASSERT_TRUE(outcome.hasValue());
    EXPECT_EQ(outcome->additionalCreated.size(), 2);
    const auto soa = SoaRegister::read(*db).value();
    EXPECT_EQ(entryOf(soa, u"AC-001"_s).status, u"implemented"_s);
    EXPECT_EQ(entryOf(soa, u"AC-007"_s).title, u"Supplier <script>alert(1)</script>"_s);
    EXPECT_EQ(entryOf(soa, u"AC-007"_s).implementation, u"See https://example.org/?a=1&b=<2>"_s);
    EXPECT_EQ(entryOf(soa, u"AC-007"_s).status, u"not-started"_s);
    EXPECT_EQ(soa.constLast().title, u"Own rule"_s);
    EXPECT_EQ(soa.size(), 93 + 4);
}

TEST(SoaImportTest, ANewAdditionalControlNeedsATitleAndASource)
{
    test::TempProject temp;
    auto db = temp.create();
    writeFile(temp.path(u"soa.csv"_s), "id,title,source\nAC-003,,Sector rule\n");
    const SoaImportPreview preview = previewOf(*db, temp.path(u"soa.csv"_s));
    ASSERT_EQ(preview.problems.size(), 1);
    EXPECT_EQ(preview.problems.constFirst().line, 2);
}

TEST(SoaImportTest, ReadsAWorkbookAndColumnsMappedByHand)
{
    test::TempProject temp;
    auto db = temp.create();
    const XlsxSheet sheet{
        u"SoA"_s,
        {u"Ctrl"_s, u"In?"_s, u"Why not"_s, u"Who"_s},
        {{u"A.8.1"_s, u"N"_s, u"No endpoints"_s, u"IT"_s}, {u"8.2"_s, u"Y"_s, QString(), u"=Admin"_s}}};
    ASSERT_TRUE(Xlsx::write(temp.path(u"soa.xlsx"_s), {sheet}).hasValue());
    const auto map = SoaImport::parseMap(u"Ctrl=id,In?=applicable,Why not=justification,Who=owner"_s);
    ASSERT_TRUE(map.hasValue());
    const SoaImportPreview preview = previewOf(*db, temp.path(u"soa.xlsx"_s), SoaEdition::Detect, *map);
    ASSERT_TRUE(preview.isClean()) << problemTexts(preview).join(u'\n').toStdString();
    ASSERT_TRUE(SoaImport::apply(*db, preview).hasValue());
    const auto soa = SoaRegister::read(*db).value();
    EXPECT_FALSE(entryOf(soa, u"A.8.1"_s).applicable);
    EXPECT_EQ(entryOf(soa, u"A.8.1"_s).justification, u"No endpoints"_s);
    EXPECT_EQ(entryOf(soa, u"A.8.2"_s).owner, u"=Admin"_s); // imported as text
    EXPECT_FALSE(SoaImport::parseMap(u"Ctrl=colour"_s).hasValue());
}
