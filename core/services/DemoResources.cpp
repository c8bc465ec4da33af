// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/DemoResources.h"

#include "domain/Entities.h"
#include "services/RecordService.h"

using namespace Qt::StringLiterals;

namespace isms {

Result<void> DemoResources::write(Database &db, const QDate &today)
{
    using Values = QList<std::pair<QString, QVariant>>;
    const QList<Values> rows{
        {{u"name"_s, u"ISMS Manager, full time"_s},
         {u"type"_s, u"people"_s},
         {u"description"_s, u"Runs the ISMS day to day: registers, reviews, awareness, audits."_s},
         {u"serves"_s, u"PR-001"_s},
         {u"amount"_s, u"1 FTE"_s},
         {u"owner"_s, u"Managing Director"_s},
         {u"status"_s, u"provided"_s},
         {u"next_review"_s, today.addMonths(10)}},
        {{u"name"_s, u"Security budget for the year"_s},
         {u"type"_s, u"budget"_s},
         {u"description"_s, u"Treatment tasks, tools and the certification audit."_s},
         {u"serves"_s, u"OBJ-001, OBJ-002"_s},
         {u"amount"_s, u"EUR 180,000 a year"_s},
         {u"owner"_s, u"CFO"_s},
         {u"status"_s, u"approved"_s},
         {u"next_review"_s, today.addMonths(4)}},
        {{u"name"_s, u"Endpoint protection and patch management"_s},
         {u"type"_s, u"tools"_s},
         {u"serves"_s, u"A.8.7, A.8.8"_s},
         {u"amount"_s, u"420 licences"_s},
         {u"owner"_s, u"Head of IT"_s},
         {u"status"_s, u"provided"_s},
         {u"next_review"_s, today.addMonths(7)}},
        {{u"name"_s, u"External internal-audit support"_s},
         {u"type"_s, u"external-services"_s},
         {u"description"_s, u"An independent auditor for the areas the ISMS team runs itself."_s},
         {u"serves"_s, u"9.2"_s},
         {u"amount"_s, u"6 days a year"_s},
         {u"owner"_s, u"ISMS Manager"_s},
         {u"status"_s, u"approved"_s},
         {u"next_review"_s, today.addMonths(5)}},
        {{u"name"_s, u"Training room with video equipment"_s},
         {u"type"_s, u"facilities"_s},
         {u"description"_s, u"For awareness sessions at the Hamburg hub; shared with HR."_s},
         {u"serves"_s, u"7.3"_s},
         {u"amount"_s, u"2 days a month"_s},
         {u"status"_s, u"requested"_s}},
    };
    QList<Record> records;
    for (const Values &values : rows) {
        Record record = resourceSpec().newRecord();
        for (const auto &[key, value] : values) {
            record.values[resourceSpec().indexOf(key)] = value;
        }
        records.append(record);
    }
    auto created = RecordService(db, resourceSpec()).createMany(records);
    if (!created) {
        return created.error();
    }
    return {};
}

} // namespace isms
