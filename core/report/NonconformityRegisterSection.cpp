// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/NonconformityRegisterSection.h"

#include "domain/Entities.h"
#include "report/DocumentControl.h"
#include "report/ReportOptions.h"
#include "report/RiskReport.h"
#include "storage/RecordRepository.h"

#include <QHash>
#include <QSet>

#include <functional>

using namespace Qt::StringLiterals;

namespace isms {

namespace {

ReportTableCell cell(const QString &text, bool bold = false)
{
    return ReportTableCell{.text = text, .background = {}, .bold = bold, .foreground = {}};
}

/// One register's records with readers for its fields as printed text.
class Rows
{
public:
    Rows(const EntitySpec &spec, QList<Record> records)
        : m_spec(&spec)
        , m_records(std::move(records))
    {}

    const QList<Record> &records() const { return m_records; }

    QString text(const Record &record, QStringView key) const
    {
        const FieldSpec &field = m_spec->fields.at(m_spec->indexOf(key));
        const QVariant value = record.values.at(m_spec->indexOf(key));
        if (field.type == FieldType::Enum) {
            return field.enumSpec->labelOf(value.toString());
        }
        if (field.type == FieldType::Date) {
            return value.toDate().toString(Qt::ISODate);
        }
        return value.toString().trimmed();
    }

    QString keyword(const Record &record, QStringView key) const
    {
        return record.values.at(m_spec->indexOf(key)).toString();
    }

    QDate date(const Record &record, QStringView key) const
    {
        return record.values.at(m_spec->indexOf(key)).toDate();
    }

    qint64 id(const Record &record, QStringView key) const
    {
        return record.values.at(m_spec->indexOf(key)).toLongLong();
    }

private:
    const EntitySpec *m_spec;
    QList<Record> m_records;
};

/// The records of `spec`, those `keep` refuses left out.
Result<Rows> load(const Database &db,
                  const EntitySpec &spec,
                  const std::function<bool(const Rows &, const Record &)> &keep = {})
{
    auto records = RecordRepository(db, spec).all();
    if (!records) {
        return records.error();
    }
    Rows all(spec, std::move(*records));
    if (!keep) {
        return all;
    }
    QList<Record> kept;
    for (const Record &record : all.records()) {
        if (keep(all, record)) {
            kept.append(record);
        }
    }
    return Rows(spec, std::move(kept));
}

/// True when `date` lies on or after `since` (always without a period).
bool fromDay(const std::optional<QDate> &since, const QDate &date)
{
    return !since || (date.isValid() && date >= *since);
}

/// Row id to "reference name" for a register (people, nonconformities).
QHash<qint64, QString> namesOf(const Rows &rows, QStringView nameKey, bool withRef)
{
    QHash<qint64, QString> names;
    for (const Record &record : rows.records()) {
        const QString name = rows.text(record, nameKey);
        names.insert(record.id.value, withRef ? EntitySpec::refOf(record) : name);
    }
    return names;
}

} // namespace

Result<void> NonconformityRegisterSection::append(const Database &db,
                                                  const QDate &today,
                                                  QList<ReportBlock> &blocks,
                                                  std::optional<QDate> since)
{
    const auto ncs = load(db, nonconformitySpec(), [&](const Rows &rows, const Record &nc) {
        return rows.keyword(nc, u"status") != u"closed" || fromDay(since, rows.date(nc, u"raised_on"))
               || fromDay(since, rows.date(nc, u"closed_on"));
    });
    QSet<qint64> kept;
    if (ncs) {
        for (const Record &nc : ncs->records()) {
            kept.insert(nc.id.value);
        }
    }
    const auto actions = load(db, correctiveActionSpec(), [&](const Rows &rows, const Record &action) {
        return kept.contains(rows.id(action, u"nonconformity"));
    });
    const auto people = load(db, personSpec());
    if (!ncs || !actions || !people) {
        return !ncs ? ncs.error() : (!actions ? actions.error() : people.error());
    }
    const QHash<qint64, QString> personNames = namesOf(*people, u"name", false);
    const QHash<qint64, QString> ncRefs = namesOf(*ncs, u"title", true);
    blocks.append(ReportHeading{1, tr("Nonconformities and corrective actions")});
    if (since) {
        blocks.append(ReportParagraph{
            tr("The period from %1: the nonconformities raised or closed in it and those still open, with "
               "their corrective actions.")
                .arg(since->toString(Qt::ISODate))});
    }

    int open = 0;
    for (const Record &nc : ncs->records()) {
        open += ncs->keyword(nc, u"status") != u"closed" ? 1 : 0;
    }
    int overdue = 0;
    int pending = 0;
    for (const Record &action : actions->records()) {
        const QString status = actions->keyword(action, u"status");
        if (status == u"planned" || status == u"in-progress") {
            ++pending;
            const QDate due = actions->date(action, u"due_date");
            overdue += due.isValid() && due < today ? 1 : 0;
        }
    }
    blocks.append(ReportKeyValueList{
        {{tr("Nonconformities"), QString::number(ncs->records().size())},
         {tr("Not closed"), QString::number(open)},
         {tr("Corrective actions"), QString::number(actions->records().size())},
         {tr("Planned or in progress"), QString::number(pending)},
         {tr("Overdue on %1").arg(today.toString(Qt::ISODate)), QString::number(overdue)}}});
    if (ncs->records().isEmpty()) {
        blocks.append(ReportParagraph{
            since ? tr("No nonconformity was raised or closed in the period, and none is open.")
                  : tr("No nonconformity is recorded; the register is empty.")});
        return {};
    }
    ReportTable table;
    table.compact = true;
    table.columns = {{tr("NC"), 0.7, Qt::AlignLeft},
                     {tr("Nonconformity"), 2.0, Qt::AlignLeft},
                     {tr("Raised"), 0.9, Qt::AlignLeft},
                     {tr("Source"), 1.3, Qt::AlignLeft},
                     {tr("Class"), 0.7, Qt::AlignLeft},
                     {tr("Correction"), 1.8, Qt::AlignLeft},
                     {tr("Root cause"), 2.0, Qt::AlignLeft},
                     {tr("Similar ones"), 0.9, Qt::AlignLeft},
                     {tr("Status"), 1.0, Qt::AlignLeft},
                     {tr("Effectiveness review"), 1.6, Qt::AlignLeft}};
    for (const Record &nc : ncs->records()) {
        QString source = ncs->text(nc, u"source");
        if (const QString ref = ncs->text(nc, u"source_ref"); !ref.isEmpty()) {
            source += u"\n"_s + ref;
        }
        QString review = ncs->text(nc, u"review_result");
        if (const QDate reviewed = ncs->date(nc, u"review_date"); reviewed.isValid()) {
            //: An effectiveness review in the register table: "Effective, 2026-10-01, Nora Eklund".
            review = tr("%1 on %2").arg(review, reviewed.toString(Qt::ISODate));
            if (const QString by = personNames.value(ncs->id(nc, u"reviewed_by")); !by.isEmpty()) {
                review += u", "_s + by;
            }
        }
        QString status = ncs->text(nc, u"status");
        if (const QDate closed = ncs->date(nc, u"closed_on"); closed.isValid()) {
            status += u"\n"_s + closed.toString(Qt::ISODate);
        }
        table.rows.append({cell(EntitySpec::refOf(nc), true),
                           cell(ncs->text(nc, u"title") + u"\n"_s + ncs->text(nc, u"description")),
                           cell(ncs->text(nc, u"raised_on")),
                           cell(source),
                           cell(ncs->text(nc, u"classification")),
                           cell(ncs->text(nc, u"correction")),
                           cell(ncs->text(nc, u"root_cause")),
                           cell(ncs->text(nc, u"similar")),
                           cell(status),
                           cell(review)});
    }
    blocks.append(table);

    blocks.append(ReportHeading{2, tr("Corrective actions")});
    if (actions->records().isEmpty()) {
        blocks.append(ReportParagraph{tr("No corrective action is recorded yet.")});
        return {};
    }
    ReportTable planned;
    planned.compact = true;
    planned.columns = {{tr("Action"), 0.7, Qt::AlignLeft},
                       {tr("NC"), 0.7, Qt::AlignLeft},
                       {tr("What is done"), 3.0, Qt::AlignLeft},
                       {tr("Owner"), 1.3, Qt::AlignLeft},
                       {tr("Due"), 0.9, Qt::AlignLeft},
                       {tr("Status"), 1.0, Qt::AlignLeft},
                       {tr("Done on"), 0.9, Qt::AlignLeft},
                       {tr("Result"), 2.5, Qt::AlignLeft}};
    for (const Record &action : actions->records()) {
        QString status = actions->text(action, u"status");
        const QString keyword = actions->keyword(action, u"status");
        const QDate due = actions->date(action, u"due_date");
        const bool late =
            (keyword == u"planned" || keyword == u"in-progress") && due.isValid() && due < today;
        if (late) {
            status += u"\n"_s + tr("Overdue");
        }
        planned.rows.append({cell(EntitySpec::refOf(action), true),
                             cell(ncRefs.value(actions->id(action, u"nonconformity"))),
                             cell(actions->text(action, u"action")),
                             cell(personNames.value(actions->id(action, u"owner"))),
                             cell(actions->text(action, u"due_date")),
                             cell(status, late),
                             cell(actions->text(action, u"done_on")),
                             cell(actions->text(action, u"result"))});
    }
    blocks.append(planned);
    return {};
}

Result<void> NonconformityRegisterSection::appendIncidentsAndSuppliers(const Database &db,
                                                                       const QDate &today,
                                                                       QList<ReportBlock> &blocks,
                                                                       std::optional<QDate> since)
{
    const auto incidents = load(db, incidentSpec(), [&](const Rows &rows, const Record &incident) {
        return rows.keyword(incident, u"status") != u"closed"
               || fromDay(since, rows.date(incident, u"occurred_on"));
    });
    const auto suppliers = load(db, supplierSpec());
    const auto ncs = load(db, nonconformitySpec());
    if (!incidents || !suppliers || !ncs) {
        return !incidents ? incidents.error() : (!suppliers ? suppliers.error() : ncs.error());
    }
    const QHash<qint64, QString> ncRefs = namesOf(*ncs, u"title", true);
    blocks.append(ReportHeading{1, tr("Incidents")});
    if (since) {
        blocks.append(ReportParagraph{tr("The period from %1: the incidents that occurred in it and those "
                                         "not closed.")
                                          .arg(since->toString(Qt::ISODate))});
    }
    if (incidents->records().isEmpty()) {
        blocks.append(ReportParagraph{
            since ? tr("No information security incident occurred in the period, and none is open.")
                  : tr("No information security incident is recorded.")});
    } else {
        ReportTable table;
        table.compact = true;
        table.columns = {{tr("Incident"), 0.7, Qt::AlignLeft},
                         {tr("What happened"), 2.4, Qt::AlignLeft},
                         {tr("Occurred"), 0.9, Qt::AlignLeft},
                         {tr("Category"), 1.2, Qt::AlignLeft},
                         {tr("Severity"), 0.8, Qt::AlignLeft},
                         {tr("Response"), 2.2, Qt::AlignLeft},
                         {tr("Lessons learned"), 2.2, Qt::AlignLeft},
                         {tr("Status"), 0.9, Qt::AlignLeft},
                         {tr("NC"), 0.7, Qt::AlignLeft}};
        for (const Record &incident : incidents->records()) {
            table.rows.append({cell(EntitySpec::refOf(incident), true),
                               cell(incidents->text(incident, u"title")),
                               cell(incidents->text(incident, u"occurred_on")),
                               cell(incidents->text(incident, u"category")),
                               cell(incidents->text(incident, u"severity")),
                               cell(incidents->text(incident, u"response")),
                               cell(incidents->text(incident, u"lessons")),
                               cell(incidents->text(incident, u"status")),
                               cell(ncRefs.value(incidents->id(incident, u"nonconformity")))});
        }
        blocks.append(table);
    }
    blocks.append(ReportHeading{1, tr("Suppliers")});
    if (suppliers->records().isEmpty()) {
        blocks.append(ReportParagraph{tr("No supplier is recorded.")});
        return {};
    }
    ReportTable table;
    table.compact = true;
    table.columns = {{tr("Supplier"), 0.7, Qt::AlignLeft},
                     {tr("Name"), 1.4, Qt::AlignLeft},
                     {tr("Service"), 2.0, Qt::AlignLeft},
                     {tr("Criticality"), 0.9, Qt::AlignLeft},
                     {tr("Cloud"), 0.6, Qt::AlignLeft},
                     {tr("Security requirements"), 3.0, Qt::AlignLeft},
                     {tr("Last review"), 0.9, Qt::AlignLeft},
                     {tr("Next review"), 0.9, Qt::AlignLeft},
                     {tr("Status"), 0.9, Qt::AlignLeft}};
    for (const Record &supplier : suppliers->records()) {
        QString next = suppliers->text(supplier, u"next_review");
        const QDate nextDate = suppliers->date(supplier, u"next_review");
        const bool late = nextDate.isValid() && nextDate < today
                          && suppliers->keyword(supplier, u"status") != u"offboarded";
        if (late) {
            next += u"\n"_s + tr("Overdue");
        }
        table.rows.append({cell(EntitySpec::refOf(supplier), true),
                           cell(suppliers->text(supplier, u"name")),
                           cell(suppliers->text(supplier, u"service")),
                           cell(suppliers->text(supplier, u"criticality")),
                           cell(suppliers->text(supplier, u"cloud")),
                           cell(suppliers->text(supplier, u"security_requirements")),
                           cell(suppliers->text(supplier, u"last_review")),
                           cell(next, late),
                           cell(suppliers->text(supplier, u"status"))});
    }
    blocks.append(table);
    return {};
}

QString NonconformityReport::documentId()
{
    return u"ISMS-RPT-NC"_s;
}

Result<ReportDocument> NonconformityReport::build(Database &db, const ReportOptions &options)
{
    Result<ReportDocument> cover = RiskReport::coverFor(db, options);
    if (!cover) {
        return cover.error();
    }
    ReportDocument doc = std::move(cover).value();
    doc.title = tr("Nonconformities and corrective actions");
    doc.subtitle = tr("Nonconformities with their correction, root cause, actions and effectiveness review "
                      "(10.2); incidents and suppliers");
    doc.documentId = documentId();
    doc.orientation = QPageLayout::Landscape;
    if (auto controlled = DocumentControl::apply(db, u"nonconformities"_s, doc); !controlled) {
        return controlled.error();
    }
    const QDate today = doc.generatedAtUtc.isValid() ? doc.generatedAtUtc.date() : QDate::currentDate();
    if (auto section = NonconformityRegisterSection::append(db, today, doc.blocks); !section) {
        return section.error();
    }
    doc.blocks.append(ReportPageBreak{});
    if (auto summary = NonconformityRegisterSection::appendIncidentsAndSuppliers(db, today, doc.blocks);
        !summary) {
        return summary.error();
    }
    return doc;
}

} // namespace isms
