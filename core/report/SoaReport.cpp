// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/SoaReport.h"

#include "catalog/Catalogue.h"
#include "domain/Entities.h"
#include "domain/Requirement.h"
#include "report/StatusChart.h"
#include "services/ApplicabilityRules.h"
#include "services/ProjectService.h"
#include "storage/ChangeLogHead.h"
#include "storage/RecordRepository.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace isms {

namespace {

const QString Dash = u"\u2014"_s;

ReportTableCell cell(const QString &text, bool bold = false)
{
    return ReportTableCell{.text = text.isEmpty() ? Dash : text,
                           .background = QColor(),
                           .bold = bold,
                           .foreground = QColor()};
}

/// One control as the report reads it.
struct SoaRow
{
    QString ref;
    QString title;
    Theme theme = Theme::Organizational;
    bool applicable = true;
    ImplementationStatus status = ImplementationStatus::NotStarted;
    QString owner;
    QStringList reasons; ///< keywords, risk-treatment first
    QString justification;
    QString implementation;
    QDate lastReviewed;
};

QString reasonLabel(const QString &keyword)
{
    return keyword == u"risk-treatment" ? SoaReport::tr("Risk treatment")
                                        : inclusionReasons().labelOf(keyword);
}

Result<QList<SoaRow>> readRows(const Database &db)
{
    const auto use = ApplicabilityRules::controlUse(db);
    if (!use) {
        return use.error();
    }
    const EntitySpec &spec = controlSpec();
    const auto records = RecordRepository(db, spec).all();
    if (!records) {
        return records.error();
    }
    const auto value = [&spec](const Record &record, QStringView key) {
        return record.values.at(spec.indexOf(key));
    };
    QList<SoaRow> rows;
    rows.reserve(records->size());
    for (const Record &record : *records) {
        SoaRow row;
        row.ref = EntitySpec::refOf(record);
        row.title = value(record, u"title").toString();
        row.theme = themeFromKeyword(value(record, u"theme").toString()).value_or(Theme::Organizational);
        row.status =
            statusFromKeyword(value(record, u"status").toString()).value_or(ImplementationStatus::NotStarted);
        row.applicable = row.status != ImplementationStatus::NotApplicable;
        row.owner = value(record, u"owner").toString();
        row.reasons = ApplicabilityRules::reasons(value(record, u"reasons").toString(),
                                                  use->namingRisks.contains(row.ref));
        row.justification = value(record, u"justification").toString();
        row.implementation = value(record, u"implementation").toString();
        row.lastReviewed = value(record, u"last_reviewed").toDate();
        rows.append(row);
    }
    return rows;
}

ReportTable controlTable(const QList<SoaRow> &rows, Theme theme)
{
    ReportTable table;
    table.compact = true;
    table.columns = {
        ReportTableColumn{SoaReport::tr("Control"), 0.75, Qt::AlignLeft},
        ReportTableColumn{SoaReport::tr("Title"), 2.4, Qt::AlignLeft},
        ReportTableColumn{SoaReport::tr("Applicable"), 0.85, Qt::AlignLeft},
        ReportTableColumn{SoaReport::tr("Reasons, or justification of the exclusion"), 2.4, Qt::AlignLeft},
        ReportTableColumn{SoaReport::tr("Status"), 1.25, Qt::AlignLeft},
        ReportTableColumn{SoaReport::tr("Owner"), 1.4, Qt::AlignLeft},
        ReportTableColumn{SoaReport::tr("Implementation"), 3.0, Qt::AlignLeft},
        ReportTableColumn{SoaReport::tr("Last reviewed"), 0.95, Qt::AlignLeft},
    };
    for (const SoaRow &row : rows) {
        if (row.theme != theme) {
            continue;
        }
        QStringList reasons;
        for (const QString &keyword : row.reasons) {
            reasons.append(reasonLabel(keyword));
        }
        table.rows.append({
            cell(u"A."_s + row.ref, true),
            cell(row.title),
            cell(row.applicable ? SoaReport::tr("Yes") : SoaReport::tr("No"), !row.applicable),
            cell(row.applicable ? reasons.join(u", "_s) : row.justification),
            row.applicable ? ReportTableCell{.text = statusLabel(row.status),
                                             .background = StatusChart::statusTint(row.status),
                                             .bold = false,
                                             .foreground = QColor()}
                           : cell(SoaReport::tr("Excluded")),
            cell(row.owner),
            cell(row.applicable ? row.implementation : QString()),
            cell(row.lastReviewed.isValid() ? row.lastReviewed.toString(Qt::ISODate) : QString()),
        });
    }
    return table;
}

} // namespace

QString SoaReport::documentId()
{
    return u"ISMS-SOA"_s;
}

Result<ReportDocument> SoaReport::build(Database &db, const ReportOptions &options)
{
    const auto rows = readRows(db);
    if (!rows) {
        return rows.error();
    }
    const auto organisation = ProjectService(db).organisation();
    if (!organisation) {
        return organisation.error();
    }
    const auto head = ChangeLogHead::read(db);
    if (!head) {
        return head.error();
    }
    const auto open = ApplicabilityRules::findings(db);
    if (!open) {
        return open.error();
    }

    ReportDocument doc;
    doc.title = tr("Statement of Applicability");
    //: Subtitle on the cover of the SoA; %1 is "ISO/IEC 27001:2022".
    doc.subtitle = tr("The Annex A controls of %1: which apply, why, and how far they are implemented")
                       .arg(Catalogue::edition());
    doc.organisation = *organisation;
    doc.documentId = documentId();
    // Until a version is issued, the SoA is the working draft; it never claims a version it is not.
    doc.version = tr("Working draft");
    doc.classification = options.classification;
    doc.generatedAtUtc = options.effectiveGeneratedAtUtc();
    doc.changeLogHead = head->displayText();
    doc.orientation = QPageLayout::Landscape;

    doc.blocks.append(ReportHeading{1, tr("Document control")});
    doc.blocks.append(ReportKeyValueList{{
        {tr("Document ID"), doc.documentId},
        {tr("Version"), doc.version},
        {tr("Status"), tr("Draft, not yet issued")},
        {tr("Approved by"), Dash},
        {tr("Approval date"), Dash},
        {tr("Classification"), doc.classification.isEmpty() ? Dash : doc.classification},
    }});

    int applicable = 0;
    int implemented = 0;
    QHash<QString, int> byReason;
    for (const SoaRow &row : *rows) {
        if (!row.applicable) {
            continue;
        }
        ++applicable;
        implemented += row.status == ImplementationStatus::Implemented ? 1 : 0;
        for (const QString &keyword : row.reasons) {
            ++byReason[keyword];
        }
    }
    const QLocale locale;
    doc.blocks.append(ReportHeading{1, tr("Summary")});
    doc.blocks.append(ReportParagraph{
        tr("This statement lists every control of Annex A of %1 with the decision whether it applies to the "
           "information security management system of %2. Included controls give the reasons for their "
           "inclusion; excluded controls give the justification of their exclusion. The risk-treatment "
           "reason "
           "comes from the risks whose treatment names the control.")
            .arg(Catalogue::edition(), *organisation)});
    QList<std::pair<QString, QString>> figures{
        {tr("Annex A controls"), locale.toString(rows->size())},
        {tr("Applicable"), locale.toString(applicable)},
        {tr("Excluded"), locale.toString(rows->size() - applicable)},
        {tr("Implemented (of the applicable)"), locale.toString(implemented)},
    };
    for (const QString &keyword :
         QStringList{u"risk-treatment"_s, u"legal"_s, u"contractual"_s, u"business"_s, u"good-practice"_s}) {
        //: A summary line: "Reason: Legal or regulatory" with the number of controls included for it.
        figures.append(
            {tr("Reason: %1").arg(reasonLabel(keyword)), locale.toString(byReason.value(keyword))});
    }
    doc.blocks.append(ReportKeyValueList{figures});

    if (!open->isEmpty()) {
        doc.blocks.append(ReportHeading{2, tr("Points still open")});
        QStringList lines;
        for (const ApplicabilityFinding &finding : *open) {
            lines.append(u"\u2022 "_s + finding.message);
        }
        doc.blocks.append(ReportParagraph{lines.join(u'\n')});
    }

    for (const Theme theme : AllThemes) {
        doc.blocks.append(ReportPageBreak{});
        //: Heading of an SoA section: "A.5 Organizational controls".
        doc.blocks.append(
            ReportHeading{1, tr("A.%1 %2 controls").arg(themeClause(theme), themeLabel(theme))});
        doc.blocks.append(controlTable(*rows, theme));
    }
    return doc;
}

} // namespace isms
