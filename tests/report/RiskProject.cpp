// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "RiskProject.h"

#include "domain/Entities.h"
#include "services/RecordService.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace isms::test {

QDateTime RiskProject::reportTime()
{
    return QDateTime(QDate(2026, 11, 23), QTime(17, 40), QTimeZone::utc());
}

ReportOptions RiskProject::options()
{
    ReportOptions options;
    options.generatedAtUtc = reportTime();
    options.pageSize = QPageSize::A4;
    return options;
}

QHash<QString, QVariant> RiskProject::resolved(const EntitySpec &spec, const QHash<QString, QVariant> &values)
{
    QHash<QString, QVariant> result;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const FieldSpec *field = spec.field(it.key());
        EXPECT_NE(field, nullptr) << qPrintable(it.key());
        if (field && field->type == FieldType::Reference && it.value().typeId() == QMetaType::QString) {
            const EntitySpec *target = Entities::find(field->referenceKind);
            const auto record = RecordService(*m_db, *target).getByRef(it.value().toString());
            EXPECT_TRUE(record.hasValue()) << qPrintable(it.value().toString());
            result.insert(it.key(), record ? QVariant(record->id.value) : QVariant());
        } else {
            result.insert(it.key(), it.value());
        }
    }
    return result;
}

RecordId RiskProject::add(const EntitySpec &spec, const QHash<QString, QVariant> &values)
{
    Record record = spec.newRecord();
    const QHash<QString, QVariant> fields = resolved(spec, values);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        record.values[spec.indexOf(it.key())] = it.value();
    }
    const Result<RecordId> id = RecordService(*m_db, spec).create(record);
    EXPECT_TRUE(id.hasValue()) << (id ? "" : qPrintable(id.error().message));
    return id ? *id : RecordId{};
}

void RiskProject::set(const EntitySpec &spec, const QString &ref, const QHash<QString, QVariant> &values)
{
    RecordService service(*m_db, spec);
    const auto record = service.getByRef(ref);
    ASSERT_TRUE(record.hasValue()) << qPrintable(ref);
    const Result<void> changed = service.update(record->id, resolved(spec, values));
    ASSERT_TRUE(changed.hasValue()) << qPrintable(changed.error().message);
}

RiskProject::RiskProject()
    : m_db(m_temp.create(u"risks.isms"_s, u"Acme Risk Ltd"_s))
{
    add(assetSpec(), {{u"name"_s, u"Customer database"_s}, {u"type"_s, u"information"_s}});
    add(assetSpec(), {{u"name"_s, u"Web shop"_s}, {u"type"_s, u"software"_s}});

    add(riskSpec(),
        {{u"title"_s, u"<b>x</b> leaks via http://example.com"_s},
         {u"owner"_s, u"Olivia Owner"_s},
         {u"threat"_s, u"T-001"_s},
         {u"vulnerability"_s, u"V-001"_s},
         {u"likelihood"_s, qint64{4}},
         {u"impact"_s, qint64{5}},
         {u"treatment"_s, u"modify"_s},
         {u"residual_likelihood"_s, qint64{2}},
         {u"residual_impact"_s, qint64{3}},
         {u"status"_s, u"in-treatment"_s},
         {u"next_review"_s, QDate(2026, 6, 30)}});
    add(riskSpec(),
        {{u"title"_s, u"Laptop theft"_s},
         {u"owner"_s, u"Sam Owner"_s},
         {u"likelihood"_s, qint64{3}},
         {u"impact"_s, qint64{4}},
         {u"treatment"_s, u"modify"_s},
         {u"residual_likelihood"_s, qint64{1}},
         {u"residual_impact"_s, qint64{2}},
         {u"status"_s, u"assessed"_s}});
    add(riskSpec(),
        {{u"title"_s, u"Supplier outage"_s},
         {u"owner"_s, u"Pat Procurement"_s},
         {u"likelihood"_s, qint64{2}},
         {u"impact"_s, qint64{3}},
         {u"treatment"_s, u"retain"_s},
         {u"status"_s, u"accepted"_s}});
    add(riskSpec(),
        {{u"title"_s, u"Retired system"_s},
         {u"likelihood"_s, qint64{1}},
         {u"impact"_s, qint64{1}},
         {u"status"_s, u"closed"_s}});
    add(riskSpec(), {{u"title"_s, u"Shadow IT"_s}, {u"status"_s, u"identified"_s}});

    add(riskAssetSpec(), {{u"risk"_s, u"R-001"_s}, {u"asset"_s, u"AS-001"_s}});
    add(riskAssetSpec(), {{u"risk"_s, u"R-001"_s}, {u"asset"_s, u"AS-002"_s}});
    add(riskAssetSpec(), {{u"risk"_s, u"R-002"_s}, {u"asset"_s, u"AS-001"_s}});
    add(riskControlSpec(), {{u"risk"_s, u"R-001"_s}, {u"control"_s, u"8.7"_s}, {u"role"_s, u"existing"_s}});
    add(riskControlSpec(), {{u"risk"_s, u"R-001"_s}, {u"control"_s, u"8.13"_s}, {u"role"_s, u"planned"_s}});
    add(riskControlSpec(), {{u"risk"_s, u"R-001"_s}, {u"control"_s, u"5.30"_s}, {u"role"_s, u"planned"_s}});

    add(treatmentTaskSpec(),
        {{u"risk"_s, u"R-001"_s},
         {u"title"_s, u"Set up offline backups"_s},
         {u"owner"_s, u"Ivan IT"_s},
         {u"due_date"_s, QDate(2026, 1, 10)},
         {u"status"_s, u"open"_s}});
    add(treatmentTaskSpec(),
        {{u"risk"_s, u"R-002"_s},
         {u"title"_s, u"Encrypt laptops"_s},
         {u"owner"_s, u"Ivan IT"_s},
         {u"due_date"_s, QDate(2027, 2, 1)},
         {u"status"_s, u"in-progress"_s}});
    add(treatmentTaskSpec(),
        {{u"risk"_s, u"R-001"_s},
         {u"title"_s, u"Buy backup storage"_s},
         {u"owner"_s, u"Fay Finance"_s},
         {u"due_date"_s, QDate(2025, 12, 1)},
         {u"status"_s, u"done"_s}});
    add(treatmentTaskSpec(),
        {{u"risk"_s, u"R-002"_s},
         {u"title"_s, u"Write a mobile device policy"_s},
         {u"owner"_s, u"Sam Owner"_s}});

    set(riskSpec(),
        u"R-001"_s,
        {{u"signoff_by"_s, u"Jane Doe"_s},
         {u"signoff_date"_s, QDate(2026, 11, 1)},
         {u"signoff_comment"_s, u"Approved with the backup project."_s},
         {u"acceptance_rationale"_s, u"Kept under quarterly review."_s}});
    set(riskSpec(),
        u"R-003"_s,
        {{u"signoff_by"_s, u"Robert Brown"_s},
         {u"signoff_date"_s, QDate(2026, 10, 15)},
         {u"acceptance_rationale"_s, u"No alternative supplier at an acceptable cost."_s}});
}

} // namespace isms::test
