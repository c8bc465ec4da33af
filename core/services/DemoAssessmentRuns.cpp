// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/DemoAssessmentRuns.h"

#include "services/AssessmentRunService.h"

using namespace Qt::StringLiterals;

namespace isms {

Result<void> DemoAssessmentRuns::write(Database &db, const QDate &today)
{
    const QList<AssessmentRunRequest> runs{
        {.scope = u"Whole ISMS: office, data room and the route planning software"_s,
         .performedBy = u"Information Security Officer"_s,
         .date = today.addDays(-380),
         .notes = u"Annual assessment with the asset owners; the treatment plan was agreed with the "
                  u"management board."_s},
        {.scope = u"Whole ISMS, after the move of the customer portal"_s,
         .performedBy = u"Information Security Officer"_s,
         .date = today.addDays(-95),
         .notes = u"Risks of the hosting provider added; residual levels confirmed by the risk owners."_s},
    };
    AssessmentRunService service(db);
    for (const AssessmentRunRequest &run : runs) {
        if (auto recorded = service.record(run); !recorded) {
            return recorded.error();
        }
    }
    return {};
}

} // namespace isms
