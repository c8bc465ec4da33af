// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/ContextRules.h"

#include "domain/Entities.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>

namespace isms {

namespace {

QString text(const EntitySpec &spec, const Record &record, QStringView key)
{
    return record.values.at(spec.indexOf(key)).toString().trimmed();
}

/// The scope that counts among `scopes`: the latest approved, else the latest not superseded.
const Record *currentScope(const QList<Record> &scopes)
{
    const EntitySpec &spec = scopeSpec();
    const Record *draft = nullptr;
    for (auto it = scopes.crbegin(); it != scopes.crend(); ++it) {
        const QString status = text(spec, *it, u"status");
        if (status == u"approved") {
            return &*it;
        }
        if (status == u"draft" && !draft) {
            draft = &*it;
        }
    }
    return draft;
}

} // namespace

Result<QString> ContextRules::currentScopeRef(const Database &db)
{
    const auto scopes = RecordRepository(db, scopeSpec()).all();
    if (!scopes) {
        return scopes.error();
    }
    const Record *scope = currentScope(*scopes);
    return scope ? EntitySpec::refOf(*scope) : QString();
}

Result<QList<ContextFinding>> ContextRules::findings(const Database &db)
{
    QList<ContextFinding> found;
    const RecordRepository scopeRepository(db, scopeSpec());
    const auto exists = scopeRepository.tableExists();
    if (!exists) {
        return exists.error();
    }
    if (!*exists) {
        return found;
    }
    const auto scopes = scopeRepository.all();
    const auto issues = RecordRepository(db, contextIssueSpec()).all();
    const auto parties = RecordRepository(db, interestedPartySpec()).all();
    for (const auto *read : {&scopes, &issues, &parties}) {
        if (!*read) {
            return read->error();
        }
    }

    const EntitySpec &scope = scopeSpec();
    const Record *current = currentScope(*scopes);
    if (!current) {
        found.append({QStringLiteral("R-SCOPE-MISSING"),
                      scope.key,
                      QString(),
                      QCoreApplication::translate(
                          "isms::ContextRules",
                          "The scope of the ISMS (4.3) is not recorded; write it on the Scope page.")});
    } else {
        const QString ref = EntitySpec::refOf(*current);
        if (text(scope, *current, u"status") != u"approved") {
            found.append({QStringLiteral("R-SCOPE-APPROVED"),
                          scope.key,
                          ref,
                          QCoreApplication::translate(
                              "isms::ContextRules",
                              "The scope %1 is still a draft; have it approved and record by whom and when.")
                              .arg(ref)});
        }
        if (text(scope, *current, u"climate") == u"undecided") {
            found.append({QStringLiteral("R-CLIMATE-UNDECIDED"),
                          scope.key,
                          ref,
                          QCoreApplication::translate(
                              "isms::ContextRules",
                              "The scope %1 does not say yet whether climate change is a relevant issue; "
                              "record the decision and its rationale.")
                              .arg(ref)});
        }
    }

    const EntitySpec &issue = contextIssueSpec();
    const bool anyIssue = std::any_of(issues->cbegin(), issues->cend(), [&](const Record &record) {
        return text(issue, record, u"status") != u"closed";
    });
    if (!anyIssue) {
        found.append({QStringLiteral("R-ISSUES-MISSING"),
                      issue.key,
                      QString(),
                      QCoreApplication::translate(
                          "isms::ContextRules",
                          "No current internal or external issue (4.1) is recorded; list the issues that "
                          "affect what the ISMS can achieve.")});
    }

    const EntitySpec &party = interestedPartySpec();
    if (parties->isEmpty()) {
        found.append({QStringLiteral("R-PARTIES-MISSING"),
                      party.key,
                      QString(),
                      QCoreApplication::translate(
                          "isms::ContextRules",
                          "No interested party (4.2) is recorded; list the parties that matter to the ISMS "
                          "and their requirements.")});
    }
    for (const Record &record : *parties) {
        const QString ref = EntitySpec::refOf(record);
        const QString name = text(party, record, u"name");
        const QString addressed = text(party, record, u"addressed");
        if (addressed == u"undecided") {
            found.append({QStringLiteral("R-PARTY-UNDECIDED"),
                          party.key,
                          ref,
                          QCoreApplication::translate(
                              "isms::ContextRules",
                              "%1 %2: it is not decided yet which of its requirements the ISMS addresses.")
                              .arg(ref, name)});
        } else if ((addressed == u"yes" || addressed == u"partly")
                   && text(party, record, u"how_addressed").isEmpty()) {
            found.append({QStringLiteral("R-PARTY-HOW"),
                          party.key,
                          ref,
                          QCoreApplication::translate(
                              "isms::ContextRules",
                              "%1 %2: its requirements are addressed, but not how; describe it.")
                              .arg(ref, name)});
        }
    }
    return found;
}

} // namespace isms
