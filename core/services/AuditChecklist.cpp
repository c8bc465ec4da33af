// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/AuditChecklist.h"

#include "catalog/Catalogue.h"
#include "domain/Entities.h"
#include "services/AuditCoverage.h"
#include "services/MandatoryInformation.h"
#include "services/RecordService.h"
#include "storage/RecordRepository.h"

#include <QHash>
#include <QSet>

namespace isms {

namespace {

/// Our own questions, one per subclause of 4 to 10.
const QHash<QString, const char *> &clauseQuestions()
{
    static const QHash<QString, const char *> questions{
        {QStringLiteral("4.1"),
         QT_TRANSLATE_NOOP(
             "isms::AuditChecklist",
             "Which internal and external issues has the organisation identified, and when were "
             "they last looked at?")},
        {QStringLiteral("4.2"),
         QT_TRANSLATE_NOOP("isms::AuditChecklist",
                           "Who are the interested parties, what do they expect, and which of those "
                           "expectations does the ISMS address?")},
        {QStringLiteral("4.3"),
         QT_TRANSLATE_NOOP("isms::AuditChecklist",
                           "Is the scope written down and approved, and do its boundaries and interfaces "
                           "match what staff describe?")},
        {QStringLiteral("4.4"),
         QT_TRANSLATE_NOOP("isms::AuditChecklist",
                           "Are the processes of the ISMS and the way they feed each other recorded and "
                           "kept current?")},
        {QStringLiteral("5.1"),
         QT_TRANSLATE_NOOP("isms::AuditChecklist",
                           "What has top management done this year to show it leads the ISMS: resources, "
                           "decisions, communication?")},
        {QStringLiteral("5.2"),
         QT_TRANSLATE_NOOP(
             "isms::AuditChecklist",
             "Is the policy approved, available to staff and known to the people you talk to?")},
        {QStringLiteral("5.3"),
         QT_TRANSLATE_NOOP("isms::AuditChecklist",
                           "Are roles for information security assigned and known, including who reports on "
                           "the ISMS to top management?")},
        {QStringLiteral("6.1.1"),
         QT_TRANSLATE_NOOP("isms::AuditChecklist",
                           "Which risks and opportunities of the ISMS itself were identified, and what was "
                           "planned about them?")},
        {QStringLiteral("6.1.2"),
         QT_TRANSLATE_NOOP("isms::AuditChecklist",
                           "Does the risk assessment follow the documented method, with owners and "
                           "repeatable ratings?")},
        {QStringLiteral("6.1.3"),
         QT_TRANSLATE_NOOP("isms::AuditChecklist",
                           "Do the treatment plan and the Statement of Applicability agree with the risks, "
                           "and have the owners accepted the residual risks?")},
        {QStringLiteral("6.2"),
         QT_TRANSLATE_NOOP("isms::AuditChecklist",
                           "Are the objectives measurable, planned with owners and dates, and is progress "
                           "tracked?")},
        {QStringLiteral("6.3"),
         QT_TRANSLATE_NOOP("isms::AuditChecklist",
                           "Were changes to the ISMS planned before they were made, with their purpose and "
                           "consequences considered?")},
        {QStringLiteral("7.1"),
         QT_TRANSLATE_NOOP("isms::AuditChecklist",
                           "Does the ISMS have the people, time and budget it needs, and who decided this?")},
        {QStringLiteral("7.2"),
         QT_TRANSLATE_NOOP("isms::AuditChecklist",
                           "For a sample of roles: what competence is needed, how is it shown, and what was "
                           "done about gaps?")},
        {QStringLiteral("7.3"),
         QT_TRANSLATE_NOOP("isms::AuditChecklist",
                           "Can the staff you meet explain the policy, their part in security and what "
                           "happens if it is ignored?")},
        {QStringLiteral("7.4"),
         QT_TRANSLATE_NOOP(
             "isms::AuditChecklist",
             "Is it decided what is communicated about security, to whom, when and by whom, and "
             "does it happen?")},
        {QStringLiteral("7.5.1"),
         QT_TRANSLATE_NOOP("isms::AuditChecklist",
                           "Does the organisation hold the documented information the ISMS needs, including "
                           "what it decided it needs?")},
        {QStringLiteral("7.5.2"),
         QT_TRANSLATE_NOOP("isms::AuditChecklist",
                           "Do documents carry an identity, a version and an approval, and are they reviewed "
                           "on time?")},
        {QStringLiteral("7.5.3"),
         QT_TRANSLATE_NOOP("isms::AuditChecklist",
                           "Are documents available where needed, protected, and are old versions and "
                           "external documents controlled?")},
        {QStringLiteral("8.1"),
         QT_TRANSLATE_NOOP("isms::AuditChecklist",
                           "Do the processes run to their criteria, and are outsourced processes and planned "
                           "changes controlled?")},
        {QStringLiteral("8.2"),
         QT_TRANSLATE_NOOP("isms::AuditChecklist",
                           "Are risk assessments repeated at planned times and after significant changes, "
                           "with the results kept?")},
        {QStringLiteral("8.3"),
         QT_TRANSLATE_NOOP("isms::AuditChecklist",
                           "Is the treatment plan carried out, and are its results recorded?")},
        {QStringLiteral("9.1"),
         QT_TRANSLATE_NOOP("isms::AuditChecklist",
                           "What is measured, how often and by whom, and are the results analysed and acted "
                           "on?")},
        {QStringLiteral("9.2.1"),
         QT_TRANSLATE_NOOP("isms::AuditChecklist",
                           "Are internal audits held at planned intervals against both the standard and the "
                           "organisation's own rules?")},
        {QStringLiteral("9.2.2"),
         QT_TRANSLATE_NOOP("isms::AuditChecklist",
                           "Does the programme set criteria, scope and objective auditors, and are results "
                           "reported to management?")},
        {QStringLiteral("9.3.1"),
         QT_TRANSLATE_NOOP("isms::AuditChecklist",
                           "Did top management review the ISMS at the planned interval?")},
        {QStringLiteral("9.3.2"),
         QT_TRANSLATE_NOOP("isms::AuditChecklist",
                           "Did the last review consider every input it should, with facts from the ISMS?")},
        {QStringLiteral("9.3.3"),
         QT_TRANSLATE_NOOP("isms::AuditChecklist",
                           "What did the review decide, and are its decisions recorded and followed up?")},
        {QStringLiteral("10.1"),
         QT_TRANSLATE_NOOP(
             "isms::AuditChecklist",
             "Which improvements were made to the ISMS since the last audit, and where did they "
             "come from?")},
        {QStringLiteral("10.2"),
         QT_TRANSLATE_NOOP("isms::AuditChecklist",
                           "For a sample of nonconformities: was the cause found, the action taken, and its "
                           "effect checked?")},
    };
    return questions;
}

QString controlQuestion(const QString &theme, const QString &title)
{
    if (theme == u"People") {
        return AuditChecklist::tr(
                   "Do the people concerned know and apply \"%1\", and what shows that they do?")
            .arg(title);
    }
    if (theme == u"Physical") {
        return AuditChecklist::tr(
                   "On a walk through the site: how is \"%1\" put into practice, and how is it "
                   "checked?")
            .arg(title);
    }
    if (theme == u"Technological") {
        return AuditChecklist::tr("How is \"%1\" configured and monitored, and which system records show it "
                                  "works?")
            .arg(title);
    }
    return AuditChecklist::tr("How is \"%1\" defined and assigned, and which records show it is followed?")
        .arg(title);
}

Error notFound(const QString &message)
{
    return Error{ErrorCode::NotFound, message, {}};
}

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidArgument, message, {}};
}

} // namespace

QString AuditChecklist::clauseQuestion(const QString &clause)
{
    const char *question = clauseQuestions().value(clause, nullptr);
    return question ? QCoreApplication::translate("isms::AuditChecklist", question) : QString();
}

Result<ChecklistOutcome> AuditChecklist::generate(Database &db, const QString &auditRef)
{
    const auto scopes = AuditCoverage::audits(db);
    if (!scopes) {
        return scopes.error();
    }
    const AuditScope *scope = nullptr;
    for (const AuditScope &candidate : *scopes) {
        if (candidate.ref.compare(auditRef.trimmed(), Qt::CaseInsensitive) == 0) {
            scope = &candidate;
        }
    }
    if (!scope) {
        return notFound(tr("There is no audit %1; \"isms-cli list audits FILE\" lists them.").arg(auditRef));
    }

    // Requirement and question, in checklist order: clauses, controls, then the organisation's documents.
    QList<std::pair<QString, QString>> wanted;
    const auto clauses = Catalogue::clauses();
    if (!clauses) {
        return clauses.error();
    }
    QStringList coveredClauses;
    for (const Clause &clause : *clauses) {
        const QString question = clauseQuestion(clause.ref);
        if (!question.isEmpty() && scope->coversClause(clause.ref)) {
            wanted.append({clause.ref, question});
            coveredClauses.append(clause.ref);
        }
    }
    const EntitySpec &control = controlSpec();
    const auto controls = RecordRepository(db, control).all();
    if (!controls) {
        return controls.error();
    }
    QStringList coveredControls;
    for (const Record &record : *controls) {
        const QString ref = EntitySpec::refOf(record);
        if (!record.values.at(control.indexOf(u"applicable")).toBool() || !scope->coversControl(ref)) {
            continue;
        }
        wanted.append({control.shownRef(ref),
                       controlQuestion(record.values.at(control.indexOf(u"theme")).toString(),
                                       record.values.at(control.indexOf(u"title")).toString())});
        coveredControls.append(ref);
    }
    const EntitySpec &document = documentSpec();
    const auto documents = RecordRepository(db, document).all();
    if (!documents) {
        return documents.error();
    }
    for (const Record &record : *documents) {
        const auto text = [&](QStringView key) { return record.values.at(document.indexOf(key)).toString(); };
        const QString type = text(u"type");
        if (text(u"status") != u"approved"
            || (type != u"policy" && type != u"topic_policy" && type != u"procedure")) {
            continue;
        }
        const QString named = text(u"clauses");
        const bool inScope =
            scope->fullScope
            || std::ranges::any_of(coveredClauses,
                                   [&](const QString &c) { return MandatoryInformation::names(named, c); })
            || std::ranges::any_of(coveredControls, [&](const QString &c) {
                   return named.contains(c) || named.contains(u"A." + c);
               });
        if (inScope) {
            wanted.append(
                {EntitySpec::refOf(record),
                 tr("Is %1 \"%2\" followed in practice? Take a few recent cases and compare what was "
                    "done with what it asks.")
                     .arg(EntitySpec::refOf(record), text(u"title"))});
        }
    }

    const EntitySpec &item = checklistItemSpec();
    const auto existing = RecordRepository(db, item).all();
    if (!existing) {
        return existing.error();
    }
    QSet<QString> present;
    for (const Record &record : *existing) {
        if (record.values.at(item.indexOf(u"audit")).toLongLong() == scope->id.value) {
            present.insert(record.values.at(item.indexOf(u"requirement")).toString().trimmed().toLower());
        }
    }
    ChecklistOutcome outcome;
    QList<Record> added;
    for (const auto &[requirement, question] : std::as_const(wanted)) {
        if (present.contains(requirement.toLower())) {
            ++outcome.kept;
            continue;
        }
        present.insert(requirement.toLower());
        Record record = item.newRecord();
        record.values[item.indexOf(u"audit")] = scope->id.value;
        record.values[item.indexOf(u"requirement")] = requirement;
        record.values[item.indexOf(u"question")] = question;
        added.append(record);
    }
    if (!added.isEmpty()) {
        const auto created = RecordService(db, item).createMany(added);
        if (!created) {
            return created.error();
        }
    }
    outcome.added = static_cast<int>(added.size());
    return outcome;
}

Result<QString> AuditChecklist::findingOf(const Database &db, qint64 itemId)
{
    const EntitySpec &finding = findingSpec();
    const auto findings = RecordRepository(db, finding).all();
    if (!findings) {
        return findings.error();
    }
    for (const Record &record : *findings) {
        if (record.values.at(finding.indexOf(u"checklist_item")).toLongLong() == itemId) {
            return EntitySpec::refOf(record);
        }
    }
    return QString();
}

Result<QString> AuditChecklist::raiseFinding(Database &db, const QString &itemRef)
{
    const EntitySpec &item = checklistItemSpec();
    const auto record = RecordService(db, item).getByRef(itemRef.trimmed());
    if (!record) {
        return record.error();
    }
    const auto text = [&](QStringView key) {
        return record->values.at(item.indexOf(key)).toString().trimmed();
    };
    const QString result = text(u"result");
    QString type;
    if (result == u"nonconformity") {
        type = text(u"grade") == u"major" ? QStringLiteral("major_nc") : QStringLiteral("minor_nc");
    } else if (result == u"observation" || result == u"improvement") {
        type = result;
    } else {
        return invalid(tr("Checklist item %1 is not answered as a nonconformity, an observation or an "
                          "opportunity for improvement; set its result first.")
                           .arg(EntitySpec::refOf(*record)));
    }
    const auto already = findingOf(db, record->id.value);
    if (!already) {
        return already.error();
    }
    if (!already->isEmpty()) {
        return invalid(
            tr("Checklist item %1 already has its finding, %2.").arg(EntitySpec::refOf(*record), *already));
    }
    const EntitySpec &finding = findingSpec();
    Record raised = finding.newRecord();
    raised.values[finding.indexOf(u"audit")] = record->values.at(item.indexOf(u"audit"));
    raised.values[finding.indexOf(u"type")] = type;
    raised.values[finding.indexOf(u"requirement")] = text(u"requirement");
    raised.values[finding.indexOf(u"description")] =
        text(u"notes").isEmpty() ? text(u"question") : text(u"notes");
    raised.values[finding.indexOf(u"evidence")] = text(u"evidence");
    raised.values[finding.indexOf(u"checklist_item")] = record->id.value;
    raised.values[finding.indexOf(u"status")] = QStringLiteral("open");
    RecordService service(db, finding);
    const auto id = service.create(raised);
    if (!id) {
        return id.error();
    }
    const auto created = service.get(*id);
    if (!created) {
        return created.error();
    }
    return EntitySpec::refOf(*created);
}

} // namespace isms
