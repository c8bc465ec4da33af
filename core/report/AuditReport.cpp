// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/AuditReport.h"

#include "domain/Entities.h"
#include "report/DocumentControl.h"
#include "report/RiskReport.h"
#include "services/AuditCoverage.h"
#include "services/AuditIndependence.h"
#include "services/AuditorCompetence.h"
#include "services/RecordService.h"
#include "storage/RecordRepository.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace isms {

namespace {

ReportTableCell cell(const QString &text, const QColor &background = {})
{
    return ReportTableCell{.text = text, .background = background, .bold = false, .foreground = {}};
}

QString dateText(const QVariant &value)
{
    const QDate date = value.toDate();
    return date.isValid() ? date.toString(Qt::ISODate) : AuditReport::tr("not set");
}

QString enumText(const EntitySpec &spec, const Record &record, QStringView key)
{
    const FieldSpec &field = spec.fields.at(spec.indexOf(key));
    return field.enumSpec->labelOf(record.values.at(spec.indexOf(key)).toString());
}

} // namespace

QString AuditReport::documentId()
{
    return u"ISMS-RPT-AUD"_s;
}

Result<void> AuditReport::appendBody(QList<ReportBlock> &blocks, Database &db, const QString &auditRef)
{
    const EntitySpec &spec = auditSpec();
    if (auditRef.trimmed().isEmpty()) {
        return Error{ErrorCode::InvalidArgument,
                     tr("Say which audit to report on, for example AUD-001."),
                     {}};
    }
    const auto audit = RecordService(db, spec).getByRef(auditRef.trimmed());
    if (!audit) {
        return audit.error();
    }
    const auto value = [&](QStringView key) { return audit->values.at(spec.indexOf(key)); };
    const auto people = RecordRepository(db, personSpec()).all();
    const auto scopes = AuditCoverage::audits(db);
    const auto programmes = RecordRepository(db, auditProgrammeSpec()).all();
    if (!people || !scopes || !programmes) {
        return !people ? people.error() : !scopes ? scopes.error() : programmes.error();
    }
    QHash<qint64, QString> personName;
    for (const Record &person : *people) {
        personName.insert(person.id.value,
                          person.values.at(personSpec().indexOf(u"name")).toString() + u" ("_s
                              + EntitySpec::refOf(person) + u')');
    }
    AuditScope scope;
    for (const AuditScope &candidate : *scopes) {
        if (candidate.id == audit->id) {
            scope = candidate;
        }
    }
    QString programme = tr("none");
    for (const Record &row : *programmes) {
        if (row.id.value == value(u"programme").toLongLong()) {
            programme = EntitySpec::refOf(row) + u' '
                        + row.values.at(auditProgrammeSpec().indexOf(u"title")).toString();
        }
    }
    QStringList team;
    for (const qint64 member : std::as_const(scope.auditors)) {
        team.append(personName.value(member));
    }

    blocks.append(ReportHeading{1, EntitySpec::refOf(*audit) + u' ' + value(u"title").toString()});
    QStringList covered;
    if (scope.fullScope) {
        covered.append(tr("every clause from 4 to 10 and every applicable Annex A control"));
    } else {
        if (!scope.clauses.isEmpty()) {
            covered.append(tr("clauses %1").arg(scope.clauses.join(u", "_s)));
        }
        if (!scope.controls.isEmpty()) {
            QStringList shown;
            for (const QString &control : std::as_const(scope.controls)) {
                shown.append(controlSpec().shownRef(control));
            }
            covered.append(tr("controls %1").arg(shown.join(u", "_s)));
        }
    }
    blocks.append(ReportKeyValueList{{
        {tr("Programme"), programme},
        {tr("Status"), enumText(spec, *audit, u"status")},
        {tr("Method"), enumText(spec, *audit, u"method")},
        {tr("Covers"), covered.isEmpty() ? tr("no clause or control is linked") : covered.join(u"; "_s)},
        {tr("Planned"), dateText(value(u"planned_start")) + u" – "_s + dateText(value(u"planned_end"))},
        {tr("Held"), dateText(value(u"actual_start")) + u" – "_s + dateText(value(u"actual_end"))},
        {tr("Report date"), dateText(value(u"report_date"))},
        {tr("Lead auditor"),
         value(u"lead_auditor").toLongLong() > 0 ? personName.value(value(u"lead_auditor").toLongLong())
                                                 : tr("not set")},
        {tr("Audit team"), team.isEmpty() ? tr("the lead auditor alone") : team.join(u", "_s)},
    }});
    blocks.append(ReportHeading{2, tr("Scope")});
    blocks.append(ReportParagraph{value(u"scope").toString().trimmed().isEmpty()
                                      ? tr("No scope is written down.")
                                      : value(u"scope").toString()});
    blocks.append(ReportHeading{2, tr("Criteria")});
    blocks.append(ReportParagraph{value(u"criteria").toString().trimmed().isEmpty()
                                      ? tr("No criteria are written down.")
                                      : value(u"criteria").toString()});

    blocks.append(ReportHeading{2, tr("Independence")});
    const auto conflicts = AuditIndependence::conflictsOf(db, audit->id);
    if (!conflicts) {
        return conflicts.error();
    }
    if (conflicts->isEmpty()) {
        blocks.append(
            ReportParagraph{tr("No member of the audit team owns a clause, control, asset or process "
                               "this audit covers, as far as the owners recorded in the project show.")});
    } else {
        QStringList sentences;
        for (const IndependenceConflict &conflict : *conflicts) {
            sentences.append(conflict.sentence());
        }
        blocks.append(ReportParagraph{tr("The audit team is not independent of everything it audited:")
                                      + u'\n' + sentences.join(u'\n')});
    }

    blocks.append(ReportHeading{2, tr("Auditor competence")});
    const auto competence = AuditorCompetence::teamOf(db, audit->id);
    if (!competence) {
        return competence.error();
    }
    QStringList standings;
    for (const AuditorStanding &standing : *competence) {
        standings.append(standing.sentence());
    }
    blocks.append(ReportParagraph{standings.isEmpty() ? tr("No lead auditor or auditor is named.")
                                                      : standings.join(u'\n')});

    blocks.append(ReportHeading{2, tr("Checklist")});
    const EntitySpec &item = checklistItemSpec();
    const auto items = RecordRepository(db, item).all();
    if (!items) {
        return items.error();
    }
    ReportTable checklist;
    checklist.compact = true;
    checklist.columns = {{tr("Item"), 0.8, Qt::AlignLeft},
                         {tr("Requirement"), 0.9, Qt::AlignLeft},
                         {tr("Question"), 3.2, Qt::AlignLeft},
                         {tr("Result"), 1.3, Qt::AlignLeft},
                         {tr("Notes and evidence"), 3.0, Qt::AlignLeft}};
    QHash<QString, int> resultCount;
    for (const Record &row : *items) {
        if (row.values.at(item.indexOf(u"audit")).toLongLong() != audit->id.value) {
            continue;
        }
        const auto text = [&](QStringView key) {
            return row.values.at(item.indexOf(key)).toString().trimmed();
        };
        QString result = enumText(item, row, u"result");
        if (!text(u"grade").isEmpty()) {
            result += u" ("_s + enumText(item, row, u"grade") + u')';
        }
        ++resultCount[text(u"result")];
        QStringList notes;
        for (const QString &part : {text(u"notes"), text(u"evidence")}) {
            if (!part.isEmpty()) {
                notes.append(part);
            }
        }
        const EnumValue *answer = item.fields.at(item.indexOf(u"result")).enumSpec->find(text(u"result"));
        QColor colour;
        if (answer) { // the result's colour, faded to a tint that keeps the text readable
            const QColor full = QColor::fromRgb(answer->colour);
            colour =
                QColor((full.red() + 4 * 255) / 5, (full.green() + 4 * 255) / 5, (full.blue() + 4 * 255) / 5);
        }
        checklist.rows.append({cell(EntitySpec::refOf(row)),
                               cell(text(u"requirement")),
                               cell(text(u"question")),
                               cell(result, colour),
                               cell(notes.join(u'\n'))});
    }
    if (checklist.rows.isEmpty()) {
        blocks.append(ReportParagraph{tr("No checklist is recorded for this audit.")});
    } else {
        blocks.append(ReportParagraph{tr("%1 items: %2 conforming, %3 nonconformities, %4 observations, %5 "
                                         "opportunities for improvement, %6 not assessed.")
                                          .arg(checklist.rows.size())
                                          .arg(resultCount.value(u"conforming"_s))
                                          .arg(resultCount.value(u"nonconformity"_s))
                                          .arg(resultCount.value(u"observation"_s))
                                          .arg(resultCount.value(u"improvement"_s))
                                          .arg(resultCount.value(u"not_assessed"_s))});
        blocks.append(checklist);
    }

    blocks.append(ReportHeading{2, tr("Findings")});
    const EntitySpec &finding = findingSpec();
    const auto findings = RecordRepository(db, finding).all();
    if (!findings) {
        return findings.error();
    }
    QHash<qint64, QString> itemRef;
    for (const Record &row : *items) {
        itemRef.insert(row.id.value, EntitySpec::refOf(row));
    }
    bool any = false;
    for (const EnumValue &type : finding.fields.at(finding.indexOf(u"type")).enumSpec->values) {
        ReportTable table;
        table.compact = true;
        table.columns = {{tr("Finding"), 0.7, Qt::AlignLeft},
                         {tr("Requirement"), 0.9, Qt::AlignLeft},
                         {tr("Description"), 3.4, Qt::AlignLeft},
                         {tr("Evidence"), 2.4, Qt::AlignLeft},
                         {tr("Checklist item"), 0.9, Qt::AlignLeft},
                         {tr("Status"), 0.9, Qt::AlignLeft}};
        for (const Record &row : *findings) {
            const auto text = [&](QStringView key) {
                return row.values.at(finding.indexOf(key)).toString().trimmed();
            };
            if (row.values.at(finding.indexOf(u"audit")).toLongLong() != audit->id.value
                || text(u"type") != type.keyword) {
                continue;
            }
            table.rows.append(
                {cell(EntitySpec::refOf(row)),
                 cell(text(u"requirement")),
                 cell(text(u"description")),
                 cell(text(u"evidence")),
                 cell(itemRef.value(row.values.at(finding.indexOf(u"checklist_item")).toLongLong())),
                 cell(enumText(finding, row, u"status"))});
        }
        if (!table.rows.isEmpty()) {
            any = true;
            blocks.append(ReportParagraph{QCoreApplication::translate("isms::EnumSpec", type.label) + u" ("
                                          + QString::number(table.rows.size()) + u')'});
            blocks.append(table);
        }
    }
    if (!any) {
        blocks.append(ReportParagraph{tr("The audit raised no finding.")});
    }

    blocks.append(ReportHeading{2, tr("Conclusion")});
    blocks.append(ReportParagraph{value(u"conclusion").toString().trimmed().isEmpty()
                                      ? tr("No conclusion is written down yet.")
                                      : value(u"conclusion").toString()});
    return {};
}

void AuditReport::appendCoverage(QList<ReportBlock> &blocks, const CoverageMatrix &matrix)
{
    blocks.append(ReportHeading{1, tr("Audit coverage of %1").arg(matrix.programmeRef)});
    const QStringList gaps = matrix.gaps();
    blocks.append(ReportParagraph{
        gaps.isEmpty()
            ? tr("Every clause and every applicable control is covered by an audit of the programme.")
            : tr("%1 of %2 clauses and applicable controls are not covered by any audit of the programme "
                 "yet. "
                 "Covering each once per cycle is good practice, not a requirement.")
                  .arg(gaps.size())
                  .arg(matrix.rows.size())});
    ReportTable table;
    table.compact = true;
    table.columns = {{tr("Requirement"), 0.8, Qt::AlignLeft}, {tr("Title"), 3.0, Qt::AlignLeft}};
    for (const int year : matrix.years) {
        table.columns.append({QString::number(year), 1.0, Qt::AlignLeft});
    }
    for (const CoverageRow &row : matrix.rows) {
        QList<ReportTableCell> cells{cell(row.id), cell(row.title)};
        const QColor gap = row.covered() ? QColor() : QColor(0xFF, 0xF3, 0xE0);
        for (const QStringList &audits : row.auditsByYear) {
            cells.append(cell(audits.join(u", "_s), gap));
        }
        table.rows.append(cells);
    }
    blocks.append(table);
}

Result<ReportDocument> AuditReport::build(Database &db, const ReportOptions &options, const QString &auditRef)
{
    Result<ReportDocument> cover = RiskReport::coverFor(db, options);
    if (!cover) {
        return cover.error();
    }
    ReportDocument doc = std::move(cover).value();
    doc.title = tr("Internal audit report");
    doc.subtitle = tr("Audit %1: scope, team, independence, checklist, findings and conclusion (9.2)")
                       .arg(auditRef.trimmed().toUpper());
    doc.documentId = documentId() + u'-' + auditRef.trimmed().toUpper();
    if (auto controlled = DocumentControl::apply(db, u"audit-report"_s, doc); !controlled) {
        return controlled.error();
    }
    if (auto body = appendBody(doc.blocks, db, auditRef); !body) {
        return body.error();
    }
    return doc;
}

} // namespace isms
