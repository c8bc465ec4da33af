// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/RecordService.h"

#include "TempProject.h"
#include "domain/Entities.h"
#include "services/ChangeNotifier.h"
#include "services/IntegrityService.h"
#include "storage/ChangeLog.h"
#include "storage/RecordRepository.h"
#include "storage/SqlHelpers.h"

#include <QSignalSpy>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

/// A record of `spec` with every required field filled in with a valid value.
Record sampleRecord(const EntitySpec &spec, const QString &name = u"Sample"_s)
{
    Record record = spec.newRecord();
    for (qsizetype i = 1; i < spec.fields.size(); ++i) {
        const FieldSpec &field = spec.fields.at(i);
        if (field.key == u"control") {
            record.values[i] = u"5.15"_s; // a control link names an Annex A control
        } else if (field.key == u"value" && spec.key == u"measurements") {
            record.values[i] = u"12.5"_s; // a measured value is a number
        } else if (field.key == u"interval_days") {
            record.values[i] = qint64(30); // the last frequency is a custom one, which gives its interval
        } else if (field.key == u"clause" && spec.key == u"audit-clauses") {
            record.values[i] = u"9.2"_s; // an audit covers a clause of 4 to 10
        } else if (spec.key == u"checklist-items" && field.key == u"result") {
            record.values[i] = u"nonconformity"_s; // the only result with a grade
        } else if (spec.key == u"management-reviews" && field.key == u"status") {
            record.values[i] = u"planned"_s; // a held review needs its date and freezes its inputs
        } else if (spec.key == u"documents" && field.key == u"type") {
            record.values[i] = u"policy"_s; // acknowledgements name a policy
        } else if (field.key == u"review_date") {
            record.values[i] = QDate::currentDate(); // a decided effectiveness (the last value) was reviewed
        } else if (field.type == FieldType::Date && (field.has(Required) || field.key == u"report_date")) {
            record.values[i] = QDate::currentDate();
        } else if (field.type == FieldType::Text && field.has(Required)) {
            record.values[i] = name;
        } else if (field.type == FieldType::Enum) {
            record.values[i] = field.enumSpec->values.constLast().keyword;
        } else if (field.type == FieldType::MultilineText) {
            record.values[i] = u"First line\nsecond line"_s;
        }
    }
    return record;
}

QString columnType(FieldType type)
{
    switch (type) {
    case FieldType::Integer:
    case FieldType::Boolean:
    case FieldType::Reference:
        return u"INTEGER"_s;
    default:
        return u"TEXT"_s;
    }
}

void expectClean(const QString &path)
{
    const auto report = IntegrityService::check(path);
    ASSERT_TRUE(report.hasValue()) << qPrintable(report.error().message);
    EXPECT_TRUE(report->isClean()) << qPrintable(report->findings.value(0).message);
}

QStringList findingsOf(const QString &path)
{
    QStringList messages;
    const auto report = IntegrityService::check(path);
    EXPECT_TRUE(report.hasValue());
    if (report) {
        for (const CheckFinding &finding : report->findings) {
            messages.append(finding.message);
        }
    }
    return messages;
}

} // namespace

namespace {

/// The columns of a table and their declared types.
std::pair<QStringList, QStringList> columnsOf(Database &db, const QString &table)
{
    QSqlQuery info(db.connection());
    EXPECT_TRUE(info.exec(u"PRAGMA table_info(\"%1\")"_s.arg(table)));
    QStringList columns;
    QStringList types;
    while (info.next()) {
        columns.append(info.value(1).toString());
        types.append(info.value(2).toString());
    }
    return {columns, types};
}

} // namespace

TEST(RecordServiceTest, EverySpecMatchesItsMigratedTable)
{
    test::TempProject temp;
    auto db = temp.create();
    for (const EntitySpec *spec : Entities::all()) {
        SCOPED_TRACE(spec->key.toStdString());
        const auto [columns, types] = columnsOf(*db, spec->table);
        ASSERT_EQ(columns.value(0), u"id");
        EXPECT_EQ(spec->fields.constFirst().key, u"ref");
        if (spec->isCatalogue()) {
            // The tracked fields are columns of the shared tracking table; the facts, of the catalogue.
            EXPECT_TRUE(columns.contains(spec->catalogue->kindColumn));
            const auto [facts, factTypes] = columnsOf(*db, spec->catalogue->table);
            EXPECT_TRUE(facts.contains(u"position"));
            for (const FieldSpec &field : spec->fields) {
                const bool fromCatalogue = field.has(FromCatalogue);
                EXPECT_TRUE((fromCatalogue ? facts : columns).contains(field.key)) << qPrintable(field.key);
                EXPECT_EQ(fromCatalogue || field.key == u"ref" || field.has(Derived), !field.has(Logged))
                    << qPrintable(field.key);
            }
        } else {
            ASSERT_EQ(columns.size(), spec->fields.size() + 1);
            for (qsizetype i = 0; i < spec->fields.size(); ++i) {
                EXPECT_EQ(columns.at(i + 1), spec->fields.at(i).key);
                EXPECT_EQ(types.at(i + 1), columnType(spec->fields.at(i).type))
                    << qPrintable(spec->fields.at(i).key);
            }
        }
        for (const FieldSpec &field : spec->fields) {
            EXPECT_NE(field.key, EntitySpec::recordLogField());
            if (field.type == FieldType::Enum) {
                ASSERT_NE(field.enumSpec, nullptr);
            }
        }
        EXPECT_EQ(Entities::find(spec->key), spec);
        EXPECT_EQ(Entities::findByEntity(spec->entity), spec);
    }
}

TEST(RecordServiceTest, CataloguesAreChangedUnderTheirReferenceButNeverAddedOrRemoved)
{
    test::TempProject temp;
    auto db = temp.create();
    RecordService controls(*db, controlSpec());
    const auto all = controls.all();
    ASSERT_TRUE(all.hasValue());
    ASSERT_EQ(all->size(), 93);
    EXPECT_EQ(EntitySpec::refOf(all->constFirst()), u"5.1"); // catalogue order
    EXPECT_EQ(EntitySpec::refOf(all->constLast()), u"8.34");
    EXPECT_EQ(RecordService(*db, clauseSpec()).all()->constFirst().values.at(0).toString(), u"4");

    const auto control = controls.getByRef(u" a.8.24 "_s);
    ASSERT_TRUE(control.hasValue());
    EXPECT_EQ(control->values.at(controlSpec().indexOf(u"title")).toString(), u"Use of cryptography");
    EXPECT_EQ(control->values.at(controlSpec().indexOf(u"theme")).toString(), u"Technological");
    ASSERT_TRUE(
        controls.update(control->id, {{u"status"_s, u"planned"_s}, {u"owner"_s, u" CISO "_s}}).hasValue());
    const auto entries = ChangeLog::entries(*db, ChangeLogQuery{u"control"_s, u"8.24"_s, 0});
    ASSERT_TRUE(entries.hasValue());
    ASSERT_EQ(entries->size(), 2);
    EXPECT_EQ(entries->at(0).field, u"status");
    EXPECT_EQ(entries->at(1).newValue.value_or(QString()), u"CISO");

    // The facts of the catalogue cannot be typed over, and nothing is added or removed.
    EXPECT_FALSE(controls.update(control->id, {{u"title"_s, u"Other"_s}}).hasValue());
    EXPECT_FALSE(controls.create(controlSpec().newRecord()).hasValue());
    const auto removed = controls.remove({control->id});
    ASSERT_FALSE(removed.hasValue());
    EXPECT_TRUE(removed.error().message.contains(u"catalogue"));
    EXPECT_EQ(controls.all()->size(), 93);

    // A whole catalogue by reference and title only, in its own order, as the full records read.
    const auto named = RecordRepository(*db, controlSpec()).named(u"title"_s);
    ASSERT_TRUE(named.hasValue());
    ASSERT_EQ(named->size(), 93);
    const auto records = controls.all();
    for (qsizetype i = 0; i < named->size(); ++i) {
        EXPECT_EQ(named->at(i).id, records->at(i).id) << i;
        EXPECT_EQ(named->at(i).ref, EntitySpec::refOf(records->at(i))) << i;
        EXPECT_EQ(named->at(i).text, records->at(i).values.at(controlSpec().indexOf(u"title")).toString())
            << i;
    }
    EXPECT_FALSE(RecordRepository(*db, controlSpec()).named(u"no_such_field"_s).hasValue());
    db.reset();
    expectClean(temp.path(u"test.isms"_s));
}

TEST(RecordServiceTest, NewProjectsStartWithTheCataloguesLoggedAndClean)
{
    test::TempProject temp;
    auto db = temp.create();
    RecordService threats(*db, threatSpec());
    const auto all = threats.all();
    ASSERT_TRUE(all.hasValue());
    EXPECT_GE(all->size(), 35);
    EXPECT_EQ(EntitySpec::refOf(all->constFirst()), u"T-001");
    EXPECT_GE(RecordService(*db, vulnerabilitySpec()).all()->size(), 35);
    db.reset();
    expectClean(temp.path(u"test.isms"_s));
}

TEST(RecordServiceTest, EveryKindIsCreatedChangedRemovedAndRestoredWithItsHistory)
{
    test::TempProject temp;
    auto db = temp.create();
    const QString path = temp.path(u"test.isms"_s);
    for (const EntitySpec *spec : Entities::all()) {
        if (spec->isCatalogue()) {
            continue; // CataloguesAreChangedUnderTheirReferenceButNeverAddedOrRemoved
        }
        if (spec->createdElsewhere) {
            continue; // evidence comes with its file: EvidenceServiceTest
        }
        SCOPED_TRACE(spec->key.toStdString());
        RecordService service(*db, *spec);
        Record sample = sampleRecord(*spec);
        for (qsizetype i = 1; i < spec->fields.size(); ++i) { // a link names records of its own
            const FieldSpec &field = spec->fields.at(i);
            if (field.type == FieldType::Reference) {
                const EntitySpec *target = Entities::find(field.referenceKind);
                ASSERT_NE(target, nullptr);
                Record targetSample = sampleRecord(*target, field.key);
                for (qsizetype j = 1; j < target->fields.size(); ++j) { // a target that names others (a
                    const FieldSpec &inner = target->fields.at(j);      // training's competence) names
                    if (inner.type == FieldType::Reference && inner.has(Required)) { // records made earlier
                        const auto existing = RecordService(*db, *Entities::find(inner.referenceKind)).all();
                        ASSERT_TRUE(existing.hasValue() && !existing->isEmpty()) << qPrintable(inner.key);
                        targetSample.values[j] = existing->first().id.value;
                    }
                }
                const auto targetId = RecordService(*db, *target).create(targetSample);
                ASSERT_TRUE(targetId.hasValue()) << qPrintable(targetId.error().message);
                sample.values[i] = targetId->value;
            }
        }
        if (const int evaluated = spec->indexOf(u"evaluated_on"); evaluated >= 0) {
            sample.values[evaluated] = QDate::currentDate(); // an evaluated training or period says when
        }
        if (const int reported = spec->indexOf(u"reported_on"); reported >= 0) {
            sample.values[reported] = QDate::currentDate(); // results reported to someone are dated
        }
        if (spec->key == u"findings") { // a finding's checklist item belongs to the finding's audit
            const auto item =
                RecordService(*db, checklistItemSpec())
                    .get(RecordId{sample.values.at(spec->indexOf(u"checklist_item")).toLongLong()});
            ASSERT_TRUE(item.hasValue());
            sample.values[spec->indexOf(u"audit")] = item->values.at(checklistItemSpec().indexOf(u"audit"));
        }
        const qint64 logBefore = ChangeLog::count(*db).value();
        const auto id = service.create(sample);
        ASSERT_TRUE(id.hasValue()) << qPrintable(id.error().message);
        EXPECT_EQ(ChangeLog::count(*db).value(), logBefore + 1); // one entry per creation
        const Record created = service.get(*id).value();
        EXPECT_EQ(EntitySpec::refOf(created),
                  spec->formatRef(spec->refNumber(EntitySpec::refOf(created)).value()));

        // Links have no name: they are created and deleted, never changed.
        if (const int nameIndex = spec->indexOf(u"name"); nameIndex >= 0) {
            ASSERT_TRUE(service.update(*id, {{u"name"_s, u"  Renamed  "_s}}).hasValue());
            EXPECT_EQ(service.get(*id)->values.at(nameIndex).toString(), u"Renamed"); // trimmed
            EXPECT_EQ(ChangeLog::count(*db).value(), logBefore + 2);
            ASSERT_TRUE(service.update(*id, {{u"name"_s, u"Renamed"_s}}).hasValue()); // no-op, not logged
            EXPECT_EQ(ChangeLog::count(*db).value(), logBefore + 2);
        } else {
            EXPECT_FALSE(service.update(*id, {{spec->fields.at(1).key, QVariant()}}).hasValue());
        }

        const auto removed = service.remove({*id});
        ASSERT_TRUE(removed.hasValue());
        ASSERT_EQ(removed->size(), 1);
        EXPECT_FALSE(service.get(*id).hasValue());
        expectClean(path);

        ASSERT_TRUE(service.restore(*removed).hasValue());
        const Record restored = service.get(*id).value();
        EXPECT_EQ(restored.values, removed->constFirst().values);
        expectClean(path);
    }
}

TEST(RecordServiceTest, ReferencesAreNeverReused)
{
    test::TempProject temp;
    auto db = temp.create();
    RecordService service(*db, threatSpec());
    const auto first = service.create(sampleRecord(threatSpec()));
    ASSERT_TRUE(first.hasValue());
    const QString firstRef = EntitySpec::refOf(service.get(*first).value());
    ASSERT_TRUE(service.remove({*first}).hasValue());
    const auto second = service.create(sampleRecord(threatSpec()));
    ASSERT_TRUE(second.hasValue());
    const QString secondRef = EntitySpec::refOf(service.get(*second).value());
    EXPECT_NE(firstRef, secondRef);
    EXPECT_EQ(threatSpec().refNumber(secondRef).value(), threatSpec().refNumber(firstRef).value() + 1);
    EXPECT_NE(*first, *second);

    Record typed = sampleRecord(threatSpec());
    typed.values[0] = u"T-500"_s;
    ASSERT_TRUE(service.create(typed).hasValue());
    const auto next = service.create(sampleRecord(threatSpec()));
    EXPECT_EQ(EntitySpec::refOf(service.get(*next).value()), u"T-501");
}

TEST(RecordServiceTest, RefusesWhatBreaksTheSpec)
{
    test::TempProject temp;
    auto db = temp.create();
    RecordService service(*db, threatSpec());
    const qint64 logBefore = ChangeLog::count(*db).value();

    Record duplicate = sampleRecord(threatSpec());
    duplicate.values[0] = u"t-001"_s;
    const auto refused = service.create(duplicate);
    ASSERT_FALSE(refused.hasValue());
    EXPECT_TRUE(refused.error().message.contains(u"t-001"_s)) << qPrintable(refused.error().message);

    Record unnamed = sampleRecord(threatSpec());
    unnamed.values[threatSpec().indexOf(u"name")] = QString();
    EXPECT_FALSE(service.create(unnamed).hasValue());

    Record badCategory = sampleRecord(threatSpec());
    badCategory.values[threatSpec().indexOf(u"category")] = u"cosmic"_s;
    const auto category = service.create(badCategory);
    ASSERT_FALSE(category.hasValue());
    EXPECT_TRUE(category.error().message.contains(u"natural"_s)) << qPrintable(category.error().message);

    Record escaped = sampleRecord(threatSpec(), QString(u"Evil"_s + QChar(0x1B) + u"[2J"_s));
    EXPECT_FALSE(service.create(escaped).hasValue());
    Record tooLong = sampleRecord(threatSpec(), QString(201, u'x'));
    EXPECT_FALSE(service.create(tooLong).hasValue());

    const RecordId existing = service.getByRef(u"T-002"_s)->id;
    EXPECT_FALSE(service.update(existing, {{u"ref"_s, u"T-001"_s}}).hasValue());
    EXPECT_FALSE(service.update(existing, {{u"colour"_s, u"red"_s}}).hasValue());
    EXPECT_FALSE(service.getByRef(u"T-999"_s).hasValue());
    EXPECT_EQ(ChangeLog::count(*db).value(), logBefore);
}

TEST(RecordServiceTest, ABulkChangeIsOneTransactionAndOneNotice)
{
    test::TempProject temp;
    auto db = temp.create();
    RecordService service(*db, threatSpec());
    const QList<Record> all = service.all().value();
    QSignalSpy changed(db->notifier(), &ChangeNotifier::recordsChanged);

    QList<RecordChange> changes;
    for (const Record &record : all) {
        changes.append({record.id, {{u"sources"_s, u"everyone"_s}, {u"category"_s, u"technical"_s}}});
    }
    ASSERT_TRUE(service.updateMany(changes).hasValue());
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toString(), u"threats");
    EXPECT_EQ(changed.at(0).at(1).value<QList<RecordId>>().size(), all.size());
    EXPECT_EQ(changed.at(0).at(2).toStringList(), (QStringList{u"category"_s, u"sources"_s}));

    // One bad change: nothing at all is written.
    changes.clear();
    for (const Record &record : all) {
        changes.append({record.id, {{u"sources"_s, u"nobody"_s}}});
    }
    changes.append({all.constFirst().id, {{u"name"_s, QString()}}});
    EXPECT_FALSE(service.updateMany(changes).hasValue());
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(service.get(all.constFirst().id)->values.at(threatSpec().indexOf(u"sources")).toString(),
              u"everyone");
    db.reset();
    expectClean(temp.path(u"test.isms"_s));
}

TEST(RecordServiceTest, CheckFindsRecordsChangedAddedOrDeletedOutsideTheProgram)
{
    test::TempProject temp;
    temp.create();
    const QString path = temp.path(u"test.isms"_s);
    test::TempProject::runSql(path, {u"UPDATE threat SET name = 'Quietly renamed' WHERE ref = 'T-003'"_s});
    QStringList findings = findingsOf(path);
    ASSERT_EQ(findings.size(), 1) << qPrintable(findings.join(u'\n'));
    EXPECT_TRUE(findings.constFirst().contains(u"T-003"_s));
    EXPECT_TRUE(findings.constFirst().contains(u"\"Name\""_s));

    test::TempProject::runSql(
        path,
        {u"INSERT INTO vulnerability (ref, name, category) VALUES ('V-900', 'Ghost', 'people')"_s,
         u"DELETE FROM threat WHERE ref = 'T-004'"_s});
    findings = findingsOf(path);
    ASSERT_EQ(findings.size(), 3) << qPrintable(findings.join(u'\n'));
    EXPECT_TRUE(findings.join(u' ').contains(u"V-900"_s));
    EXPECT_TRUE(findings.join(u' ').contains(u"T-004"_s));
}

// Records are bound as UTF-8 that the program converts itself: text of every kind (two-, three- and
// four-byte characters, an empty value) reads back as it was written.
TEST(RecordServiceTest, TextOfEveryKindIsStoredAsWritten)
{
    test::TempProject temp;
    auto db = temp.create();
    RecordService service(*db, threatSpec());
    const EntitySpec &spec = threatSpec();
    const QList<QString> names{u"Größe – Überflutung"_s,
                               u"漢字の脅威"_s,
                               u"Emoji 😀 at 𝄞 the end"_s,
                               u"plain"_s};
    for (const QString &name : names) {
        Record record = sampleRecord(spec);
        record.values[spec.indexOf(u"name")] = name;
        record.values[spec.indexOf(u"description")] = QString();
        const auto created = service.create(record);
        ASSERT_TRUE(created.hasValue()) << qPrintable(created.error().message);
        const auto read = service.get(*created);
        ASSERT_TRUE(read.hasValue());
        EXPECT_EQ(read->values.at(spec.indexOf(u"name")).toString(), name);
        EXPECT_EQ(read->values.at(spec.indexOf(u"description")).toString(), QString());
        const auto stored = sql::scalar(db->connection(),
                                        u"SELECT typeof(description) FROM threat WHERE id = ?"_s,
                                        {created->value});
        EXPECT_EQ(stored->toString(), u"text"_s) << "an empty text is stored empty, not NULL";
    }
}
