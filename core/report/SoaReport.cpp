// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/SoaReport.h"

#include "catalog/Catalogue.h"
#include "common/Translations.h"
#include "domain/Entities.h"
#include "domain/Requirement.h"
#include "report/StatusChart.h"
#include "services/ApplicabilityRules.h"
#include "services/ProjectService.h"
#include "services/SoaVersionService.h"
#include "storage/ChangeLogHead.h"

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

QString reasonLabel(const QString &keyword)
{
    return keyword == u"risk-treatment" ? SoaReport::tr("Risk treatment")
                                        : inclusionReasons().labelOf(keyword);
}

ReportTableColumn column(const QString &title, double weight)
{
    return ReportTableColumn{title, weight, Qt::AlignLeft};
}

/// How a control is implemented, and the documents it relates to.
QString implementationText(const SoaEntry &entry)
{
    if (entry.documents.trimmed().isEmpty()) {
        return entry.implementation;
    }
    //: In the SoA's implementation column: the documents a control relates to.
    const QString documents = SoaReport::tr("Documents: %1").arg(entry.documents.trimmed());
    return entry.implementation.trimmed().isEmpty() ? documents : entry.implementation + u'\n' + documents;
}

/// The cells an Annex A and an additional control share: applicability, reasons or justification,
/// status, owner, implementation, evidence and last review.
QList<ReportTableCell> decisionCells(const SoaEntry &entry)
{
    QStringList reasons;
    for (const QString &keyword : entry.reasons) {
        reasons.append(reasonLabel(keyword));
    }
    const auto status = statusFromKeyword(entry.status).value_or(ImplementationStatus::NotStarted);
    return {
        cell(entry.applicable ? SoaReport::tr("Yes") : SoaReport::tr("No"), !entry.applicable),
        cell(entry.applicable ? reasons.join(u", "_s) : entry.justification),
        entry.applicable ? ReportTableCell{.text = statusLabel(status),
                                           .background = StatusChart::statusTint(status),
                                           .bold = false,
                                           .foreground = QColor()}
                         : cell(SoaReport::tr("Excluded")),
        cell(entry.owner),
        cell(entry.applicable ? implementationText(entry) : QString()),
        cell(entry.evidence > 0 ? reportLocale().toString(entry.evidence) : QString()),
        cell(entry.lastReviewed.isValid() ? entry.lastReviewed.toString(Qt::ISODate) : QString()),
    };
}

QList<ReportTableColumn> decisionColumns()
{
    return {
        column(SoaReport::tr("Applicable"), 0.85),
        column(SoaReport::tr("Reasons, or justification of the exclusion"), 2.3),
        column(SoaReport::tr("Status"), 1.25),
        column(SoaReport::tr("Owner"), 1.3),
        column(SoaReport::tr("Implementation"), 2.8),
        //: Column of the SoA: the number of evidence files attached to the control.
        column(SoaReport::tr("Evidence"), 0.7),
        column(SoaReport::tr("Last reviewed"), 0.95),
    };
}

ReportTable controlTable(const QList<SoaEntry> &entries, Theme theme)
{
    ReportTable table;
    table.compact = true;
    table.columns = {column(SoaReport::tr("Control"), 0.75), column(SoaReport::tr("Title"), 2.3)};
    table.columns.append(decisionColumns());
    for (const SoaEntry &entry : entries) {
        if (entry.additional || themeFromKeyword(entry.theme).value_or(Theme::Organizational) != theme) {
            continue;
        }
        QList<ReportTableCell> row{cell(entry.id, true), cell(entry.title)};
        row.append(decisionCells(entry));
        table.rows.append(row);
    }
    return table;
}

ReportTable additionalTable(const QList<SoaEntry> &entries)
{
    ReportTable table;
    table.compact = true;
    table.columns = {column(SoaReport::tr("Control"), 0.75),
                     column(SoaReport::tr("Title"), 1.6),
                     //: Column of the SoA's additional controls: where a control comes from.
                     column(SoaReport::tr("Source"), 1.2)};
    table.columns.append(decisionColumns());
    for (const SoaEntry &entry : entries) {
        if (!entry.additional) {
            continue;
        }
        const QString source =
            entry.sourceRef.isEmpty() ? entry.source : u"%1, %2"_s.arg(entry.source, entry.sourceRef);
        QList<ReportTableCell> row{cell(entry.id, true), cell(entry.title), cell(source)};
        row.append(decisionCells(entry));
        table.rows.append(row);
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
    const auto entries = SoaRegister::read(db);
    if (!entries) {
        return entries.error();
    }
    const auto open = ApplicabilityRules::findings(db);
    if (!open) {
        return open.error();
    }
    const auto control = draftControl(db, *entries);
    if (!control) {
        return control.error();
    }
    return buildFrom(db, options, *entries, *control, *open);
}

Result<SoaDocumentControl> SoaReport::draftControl(Database &db, const QList<SoaEntry> &working)
{
    const SoaVersionService versions(db);
    const auto latest = versions.latest();
    if (!latest) {
        return latest.error();
    }
    // Until a version is issued, the SoA is the working draft; it never claims a version it is not.
    SoaDocumentControl control{.version = tr("Working draft"),
                               .status = tr("Draft, not yet issued"),
                               .approver = QString(),
                               .approvalDate = QDate(),
                               .changeSummary = QString()};
    if (*latest) {
        const int number = (*latest)->number;
        const auto issued = versions.get(number);
        if (!issued) {
            return issued.error();
        }
        const auto changes = SoaVersionService::compare(issued->entries, working);
        //: Version of a printed SoA draft: the issued version it follows.
        control.version = tr("Draft after version %1").arg(number);
        //: Status of a printed SoA draft: the issued version still in force, its approval date and approver.
        control.status = tr("Draft, not yet approved; version %1 is in force (approved on %2 by %3)")
                             .arg(QString::number(number),
                                  (*latest)->approvalDate.toString(Qt::ISODate),
                                  (*latest)->approver);
        //: Document control of an SoA draft; %2 counts the field changes since the version in force.
        control.changeSummary = tr("Field changes since version %1, not yet approved: %2.")
                                    .arg(QString::number(number), reportLocale().toString(changes.size()));
    }
    return control;
}

Result<ReportDocument> SoaReport::buildVersion(Database &db, const ReportOptions &options, int number)
{
    const auto version = SoaVersionService(db).get(number);
    if (!version) {
        return version.error();
    }
    return buildFrom(db,
                     options,
                     version->entries,
                     SoaDocumentControl{.version = QString::number(number),
                                        .status = tr("Issued"),
                                        .approver = version->approver,
                                        .approvalDate = version->approvalDate,
                                        .changeSummary = version->changeSummary},
                     {});
}

Result<ReportDocument> SoaReport::buildFrom(Database &db,
                                            const ReportOptions &options,
                                            const QList<SoaEntry> &entries,
                                            const SoaDocumentControl &control,
                                            const QList<ApplicabilityFinding> &open)
{
    const auto organisation = ProjectService(db).organisation();
    if (!organisation) {
        return organisation.error();
    }
    const auto head = ChangeLogHead::read(db);
    if (!head) {
        return head.error();
    }

    ReportDocument doc;
    doc.title = tr("Statement of Applicability");
    //: Subtitle on the cover of the SoA; %1 is "ISO/IEC 27001:2022".
    doc.subtitle = tr("The Annex A controls of %1: which apply, why, and how far they are implemented")
                       .arg(Catalogue::edition());
    doc.organisation = *organisation;
    doc.documentId = documentId();
    doc.version = control.version;
    doc.classification = options.classification;
    doc.generatedAtUtc = options.effectiveGeneratedAtUtc();
    doc.changeLogHead = head->displayText();
    doc.orientation = QPageLayout::Landscape;

    doc.blocks.append(ReportHeading{1, tr("Document control")});
    QList<std::pair<QString, QString>> controlRows{
        {tr("Document ID"), doc.documentId},
        {tr("Version"), doc.version},
        {tr("Status"), control.status},
        {tr("Approved by"), control.approver.isEmpty() ? Dash : control.approver},
        {tr("Approval date"),
         control.approvalDate.isValid() ? control.approvalDate.toString(Qt::ISODate) : Dash},
        {tr("Classification"), doc.classification.isEmpty() ? Dash : doc.classification},
    };
    if (!control.changeSummary.isEmpty()) {
        controlRows.append({tr("Changes in this version"), control.changeSummary});
    }
    doc.blocks.append(ReportKeyValueList{controlRows});

    int annexA = 0;
    int applicable = 0;
    int implemented = 0;
    int additional = 0;
    QHash<QString, int> byReason;
    for (const SoaEntry &row : entries) {
        annexA += row.additional ? 0 : 1;
        additional += row.additional ? 1 : 0;
        if (row.additional || !row.applicable) {
            continue;
        }
        ++applicable;
        implemented += row.status == u"implemented" ? 1 : 0;
        for (const QString &keyword : row.reasons) {
            ++byReason[keyword];
        }
    }
    const QLocale locale = reportLocale();
    doc.blocks.append(ReportHeading{1, tr("Summary")});
    doc.blocks.append(ReportParagraph{
        tr("This statement lists every control of Annex A of %1 with the decision whether it applies to the "
           "information security management system of %2. Included controls give the reasons for their "
           "inclusion; excluded controls give the justification of their exclusion. The risk-treatment "
           "reason "
           "comes from the risks whose treatment names the control.")
            .arg(Catalogue::edition(), *organisation)});
    QList<std::pair<QString, QString>> figures{
        {tr("Annex A controls"), locale.toString(annexA)},
        {tr("Applicable"), locale.toString(applicable)},
        {tr("Excluded"), locale.toString(annexA - applicable)},
        {tr("Implemented (of the applicable)"), locale.toString(implemented)},
    };
    for (const QString &keyword :
         QStringList{u"risk-treatment"_s, u"legal"_s, u"contractual"_s, u"business"_s, u"good-practice"_s}) {
        //: A summary line: "Reason: Legal or regulatory" with the number of controls included for it.
        figures.append(
            {tr("Reason: %1").arg(reasonLabel(keyword)), locale.toString(byReason.value(keyword))});
    }
    if (additional > 0) {
        //: A summary line of the SoA: the number of controls added beyond Annex A.
        figures.append({tr("Additional controls"), locale.toString(additional)});
    }
    doc.blocks.append(ReportKeyValueList{figures});

    if (!open.isEmpty()) {
        doc.blocks.append(ReportHeading{2, tr("Points still open")});
        QStringList lines;
        for (const ApplicabilityFinding &finding : open) {
            lines.append(u"\u2022 "_s + finding.message);
        }
        doc.blocks.append(ReportParagraph{lines.join(u'\n')});
    }

    for (const Theme theme : AllThemes) {
        doc.blocks.append(ReportPageBreak{});
        //: Heading of an SoA section: "A.5 Organizational controls".
        doc.blocks.append(
            ReportHeading{1, tr("A.%1 %2 controls").arg(themeClause(theme), themeLabel(theme))});
        doc.blocks.append(controlTable(entries, theme));
    }
    if (additional > 0) {
        doc.blocks.append(ReportPageBreak{});
        doc.blocks.append(ReportHeading{1, tr("Additional controls")});
        doc.blocks.append(ReportParagraph{
            tr("Controls that the organisation found necessary beyond Annex A, from sector rules, other "
               "standards or its own decisions, with the same decisions as the Annex A controls.")});
        doc.blocks.append(additionalTable(entries));
    }
    return doc;
}

} // namespace isms
