// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/DemoSoaHistory.h"

#include "domain/Entities.h"
#include "services/RecordService.h"
#include "services/SoaVersionService.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace isms {

namespace {

/// Changes controls of `spec` by reference as one action.
Result<void> change(Database &db,
                    const EntitySpec &spec,
                    const QList<std::pair<QString, QHash<QString, QVariant>>> &changes)
{
    RecordService service(db, spec);
    QList<RecordChange> records;
    for (const auto &[ref, values] : changes) {
        const auto record = service.getByRef(ref);
        if (!record) {
            return record.error();
        }
        records.append(RecordChange{record->id, values});
    }
    return service.updateMany(records);
}

} // namespace

QString DemoSoaHistory::approver()
{
    return u"Ruth Calder, Managing Director"_s;
}

Result<void> DemoSoaHistory::write(Database &db, const QDate &today)
{
    const QDate approved = std::min(today.addDays(-45), QDate::currentDate());
    const auto issued = SoaVersionService(db).issue(SoaIssue{
        .approver = approver(),
        .changeSummary = u"First issue after the initial risk assessment, approved at the management "
                         "review."_s,
        .approvalDate = approved,
        .allowUnchanged = false});
    if (!issued) {
        return issued.error();
    }

    // Decisions taken since version 1: the draft of version 2.
    return change(db,
                  controlSpec(),
                  {{u"8.11"_s,
                    {{u"status"_s, u"partial"_s},
                     {u"implementation"_s,
                      u"Masking of personal data in test copies piloted on the "
                      "billing database."_s}}},
                   {u"5.23"_s,
                    {{u"status"_s, u"partial"_s},
                     {u"implementation"_s,
                      u"Cloud usage rules approved; reviews of the two main "
                      "providers under way."_s}}},
                   {u"8.12"_s, {{u"owner"_s, u"Data Protection Officer"_s}}}});
}

} // namespace isms
