// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The readiness rules of performance evaluation (9.1) and the improvement log (10.1), over MetricRules.
#include "domain/Entities.h"
#include "services/MetricRules.h"
#include "services/ReadinessRules.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace isms {

namespace {

using Severity = ReadinessSeverity;

ReadinessRule rule(const char *id,
                   Severity severity,
                   const char *clause,
                   const char *description,
                   const char *prerequisite = "")
{
    return ReadinessRule{QString::fromLatin1(id),
                         severity,
                         QString::fromLatin1(clause),
                         description,
                         QString::fromLatin1(prerequisite)};
}

} // namespace

ReadinessProvider ReadinessRules::performance()
{
    return ReadinessProvider{
        .area = QStringLiteral("performance"),
        .title =
            QT_TRANSLATE_NOOP("isms::ReadinessCheck", "Performance evaluation and improvement (9.1, 10.1)"),
        .rules =
            {
                rule("R-METRIC-NONE",
                     Severity::Major,
                     "9.1",
                     QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                       "Metrics say what is monitored and measured to evaluate the ISMS.")),
                rule("R-METRIC-NO-TARGET",
                     Severity::Minor,
                     "9.1",
                     QT_TRANSLATE_NOOP("isms::ReadinessCheck", "Every active metric has a target value."),
                     "R-METRIC-NONE"),
                rule("R-METRIC-OVERDUE",
                     Severity::Minor,
                     "9.1 c)",
                     QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                       "Every active metric is measured as often as it says."),
                     "R-METRIC-NONE"),
                rule("R-METRIC-NOT-EVALUATED",
                     Severity::Minor,
                     "9.1 d), f)",
                     QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                       "Measurements are analysed and evaluated, each period closed with a "
                                       "dated conclusion."),
                     "R-METRIC-NONE"),
                rule("R-OBJECTIVE-NO-METRIC",
                     Severity::Minor,
                     "6.2, 9.1",
                     QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                       "Every objective with a target is measured by a metric."),
                     "R-METRIC-NONE"),
                rule("R-IMPROVEMENT-OVERDUE",
                     Severity::Minor,
                     "10.1",
                     QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                       "Improvements are done, or rejected, by their due date.")),
            },
        .run = [](const ReadinessInput &input) -> Result<ReadinessOutcome> {
            const RecordRepository metrics(input.db, metricSpec());
            const auto exists = metrics.tableExists();
            if (!exists) {
                return exists.error();
            }
            if (!*exists) {
                return ReadinessOutcome();
            }
            const auto found = MetricRules::findings(input.db, input.today);
            const auto all = metrics.all();
            if (!found) {
                return found.error();
            }
            if (!all) {
                return all.error();
            }
            QList<ReadinessFinding> findings;
            const int status = metricSpec().indexOf(u"status");
            const bool anyActive = std::any_of(all->cbegin(), all->cend(), [status](const Record &metric) {
                return metric.values.at(status).toString() == u"active";
            });
            if (!anyActive) {
                findings.append({.rule = QStringLiteral("R-METRIC-NONE"),
                                 .kind = metricSpec().key,
                                 .id = QString(),
                                 .message = QCoreApplication::translate(
                                     "isms::ReadinessCheck",
                                     "No active metric (9.1) is recorded; say what is measured, how, how "
                                     "often and by whom, and who evaluates the results."),
                                 .entity = metricSpec().entity,
                                 .entityId = QString()});
            }
            RefCache refs;
            for (const MetricFinding &point : *found) {
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
