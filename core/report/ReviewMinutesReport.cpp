// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/ReviewMinutesReport.h"

#include "domain/Entities.h"
#include "report/DocumentControl.h"
#include "report/RiskReport.h"
#include "services/RecordService.h"
#include "services/ReviewService.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace isms {

namespace {

QVariant valueOf(const EntitySpec &spec, const Record &record, QStringView key)
{
    return record.values.value(spec.indexOf(key));
}

QString textOf(const EntitySpec &spec, const Record &record, QStringView key)
{
    const FieldSpec *field = spec.field(key);
    const QVariant value = valueOf(spec, record, key);
    if (field->type == FieldType::Enum) {
        return field->enumSpec->labelOf(value.toString());
    }
    if (field->type == FieldType::Date) {
        return value.toDate().toString(Qt::ISODate);
    }
    return value.toString().trimmed();
}

QList<ReportTableCell> cells(const QStringList &texts)
{
    QList<ReportTableCell> row;
    for (const QString &text : texts) {
        row.append(ReportTableCell{text, QColor(), false, QColor()});
    }
    return row;
}

struct Person
{
    QString ref;
    QString name;
    QString title;
    bool top = false;
};

} // namespace

QString ReviewMinutesReport::documentId()
{
    return u"ISMS-RPT-MR"_s;
}

Result<void> ReviewMinutesReport::appendBody(QList<ReportBlock> &blocks,
                                             const Database &db,
                                             const QString &reviewRef,
                                             const QDate &today)
{
    const EntitySpec &spec = managementReviewSpec();
    const auto found = RecordRepository(db, spec).findByRef(reviewRef.trimmed());
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return Error{ErrorCode::NotFound,
                     tr("There is no management review %1; \"isms-cli list FILE management-reviews\" lists "
                        "them.")
                         .arg(reviewRef.trimmed()),
                     {}};
    }
    const Record &review = **found;
    const auto peopleRecords = RecordRepository(db, personSpec()).all();
    const auto attendeeRecords = RecordRepository(db, reviewAttendeeSpec()).all();
    const auto actionRecords = RecordRepository(db, reviewActionSpec()).all();
    const auto changeRecords = RecordRepository(db, plannedChangeSpec()).all();
    if (!peopleRecords || !attendeeRecords || !actionRecords || !changeRecords) {
        return !peopleRecords     ? peopleRecords.error()
               : !attendeeRecords ? attendeeRecords.error()
               : !actionRecords   ? actionRecords.error()
                                  : changeRecords.error();
    }
    QHash<qint64, Person> people;
    for (const Record &row : *peopleRecords) {
        people.insert(row.id.value,
                      Person{EntitySpec::refOf(row),
                             textOf(personSpec(), row, u"name"),
                             textOf(personSpec(), row, u"job_title"),
                             valueOf(personSpec(), row, u"top_management").toBool()});
    }
    QHash<qint64, QString> changes;
    for (const Record &row : *changeRecords) {
        changes.insert(row.id.value,
                       EntitySpec::refOf(row) + u" (" + textOf(plannedChangeSpec(), row, u"status") + u')');
    }
    const auto personName = [&people](const QVariant &id) {
        return id.isValid() ? people.value(id.toLongLong()).name : QString();
    };
    const QString status = valueOf(spec, review, u"status").toString();

    blocks.append(ReportHeading{
        1,
        tr("Management review %1: %2").arg(EntitySpec::refOf(review), textOf(spec, review, u"title"))});
    blocks.append(ReportKeyValueList{{
        {tr("Status"), textOf(spec, review, u"status")},
        {tr("Planned for"), textOf(spec, review, u"planned_date")},
        {tr("Held on"), status == u"planned" ? tr("Not held yet") : textOf(spec, review, u"held_on")},
        {tr("Chair"), personName(valueOf(spec, review, u"chair"))},
    }});

    blocks.append(ReportHeading{2, tr("Attendees")});
    ReportTable attendees{.columns = {{tr("Person"), 2.0, Qt::AlignLeft},
                                      {tr("Job title"), 2.0, Qt::AlignLeft},
                                      {tr("Top management"), 1.0, Qt::AlignLeft}},
                          .rows = {},
                          .compact = false};
    bool top = false;
    for (const Record &row : *attendeeRecords) {
        if (valueOf(reviewAttendeeSpec(), row, u"review").toLongLong() != review.id.value) {
            continue;
        }
        const Person person = people.value(valueOf(reviewAttendeeSpec(), row, u"person").toLongLong());
        top = top || person.top;
        attendees.rows.append(
            cells({person.ref + u' ' + person.name, person.title, person.top ? tr("Yes") : QString()}));
        if (person.top) {
            attendees.rows.last()[2].bold = true;
        }
    }
    if (attendees.rows.isEmpty()) {
        blocks.append(ReportParagraph{tr("No attendee is recorded for this review.")});
    } else {
        blocks.append(attendees);
    }
    if (status != u"planned" && !top) {
        blocks.append(ReportParagraph{tr("No member of top management attended this review.")});
    }

    const auto inputs = ReviewService::inputsOf(db, review, today);
    if (!inputs) {
        return inputs.error();
    }
    blocks.append(ReportHeading{1, tr("Inputs (9.3.2)")});
    blocks.append(ReportParagraph{
        inputs->frozen ? tr("The inputs below were compiled from the project and frozen when the review was "
                            "held (period "
                            "up to %1, SHA-256 %2).")
                             .arg(inputs->compiledUntil.toString(Qt::ISODate), inputs->sha256.left(16))
                       : tr("Not yet frozen: the inputs below are compiled from the project as it stands on "
                            "%1 and will be "
                            "frozen when the review is held.")
                             .arg(today.toString(Qt::ISODate))});
    for (const ReviewInput &input : inputs->inputs) {
        blocks.append(ReportHeading{2, ReviewInputs::clauseOf(input.key) + u' ' + input.title});
        ReportTable lines{.columns = {{tr("Compiled from the project"), 4.0, Qt::AlignLeft},
                                      {tr("Records"), 1.2, Qt::AlignLeft}},
                          .rows = {},
                          .compact = true};
        for (const ReviewInputLine &line : input.lines) {
            lines.rows.append(cells({line.text, line.refs.join(u", "_s)}));
        }
        blocks.append(lines);
        const QString notes = textOf(spec, review, ReviewInputs::notesField(input.key));
        blocks.append(ReportParagraph{notes.isEmpty() ? tr("Discussion: no notes recorded.")
                                                      : tr("Discussion: %1").arg(notes)});
    }

    blocks.append(ReportHeading{1, tr("Outputs (9.3.3)")});
    ReportTable outputs{.columns = {{tr("Action"), 0.8, Qt::AlignLeft},
                                    {tr("Output"), 1.1, Qt::AlignLeft},
                                    {tr("Decision"), 3.0, Qt::AlignLeft},
                                    {tr("Owner"), 1.2, Qt::AlignLeft},
                                    {tr("Due"), 1.0, Qt::AlignLeft},
                                    {tr("Status"), 1.1, Qt::AlignLeft},
                                    {tr("Planned change"), 1.6, Qt::AlignLeft}},
                        .rows = {},
                        .compact = true};
    const EntitySpec &actions = reviewActionSpec();
    for (const Record &row : *actionRecords) {
        if (valueOf(actions, row, u"review").toLongLong() != review.id.value) {
            continue;
        }
        QString state = textOf(actions, row, u"status");
        if (const QString doneOn = textOf(actions, row, u"done_on"); !doneOn.isEmpty()) {
            state = tr("%1 on %2").arg(state, doneOn);
        }
        const QVariant change = valueOf(actions, row, u"planned_change");
        outputs.rows.append(cells({EntitySpec::refOf(row),
                                   textOf(actions, row, u"type"),
                                   textOf(actions, row, u"decision"),
                                   personName(valueOf(actions, row, u"owner")),
                                   textOf(actions, row, u"due_date"),
                                   state,
                                   change.isValid() ? changes.value(change.toLongLong()) : QString()}));
    }
    if (outputs.rows.isEmpty()) {
        blocks.append(ReportParagraph{tr("The review decided no action.")});
    } else {
        blocks.append(outputs);
    }
    blocks.append(ReportHeading{2, tr("Conclusions")});
    const QString conclusions = textOf(spec, review, u"conclusions");
    blocks.append(ReportParagraph{conclusions.isEmpty() ? tr("No conclusions are recorded.") : conclusions});

    blocks.append(ReportHeading{2, tr("Approval of the minutes")});
    blocks.append(ReportParagraph{status == u"minutes-approved"
                                      ? tr("Approved by %1 on %2.")
                                            .arg(personName(valueOf(spec, review, u"minutes_approved_by")),
                                                 textOf(spec, review, u"minutes_approved_on"))
                                      : tr("The minutes are not approved yet.")});
    return {};
}

Result<ReportDocument> ReviewMinutesReport::build(Database &db,
                                                  const ReportOptions &options,
                                                  const QString &reviewRef)
{
    Result<ReportDocument> cover = RiskReport::coverFor(db, options);
    if (!cover) {
        return cover.error();
    }
    ReportDocument doc = std::move(cover).value();
    doc.title = tr("Management review minutes");
    doc.subtitle = tr("Review %1: inputs, discussion, decisions and actions").arg(reviewRef.trimmed());
    doc.documentId = documentId();
    if (auto controlled = DocumentControl::apply(db, u"review-minutes"_s, doc); !controlled) {
        return controlled.error();
    }
    if (auto body = appendBody(doc.blocks, db, reviewRef); !body) {
        return body.error();
    }
    return doc;
}

} // namespace isms
