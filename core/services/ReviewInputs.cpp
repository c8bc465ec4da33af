// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/ReviewInputs.h"

#include "domain/Entities.h"
#include "services/ReviewInputsDetail.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace isms {

namespace reviewinputs {

/// The records of the register `key`; none when the project has no such register or table.
Result<QList<Record>> recordsOf(const Database &db, const QString &key)
{
    const EntitySpec *spec = Entities::find(key);
    if (!spec) {
        return QList<Record>();
    }
    const RecordRepository repository(db, *spec);
    const auto exists = repository.tableExists();
    if (!exists) {
        return exists.error();
    }
    if (!*exists) {
        return QList<Record>();
    }
    return repository.all();
}

QVariant valueOf(const QString &key, const Record &record, QStringView field)
{
    const EntitySpec *spec = Entities::find(key);
    const int index = spec ? spec->indexOf(field) : -1;
    return index >= 0 ? record.values.value(index) : QVariant();
}

QString textOf(const QString &key, const Record &record, QStringView field)
{
    return valueOf(key, record, field).toString().trimmed();
}

QDate dateOf(const QString &key, const Record &record, QStringView field)
{
    return valueOf(key, record, field).toDate();
}

/// The label of an enum value ("In progress" for "in-progress").
QString labelOf(const QString &key, const Record &record, QStringView field)
{
    const EntitySpec *spec = Entities::find(key);
    const FieldSpec *fieldSpec = spec ? spec->field(field) : nullptr;
    const QString value = textOf(key, record, field);
    return fieldSpec && fieldSpec->enumSpec ? fieldSpec->enumSpec->labelOf(value) : value;
}

QString firstLine(const QString &text)
{
    const QString line = text.section(u'\n', 0, 0).trimmed();
    return line.size() > 160 ? line.left(157) + u"..."_s : line;
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

/// The names of the people register by row id.
Result<QHash<qint64, QString>> peopleNames(const Database &db)
{
    const auto people = recordsOf(db, u"people"_s);
    if (!people) {
        return people.error();
    }
    QHash<qint64, QString> names;
    for (const Record &person : *people) {
        names.insert(person.id.value, textOf(u"people"_s, person, u"name"));
    }
    return names;
}

/// The change-log entries of `entity` written after `since` (all of them when `since` is invalid).
Result<QList<ChangeLogEntry>> changesSince(const Database &db, const QString &entity, const QDate &since)
{
    auto entries = ChangeLog::entries(db, ChangeLogQuery{entity, {}, 0});
    if (!entries) {
        return entries.error();
    }
    if (since.isValid()) {
        entries->removeIf(
            [&since](const ChangeLogEntry &entry) { return entry.timestampUtc.date() <= since; });
    }
    return entries;
}

/// "nonconformities" as it stands inside a sentence; the register is another part's, so its spec
/// may be missing and the noun is ours.
ReviewInputLine noRegister(const QString &key)
{
    return ReviewInputLine{ReviewInputs::tr("No %1 register in this project, so nothing could be compiled "
                                            "from it.")
                               .arg(key),
                           {}};
}

/// Whether a status keyword means the record is finished.
bool isClosed(const QString &status)
{
    static const QSet<QString> closed{u"closed"_s,
                                      u"done"_s,
                                      u"cancelled"_s,
                                      u"verified"_s,
                                      u"rejected"_s,
                                      u"achieved"_s,
                                      u"withdrawn"_s,
                                      u"completed"_s};
    return closed.contains(status);
}

} // namespace reviewinputs

QStringList ReviewInputs::keys()
{
    return {u"actions"_s,
            u"context"_s,
            u"nonconformities"_s,
            u"monitoring"_s,
            u"audits"_s,
            u"objectives"_s,
            u"feedback"_s,
            u"risks"_s,
            u"improvement"_s};
}

QString ReviewInputs::titleOf(const QString &key)
{
    static const QHash<QString, const char *> titles{
        {u"actions"_s, QT_TR_NOOP("Status of actions from previous reviews")},
        {u"context"_s, QT_TR_NOOP("Changes in external and internal issues and interested parties")},
        {u"nonconformities"_s, QT_TR_NOOP("Nonconformities and corrective actions")},
        {u"monitoring"_s, QT_TR_NOOP("Monitoring and measurement results")},
        {u"audits"_s, QT_TR_NOOP("Audit results")},
        {u"objectives"_s, QT_TR_NOOP("Fulfilment of the information security objectives")},
        {u"feedback"_s, QT_TR_NOOP("Feedback from interested parties")},
        {u"risks"_s, QT_TR_NOOP("Results of risk assessment and status of risk treatment")},
        {u"improvement"_s, QT_TR_NOOP("Opportunities for continual improvement")},
    };
    const char *title = titles.value(key);
    return title ? tr(title) : key;
}

QString ReviewInputs::clauseOf(const QString &key)
{
    static const QHash<QString, QString> clauses{{u"actions"_s, u"9.3.2 a)"_s},
                                                 {u"context"_s, u"9.3.2 b), c)"_s},
                                                 {u"nonconformities"_s, u"9.3.2 d) 1)"_s},
                                                 {u"monitoring"_s, u"9.3.2 d) 2)"_s},
                                                 {u"audits"_s, u"9.3.2 d) 3)"_s},
                                                 {u"objectives"_s, u"9.3.2 d) 4)"_s},
                                                 {u"feedback"_s, u"9.3.2 e)"_s},
                                                 {u"risks"_s, u"9.3.2 f)"_s},
                                                 {u"improvement"_s, u"9.3.2 g)"_s}};
    return clauses.value(key);
}

Result<QList<ReviewInput>> ReviewInputs::compile(const Database &db, const ReviewPeriod &period)
{
    using Provider = Result<ReviewInput> (*)(const Database &, const ReviewPeriod &);
    static const QList<Provider> providers{&previousActions,
                                           &contextChanges,
                                           &nonconformityTrends,
                                           &monitoringResults,
                                           &auditResults,
                                           &objectivesFulfilment,
                                           &partyFeedback,
                                           &riskResults,
                                           &improvementOpportunities};
    QList<ReviewInput> inputs;
    for (const Provider provider : providers) {
        auto input = provider(db, period);
        if (!input) {
            return input.error();
        }
        inputs.append(std::move(input).value());
    }
    return inputs;
}

QJsonArray ReviewInputs::toJson(const QList<ReviewInput> &inputs)
{
    QJsonArray array;
    for (const ReviewInput &input : inputs) {
        QJsonArray lines;
        for (const ReviewInputLine &line : input.lines) {
            lines.append(
                QJsonObject{{u"text"_s, line.text}, {u"refs"_s, QJsonArray::fromStringList(line.refs)}});
        }
        array.append(QJsonObject{{u"key"_s, input.key},
                                 {u"title"_s, input.title},
                                 {u"available"_s, input.available},
                                 {u"lines"_s, lines}});
    }
    return array;
}

Result<QList<ReviewInput>> ReviewInputs::fromJson(const QJsonArray &array)
{
    QList<ReviewInput> inputs;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        if (!object.value(u"key"_s).isString() || !object.value(u"lines"_s).isArray()) {
            return Error{ErrorCode::InvalidArgument,
                         tr("The frozen inputs of the review cannot be read."),
                         {}};
        }
        ReviewInput input{object.value(u"key"_s).toString(),
                          object.value(u"title"_s).toString(),
                          object.value(u"available"_s).toBool(true),
                          {}};
        for (const QJsonValue &line : object.value(u"lines"_s).toArray()) {
            QStringList refs;
            for (const QJsonValue &ref : line.toObject().value(u"refs"_s).toArray()) {
                refs.append(ref.toString());
            }
            input.lines.append(ReviewInputLine{line.toObject().value(u"text"_s).toString(), refs});
        }
        inputs.append(input);
    }
    return inputs;
}

} // namespace isms
