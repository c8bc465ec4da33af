// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/PeopleRules.h"

#include "domain/Entities.h"
#include "services/RaciMatrix.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace isms {

namespace {

QString textOf(const EntitySpec &spec, const Record &record, QStringView key)
{
    return record.values.at(spec.indexOf(key)).toString().trimmed();
}

RecordId idOf(const EntitySpec &spec, const Record &record, QStringView key)
{
    const QVariant value = record.values.at(spec.indexOf(key));
    return value.isValid() ? RecordId{value.toLongLong()} : RecordId{};
}

/// The registers the rules read, once.
struct Registers
{
    QList<Record> people;
    QList<Record> roles;
    QList<Record> competences;
    QList<Record> trainings;
    QList<Record> communications;
    QHash<RecordId, Record> personById;
};

Result<QList<Record>> read(const Database &db, const EntitySpec &spec)
{
    return RecordRepository(db, spec).all();
}

Result<Registers> readAll(const Database &db)
{
    Registers registers;
    const std::pair<const EntitySpec *, QList<Record> *> lists[] = {
        {&personSpec(), &registers.people},
        {&roleSpec(), &registers.roles},
        {&competenceSpec(), &registers.competences},
        {&trainingSpec(), &registers.trainings},
        {&communicationSpec(), &registers.communications},
    };
    for (const auto &[spec, list] : lists) {
        auto records = read(db, *spec);
        if (!records) {
            return records.error();
        }
        *list = std::move(records).value();
    }
    for (const Record &person : std::as_const(registers.people)) {
        registers.personById.insert(person.id, person);
    }
    return registers;
}

/// The holder's name when an active person holds the role, else empty; `why` says what is wrong.
QString activeHolder(const Registers &registers, const Record &role, QString *why)
{
    const RecordId holder = idOf(roleSpec(), role, u"holder");
    const auto found = registers.personById.constFind(holder);
    if (found == registers.personById.cend()) {
        *why = QCoreApplication::translate("isms::PeopleRules", "no one holds it");
        return {};
    }
    const QString name = textOf(personSpec(), *found, u"name");
    if (textOf(personSpec(), *found, u"status") == u"left") {
        *why = QCoreApplication::translate("isms::PeopleRules", "its holder %1 has left").arg(name);
        return {};
    }
    return name;
}

void assignmentRule(const Registers &registers,
                    QList<PeopleFinding> &found,
                    const QString &rule,
                    QStringView flag,
                    const QString &missing,
                    const char *unheld)
{
    const EntitySpec &spec = roleSpec();
    QList<PeopleFinding> points;
    bool met = false;
    bool assigned = false;
    for (const Record &role : registers.roles) {
        if (!role.values.at(spec.indexOf(flag)).toBool()) {
            continue;
        }
        assigned = true;
        QString why;
        if (!activeHolder(registers, role, &why).isEmpty()) {
            met = true;
            continue;
        }
        const QString ref = EntitySpec::refOf(role);
        points.append({rule,
                       spec.key,
                       ref,
                       QCoreApplication::translate("isms::PeopleRules", unheld)
                           .arg(ref, textOf(spec, role, u"name"), why)});
    }
    if (!assigned) {
        found.append({rule, spec.key, QString(), missing});
    } else if (!met) {
        found.append(points);
    }
}

void holderRule(const Registers &registers, QList<PeopleFinding> &found)
{
    const EntitySpec &spec = roleSpec();
    for (const Record &role : registers.roles) {
        QString why;
        if (activeHolder(registers, role, &why).isEmpty()) {
            const QString ref = EntitySpec::refOf(role);
            found.append({QStringLiteral("R-ROLE-NO-HOLDER"),
                          spec.key,
                          ref,
                          QCoreApplication::translate("isms::PeopleRules",
                                                      "%1 %2: %3; name the person who holds the role now.")
                              .arg(ref, textOf(spec, role, u"name"), why)});
        }
    }
}

void competenceRule(const Registers &registers, QList<PeopleFinding> &found)
{
    const EntitySpec &spec = competenceSpec();
    const EntitySpec &training = trainingSpec();
    QSet<RecordId> planned;
    for (const Record &record : registers.trainings) {
        if (textOf(training, record, u"effectiveness") != u"not-effective") {
            planned.insert(idOf(training, record, u"competence"));
        }
    }
    for (const Record &record : registers.competences) {
        const QString level = textOf(spec, record, u"level");
        if (level == u"held" || planned.contains(record.id)) {
            continue;
        }
        const auto person = registers.personById.constFind(idOf(spec, record, u"person"));
        const QString ref = EntitySpec::refOf(record);
        found.append(
            {QStringLiteral("R-COMPETENCE-GAP"),
             spec.key,
             ref,
             QCoreApplication::translate(
                 "isms::PeopleRules",
                 "%1 %2: %3 lacks this competence %4 and no training is planned to close the gap; "
                 "record one that names it, or another action.")
                 .arg(ref,
                      textOf(spec, record, u"competence"),
                      person != registers.personById.cend()
                          ? textOf(personSpec(), *person, u"name")
                          : QCoreApplication::translate("isms::PeopleRules", "the person"),
                      level == u"partly" ? QCoreApplication::translate("isms::PeopleRules", "in part")
                                         : QCoreApplication::translate("isms::PeopleRules", "entirely"))});
    }
}

void trainingRule(const Registers &registers, const QDate &today, QList<PeopleFinding> &found)
{
    const EntitySpec &spec = trainingSpec();
    const QDate limit = today.addDays(-PeopleRules::trainingEvaluationDays());
    for (const Record &record : registers.trainings) {
        const QDate held = record.values.at(spec.indexOf(u"training_date")).toDate();
        if (!held.isValid() || held >= limit || textOf(spec, record, u"effectiveness") != u"not-evaluated") {
            continue;
        }
        const QString ref = EntitySpec::refOf(record);
        found.append({QStringLiteral("R-TRAINING-UNEVALUATED"),
                      spec.key,
                      ref,
                      QCoreApplication::translate(
                          "isms::PeopleRules",
                          "%1 %2, held on %3: whether it was effective is not evaluated after %4 days; "
                          "evaluate it and record the result (7.2 c).")
                          .arg(ref,
                               textOf(spec, record, u"title"),
                               held.toString(Qt::ISODate),
                               QString::number(held.daysTo(today)))});
    }
}

} // namespace

Result<QList<PeopleFinding>> PeopleRules::findings(const Database &db, const QDate &today)
{
    QList<PeopleFinding> found;
    const auto exists = RecordRepository(db, roleSpec()).tableExists();
    if (!exists) {
        return exists.error();
    }
    if (!*exists) {
        return found;
    }
    const auto registers = readAll(db);
    if (!registers) {
        return registers.error();
    }
    assignmentRule(*registers,
                   found,
                   QStringLiteral("R-ROLE-CONFORMITY"),
                   u"ensures_conformity",
                   QCoreApplication::translate(
                       "isms::PeopleRules",
                       "No role is given the duty of making sure that the ISMS conforms to ISO/IEC 27001 "
                       "(5.3 a); assign it to a role and name who holds it."),
                   QT_TRANSLATE_NOOP("isms::PeopleRules",
                                     "%1 %2 ensures the conformity of the ISMS (5.3 a), but %3; name an "
                                     "active holder."));
    assignmentRule(*registers,
                   found,
                   QStringLiteral("R-ROLE-REPORTING"),
                   u"reports_performance",
                   QCoreApplication::translate(
                       "isms::PeopleRules",
                       "No role is given the duty of reporting on the performance of the ISMS to top "
                       "management (5.3 b); assign it to a role and name who holds it."),
                   QT_TRANSLATE_NOOP("isms::PeopleRules",
                                     "%1 %2 reports the performance of the ISMS to top management (5.3 b), "
                                     "but %3; name an active holder."));
    holderRule(*registers, found);

    const auto matrix = RaciMatrix::load(db);
    if (!matrix) {
        return matrix.error();
    }
    for (qsizetype row = 0; row < matrix->activities().size(); ++row) {
        const int accountable = matrix->accountableCount(row);
        if (accountable == 1) {
            continue;
        }
        const RaciActivity &activity = matrix->activities().at(row);
        found.append({QStringLiteral("R-RACI-ACCOUNTABLE"),
                      processSpec().key,
                      activity.ref,
                      accountable == 0
                          ? QCoreApplication::translate(
                                "isms::PeopleRules",
                                "%1 %2: no role is Accountable for the process in the RACI matrix; mark "
                                "exactly one role with A.")
                                .arg(activity.ref, activity.name)
                          : QCoreApplication::translate(
                                "isms::PeopleRules",
                                "%1 %2: %3 roles are Accountable for the process in the RACI matrix; keep "
                                "exactly one A and make the others R, C or I.")
                                .arg(activity.ref, activity.name, QString::number(accountable))});
    }
    competenceRule(*registers, found);
    trainingRule(*registers, today, found);
    if (registers->communications.isEmpty()) {
        found.append({QStringLiteral("R-COMMUNICATION-PLAN"),
                      communicationSpec().key,
                      QString(),
                      QCoreApplication::translate(
                          "isms::PeopleRules",
                          "No communication is planned (7.4); record what the ISMS communicates, when, to "
                          "whom, by whom and how.")});
    }
    return found;
}

} // namespace isms
