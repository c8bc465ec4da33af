// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "TempProject.h"
#include "domain/Entities.h"
#include "io/RecordImport.h"
#include "io/RecordImportRows.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

/// A risk file with something to find in both halves: changes and new records, words read as ratings,
/// links (to new records too), a reference given twice across the halves, unknown assets, a bad rating
/// and a row with too many cells.
QByteArray riskFile()
{
    QByteArray file = "ref,title,owner,likelihood,impact,treatment,assets,planned_controls\n";
    for (int i = 0; i < 40; ++i) {
        const QByteArray n = QByteArray::number(i);
        if (i == 3) {
            file += "R-001,Ransomware,New owner,3,5,modify,\"AS-001, AS-002\",8.13\n";
        } else if (i == 7) {
            file += "R-900,First of two,Ann,likely,major,reduce,AS-003,\n";
        } else if (i == 11) {
            file += ",Bad rating,Ann,9,2,modify,,\n";
        } else if (i == 25) {
            file += "R-900,Second of two,Bob,2,2,modify,,\n";
        } else if (i == 28) {
            file += ",Unknown asset,Bob,2,2,modify,AS-999,\n";
        } else if (i == 31) {
            file += ",Too many,Bob,2,2,modify,,,extra\n";
        } else if (i == 34) {
            file += "R-002,Phishing,Chief Information Security Officer,almost certain,minor,accept,,\n";
        } else {
            file += ",Risk " + n + ",Owner " + n + "," + QByteArray::number(1 + i % 5) + ","
                    + QByteArray::number(1 + (i * 3) % 5) + ",modify,AS-00" + QByteArray::number(1 + i % 9)
                    + ",\"5.15, 8." + QByteArray::number(1 + i % 20) + "\"\n";
        }
    }
    return file;
}

QStringList texts(const QList<ImportProblem> &problems)
{
    QStringList lines;
    for (const ImportProblem &problem : problems) {
        lines.append(problem.text());
    }
    return lines;
}

/// Everything a preview found, as text, to compare two previews whole.
QStringList described(const ImportRows::Outcome &outcome)
{
    QStringList lines = texts(outcome.problems);
    lines.append(outcome.readAs);
    for (qsizetype i = 0; i < outcome.creates.size(); ++i) {
        QStringList values;
        for (const QVariant &value : outcome.creates.at(i).values) {
            values.append(value.toString());
        }
        lines.append(u"create line %1: "_s.arg(outcome.createLines.value(i)) + values.join(u'|'));
    }
    for (const RecordChange &change : outcome.updates) {
        QStringList keys = change.values.keys();
        keys.sort();
        for (const QString &key : std::as_const(keys)) {
            lines.append(
                u"update %1 %2=%3"_s.arg(change.id.value).arg(key, change.values.value(key).toString()));
        }
    }
    for (const LinkAssignment &link : outcome.links) {
        lines.append(u"link %1 %2 %3: %4"_s.arg(link.createIndex)
                         .arg(link.record.value)
                         .arg(link.column, link.ends.join(u',')));
    }
    return lines;
}

class ImportRowsTest : public ::testing::Test
{
protected:
    ImportRows rowsOf(const EntitySpec &spec, const ImportTable &table, const ImportPreview &columns)
    {
        const auto existing = RecordRepository(*m_db, spec).all();
        EXPECT_TRUE(existing.hasValue());
        TextHash<Record> byRef;
        for (const Record &record : existing ? *existing : QList<Record>()) {
            byRef.insert(EntitySpec::refOf(record).toUpper(), record);
        }
        ImportRows rows(spec, table, columns, byRef, RecordLinks::read(*m_db, spec).value(), {});
        rows.settleReferences(0);
        return rows;
    }

    test::TempProject m_temp;
    QString m_path = m_temp.createDemo();
    std::unique_ptr<Database> m_db = Database::open(m_path, {}).value();
};

} // namespace

TEST_F(ImportRowsTest, TwoThreadsFindWhatOneFinds)
{
    const auto table = RecordImport::readCsv(riskFile());
    ASSERT_TRUE(table.hasValue());
    // The preview sorts the columns out; ImportRows then reads the rows one way and the other.
    const ImportPreview columns = RecordImport::preview(*m_db, riskSpec(), *table);
    const ImportRows rows = rowsOf(riskSpec(), *table, columns);
    const ImportRows::Outcome one = rows.read(*m_db, 1'000'000);
    const ImportRows::Outcome two = rows.read(*m_db, 2);
    EXPECT_EQ(one.threads, 1);
    EXPECT_EQ(two.threads, 2);
    EXPECT_EQ(described(two), described(one));

    // What both found: problems in each half, in line order, the second R-900 naming the first.
    const QStringList problems = texts(two.problems);
    ASSERT_EQ(problems.size(), 4) << qPrintable(problems.join(u'\n'));
    EXPECT_TRUE(problems.at(0).startsWith(u"line 13: likelihood: "_s)) << qPrintable(problems.at(0));
    EXPECT_EQ(problems.at(1), u"line 27: ref: R-900 appears twice in the file (also line 9)."_s);
    EXPECT_TRUE(problems.at(2).startsWith(u"line 30: assets: there is no asset \"AS-999\""_s))
        << qPrintable(problems.at(2));
    EXPECT_TRUE(problems.at(3).startsWith(u"line 33: the row has 9 cells"_s)) << qPrintable(problems.at(3));
    EXPECT_EQ(two.readAs, one.readAs);
    EXPECT_GE(two.readAs.size(), 2);
    EXPECT_EQ(two.updates.size(), 2);
    // A link of a new record in the second half points at that record.
    const qsizetype title = riskSpec().indexOf(u"title");
    bool secondHalfLinked = false;
    for (const LinkAssignment &link : two.links) {
        if (link.createIndex >= 0
            && two.creates.at(link.createIndex).values.at(title).toString() == u"Risk 39"_s) {
            secondHalfLinked =
                link.column == u"assets"_s ? link.ends == QStringList{u"AS-004"_s} : secondHalfLinked;
        }
    }
    EXPECT_TRUE(secondHalfLinked);
}

TEST_F(ImportRowsTest, TheWholePreviewIsTheSameOnTwoThreads)
{
    const auto table = RecordImport::readCsv(riskFile());
    ASSERT_TRUE(table.hasValue());
    const ImportPreview one = RecordImport::preview(*m_db, riskSpec(), *table, {}, 1'000'000);
    const ImportPreview two = RecordImport::preview(*m_db, riskSpec(), *table, {}, 2);
    EXPECT_EQ(texts(two.problems), texts(one.problems));
    EXPECT_EQ(two.readAs, one.readAs);
    EXPECT_EQ(two.creates.size(), one.creates.size());
    EXPECT_EQ(two.links.size(), one.links.size());
    EXPECT_FALSE(two.isClean());
}

TEST_F(ImportRowsTest, ARegisterWithRulesAcrossRowsIsReadOnOneThread)
{
    // Asset dependencies keep the links of a file in one graph (to find cycles): never split.
    const auto table =
        RecordImport::readCsv("asset,depends_on\nAS-001,AS-002\nAS-003,AS-004\nAS-005,AS-006\n");
    ASSERT_TRUE(table.hasValue());
    const ImportPreview columns = RecordImport::preview(*m_db, assetDependencySpec(), *table);
    const ImportRows rows = rowsOf(assetDependencySpec(), *table, columns);
    EXPECT_EQ(rows.read(*m_db, 2).threads, 1);
}

TEST_F(ImportRowsTest, WithoutASecondConnectionOneThreadReadsEveryRow)
{
    const auto table = RecordImport::readCsv(riskFile());
    ASSERT_TRUE(table.hasValue());
    const ImportPreview columns = RecordImport::preview(*m_db, riskSpec(), *table);
    const ImportRows rows = rowsOf(riskSpec(), *table, columns);
    const ImportRows::Outcome before = rows.read(*m_db, 1'000'000);
    // The file goes away under the open project: its own connection still reads, a new one cannot.
    ASSERT_TRUE(QFile::rename(m_path, m_path + u".gone"_s));
    const ImportRows::Outcome after = rows.read(*m_db, 2);
    EXPECT_EQ(after.threads, 1);
    EXPECT_EQ(described(after), described(before));
    ASSERT_TRUE(QFile::rename(m_path + u".gone"_s, m_path));
}

TEST_F(ImportRowsTest, InsideATransactionOneThreadSeesWhatItWrote)
{
    QByteArray file = "title,owner,likelihood,impact,assets\n";
    for (int i = 0; i < 20; ++i) {
        file += "Risk " + QByteArray::number(i) + ",Ann,2,3,AS-041\n"; // an asset made below, not committed
    }
    const auto table = RecordImport::readCsv(file);
    ASSERT_TRUE(table.hasValue());
    const auto written = m_db->transaction([&]() -> Result<void> {
        Record asset = assetSpec().newRecord();
        asset.values[0] = u"AS-041"_s;
        asset.values[assetSpec().indexOf(u"name")] = u"New archive"_s;
        asset.values[assetSpec().indexOf(u"type")] = u"information"_s;
        const auto id = RecordRepository(*m_db, assetSpec()).insert(asset);
        EXPECT_TRUE(id.hasValue()) << qPrintable(id ? QString() : id.error().message);
        const ImportPreview columns = RecordImport::preview(*m_db, riskSpec(), *table, {}, 2);
        EXPECT_TRUE(columns.isClean()) << qPrintable(texts(columns.problems).join(u'\n'));
        EXPECT_EQ(columns.creates.size(), 20);
        const ImportRows::Outcome read = rowsOf(riskSpec(), *table, columns).read(*m_db, 2);
        EXPECT_EQ(read.threads, 1);
        EXPECT_TRUE(read.problems.isEmpty());
        return Error{ErrorCode::InvalidArgument, u"rolled back"_s, {}};
    });
    EXPECT_FALSE(written.hasValue());
}

TEST_F(ImportRowsTest, TheWorkerReadsOnlyTheProjectAsTheCallingThreadSeesIt)
{
    const auto table = RecordImport::readCsv(riskFile());
    ASSERT_TRUE(table.hasValue());
    const ImportPreview columns = RecordImport::preview(*m_db, riskSpec(), *table);
    const ImportRows rows = rowsOf(riskSpec(), *table, columns);
    const ImportRows::Outcome before = rows.read(*m_db, 1'000'000);
    // Another project is renamed over the open one (a sync client, a restore): the open connection
    // still reads the old file, a new one would read the other project.
    const QString other = m_temp.createDemo(u"other.isms"_s);
    ASSERT_TRUE(QFile::rename(m_path, m_path + u".old"_s));
    ASSERT_TRUE(QFile::rename(other, m_path));
    const ImportRows::Outcome after = rows.read(*m_db, 2);
    EXPECT_EQ(after.threads, 1);
    EXPECT_EQ(described(after), described(before));
}

TEST_F(ImportRowsTest, ARegisterThatCannotBeReadIsSaidOnceNotAsUnknownReferences)
{
    QByteArray file = "title,owner,likelihood,impact,threat,assets\n";
    for (int i = 0; i < 20; ++i) {
        file += "Risk " + QByteArray::number(i) + ",Ann,2,3,T-001,AS-001\n";
    }
    const auto table = RecordImport::readCsv(file);
    ASSERT_TRUE(table.hasValue());
    const ImportPreview clean = RecordImport::preview(*m_db, riskSpec(), *table, {}, 2);
    ASSERT_TRUE(clean.isClean()) << qPrintable(texts(clean.problems).join(u'\n'));
    for (const QString &gone : {u"threat"_s, u"asset"_s}) {
        // The register's table goes missing under the open project (both connections see it).
        QSqlQuery query(m_db->connection());
        ASSERT_TRUE(query.exec(u"ALTER TABLE %1 RENAME TO %1_gone"_s.arg(gone))) << qPrintable(gone);
        for (const qsizetype minRows : {qsizetype(2), qsizetype(1'000'000)}) {
            const ImportPreview preview = RecordImport::preview(*m_db, riskSpec(), *table, {}, minRows);
            const QStringList problems = texts(preview.problems);
            ASSERT_EQ(problems.size(), 1) << qPrintable(problems.join(u'\n'));
            EXPECT_EQ(preview.problems.constFirst().line, 0) << qPrintable(gone);
            EXPECT_FALSE(problems.constFirst().contains(u"there is no"_s, Qt::CaseInsensitive))
                << qPrintable(problems.constFirst());
            // A read that failed, in words that fit a read: nothing was changed, and what to do.
            EXPECT_TRUE(problems.constFirst().contains(u"could not be read or changed"_s))
                << qPrintable(problems.constFirst());
            EXPECT_TRUE(problems.constFirst().contains(u"isms-cli check"_s));
            EXPECT_TRUE(preview.creates.isEmpty());
        }
        ASSERT_TRUE(query.exec(u"ALTER TABLE %1_gone RENAME TO %1"_s.arg(gone)));
    }
}
