// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The links that name an Annex A control (a risk's, an audit's and a metric's controls) and the links
// that name a clause: every control and every clause of the catalogue can be linked, however the
// control's number is written.
#include "RecordValues.h"
#include "TempProject.h"
#include "domain/Entities.h"
#include "services/RecordService.h"
#include "services/RiskRules.h"
#include "storage/Database.h"

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

using test::recordOf;
using test::Values;

RecordId add(Database &db, const EntitySpec &spec, const Values &values)
{
    const auto id = RecordService(db, spec).create(recordOf(spec, values));
    EXPECT_TRUE(id.hasValue()) << qPrintable(id ? QString() : id.error().message);
    return id ? *id : RecordId{};
}

QString storedControlOf(Database &db, const EntitySpec &spec, RecordId id)
{
    const auto record = RecordService(db, spec).get(id);
    EXPECT_TRUE(record.hasValue());
    return record ? record->values.at(spec.indexOf(u"control")).toString() : QString();
}

QStringList refsOf(Database &db, const EntitySpec &spec)
{
    const auto records = RecordService(db, spec).all();
    EXPECT_TRUE(records.hasValue());
    QStringList refs;
    for (const Record &record : records ? *records : QList<Record>()) {
        refs.append(EntitySpec::refOf(record));
    }
    return refs;
}

} // namespace

TEST(ControlLinkTest, AControlWrittenWithItsAnnexPrefixIsLinkedAndStoredByItsNumber)
{
    test::TempProject temp;
    auto db = temp.create();
    const RecordId audit = add(*db, auditSpec(), {{u"title"_s, u"Access audit"_s}});
    // As "isms-cli add audit-controls FILE --audit AUD-001 --control A.5.18" passes it.
    const RecordId link =
        add(*db, auditControlSpec(), {{u"audit"_s, audit.value}, {u"control"_s, u"A.5.18"_s}});
    ASSERT_TRUE(link.isValid());
    EXPECT_EQ(storedControlOf(*db, auditControlSpec(), link), u"5.18"_s);
    const RecordId lower =
        add(*db, auditControlSpec(), {{u"audit"_s, audit.value}, {u"control"_s, u" a.8.24 "_s}});
    EXPECT_EQ(storedControlOf(*db, auditControlSpec(), lower), u"8.24"_s);

    // The same control in another form is the same link, not a second one.
    const auto twice =
        RecordService(*db, auditControlSpec())
            .create(recordOf(auditControlSpec(), {{u"audit"_s, audit.value}, {u"control"_s, u"5.18"_s}}));
    EXPECT_FALSE(twice.hasValue());

    const RecordId risk =
        add(*db,
            riskSpec(),
            {{u"title"_s, u"Stolen credentials"_s}, {u"likelihood"_s, qint64{2}}, {u"impact"_s, qint64{3}}});
    const RecordId riskLink =
        add(*db,
            riskControlSpec(),
            {{u"risk"_s, risk.value}, {u"control"_s, u"A.5.17"_s}, {u"role"_s, u"existing"_s}});
    EXPECT_EQ(storedControlOf(*db, riskControlSpec(), riskLink), u"5.17"_s);
}

TEST(ControlLinkTest, WhatIsNoAnnexAControlIsRefusedNamingWhatWasTyped)
{
    test::TempProject temp;
    auto db = temp.create();
    const RecordId audit = add(*db, auditSpec(), {{u"title"_s, u"Access audit"_s}});
    for (const QString &typed : {u"A.99.1"_s, u"5.38"_s, u"Access"_s, u"A."_s}) {
        const auto refused =
            RecordService(*db, auditControlSpec())
                .create(recordOf(auditControlSpec(), {{u"audit"_s, audit.value}, {u"control"_s, typed}}));
        ASSERT_FALSE(refused.hasValue()) << qPrintable(typed);
        EXPECT_TRUE(refused.error().message.contains(u"is not an Annex A control"_s)) << qPrintable(typed);
    }
    EXPECT_TRUE(refsOf(*db, auditControlSpec()).isEmpty()) << "nothing half-saved";
    EXPECT_EQ(RiskRules::storedControl(u"A.5.1"_s), u"5.1"_s);
    EXPECT_EQ(RiskRules::storedControl(u"A5.1"_s), u"5.1"_s);
    EXPECT_EQ(RiskRules::storedControl(u"Access"_s), u"Access"_s) << "only a prefix before a number goes";
}

TEST(ControlLinkTest, ALinkMadeTwiceIsRefusedInASentenceNamingItsFields)
{
    test::TempProject temp;
    auto db = temp.create();
    const RecordId audit = add(*db, auditSpec(), {{u"title"_s, u"Access audit"_s}});
    add(*db, auditControlSpec(), {{u"audit"_s, audit.value}, {u"control"_s, u"A.5.18"_s}});
    const auto twice =
        RecordService(*db, auditControlSpec())
            .create(recordOf(auditControlSpec(), {{u"audit"_s, audit.value}, {u"control"_s, u"5.18"_s}}));
    ASSERT_FALSE(twice.hasValue());
    EXPECT_EQ(twice.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(twice.error().message,
              u"A record with the same audit and control is recorded already; each may be recorded once. "
              u"Nothing was saved."_s);
    EXPECT_EQ(refsOf(*db, auditControlSpec()).size(), 1) << "nothing half-saved";
}

TEST(ControlLinkTest, EveryControlAndEveryClauseOfTheCatalogueCanBeLinked)
{
    test::TempProject temp;
    auto db = temp.create();
    const RecordId audit = add(*db, auditSpec(), {{u"title"_s, u"Full scope"_s}});
    const RecordId risk =
        add(*db,
            riskSpec(),
            {{u"title"_s, u"Everything"_s}, {u"likelihood"_s, qint64{2}}, {u"impact"_s, qint64{3}}});
    const QStringList controls = refsOf(*db, controlSpec());
    ASSERT_EQ(controls.size(), 93);
    QList<Record> auditLinks;
    QList<Record> riskLinks;
    for (const QString &control : controls) {
        auditLinks.append(recordOf(auditControlSpec(), {{u"audit"_s, audit.value}, {u"control"_s, control}}));
        // The shown form of the reference ("A.5.1"), as people read it.
        riskLinks.append(recordOf(riskControlSpec(),
                                  {{u"risk"_s, risk.value},
                                   {u"control"_s, controlSpec().shownRef(control)},
                                   {u"role"_s, u"planned"_s}}));
    }
    const auto linked = RecordService(*db, auditControlSpec()).createMany(auditLinks);
    ASSERT_TRUE(linked.hasValue()) << qPrintable(linked ? QString() : linked.error().message);
    EXPECT_EQ(linked->size(), 93);
    const auto riskLinked = RecordService(*db, riskControlSpec()).createMany(riskLinks);
    ASSERT_TRUE(riskLinked.hasValue()) << qPrintable(riskLinked ? QString() : riskLinked.error().message);
    const auto stored = RecordService(*db, riskControlSpec()).all();
    ASSERT_TRUE(stored.hasValue());
    QStringList storedControls;
    for (const Record &link : *stored) {
        storedControls.append(link.values.at(riskControlSpec().indexOf(u"control")).toString());
    }
    EXPECT_EQ(storedControls, controls);

    const QStringList clauses = refsOf(*db, clauseSpec());
    ASSERT_GE(clauses.size(), 40);
    QList<Record> clauseLinks;
    for (const QString &clause : clauses) {
        clauseLinks.append(recordOf(auditClauseSpec(), {{u"audit"_s, audit.value}, {u"clause"_s, clause}}));
    }
    const auto clausesLinked = RecordService(*db, auditClauseSpec()).createMany(clauseLinks);
    ASSERT_TRUE(clausesLinked.hasValue())
        << qPrintable(clausesLinked ? QString() : clausesLinked.error().message);
    EXPECT_EQ(clausesLinked->size(), clauses.size());
}
