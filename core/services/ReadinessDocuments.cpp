// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The readiness rules of the policy (5.2), top management's duties (5.1) and documented information
// (7.5): the documents, their versions, the acknowledgements and the leadership duties.
#include "domain/Entities.h"
#include "services/ReadinessRules.h"
#include "storage/EvidenceStore.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>
#include <QSet>

namespace isms {

namespace {

class DocumentReadinessText final
{
    Q_DECLARE_TR_FUNCTIONS(isms::ReadinessRules)
};

QVariant valueOf(const EntitySpec &spec, const Record &record, QStringView key)
{
    return record.values.value(spec.indexOf(key));
}

QString text(const EntitySpec &spec, const Record &record, QStringView key)
{
    return valueOf(spec, record, key).toString();
}

/// "DOC-001 (Information security policy)"
QString named(const EntitySpec &spec, const Record &record, QStringView key)
{
    return DocumentReadinessText::tr("%1 (%2)").arg(EntitySpec::refOf(record), text(spec, record, key));
}

struct Point
{
    QString rule;
    QString kind;
    QString ref;
    QString message;
};

/// The points about policies: missing, not approved, incomplete, not acknowledged.
QList<Point> policyPoints(const QList<Record> &documents,
                          const QList<Record> &people,
                          const QList<Record> &acknowledgements)
{
    const EntitySpec &doc = documentSpec();
    QList<Point> points;
    QList<const Record *> policies;
    for (const Record &document : documents) {
        if (text(doc, document, u"type") == u"policy" && text(doc, document, u"status") != u"obsolete") {
            policies.append(&document);
        }
    }
    if (policies.isEmpty()) {
        points.append({QStringLiteral("R-POLICY-MISSING"),
                       doc.key,
                       {},
                       DocumentReadinessText::tr("There is no information security policy; add a document of "
                                                 "type \"Information security policy\".")});
        return points;
    }
    QSet<std::pair<qint64, qint64>> acknowledged; // (document, person)
    for (const Record &ack : acknowledgements) {
        acknowledged.insert({valueOf(acknowledgementSpec(), ack, u"document").toLongLong(),
                             valueOf(acknowledgementSpec(), ack, u"person").toLongLong()});
    }
    for (const Record *policy : std::as_const(policies)) {
        const QString name = named(doc, *policy, u"title");
        if (text(doc, *policy, u"status") != u"approved") {
            points.append(
                {QStringLiteral("R-POLICY-NOT-APPROVED"),
                 doc.key,
                 EntitySpec::refOf(*policy),
                 DocumentReadinessText::tr("The information security policy %1 is not approved; have "
                                           "top management approve it.")
                     .arg(name)});
        }
        QStringList missing;
        const std::pair<QStringView, QString> items[] = {
            {u"states_objectives", DocumentReadinessText::tr("the objectives or how they are set")},
            {u"commits_requirements", DocumentReadinessText::tr("the promise to meet requirements")},
            {u"commits_improvement", DocumentReadinessText::tr("the promise of ongoing improvement")},
        };
        for (const auto &[key, label] : items) {
            if (!valueOf(doc, *policy, key).toBool()) {
                missing.append(label);
            }
        }
        if (!missing.isEmpty()) {
            points.append({QStringLiteral("R-POLICY-CONTENT"),
                           doc.key,
                           EntitySpec::refOf(*policy),
                           DocumentReadinessText::tr("The information security policy %1 lacks %2; add it to "
                                                     "the policy and tick it in the content checklist.")
                               .arg(name, missing.join(QStringLiteral(", ")))});
        }
        if (text(doc, *policy, u"status") != u"approved") {
            continue;
        }
        for (const Record &person : people) {
            if (text(personSpec(), person, u"status") == u"active"
                && !acknowledged.contains({policy->id.value, person.id.value})) {
                points.append({QStringLiteral("R-POLICY-NOT-ACKNOWLEDGED"),
                               personSpec().key,
                               EntitySpec::refOf(person),
                               DocumentReadinessText::tr("%1 has not acknowledged the information security "
                                                         "policy %2; record their acknowledgement.")
                                   .arg(named(personSpec(), person, u"name"), EntitySpec::refOf(*policy))});
            }
        }
    }
    return points;
}

/// The points about documents of every type: reviews overdue, approved without an approved version.
QList<Point> documentPoints(const QList<Record> &documents, const QList<Record> &versions, const QDate &today)
{
    const EntitySpec &doc = documentSpec();
    QSet<qint64> withApprovedVersion;
    for (const Record &version : versions) {
        if (text(documentVersionSpec(), version, u"status") == u"approved") {
            withApprovedVersion.insert(valueOf(documentVersionSpec(), version, u"document").toLongLong());
        }
    }
    QList<Point> points;
    for (const Record &document : documents) {
        const QString status = text(doc, document, u"status");
        if (status == u"obsolete") {
            continue;
        }
        const QDate review = valueOf(doc, document, u"next_review").toDate();
        if (review.isValid() && review < today) {
            points.append({QStringLiteral("R-DOC-REVIEW-OVERDUE"),
                           doc.key,
                           EntitySpec::refOf(document),
                           DocumentReadinessText::tr("The review of %1 was due on %2; review it and set the "
                                                     "next review date.")
                               .arg(named(doc, document, u"title"), review.toString(Qt::ISODate))});
        }
        if (status == u"approved" && !withApprovedVersion.contains(document.id.value)) {
            points.append({QStringLiteral("R-DOC-NO-VERSION"),
                           doc.key,
                           EntitySpec::refOf(document),
                           DocumentReadinessText::tr("%1 is approved but has no approved version; add the "
                                                     "approved file as a version.")
                               .arg(named(doc, document, u"title"))});
        }
    }
    return points;
}

Result<QList<Point>> dutyPoints(const Database &db)
{
    const auto duties = RecordRepository(db, leadershipDutySpec()).all();
    if (!duties) {
        return duties.error();
    }
    const auto evidence = EvidenceStore(db).countsByRecord(leadershipDutySpec().key);
    if (!evidence) {
        return evidence.error();
    }
    const EntitySpec &spec = leadershipDutySpec();
    QList<Point> points;
    for (const Record &duty : *duties) {
        const QString ref = EntitySpec::refOf(duty);
        const QString name = DocumentReadinessText::tr("%1 (%2)").arg(ref, text(spec, duty, u"item"));
        if (text(spec, duty, u"status") != u"shown") {
            points.append(
                {QStringLiteral("R-LEADERSHIP-DUTY"),
                 spec.key,
                 ref,
                 DocumentReadinessText::tr("Top management has not yet shown the leadership duty %1; "
                                           "record how it is shown and attach evidence.")
                     .arg(name)});
        } else if (evidence->value(ref) == 0) {
            points.append({QStringLiteral("R-LEADERSHIP-DUTY"),
                           spec.key,
                           ref,
                           DocumentReadinessText::tr("The leadership duty %1 is marked as shown but has no "
                                                     "evidence; attach the minutes, decision or message that "
                                                     "shows it.")
                               .arg(name)});
        }
    }
    return points;
}

} // namespace

ReadinessProvider ReadinessRules::documents()
{
    return ReadinessProvider{
        .area = QStringLiteral("documents"),
        .title = QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                   "Leadership, policy and documented information (5, 7.5)"),
        .rules =
            {
                {QStringLiteral("R-LEADERSHIP-DUTY"),
                 ReadinessSeverity::Major,
                 QStringLiteral("5.1"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                   "Top management shows each of its leadership duties, with evidence."),
                 QString()},
                {QStringLiteral("R-POLICY-MISSING"),
                 ReadinessSeverity::Major,
                 QStringLiteral("5.2"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck", "An information security policy is recorded."),
                 QString()},
                {QStringLiteral("R-POLICY-NOT-APPROVED"),
                 ReadinessSeverity::Major,
                 QStringLiteral("5.2"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck", "The information security policy is approved."),
                 QStringLiteral("R-POLICY-MISSING")},
                {QStringLiteral("R-POLICY-CONTENT"),
                 ReadinessSeverity::Major,
                 QStringLiteral("5.2 b) c) d)"),
                 QT_TRANSLATE_NOOP(
                     "isms::ReadinessCheck",
                     "The policy covers objectives, meeting requirements and ongoing improvement."),
                 QStringLiteral("R-POLICY-MISSING")},
                {QStringLiteral("R-POLICY-NOT-ACKNOWLEDGED"),
                 ReadinessSeverity::Minor,
                 QStringLiteral("5.2, 7.3"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                   "Every active person has acknowledged the approved policy."),
                 QStringLiteral("R-POLICY-NOT-APPROVED")},
                {QStringLiteral("R-DOC-REVIEW-OVERDUE"),
                 ReadinessSeverity::Minor,
                 QStringLiteral("7.5.2"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck", "No document is past its review date."),
                 QString()},
                {QStringLiteral("R-DOC-NO-VERSION"),
                 ReadinessSeverity::Minor,
                 QStringLiteral("7.5.2"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                   "Every approved document has an approved version."),
                 QString()},
            },
        .run = [](const ReadinessInput &input) -> Result<ReadinessOutcome> {
            const auto exists = RecordRepository(input.db, documentSpec()).tableExists();
            if (!exists) {
                return exists.error();
            }
            if (!*exists) {
                return ReadinessOutcome();
            }
            const auto documents = RecordRepository(input.db, documentSpec()).all();
            const auto versions = RecordRepository(input.db, documentVersionSpec()).all();
            const auto people = RecordRepository(input.db, personSpec()).all();
            const auto acknowledgements = RecordRepository(input.db, acknowledgementSpec()).all();
            for (const auto *read : {&documents, &versions, &people, &acknowledgements}) {
                if (!*read) {
                    return read->error();
                }
            }
            auto duties = dutyPoints(input.db);
            if (!duties) {
                return duties.error();
            }
            QList<Point> points = *duties;
            points.append(policyPoints(*documents, *people, *acknowledgements));
            points.append(documentPoints(*documents, *versions, input.today));
            QList<ReadinessFinding> findings;
            RefCache refs;
            for (const Point &point : std::as_const(points)) {
                auto finding = pointAbout(input.db, point.rule, point.kind, point.ref, point.message, refs);
                if (!finding) {
                    return finding.error();
                }
                findings.append(*finding);
            }
            return ReadinessOutcome(findings);
        },
    };
}

} // namespace isms
