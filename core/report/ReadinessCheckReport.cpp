// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/ReadinessCheckReport.h"

#include "common/Translations.h"
#include "report/DocumentControl.h"
#include "report/MandatoryInformationSection.h"
#include "report/RiskReport.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace isms {

namespace {

QColor severityTint(ReadinessSeverity severity)
{
    return severity == ReadinessSeverity::Major ? QColor(0xF8D7DA) : QColor(0xFFF0C2);
}

ReportTableCell severityCell(ReadinessSeverity severity)
{
    return ReportTableCell{.text = ReadinessCheck::severityText(severity),
                           .background = severityTint(severity),
                           .bold = severity == ReadinessSeverity::Major,
                           .foreground = {}};
}

ReportTableCell cell(const QString &text)
{
    return ReportTableCell{.text = text, .background = {}, .bold = false, .foreground = {}};
}

/// How many findings each rule has.
QHash<QString, int> countsByRule(const ReadinessReport &readiness)
{
    QHash<QString, int> counts;
    for (const ReadinessFinding &finding : readiness.findings) {
        ++counts[finding.rule];
    }
    return counts;
}

void appendSummary(QList<ReportBlock> &blocks, const ReadinessReport &readiness, const QDate &today)
{
    const QLocale locale = reportLocale();
    blocks.append(ReportHeading{1, ReadinessCheckReport::tr("Summary")});
    blocks.append(ReportParagraph{
        ReadinessCheckReport::tr(
            "The readiness check walks the whole project on %1 and lists, rule by rule, what a certification "
            "auditor would find missing, each point naming the record to fix. The score is the share of the "
            "rules checked that pass, a major rule weighing three times a minor one; 100 means that "
            "no rule found a point, and a rule about a record that is missing does not pass either. Rules "
            "whose registers this project does not hold yet are not counted.")
            .arg(today.toString(Qt::ISODate))});
    const int rulesFailed = static_cast<int>(readiness.failedRules.size());
    blocks.append(ReportKeyValueList{{
        {ReadinessCheckReport::tr("Readiness score"),
         //: The readiness score: "68 of 100".
         ReadinessCheckReport::tr("%1 of 100").arg(locale.toString(readiness.score))},
        {ReadinessCheckReport::tr("Rules checked"), locale.toString(readiness.checkedRules.size())},
        {ReadinessCheckReport::tr("Rules not passed"), locale.toString(rulesFailed)},
        {ReadinessCheckReport::tr("Points to settle"), locale.toString(readiness.findings.size())},
    }});

    blocks.append(ReportHeading{2, ReadinessCheckReport::tr("By severity")});
    ReportTable table;
    table.columns = {{ReadinessCheckReport::tr("Severity"), 1.2, Qt::AlignLeft},
                     {ReadinessCheckReport::tr("Rules checked"), 1.0, Qt::AlignRight},
                     {ReadinessCheckReport::tr("Rules not passed"), 1.0, Qt::AlignRight},
                     {ReadinessCheckReport::tr("Points"), 1.0, Qt::AlignRight},
                     {ReadinessCheckReport::tr("What it means"), 3.4, Qt::AlignLeft}};
    for (const ReadinessSeverity severity : {ReadinessSeverity::Major, ReadinessSeverity::Minor}) {
        int checked = 0;
        int failed = 0;
        for (const QString &id : readiness.checkedRules) {
            const ReadinessRule *rule = ReadinessCheck::rule(id);
            if (rule && rule->severity == severity) {
                ++checked;
                failed += readiness.failedRules.contains(id) ? 1 : 0;
            }
        }
        table.rows.append({severityCell(severity),
                           cell(locale.toString(checked)),
                           cell(locale.toString(failed)),
                           cell(locale.toString(readiness.count(severity))),
                           cell(severity == ReadinessSeverity::Major
                                    ? ReadinessCheckReport::tr("A requirement of the standard is not met: "
                                                               "likely a major nonconformity.")
                                    : ReadinessCheckReport::tr("A requirement is met in part or a record is "
                                                               "incomplete: likely a minor nonconformity or "
                                                               "an observation."))});
    }
    blocks.append(table);
}

void appendFindings(QList<ReportBlock> &blocks, const ReadinessReport &readiness)
{
    blocks.append(ReportHeading{1, ReadinessCheckReport::tr("Points to settle")});
    if (readiness.findings.isEmpty()) {
        blocks.append(ReportParagraph{ReadinessCheckReport::tr("No rule found a point.")});
        return;
    }
    for (const ReadinessProvider &provider : ReadinessCheck::providers()) {
        if (!readiness.checkedRules.contains(provider.rules.value(0).id)) {
            continue;
        }
        blocks.append(ReportHeading{2, provider.titleText()});
        ReportTable table;
        table.compact = true;
        table.columns = {{ReadinessCheckReport::tr("Clause"), 0.9, Qt::AlignLeft},
                         {ReadinessCheckReport::tr("Rule"), 1.9, Qt::AlignLeft},
                         {ReadinessCheckReport::tr("Severity"), 0.8, Qt::AlignLeft},
                         {ReadinessCheckReport::tr("Record"), 1.0, Qt::AlignLeft},
                         {ReadinessCheckReport::tr("Finding"), 5.4, Qt::AlignLeft}};
        // By rule in registry order (which follows the clauses), then in the order found.
        for (const ReadinessRule &rule : provider.rules) {
            for (const ReadinessFinding &finding : readiness.findings) {
                if (finding.rule != rule.id) {
                    continue;
                }
                table.rows.append(
                    {cell(rule.clause),
                     cell(rule.id),
                     severityCell(finding.severity),
                     //: The record column of a finding about a record that does not exist.
                     cell(finding.id.isEmpty() ? ReadinessCheckReport::tr("(missing)") : finding.id),
                     cell(finding.message)});
            }
        }
        if (table.rows.isEmpty()) {
            blocks.append(ReportParagraph{ReadinessCheckReport::tr("No point in this area.")});
        } else {
            blocks.append(table);
        }
    }
}

void appendRules(QList<ReportBlock> &blocks, const ReadinessReport &readiness)
{
    const QLocale locale = reportLocale();
    const QHash<QString, int> counts = countsByRule(readiness);
    blocks.append(ReportHeading{1, ReadinessCheckReport::tr("Rules")});
    blocks.append(ReportParagraph{ReadinessCheckReport::tr(
        "Every rule of the check, with the clause of ISO/IEC 27001 it serves and its result. Rule ids are "
        "stable, so that a finding can be traced from one check to the next.")});
    ReportTable table;
    table.compact = true;
    table.columns = {{ReadinessCheckReport::tr("Rule"), 1.9, Qt::AlignLeft},
                     {ReadinessCheckReport::tr("Clause"), 0.9, Qt::AlignLeft},
                     {ReadinessCheckReport::tr("Severity"), 0.8, Qt::AlignLeft},
                     {ReadinessCheckReport::tr("Requirement"), 4.2, Qt::AlignLeft},
                     {ReadinessCheckReport::tr("Result"), 1.4, Qt::AlignLeft}};
    for (const ReadinessProvider &provider : ReadinessCheck::providers()) {
        for (const ReadinessRule &rule : provider.rules) {
            QString result;
            if (!readiness.checkedRules.contains(rule.id)) {
                //: Result of a rule whose register this project file does not hold yet.
                result = ReadinessCheckReport::tr("Not checked");
            } else if (const int points = counts.value(rule.id); points > 0) {
                //: Result of a rule: how many points it found.
                result = ReadinessCheckReport::tr("Points: %1").arg(locale.toString(points));
            } else if (readiness.failedRules.contains(rule.id)) {
                //: Result of a rule that cannot pass while another rule (its id) finds a point.
                result = ReadinessCheckReport::tr("Waits for %1").arg(rule.prerequisite);
            } else {
                result = ReadinessCheckReport::tr("Passed");
            }
            table.rows.append({cell(rule.id),
                               cell(rule.clause),
                               severityCell(rule.severity),
                               cell(rule.descriptionText()),
                               cell(result)});
        }
    }
    blocks.append(table);
}

} // namespace

QString ReadinessCheckReport::documentId()
{
    return u"ISMS-RPT-RDY"_s;
}

Result<ReportDocument> ReadinessCheckReport::build(Database &db, const ReportOptions &options)
{
    const auto readiness = ReadinessCheck::run(db, options.effectiveGeneratedAtUtc().date());
    if (!readiness) {
        return readiness.error();
    }
    return buildFrom(db, options, *readiness);
}

Result<ReportDocument> ReadinessCheckReport::buildFrom(Database &db,
                                                       const ReportOptions &options,
                                                       const ReadinessReport &readiness)
{
    Result<ReportDocument> cover = RiskReport::coverFor(db, options);
    if (!cover) {
        return cover.error();
    }
    ReportDocument doc = std::move(cover).value();
    doc.title = tr("Readiness check");
    doc.subtitle = tr("Readiness score %1 of 100: what a certification auditor would find missing, rule by "
                      "rule")
                       .arg(reportLocale().toString(readiness.score));
    doc.documentId = documentId();
    if (auto controlled = DocumentControl::apply(db, QStringLiteral("readiness"), doc); !controlled) {
        return controlled.error();
    }
    appendSummary(doc.blocks, readiness, doc.generatedAtUtc.date());
    if (auto appended = MandatoryInformationSection::append(doc.blocks, db, doc.generatedAtUtc.date());
        !appended) {
        return appended.error();
    }
    appendFindings(doc.blocks, readiness);
    doc.blocks.append(ReportPageBreak{});
    appendRules(doc.blocks, readiness);
    return doc;
}

} // namespace isms
