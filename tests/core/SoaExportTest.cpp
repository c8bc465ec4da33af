// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "io/SoaExport.h"

#include "TempProject.h"
#include "domain/Entities.h"
#include "io/Csv.h"
#include "io/Xlsx.h"
#include "services/RecordService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

class SoaExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_temp.create(u"soa.isms"_s);
        ASSERT_TRUE(m_db);
        RecordService controls(*m_db, controlSpec());
        ASSERT_TRUE(controls
                        .update(controls.getByRef(u"5.1"_s)->id,
                                {{u"owner"_s, u"=HYPERLINK(\"http://x\")"_s},
                                 {u"reasons"_s, u"legal, business"_s},
                                 {u"status"_s, u"implemented"_s},
                                 {u"implementation"_s, u"Two \"lines\",\nwith <b>markup</b>"_s}})
                        .hasValue());
        ASSERT_TRUE(
            controls
                .update(controls.getByRef(u"7.6"_s)->id,
                        {{u"status"_s, u"not-applicable"_s}, {u"justification"_s, u"No secure areas."_s}})
                .hasValue());
        Record extra = additionalControlSpec().newRecord();
        extra.values[additionalControlSpec().indexOf(u"title")] = u"Tenant separation"_s;
        extra.values[additionalControlSpec().indexOf(u"source")] = u"ISO/IEC 27017"_s;
        ASSERT_TRUE(RecordService(*m_db, additionalControlSpec()).create(extra).hasValue());
        const auto entries = SoaRegister::read(*m_db);
        ASSERT_TRUE(entries.hasValue());
        m_entries = *entries;
        ASSERT_EQ(m_entries.size(), 94);
    }

    test::TempProject m_temp;
    std::unique_ptr<Database> m_db;
    QList<SoaEntry> m_entries;
};

TEST_F(SoaExportTest, TheWorkbookReadsBackWithOneRowPerEntry)
{
    const QString path = m_temp.path(u"soa.xlsx"_s);
    ASSERT_TRUE(SoaExport::write(path, m_entries).hasValue());
    const auto table = Xlsx::readFirstSheet(path);
    ASSERT_TRUE(table.hasValue()) << qPrintable(table.error().message);
    ASSERT_EQ(table->rows.size(), 95); // the header, 93 Annex A controls and one additional control
    const QStringList header = table->rows.constFirst();
    EXPECT_EQ(header.mid(0, 8),
              (QStringList{u"id"_s,
                           u"title"_s,
                           u"applicable"_s,
                           u"reasons"_s,
                           u"justification"_s,
                           u"status"_s,
                           u"owner"_s,
                           u"implementation"_s}));
    EXPECT_EQ(table->rows.at(1).at(0), u"A.5.1"_s);
    EXPECT_EQ(table->rows.at(1).at(2), u"yes"_s);
    EXPECT_EQ(table->rows.at(1).at(3), u"legal, business"_s);
    EXPECT_EQ(table->rows.at(1).at(6), u"=HYPERLINK(\"http://x\")"_s);
    EXPECT_EQ(table->rows.at(1).at(7), u"Two \"lines\",\nwith <b>markup</b>"_s);
    EXPECT_EQ(table->rows.at(93).at(0), u"A.8.34"_s);
    EXPECT_EQ(table->rows.at(94).at(0), u"AC-001"_s);
    EXPECT_EQ(table->rows.at(94).at(header.indexOf(u"source"_s)), u"ISO/IEC 27017"_s);
    int excluded = 0;
    for (const QStringList &row : table->rows.mid(1)) {
        excluded += row.at(2) == u"no" ? 1 : 0;
    }
    EXPECT_EQ(excluded, 1);
}

TEST_F(SoaExportTest, TheCsvHasOneHeaderAndNeutralisesFormulas)
{
    const QString path = m_temp.path(u"soa.csv"_s);
    ASSERT_TRUE(SoaExport::write(path, m_entries).hasValue());
    const auto rows = Csv::parse(QString::fromUtf8(test::TempProject::readAll(path)));
    ASSERT_TRUE(rows.hasValue());
    ASSERT_EQ(rows->size(), 95);
    EXPECT_EQ(rows->constFirst(), SoaExport::columns());
    EXPECT_EQ(rows->at(1).at(6), u"'=HYPERLINK(\"http://x\")"_s);
    EXPECT_EQ(rows->at(1).at(7), u"Two \"lines\",\nwith <b>markup</b>"_s);
    const QStringList excluded =
        *std::ranges::find_if(*rows, [](const QStringList &row) { return row.constFirst() == u"A.7.6"; });
    EXPECT_EQ(excluded.at(2), u"no"_s);
    EXPECT_EQ(excluded.at(4), u"No secure areas."_s);
}

TEST_F(SoaExportTest, TheJsonHoldsTheContractKeysAndTypes)
{
    const QString path = m_temp.path(u"soa.json"_s);
    ASSERT_TRUE(SoaExport::write(path, m_entries).hasValue());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(test::TempProject::readAll(path), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << qPrintable(error.errorString());
    const QJsonArray array = document.array();
    ASSERT_EQ(array.size(), 94);
    const QJsonObject first = array.at(0).toObject();
    for (const QString &key : {u"id"_s,
                               u"title"_s,
                               u"applicable"_s,
                               u"reasons"_s,
                               u"justification"_s,
                               u"status"_s,
                               u"owner"_s,
                               u"implementation"_s}) {
        EXPECT_TRUE(first.contains(key)) << qPrintable(key);
    }
    EXPECT_TRUE(first.value(u"applicable"_s).isBool());
    EXPECT_EQ(first.value(u"reasons"_s).toArray(), (QJsonArray{u"legal"_s, u"business"_s}));
    EXPECT_EQ(first.value(u"owner"_s).toString(), u"=HYPERLINK(\"http://x\")"_s);
    // What the JSON holds is what the SoA holds.
    EXPECT_EQ(SoaRegister::fromJson(array), m_entries);
    // Keys come in the documented order, one object per line.
    const QString text = QString::fromUtf8(test::TempProject::readAll(path));
    EXPECT_TRUE(text.startsWith(u"[\n  {\"id\": \"A.5.1\", \"title\": "_s)) << qPrintable(text.left(200));
}

TEST_F(SoaExportTest, RefusesAnotherSuffix)
{
    const auto written = SoaExport::write(m_temp.path(u"soa.txt"_s), m_entries);
    ASSERT_FALSE(written.hasValue());
    EXPECT_EQ(written.error().code, ErrorCode::InvalidArgument);
}

} // namespace
