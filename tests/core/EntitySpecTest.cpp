// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "domain/EntitySpec.h"

#include "domain/Entities.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

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
