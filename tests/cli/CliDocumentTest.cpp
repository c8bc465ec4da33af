// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// Documents, their versions with files, acknowledgements and leadership duties from the command line.
#include "CliTest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace isms::test;
using namespace Qt::StringLiterals;

namespace {

class CliDocumentTest : public CliTest
{
protected:
    QString writeFile(const QString &name, const QByteArray &content) const
    {
        QFile file(path(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path(name);
    }
};

} // namespace

TEST_F(CliDocumentTest, DocumentsAndVersionsAreAddedAndAnApprovedVersionNeverChanges)
{
    const QString project = newProject();
    const CliRun empty = run({u"check"_s, project, u"--format"_s, u"json"_s});
    EXPECT_TRUE(empty.out.contains(u"R-POLICY-MISSING"_s)) << qPrintable(empty.out);
    EXPECT_TRUE(empty.out.contains(u"R-LEADERSHIP-DUTY"_s)) << qPrintable(empty.out);

    const CliRun badClause = run({u"add"_s,
                                  u"documents"_s,
                                  project,
                                  u"--title"_s,
                                  u"Policy"_s,
                                  u"--type"_s,
                                  u"policy"_s,
                                  u"--clauses"_s,
                                  u"5.2, 12"_s});
    EXPECT_EQ(badClause.exitCode, 2) << qPrintable(badClause.err);
    expectOneErrorLine(badClause);
    EXPECT_TRUE(badClause.err.contains(u"\"12\""_s)) << qPrintable(badClause.err);

    const CliRun policy = run({u"add"_s,
                               u"documents"_s,
                               project,
                               u"--title"_s,
                               u"Information security policy"_s,
                               u"--type"_s,
                               u"policy"_s,
                               u"--clauses"_s,
                               u"5.2"_s,
                               u"--next_review"_s,
                               u"2030-01-31"_s});
    ASSERT_EQ(policy.exitCode, 0) << qPrintable(policy.err);
    EXPECT_EQ(policy.out.trimmed(), u"DOC-001"_s);

    const CliRun noFile = run(
        {u"add"_s, u"document-versions"_s, project, u"--document"_s, u"DOC-001"_s, u"--version"_s, u"1.0"_s});
    EXPECT_EQ(noFile.exitCode, 2) << qPrintable(noFile.err);
    expectOneErrorLine(noFile);
    EXPECT_TRUE(noFile.err.contains(u"--file"_s)) << qPrintable(noFile.err);

    const QString file = writeFile(u"policy.txt"_s, "Our policy, version 1.0.\n");
    const CliRun version = run({u"add"_s,
                                u"document-versions"_s,
                                project,
                                u"--document"_s,
                                u"DOC-001"_s,
                                u"--file"_s,
                                file,
                                u"--version"_s,
                                u"1.0"_s,
                                u"--status"_s,
                                u"approved"_s,
                                u"--approver"_s,
                                u"Dana Reyes"_s,
                                u"--approval_date"_s,
                                u"2026-01-15"_s});
    ASSERT_EQ(version.exitCode, 0) << qPrintable(version.err);
    EXPECT_EQ(version.out.trimmed(), u"DV-001"_s);

    const CliRun shown = run({u"show"_s, u"documents"_s, project, u"DOC-001"_s});
    EXPECT_TRUE(shown.out.contains(u"1.0"_s)) << qPrintable(shown.out);

    const CliRun edit =
        run({u"set"_s, u"document-versions"_s, project, u"DV-001"_s, u"--change_note"_s, u"x"_s});
    EXPECT_NE(edit.exitCode, 0);
    expectOneErrorLine(edit);
    EXPECT_TRUE(edit.err.contains(u"never changes"_s)) << qPrintable(edit.err);
    const CliRun removed = run({u"remove"_s, u"document-versions"_s, project, u"DV-001"_s});
    EXPECT_NE(removed.exitCode, 0);
    EXPECT_TRUE(removed.err.contains(u"never changes"_s)) << qPrintable(removed.err);

    // An approved version edited outside the program, a field or its stored file, is found by check.
    const QString copy = path(u"edited.isms"_s);
    ASSERT_TRUE(QFile::copy(project, copy));
    TempProject::runSql(copy, {u"UPDATE document_version SET approver = 'Someone' WHERE ref = 'DV-001'"_s});
    const CliRun editedField = run({u"check"_s, copy});
    EXPECT_EQ(editedField.exitCode, 1) << qPrintable(editedField.out + editedField.err);
    EXPECT_TRUE(editedField.out.contains(u"Approved document version DV-001 differs from what was frozen"_s))
        << qPrintable(editedField.out);
    const QString blobCopy = path(u"blob.isms"_s);
    ASSERT_TRUE(QFile::copy(project, blobCopy));
    TempProject::runSql(blobCopy, {u"UPDATE evidence_blob SET data = CAST('other text' AS BLOB)"_s});
    const CliRun editedFile = run({u"check"_s, blobCopy});
    EXPECT_EQ(editedFile.exitCode, 1) << qPrintable(editedFile.out + editedFile.err);
    EXPECT_TRUE(editedFile.out.contains(u"[documents] The stored file of document version DV-001"_s))
        << qPrintable(editedFile.out);

    const CliRun extracted = run({u"extract-version"_s, project, u"DV-001"_s, u"-o"_s, path(u"out.txt"_s)});
    ASSERT_EQ(extracted.exitCode, 0) << qPrintable(extracted.err);
    QFile out(path(u"out.txt"_s));
    ASSERT_TRUE(out.open(QIODevice::ReadOnly));
    EXPECT_EQ(out.readAll(), QByteArray("Our policy, version 1.0.\n"));

    const CliRun listed = run({u"list"_s, u"document-versions"_s, project, u"--format"_s, u"json"_s});
    ASSERT_EQ(listed.exitCode, 0) << qPrintable(listed.err);
    const QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.at(0).toObject().value(u"document"_s).toString(), u"DOC-001"_s);
    EXPECT_EQ(rows.at(0).toObject().value(u"file_name"_s).toString(), u"policy.txt"_s);

    const CliRun exported = run({u"export"_s, u"documents"_s, project, u"-o"_s, path(u"documents.csv"_s)});
    ASSERT_EQ(exported.exitCode, 0) << qPrintable(exported.err);
    QFile csv(path(u"documents.csv"_s));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_TRUE(csv.readAll().contains("Information security policy"));

    const CliRun person = run({u"add"_s, u"people"_s, project, u"--name"_s, u"Dana Reyes"_s});
    ASSERT_EQ(person.exitCode, 0) << qPrintable(person.err);
    const CliRun ack = run({u"add"_s,
                            u"acknowledgements"_s,
                            project,
                            u"--document"_s,
                            u"DOC-001"_s,
                            u"--person"_s,
                            u"P-001"_s,
                            u"--acknowledged_on"_s,
                            u"2026-02-01"_s,
                            u"--channel"_s,
                            u"email"_s});
    ASSERT_EQ(ack.exitCode, 0) << qPrintable(ack.err);

    const CliRun duty = run({u"set"_s,
                             u"leadership-duties"_s,
                             project,
                             u"LD-001"_s,
                             u"--status"_s,
                             u"shown"_s,
                             u"--how_shown"_s,
                             u"Approved the policy in the management meeting."_s});
    ASSERT_EQ(duty.exitCode, 0) << qPrintable(duty.err);
    const CliRun duties = run({u"list"_s, u"leadership-duties"_s, project, u"--where"_s, u"status=shown"_s});
    EXPECT_TRUE(duties.out.contains(u"LD-001"_s)) << qPrintable(duties.out);
    EXPECT_FALSE(duties.out.contains(u"LD-002"_s)) << qPrintable(duties.out);

    const CliRun checked = run({u"check"_s, project, u"--format"_s, u"json"_s});
    EXPECT_FALSE(checked.out.contains(u"R-POLICY-MISSING"_s)) << qPrintable(checked.out);
    EXPECT_TRUE(checked.out.contains(u"R-POLICY-CONTENT"_s)) << qPrintable(checked.out);
}
