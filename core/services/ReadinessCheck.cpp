// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/ReadinessCheck.h"

#include "services/ReadinessRules.h"
#include "storage/Database.h"
#include "storage/ReadCache.h"
#include "storage/SqlHelpers.h"

#include <QSet>

#include <algorithm>

namespace isms {

namespace {

int weight(ReadinessSeverity severity)
{
    return severity == ReadinessSeverity::Major ? 3 : 1;
}

} // namespace

QString ReadinessRule::descriptionText() const
{
    return QCoreApplication::translate("isms::ReadinessCheck", description);
}

QString ReadinessProvider::titleText() const
{
    return QCoreApplication::translate("isms::ReadinessCheck", title);
}

int ReadinessReport::count(ReadinessSeverity severity) const
{
    return static_cast<int>(std::count_if(findings.cbegin(), findings.cend(), [severity](const auto &f) {
        return f.severity == severity;
    }));
}

const QList<ReadinessProvider> &ReadinessCheck::providers()
{
    // A register that brings readiness rules adds its provider here, in the order of the clauses.
    static const QList<ReadinessProvider> all{
        ReadinessRules::clauses(),
        ReadinessRules::context(),
        ReadinessRules::processes(),
        ReadinessRules::people(),
        ReadinessRules::documents(),
        ReadinessRules::planning(),
        ReadinessRules::applicability(),
        ReadinessRules::risks(),
        ReadinessRules::assessments(),
        ReadinessRules::performance(),
        ReadinessRules::audits(),
        ReadinessRules::improvement(),
        ReadinessRules::reviews(),
        ReadinessRules::evidence(),
    };
    return all;
}

const ReadinessRule *ReadinessCheck::rule(QStringView id)
{
    for (const ReadinessProvider &provider : providers()) {
        for (const ReadinessRule &candidate : provider.rules) {
            if (candidate.id == id) {
                return &candidate;
            }
        }
    }
    return nullptr;
}

const ReadinessProvider *ReadinessCheck::providerOf(QStringView id)
{
    for (const ReadinessProvider &provider : providers()) {
        for (const ReadinessRule &candidate : provider.rules) {
            if (candidate.id == id) {
                return &provider;
            }
        }
    }
    return nullptr;
}

Result<ReadinessReport> ReadinessCheck::run(const Database &db, const QDate &today)
{
    const auto version = sql::scalar(db.connection(), QStringLiteral("PRAGMA user_version"));
    if (!version) {
        return version.error();
    }
    // The rules read the same registers again and again (risks, controls, audits...): each is read
    // from the file once per run.
    const ScopedReadCache cache(db);
    const ReadinessInput input{db, version->toInt(), today};
    ReadinessReport report;
    for (const ReadinessProvider &provider : providers()) {
        const auto outcome = provider.run(input);
        if (!outcome) {
            return outcome.error();
        }
        if (!outcome->has_value()) {
            continue; // the file has no registers for these rules yet
        }
        for (const ReadinessRule &checked : provider.rules) {
            report.checkedRules.append(checked.id);
        }
        for (ReadinessFinding finding : **outcome) {
            const ReadinessRule *owner = rule(finding.rule);
            Q_ASSERT(owner); // a provider reports only its own rules
            finding.severity = owner ? owner->severity : ReadinessSeverity::Minor;
            report.findings.append(finding);
        }
    }
    report.failedRules = failedRules(report.checkedRules, report.findings);
    report.score = score(report.checkedRules, report.findings);
    return report;
}

QStringList ReadinessCheck::failedRules(const QStringList &checkedRules,
                                        const QList<ReadinessFinding> &findings)
{
    QSet<QString> failed;
    for (const ReadinessFinding &finding : findings) {
        failed.insert(finding.rule);
    }
    QStringList result;
    for (const QString &id : checkedRules) {
        // A prerequisite comes before its rule in the registry, so one pass settles every chain.
        const ReadinessRule *checked = rule(id);
        if (failed.contains(id) || (checked && failed.contains(checked->prerequisite))) {
            failed.insert(id);
            result.append(id);
        }
    }
    return result;
}

int ReadinessCheck::score(const QStringList &checkedRules, const QList<ReadinessFinding> &findings)
{
    const QStringList failed = failedRules(checkedRules, findings);
    int total = 0;
    int passed = 0;
    for (const QString &id : checkedRules) {
        const ReadinessRule *checked = rule(id);
        const int w = checked ? weight(checked->severity) : 1;
        total += w;
        passed += failed.contains(id) ? 0 : w;
    }
    return total == 0 ? 100 : passed * 100 / total;
}

QString ReadinessCheck::severityKeyword(ReadinessSeverity severity)
{
    return severity == ReadinessSeverity::Major ? QStringLiteral("major") : QStringLiteral("minor");
}

QString ReadinessCheck::severityText(ReadinessSeverity severity)
{
    //: Severity of a readiness finding: likely a major nonconformity in a certification audit.
    return severity == ReadinessSeverity::Major ? tr("Major")
                                                //: Severity of a readiness finding: likely a minor one.
                                                : tr("Minor");
}

} // namespace isms
