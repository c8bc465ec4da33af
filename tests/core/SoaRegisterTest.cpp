// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The Statement of Applicability as one list: the Annex A controls, then the additional controls
// (schema version 9), with derived reasons and evidence counts, and its JSON form.
#include "services/SoaRegister.h"

#include "TempProject.h"
#include "domain/Entities.h"
#include "services/ApplicabilityRules.h"
#include "services/EvidenceService.h"
#include "services/IntegrityService.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

Record additionalControl(const QString &title, const QString &source, const QString &status)
{
    const EntitySpec &spec = additionalControlSpec();
    Record record = spec.newRecord();
    record.values[spec.indexOf(u"title")] = title;
    record.values[spec.indexOf(u"source")] = source;
    record.values[spec.indexOf(u"status")] = status;
    return record;
}

const SoaEntry *entryOf(const QList<SoaEntry> &entries, const QString &id)
{
    for (const SoaEntry &entry : entries) {
        if (entry.id == id) {
            return &entry;
        }
    }
    return nullptr;
}

} // namespace

TEST(SoaRegisterTest, AdditionalControlsFollowTheAnnexAControlsWithTheirOwnReferences)
{
    test::TempProject temp;
    auto db = temp.create();
    RecordService additional(*db, additionalControlSpec());
    Record cloud =
        additionalControl(u"Deletion of cloud customer data on exit"_s, u"ISO/IEC 27017"_s, u"planned"_s);
    cloud.values[additionalControlSpec().indexOf(u"source_ref")] = u"CLD.8.1.5"_s;
    cloud.values[additionalControlSpec().indexOf(u"reasons")] = u"vertraglich, best practice"_s;
    const auto created = additional.create(cloud);
    ASSERT_TRUE(created.hasValue()) << qPrintable(created.error().message);
    EXPECT_EQ(additional.get(*created)->values.at(0).toString(), u"AC-001"_s);

    // A title and a source are required; the reasons follow the Annex A rules.
    EXPECT_FALSE(additional.create(additionalControl(QString(), u"Own"_s, u"planned"_s)).hasValue());
    EXPECT_FALSE(additional.create(additionalControl(u"Something"_s, QString(), u"planned"_s)).hasValue());
    Record typedRisk = additionalControl(u"Something"_s, u"Own"_s, u"planned"_s);
    typedRisk.values[additionalControlSpec().indexOf(u"reasons")] = u"risk treatment"_s;
    EXPECT_FALSE(additional.create(typedRisk).hasValue());

    const auto entries = SoaRegister::read(*db);
    ASSERT_TRUE(entries.hasValue()) << qPrintable(entries.error().message);
    ASSERT_EQ(entries->size(), 94);
    EXPECT_EQ(entries->first().id, u"A.5.1"_s);
    EXPECT_EQ(entries->at(92).id, u"A.8.34"_s);
    const SoaEntry &last = entries->last();
    EXPECT_EQ(last.id, u"AC-001"_s);
    EXPECT_TRUE(last.additional);
    EXPECT_EQ(last.source, u"ISO/IEC 27017"_s);
    EXPECT_EQ(last.sourceRef, u"CLD.8.1.5"_s);
    EXPECT_EQ(last.reasons, (QStringList{u"contractual"_s, u"good-practice"_s}));
    EXPECT_TRUE(last.applicable);
    EXPECT_TRUE(last.theme.isEmpty());

    // Creations of additional controls are logged and held to their history by `check`.
    db.reset();
    const auto report = IntegrityService::check(temp.path(u"test.isms"_s));
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(report->isClean()) << qPrintable(report->findings.value(0).message);
}

TEST(SoaRegisterTest, EntriesCarryTheDerivedReasonAndTheEvidenceCount)
{
    test::TempProject temp;
    auto db = temp.create();
    Record risk = riskSpec().newRecord();
    risk.values[riskSpec().indexOf(u"title")] = u"Ransomware on the file server"_s;
    const auto riskId = RecordService(*db, riskSpec()).create(risk);
    ASSERT_TRUE(riskId.hasValue()) << qPrintable(riskId.error().message);
    Record link = riskControlSpec().newRecord();
    link.values[riskControlSpec().indexOf(u"risk")] = riskId->value;
    link.values[riskControlSpec().indexOf(u"control")] = u"8.13"_s;
    link.values[riskControlSpec().indexOf(u"role")] = u"existing"_s;
    ASSERT_TRUE(RecordService(*db, riskControlSpec()).create(link).hasValue());

    const QString file = temp.path(u"backup-test.txt"_s);
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("Restore test of 2026-10-01: all 12 sample files restored.\n");
    out.close();
    EvidenceService evidence(*db);
    ASSERT_TRUE(evidence.attach(controlSpec().key, u"A.8.13"_s, file).hasValue());
    ASSERT_TRUE(evidence.attach(controlSpec().key, u"8.13"_s, file).hasValue());

    const auto entries = SoaRegister::read(*db);
    ASSERT_TRUE(entries.hasValue()) << qPrintable(entries.error().message);
    const SoaEntry *backup = entryOf(*entries, u"A.8.13"_s);
    ASSERT_NE(backup, nullptr);
    EXPECT_EQ(backup->reasons, QStringList{u"risk-treatment"_s});
    EXPECT_EQ(backup->evidence, 2);
    EXPECT_EQ(backup->theme, u"Technological"_s);
    EXPECT_EQ(entryOf(*entries, u"A.5.1"_s)->evidence, 0);
}

TEST(SoaRegisterTest, TheJsonFormKeepsEveryEntryAsItWas)
{
    test::TempProject temp;
    auto db = temp.create();
    RecordService controls(*db, controlSpec());
    const RecordId physical = controls.getByRef(u"7.5"_s)->id;
    ASSERT_TRUE(
        controls
            .update(physical,
                    {{u"status"_s, u"not-applicable"_s},
                     {u"justification"_s, u"<b>No</b> premises of our own; see https://example.org"_s},
                     {u"last_reviewed"_s, QDate(2026, 11, 2)},
                     {u"documents"_s, u"POL-003 Office use agreement"_s}})
            .hasValue());
    ASSERT_TRUE(RecordService(*db, additionalControlSpec())
                    .create(additionalControl(u"Sector rule 4"_s, u"Banking supervisor"_s, u"implemented"_s))
                    .hasValue());
    const auto entries = SoaRegister::read(*db);
    ASSERT_TRUE(entries.hasValue());
    const QJsonArray json = SoaRegister::toJson(*entries);
    const QJsonObject excluded = json.at(entries->indexOf(*entryOf(*entries, u"A.7.5"_s))).toObject();
    EXPECT_EQ(excluded.value(u"applicable"_s), QJsonValue(false));
    EXPECT_EQ(excluded.value(u"status"_s).toString(), u"not-applicable"_s);
    EXPECT_TRUE(excluded.value(u"reasons"_s).isArray());
    EXPECT_EQ(excluded.value(u"last_reviewed"_s).toString(), u"2026-11-02"_s);
    EXPECT_EQ(excluded.value(u"documents"_s).toString(), u"POL-003 Office use agreement"_s);
    for (const char *key :
         {"id", "title", "applicable", "reasons", "justification", "status", "owner", "implementation"}) {
        EXPECT_TRUE(excluded.contains(QLatin1StringView(key))) << key;
    }
    // Written out and read back, nothing changes (issued versions keep the SoA this way).
    const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
    EXPECT_EQ(SoaRegister::fromJson(QJsonDocument::fromJson(text).array()), *entries);
}

TEST(SoaRegisterTest, AdditionalControlsAnswerToTheSameRules)
{
    test::TempProject temp;
    auto db = temp.create();
    ASSERT_TRUE(
        RecordService(*db, additionalControlSpec())
            .create(additionalControl(u"Sector rule 4"_s, u"Banking supervisor"_s, u"not-applicable"_s))
            .hasValue());
    const auto findings = ApplicabilityRules::findings(*db);
    ASSERT_TRUE(findings.hasValue());
    ASSERT_FALSE(findings->isEmpty());
    const ApplicabilityFinding &last = findings->last();
    EXPECT_EQ(last.ref, u"AC-001"_s);
    EXPECT_EQ(last.kind, ApplicabilityFinding::Kind::NoJustification);
    EXPECT_TRUE(last.message.startsWith(u"AC-001"_s)) << qPrintable(last.message);
}
