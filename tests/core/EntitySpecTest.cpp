// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "domain/EntitySpec.h"

#include "domain/Entities.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <limits>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

/// What snapshot() wrote before it wrote JSON itself: the change log holds these bytes, so they must
/// not change.
QString qtSnapshot(const EntitySpec &spec, const Record &record)
{
    QJsonObject object;
    for (qsizetype i = 0; i < spec.fields.size(); ++i) {
        const FieldSpec &field = spec.fields.at(i);
        if (field.has(Logged)) {
            const std::optional<QString> value = field.canonical(record.values.value(i));
            object.insert(field.key, value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null));
        }
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

TEST(EntitySpecTest, SnapshotsAreTheCanonicalJsonTheChangeLogHolds)
{
    const EntitySpec &spec = riskSpec();
    const QStringList texts{
        u""_s,
        u"Ransomware encrypts the transport management system"_s,
        u"Quotes \" and backslashes \\ and / slashes"_s,
        u"Line\nbreaks\r\nand\ttabs"_s,
        u"Bell \a, escape \x1b, delete \x7f"_s,
        u"Umlauts äöü, accents é, CJK 漢字, emoji \U0001F600"_s,
        QString(QChar(0xD800)) + u"lone surrogate"_s,
        u"Spaces   and {braces} [brackets] :colons, commas"_s,
    };
    for (const QString &text : texts) {
        Record record = spec.newRecord();
        record.values[0] = u"R-001"_s;
        record.values[spec.indexOf(u"title")] = text;
        record.values[spec.indexOf(u"description")] = QString(text + text);
        record.values[spec.indexOf(u"owner")] = text.left(3);
        record.values[spec.indexOf(u"likelihood")] = qint64{3};
        record.values[spec.indexOf(u"next_review")] = QDate(2027, 1, 31);
        EXPECT_EQ(spec.snapshot(record), qtSnapshot(spec, record)) << qPrintable(text);
    }
    for (const EntitySpec *kind : Entities::all()) {
        const Record empty = kind->newRecord();
        EXPECT_EQ(kind->snapshot(empty), qtSnapshot(*kind, empty)) << qPrintable(kind->key);
    }
}

TEST(EntitySpecTest, SnapshotsWrittenDirectlyMatchQtForEveryFieldTypeAndCharacter)
{
    EntitySpec spec = riskSpec();
    spec.fields.append(FieldSpec{.key = u"a_flag"_s, .label = "x", .type = FieldType::Boolean});
    spec.fields.append(FieldSpec{.key = u"zz_link"_s, .label = "x", .type = FieldType::Reference});
    spec.fields.append(FieldSpec{.key = u"m_count"_s, .label = "x", .type = FieldType::Integer});
    spec.fields.append(FieldSpec{.key = u"b_when"_s, .label = "x", .type = FieldType::Date});
    spec.fields.append(
        FieldSpec{.key = u"c_hidden"_s, .label = "x", .type = FieldType::Text, .flags = InTable});
    const int flag = spec.indexOf(u"a_flag");
    const int link = spec.indexOf(u"zz_link");
    const int count = spec.indexOf(u"m_count");
    const int when = spec.indexOf(u"b_when");
    const int title = spec.indexOf(u"title");

    // Every character below U+0080 on its own and inside text, and a few beyond it.
    QStringList texts;
    for (char16_t c = 0; c < 0x80; ++c) {
        texts.append(QString(QChar(c)));
        texts.append(u"a"_s + QChar(c) + u"b"_s);
    }
    texts.append({QString(QChar(0xDC00)) + u"lone low"_s,
                  u"pair then lone "_s + QChar(0xD83D),
                  u"\u00a0\u2028\u2029\ufeff\uffff"_s,
                  QString()});
    Record record = spec.newRecord();
    record.values[0] = u"R-001"_s;
    for (const QString &text : std::as_const(texts)) {
        record.values[title] = text;
        EXPECT_EQ(spec.snapshot(record), qtSnapshot(spec, record)) << text.size();
    }

    const QList<QVariant> flags{true, false, QVariant(), u"true"_s};
    const QList<QVariant> numbers{qint64{0},
                                  qint64{-42},
                                  std::numeric_limits<qint64>::max(),
                                  std::numeric_limits<qint64>::min(),
                                  QVariant(),
                                  QVariant(QMetaType::fromType<qint64>()),
                                  u"17"_s};
    const QList<QVariant> dates{QDate(2027, 1, 31),
                                QDate(1, 1, 1),
                                QDate(9999, 12, 31),
                                QDate(10000, 1, 1),
                                QDate(-5, 3, 4),
                                QDate(),
                                QVariant(),
                                u"2026-02-03"_s};
    for (const QVariant &f : flags) {
        for (const QVariant &n : numbers) {
            for (const QVariant &d : dates) {
                record.values[flag] = f;
                record.values[link] = n;
                record.values[count] = n;
                record.values[when] = d;
                EXPECT_EQ(spec.snapshot(record), qtSnapshot(spec, record));
            }
        }
    }

    // A record with fewer values than fields, and specs changed after a snapshot was written.
    const Record shortRecord{RecordId{}, {u"R-002"_s}};
    EXPECT_EQ(spec.snapshot(shortRecord), qtSnapshot(spec, shortRecord));
    spec.fields[title].key = u"zzz_title"_s;
    EXPECT_EQ(spec.snapshot(record), qtSnapshot(spec, record));
    spec.fields[count].flags &= ~Logged;
    EXPECT_EQ(spec.snapshot(record), qtSnapshot(spec, record));
    EntitySpec copy = spec;
    copy.fields[flag].key = u"zy_flag"_s;
    EXPECT_EQ(copy.snapshot(record), qtSnapshot(copy, record));
    EXPECT_EQ(spec.snapshot(record), qtSnapshot(spec, record));
}

TEST(EntitySpecTest, EnumValuesMatchByKeywordLabelOrSynonymWhateverTheCaseAndSeparators)
{
    const EnumSpec spec{u"test"_s,
                        {EnumValue{u"in-treatment"_s, "In treatment"},
                         EnumValue{u"high"_s, "Élevé_Niveau", 0, {u"hoch"_s}},
                         EnumValue{u"none"_s, nullptr}}};
    const auto keywordOf = [&](QStringView text) {
        const EnumValue *value = spec.match(text);
        return value ? value->keyword : u"(none)"_s;
    };
    EXPECT_EQ(keywordOf(u"in-treatment"), u"in-treatment"_s);
    EXPECT_EQ(keywordOf(u"  IN TREATMENT "), u"in-treatment"_s);
    EXPECT_EQ(keywordOf(u"in_treat-ment"), u"in-treatment"_s);
    EXPECT_EQ(keywordOf(u"élevé niveau"), u"high"_s);
    EXPECT_EQ(keywordOf(u"ÉLEVÉNIVEAU"), u"high"_s);
    EXPECT_EQ(keywordOf(u"Hoch"), u"high"_s);
    EXPECT_EQ(keywordOf(u"NONE"), u"none"_s);
    EXPECT_EQ(keywordOf(u"in treatmen"), u"(none)"_s);
    EXPECT_EQ(keywordOf(u"in treatments"), u"(none)"_s);
    EXPECT_EQ(keywordOf(u"  "), u"(none)"_s);
}
