// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// Documented information (7.5) and the policy parts of leadership (5.1, 5.2): the registers, versions
// with their files, the immutability of an approved version, and what `check` finds after an edit
// outside the program.
#include "TempProject.h"
#include "domain/Entities.h"
#include "services/DocumentRules.h"
#include "services/DocumentService.h"
#include "services/EvidenceService.h"
#include "services/IntegrityService.h"
#include "services/RecordService.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"

#include <QDate>
#include <QFile>

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

Record recordOf(const EntitySpec &spec, const QList<std::pair<QString, QVariant>> &values)
{
    Record record = spec.newRecord();
    for (const auto &[key, value] : values) {
        record.values[spec.indexOf(key)] = value;
    }
    return record;
}

RecordId createDocument(Database &db, const QList<std::pair<QString, QVariant>> &values)
{
    QList<std::pair<QString, QVariant>> all{{u"title"_s, u"Information security policy"_s},
                                            {u"type"_s, u"policy"_s}};
    all.append(values);
    const auto id = RecordService(db, documentSpec()).create(recordOf(documentSpec(), all));
    EXPECT_TRUE(id.hasValue()) << (id ? "" : qPrintable(id.error().message));
    return id ? *id : RecordId{};
}

QString refOf(Database &db, const EntitySpec &spec, RecordId id)
{
    return EntitySpec::refOf(RecordService(db, spec).get(id).value());
}

QHash<QString, QVariant> approvedValues(const QString &label)
{
    return {{u"version"_s, label},
            {u"status"_s, u"approved"_s},
            {u"approver"_s, u"Dana Reyes"_s},
            {u"approval_date"_s, QDate::currentDate().addDays(-3)}};
}

} // namespace

TEST(DocumentTest, ClausesMustBeClausesFourToTenOfTheRegister)
{
    test::TempProject temp;
    auto db = temp.create();
    RecordService documents(*db, documentSpec());
    auto record = recordOf(documentSpec(), {{u"title"_s, u"Policy"_s}, {u"clauses"_s, u"5.2, 6.1.3"_s}});
    EXPECT_TRUE(documents.create(record).hasValue());
    for (const QString &wrong : {u"A.5.1"_s, u"3.1"_s, u"11"_s, u"5.9"_s}) {
        record.values[documentSpec().indexOf(u"clauses")] = QString(u"5.2, "_s + wrong);
        const auto refused = documents.create(record);
        ASSERT_FALSE(refused.hasValue()) << qPrintable(wrong);
        EXPECT_TRUE(refused.error().message.contains(QString(u'"' + wrong + u'"')))
            << qPrintable(refused.error().message);
    }
}

TEST(DocumentTest, TopicPolicyNamesItsTopicAndAcknowledgementsArePolicies)
{
    test::TempProject temp;
    auto db = temp.create();
    RecordService documents(*db, documentSpec());
    auto topic =
        recordOf(documentSpec(), {{u"title"_s, u"Access control"_s}, {u"type"_s, u"topic_policy"_s}});
    const auto refused = documents.create(topic);
    ASSERT_FALSE(refused.hasValue());
    EXPECT_TRUE(refused.error().message.contains(u"topic"_s)) << qPrintable(refused.error().message);
    topic.values[documentSpec().indexOf(u"topic")] = u"A.5.15"_s;
    EXPECT_TRUE(documents.create(topic).hasValue());

    const RecordId procedure = createDocument(*db, {{u"type"_s, u"procedure"_s}});
    const auto person =
        RecordService(*db, personSpec()).create(recordOf(personSpec(), {{u"name"_s, u"Luca Moretti"_s}}));
    ASSERT_TRUE(person.hasValue());
    RecordService acks(*db, acknowledgementSpec());
    const auto wrong = acks.create(recordOf(acknowledgementSpec(),
                                            {{u"document"_s, procedure.value},
                                             {u"person"_s, person->value},
                                             {u"acknowledged_on"_s, QDate::currentDate()}}));
    ASSERT_FALSE(wrong.hasValue());
    EXPECT_TRUE(wrong.error().message.contains(u"not a policy"_s)) << qPrintable(wrong.error().message);
    const RecordId policy = createDocument(*db, {});
    const auto future = acks.create(recordOf(acknowledgementSpec(),
                                             {{u"document"_s, policy.value},
                                              {u"person"_s, person->value},
                                              {u"acknowledged_on"_s, QDate::currentDate().addDays(2)}}));
    ASSERT_FALSE(future.hasValue());
    EXPECT_TRUE(future.error().message.contains(u"future"_s)) << qPrintable(future.error().message);
    EXPECT_TRUE(acks.create(recordOf(acknowledgementSpec(),
                                     {{u"document"_s, policy.value},
                                      {u"person"_s, person->value},
                                      {u"acknowledged_on"_s, QDate::currentDate()}}))
                    .hasValue());
}

TEST(DocumentTest, NewProjectHasTheLeadershipDutiesAndAShownDutySaysHow)
{
    test::TempProject temp;
    auto db = temp.create();
    RecordService duties(*db, leadershipDutySpec());
    const auto all = duties.all();
    ASSERT_TRUE(all.hasValue());
    ASSERT_EQ(all->size(), 8);
    EXPECT_EQ(all->constFirst().values.at(leadershipDutySpec().indexOf(u"item")).toString(), u"5.1 a)"_s);
    EXPECT_EQ(all->constLast().values.at(leadershipDutySpec().indexOf(u"item")).toString(), u"5.1 h)"_s);
    const auto refused = duties.update(all->constFirst().id, {{u"status"_s, u"shown"_s}});
    ASSERT_FALSE(refused.hasValue());
    EXPECT_TRUE(refused.error().message.contains(u"How it is shown"_s))
        << qPrintable(refused.error().message);
    EXPECT_TRUE(duties
                    .update(all->constFirst().id,
                            {{u"status"_s, u"shown"_s}, {u"how_shown"_s, u"Approved in the review"_s}})
                    .hasValue());
}

TEST(DocumentTest, AVersionComesWithItsFileWithinTheSizeLimit)
{
    test::TempProject temp;
    auto db = temp.create();
    const RecordId document = createDocument(*db, {});
    const QString docRef = refOf(*db, documentSpec(), document);
    DocumentService service(*db);

    const auto direct = RecordService(*db, documentVersionSpec())
                            .create(recordOf(documentVersionSpec(),
                                             {{u"document"_s, document.value}, {u"version"_s, u"1.0"_s}}));
    ASSERT_FALSE(direct.hasValue());
    EXPECT_TRUE(direct.error().message.contains(u"file"_s)) << qPrintable(direct.error().message);

    const auto noFile = service.addVersion(docRef, QString(), {{u"version"_s, u"1.0"_s}});
    ASSERT_FALSE(noFile.hasValue());
    EXPECT_TRUE(noFile.error().message.contains(u"needs its file"_s)) << qPrintable(noFile.error().message);

    ASSERT_TRUE(EvidenceService(*db).setSizeLimit(16).hasValue());
    const auto tooBig =
        service.addVersionData(docRef, u"big.txt"_s, QByteArray(40, 'x'), {{u"version"_s, u"1.0"_s}});
    ASSERT_FALSE(tooBig.hasValue());
    EXPECT_TRUE(tooBig.error().message.contains(u"16 bytes"_s)) << qPrintable(tooBig.error().message);
    EXPECT_TRUE(service.versionsOf(document)->isEmpty());

    const QString path = temp.path(u"policy.txt"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("The policy.");
    file.close();
    const auto added =
        service.addVersion(docRef, path, {{u"version"_s, u"1.0"_s}, {u"author"_s, u"Jonas"_s}});
    ASSERT_TRUE(added.hasValue()) << qPrintable(added.error().message);
    EXPECT_EQ(added->values.at(documentVersionSpec().indexOf(u"file_name")).toString(), u"policy.txt"_s);
    EXPECT_EQ(added->values.at(documentVersionSpec().indexOf(u"sha256")).toString().size(), 64);
    EXPECT_EQ(*service.content(EntitySpec::refOf(*added)), QByteArray("The policy."));
    const auto again = service.addVersion(docRef, path, {{u"version"_s, u"1.0"_s}});
    ASSERT_FALSE(again.hasValue());
    EXPECT_TRUE(again.error().message.contains(u"already has a version 1.0"_s))
        << qPrintable(again.error().message);
}

TEST(DocumentTest, AnApprovedVersionNeverChanges)
{
    test::TempProject temp;
    auto db = temp.create();
    const RecordId document = createDocument(*db, {});
    const QString docRef = refOf(*db, documentSpec(), document);
    DocumentService service(*db);
    const auto draft = service.addVersionData(docRef, u"p.txt"_s, "draft", {{u"version"_s, u"1.0"_s}});
    ASSERT_TRUE(draft.hasValue()) << qPrintable(draft.error().message);
    RecordService versions(*db, documentVersionSpec());
    // Approval needs an approver and a date.
    const auto incomplete = versions.update(draft->id, {{u"status"_s, u"approved"_s}});
    ASSERT_FALSE(incomplete.hasValue());
    EXPECT_TRUE(incomplete.error().message.contains(u"approver"_s));
    QHash<QString, QVariant> approve = approvedValues(u"1.0"_s);
    approve.remove(u"version"_s);
    ASSERT_TRUE(versions.update(draft->id, approve).hasValue());
    EXPECT_EQ(RecordService(*db, documentSpec())
                  .get(document)
                  ->values.at(documentSpec().indexOf(u"current_version")),
              u"1.0"_s);

    const auto seal =
        ChangeLog::entries(*db,
                           ChangeLogQuery{documentVersionSpec().entity, QString::number(draft->id.value), 0});
    ASSERT_TRUE(seal.hasValue());
    bool sealed = false;
    for (const ChangeLogEntry &entry : *seal) {
        sealed = sealed
                 || (entry.field == DocumentRules::sealField()
                     && entry.newValue == DocumentRules::sealOf(*versions.get(draft->id)));
    }
    EXPECT_TRUE(sealed);

    const auto changed = versions.update(draft->id, {{u"change_note"_s, u"edited"_s}});
    ASSERT_FALSE(changed.hasValue());
    EXPECT_TRUE(changed.error().message.contains(u"never changes"_s)) << qPrintable(changed.error().message);
    const auto removed = versions.remove({draft->id});
    ASSERT_FALSE(removed.hasValue());
    EXPECT_TRUE(removed.error().message.contains(u"never changes"_s));
    const auto parentRemoved = RecordService(*db, documentSpec()).remove({document});
    ASSERT_FALSE(parentRemoved.hasValue());
    EXPECT_TRUE(parentRemoved.error().message.contains(u"never changes"_s));
    const auto imported = versions.importRecords({}, {RecordChange{draft->id, {{u"change_note"_s, u"x"_s}}}});
    EXPECT_FALSE(imported.hasValue());

    // A change is a new version, a new record.
    const auto next = service.addVersionData(docRef, u"p2.txt"_s, "second", approvedValues(u"1.1"_s));
    ASSERT_TRUE(next.hasValue()) << qPrintable(next.error().message);
    EXPECT_NE(next->id, draft->id);
    EXPECT_EQ(RecordService(*db, documentSpec())
                  .get(document)
                  ->values.at(documentSpec().indexOf(u"current_version")),
              u"1.1"_s);
    // A draft version may still be removed, and its file leaves the project.
    const auto scratch = service.addVersionData(docRef, u"p3.txt"_s, "scratch", {{u"version"_s, u"2.0"_s}});
    ASSERT_TRUE(scratch.hasValue());
    EXPECT_TRUE(versions.remove({scratch->id}).hasValue());
    EXPECT_FALSE(service.content(u"DV-003"_s).hasValue());
}

TEST(DocumentTest, CheckFindsAnApprovedVersionEditedOutsideTheProgram)
{
    test::TempProject temp;
    const QString path = temp.path(u"docs.isms"_s);
    {
        auto db = temp.create(u"docs.isms"_s);
        const RecordId document = createDocument(*db, {});
        const auto version = DocumentService(*db).addVersionData(refOf(*db, documentSpec(), document),
                                                                 u"p.txt"_s,
                                                                 "approved text",
                                                                 approvedValues(u"1.0"_s));
        ASSERT_TRUE(version.hasValue()) << qPrintable(version.error().message);
    }
    const auto clean = IntegrityService::check(path);
    ASSERT_TRUE(clean.hasValue());
    EXPECT_TRUE(clean->isClean()) << qPrintable(clean->findings.value(0).message);

    test::TempProject::runSql(path, {u"UPDATE document_version SET approver = 'Someone else'"_s});
    const auto edited = IntegrityService::check(path);
    ASSERT_TRUE(edited.hasValue());
    bool found = false;
    for (const CheckFinding &finding : edited->findings) {
        found = found
                || (finding.area == CheckFinding::Area::Documents && finding.message.contains(u"DV-001"_s)
                    && finding.message.contains(u"frozen"_s));
    }
    EXPECT_TRUE(found);

    test::TempProject::runSql(path,
                              {u"UPDATE document_version SET approver = 'Dana Reyes'"_s,
                               u"UPDATE evidence_blob SET data = CAST('tampered text' AS BLOB)"_s});
    const auto blob = IntegrityService::check(path);
    ASSERT_TRUE(blob.hasValue());
    found = false;
    for (const CheckFinding &finding : blob->findings) {
        found = found
                || (finding.area == CheckFinding::Area::Documents && finding.message.contains(u"DV-001"_s)
                    && finding.message.contains(u"SHA-256"_s));
    }
    EXPECT_TRUE(found);
}

TEST(DocumentTest, DemoHasDocumentsVersionsAcknowledgementsAndDutiesAndChecksClean)
{
    test::TempProject temp;
    const QString path = temp.createDemo();
    const auto report = IntegrityService::check(path);
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(report->isClean()) << qPrintable(report->findings.value(0).message);
    QStringList rules;
    for (const ReadinessFinding &finding : report->readinessReport.findings) {
        rules.append(finding.rule + u' ' + finding.id);
    }
    EXPECT_TRUE(rules.contains(u"R-DOC-REVIEW-OVERDUE DOC-002"_s)) << qPrintable(rules.join(u", "_s));
    EXPECT_TRUE(rules.contains(u"R-LEADERSHIP-DUTY LD-006"_s)) << qPrintable(rules.join(u", "_s));
    EXPECT_FALSE(rules.contains(u"R-POLICY-MISSING "_s));
    EXPECT_FALSE(rules.contains(u"R-POLICY-NOT-ACKNOWLEDGED"_s, Qt::CaseSensitive));
}

TEST(DocumentTest, RemovingADocumentWithDraftVersionsIsUndoneWithTheirFiles)
{
    test::TempProject temp;
    const QString path = temp.path(u"undo.isms"_s);
    {
        auto db = temp.create(u"undo.isms"_s);
        const RecordId document = createDocument(*db, {{u"type"_s, u"procedure"_s}});
        DocumentService service(*db);
        ASSERT_TRUE(service
                        .addVersionData(refOf(*db, documentSpec(), document),
                                        u"draft.txt"_s,
                                        "a draft",
                                        {{u"version"_s, u"0.1"_s}})
                        .hasValue());
        const auto files = service.filesOf(documentSpec(), {document});
        ASSERT_TRUE(files.hasValue());
        ASSERT_EQ(files->size(), 1);
        const auto removal = RecordService(*db, documentSpec()).removeWithChildren({document});
        ASSERT_TRUE(removal.hasValue()) << qPrintable(removal.error().message);
        ASSERT_EQ(removal->children.size(), 1);
        EXPECT_FALSE(service.content(u"DV-001"_s).hasValue()) << "the file left with its version";
        ASSERT_TRUE(service.restore(documentSpec(), *removal, *files).hasValue());
        EXPECT_EQ(*service.content(u"DV-001"_s), QByteArray("a draft"));
    }
    const auto report = IntegrityService::check(path);
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(report->isClean()) << qPrintable(report->findings.value(0).message);
}
