// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/ProcessRules.h"

#include "domain/Entities.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>

namespace isms {

namespace {

QString text(const EntitySpec &spec, const Record &record, QStringView key)
{
    return record.values.at(spec.indexOf(key)).toString().trimmed();
}

} // namespace

Result<QList<ProcessFinding>> ProcessRules::findings(const Database &db)
{
    QList<ProcessFinding> found;
    const EntitySpec &spec = processSpec();
    const RecordRepository repository(db, spec);
    const auto exists = repository.tableExists();
    if (!exists) {
        return exists.error();
    }
    if (!*exists) {
        return found;
    }
    const auto processes = repository.all();
    if (!processes) {
        return processes.error();
    }
    bool anyInUse = false;
    for (const Record &record : *processes) {
        if (text(spec, record, u"status") == u"retired") {
            continue;
        }
        anyInUse = true;
        const QString ref = EntitySpec::refOf(record);
        const QString name = text(spec, record, u"name");
        if (text(spec, record, u"owner").isEmpty()) {
            found.append({QStringLiteral("R-PROCESS-NO-OWNER"),
                          spec.key,
                          ref,
                          QCoreApplication::translate("isms::ProcessRules",
                                                      "%1 %2: the process has no owner; name who is "
                                                      "responsible for it.")
                              .arg(ref, name)});
        }
        if (text(spec, record, u"criteria").isEmpty()) {
            found.append({QStringLiteral("R-PROCESS-NO-CRITERIA"),
                          spec.key,
                          ref,
                          QCoreApplication::translate("isms::ProcessRules",
                                                      "%1 %2: no criteria say how the process is controlled "
                                                      "(8.1); state them and how you know they are met.")
                              .arg(ref, name)});
        }
    }
    if (!anyInUse) {
        found.prepend({QStringLiteral("R-PROCESSES-MISSING"),
                       spec.key,
                       QString(),
                       QCoreApplication::translate("isms::ProcessRules",
                                                   "No process of the ISMS (4.4) is recorded; list the "
                                                   "processes it needs and how they interact.")});
    }
    return found;
}

} // namespace isms
