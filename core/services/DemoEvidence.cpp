// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/DemoEvidence.h"

#include "services/EvidenceService.h"

#include <QStringList>

namespace isms {

namespace {

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

/// The quarterly review of access rights to the production systems (5.15, 5.18).
QByteArray accessReview(const QDate &reviewed)
{
    const QString date = iso(reviewed);
    QStringList rows{QStringLiteral("user,system,role,reviewer,decision,reviewed_on")};
    const QStringList entries{
        QStringLiteral("a.meyer,Transport management,dispatcher,Head of Operations,keep"),
        QStringLiteral("b.okafor,Transport management,administrator,IT Operations Manager,keep"),
        QStringLiteral("c.dubois,Transport management,dispatcher,Head of Operations,remove (left the team)"),
        QStringLiteral("d.novak,Finance ledger,accountant,Finance Director,keep"),
        QStringLiteral("e.silva,Finance ledger,approver,Finance Director,reduce to accountant"),
        QStringLiteral("f.jensen,Customer portal,support agent,Customer Service Lead,keep"),
        QStringLiteral("g.rossi,Customer portal,administrator,Head of Engineering,keep"),
        QStringLiteral("svc-backup,Backup console,service account,IT Operations Manager,keep"),
    };
    for (const QString &entry : entries) {
        rows.append(entry + u',' + date);
    }
    return (rows.join(u'\n') + u'\n').toUtf8();
}

/// The log of a restore test from the backup copy (8.13).
QByteArray backupTestLog(const QDate &tested)
{
    const QString day = iso(tested);
    const QStringList lines{
        day + QStringLiteral("T07:00:02Z INFO  restore test started by IT Operations Manager"),
        day + QStringLiteral("T07:00:05Z INFO  source: immutable copy, snapshot of the previous night"),
        day + QStringLiteral("T07:12:41Z INFO  transport management database restored to the test host"),
        day + QStringLiteral("T07:13:10Z INFO  integrity check passed (row counts match the snapshot)"),
        day + QStringLiteral("T07:25:37Z INFO  file server share restored (48,113 files)"),
        day + QStringLiteral("T07:26:02Z WARN  3 files skipped: open in an editing session at backup time"),
        day + QStringLiteral("T07:40:19Z INFO  dispatch application started against the restored data"),
        day + QStringLiteral("T07:41:00Z INFO  restore test finished: 41 min, within the 4 h objective"),
    };
    return (lines.join(u'\n') + u'\n').toUtf8();
}

/// Who acknowledged the information security policy (5.1).
QByteArray policyAcknowledgements(const QDate &from)
{
    QStringList rows{QStringLiteral("name,department,policy_version,acknowledged_on")};
    const QStringList people{QStringLiteral("Anna Meyer,Operations"),
                             QStringLiteral("Ben Okafor,IT"),
                             QStringLiteral("Chloe Dubois,Operations"),
                             QStringLiteral("David Novak,Finance"),
                             QStringLiteral("Elena Silva,Finance"),
                             QStringLiteral("Frederik Jensen,Customer Service"),
                             QStringLiteral("Giulia Rossi,Engineering"),
                             QStringLiteral("Hannah Wright,HR")};
    for (qsizetype i = 0; i < people.size(); ++i) {
        rows.append(people.at(i) + QStringLiteral(",2.0,") + iso(from.addDays(i * 2)));
    }
    return (rows.join(u'\n') + u'\n').toUtf8();
}

/// Attendance of the annual awareness course (6.3).
QByteArray trainingAttendance(const QDate &held)
{
    QStringList rows{QStringLiteral("session,date,attendees,absent,trainer")};
    rows.append(QStringLiteral("Morning,%1,34,2,HR Manager").arg(iso(held)));
    rows.append(QStringLiteral("Afternoon,%1,29,1,HR Manager").arg(iso(held)));
    rows.append(
        QStringLiteral("Catch-up,%1,3,0,Chief Information Security Officer").arg(iso(held.addDays(14))));
    return (rows.join(u'\n') + u'\n').toUtf8();
}

/// The record of a tabletop exercise of the ransomware scenario (risk R-001).
QByteArray ransomwareExercise(const QDate &held)
{
    const QStringList lines{
        QStringLiteral("Tabletop exercise: ransomware encrypts the transport management system"),
        QStringLiteral("Held on %1, 09:00-11:30, led by the Chief Information Security Officer.")
            .arg(iso(held)),
        QString(),
        QStringLiteral("Participants: IT Operations Manager, Head of Operations, Legal Counsel, "
                       "Communications Lead."),
        QString(),
        QStringLiteral("Findings:"),
        QStringLiteral("1. The decision to isolate the network was taken within 20 minutes."),
        QStringLiteral("2. The offline contact list was out of date (two numbers changed)."),
        QStringLiteral("3. Restoring from the immutable copy is documented but was never rehearsed end to "
                       "end; see treatment task for risk R-001."),
        QString(),
        QStringLiteral("Next exercise: in six months."),
    };
    return (lines.join(u'\n') + u'\n').toUtf8();
}

} // namespace

QByteArray DemoEvidence::onePagePdf(const QStringList &lines)
{
    QByteArray content("BT\n/F1 12 Tf\n72 770 Td\n16 TL\n");
    for (const QString &line : lines) {
        QByteArray text = line.toLatin1();
        text.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
        content += '(' + text + ") Tj T*\n";
    }
    content += "ET\n";
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray pdf("%PDF-1.4\n");
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets) {
        // Each entry is exactly 20 bytes: ten digits, generation, keyword, space and line feed.
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
           + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

Result<void> DemoEvidence::write(Database &db, const QDate &today)
{
    struct File
    {
        QString kind;
        QString ref;
        QString name;
        QByteArray data;
        EvidenceDetails details;
    };

    const QDate reviewed = today.addDays(-40);
    const QDate tested = today.addDays(-20);
    const QDate policyIssued = today.addDays(-200);
    const QDate trained = today.addDays(-400);
    const QDate exercised = today.addDays(-60);
    const QList<File> files{
        {QStringLiteral("controls"),
         QStringLiteral("5.15"),
         QStringLiteral("access-review.csv"),
         accessReview(reviewed),
         {reviewed,
          reviewed.addDays(90),
          QStringLiteral("Quarterly review of access to the production "
                         "systems; one account removed, one reduced.")}},
        {QStringLiteral("controls"),
         QStringLiteral("8.13"),
         QStringLiteral("backup-restore-test.log"),
         backupTestLog(tested),
         {tested, tested.addDays(180), QStringLiteral("Half-yearly restore test from the immutable copy.")}},
        {QStringLiteral("controls"),
         QStringLiteral("5.1"),
         QStringLiteral("information-security-policy-v2.pdf"),
         onePagePdf({QStringLiteral("Harbourline Logistics Ltd"),
                     QStringLiteral("Information security policy, version 2.0"),
                     QStringLiteral("Approved by the board on %1.").arg(iso(policyIssued)),
                     QStringLiteral("Signed: Managing Director")}),
         {policyIssued, policyIssued.addYears(1), QStringLiteral("Signed copy of the approved policy.")}},
        {QStringLiteral("controls"),
         QStringLiteral("5.1"),
         QStringLiteral("policy-acknowledgements.csv"),
         policyAcknowledgements(policyIssued.addDays(7)),
         {policyIssued.addDays(21), {}, QStringLiteral("Every employee acknowledged version 2.0.")}},
        {QStringLiteral("controls"),
         QStringLiteral("6.3"),
         QStringLiteral("awareness-training-attendance.csv"),
         trainingAttendance(trained),
         {trained, trained.addYears(1), QStringLiteral("Annual course; this year's session is due.")}},
        {QStringLiteral("risks"),
         QStringLiteral("R-001"),
         QStringLiteral("ransomware-tabletop-exercise.txt"),
         ransomwareExercise(exercised),
         {exercised, {}, QStringLiteral("Exercise of the scenario of this risk.")}},
    };
    EvidenceService service(db);
    for (const File &file : files) {
        if (auto attached = service.attachData(file.kind, file.ref, file.name, file.data, file.details);
            !attached) {
            return attached.error();
        }
    }
    return {};
}

} // namespace isms
