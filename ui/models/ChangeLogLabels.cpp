// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "models/ChangeLogLabels.h"

#include "common/TextRules.h"
#include "domain/Entities.h"
#include "services/SoaVersionService.h"
#include "storage/RecordRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString cacheKey(const QString &entity, const QString &entityId)
{
    return entity + u'/' + entityId;
}

QJsonObject snapshotObject(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace

void ChangeLogLabels::reset(isms::Database *db)
{
    m_db = db;
    m_refs.clear();
}

void ChangeLogLabels::learn(const QList<isms::ChangeLogEntry> &entries)
{
    for (const isms::ChangeLogEntry &entry : entries) {
        if (entry.field != isms::EntitySpec::recordLogField()) {
            continue;
        }
        const std::optional<QString> &snapshot = entry.newValue ? entry.newValue : entry.oldValue;
        if (snapshot) {
            const QString ref = snapshotObject(*snapshot).value(QStringLiteral("ref")).toString();
            if (!ref.isEmpty()) {
                m_refs.insert(cacheKey(entry.entity, entry.entityId), ref);
            }
        }
    }
}

QString ChangeLogLabels::kindLabel(const QString &entity)
{
    if (entity == u"risk_method") {
        return tr("Risk method");
    }
    if (entity == isms::SoaVersionService::logEntity()) {
        return tr("SoA version");
    }
    const isms::EntitySpec *spec = isms::Entities::findByEntity(entity);
    return spec ? spec->singularLabel() : QString();
}

QString ChangeLogLabels::reference(const isms::ChangeLogEntry &entry) const
{
    if (entry.entity == isms::SoaVersionService::logEntity()) {
        return entry.entityId; // the version number
    }
    const isms::EntitySpec *spec = isms::Entities::findByEntity(entry.entity);
    if (!spec) {
        return {};
    }
    if (spec->isCatalogue()) {
        return spec->shownRef(entry.entityId); // clauses and controls are logged under their reference
    }
    const QString key = cacheKey(entry.entity, entry.entityId);
    if (const auto found = m_refs.constFind(key); found != m_refs.constEnd()) {
        return *found;
    }
    QString ref;
    if (m_db) {
        const auto record =
            isms::RecordRepository(*m_db, *spec).find(isms::RecordId{entry.entityId.toLongLong()});
        if (record && *record) {
            ref = isms::EntitySpec::refOf(**record);
        }
    }
    if (ref.isEmpty()) {
        ref = u'#' + entry.entityId; // a record removed before the loaded entries begin
    }
    m_refs.insert(key, ref);
    return ref;
}

QString ChangeLogLabels::fieldLabel(const isms::ChangeLogEntry &entry)
{
    const isms::EntitySpec *spec = isms::Entities::findByEntity(entry.entity);
    if (!spec) {
        if (entry.entity == isms::SoaVersionService::logEntity()) {
            //: History: the field of an SoA version's entry, written when it was issued.
            return tr("Issued");
        }
        return entry.entity == u"risk_method" ? tr("Definition") : QString();
    }
    if (entry.field == isms::EntitySpec::recordLogField()) {
        if (!entry.oldValue) {
            return tr("Created");
        }
        return entry.newValue ? tr("Record") : tr("Removed");
    }
    const isms::FieldSpec *field = spec->field(entry.field);
    return field ? field->labelText() : QString();
}

QString ChangeLogLabels::snapshotSummary(const QString &entity, const QString &json) const
{
    if (entity == isms::SoaVersionService::logEntity()) {
        const QJsonObject issued = snapshotObject(json);
        //: History: an issued SoA version; %1 is the approver, %2 the approval date, %3 the change summary.
        return tr("Approved by %1 on %2: %3")
            .arg(issued.value(QStringLiteral("approver")).toString(),
                 issued.value(QStringLiteral("approval_date")).toString(),
                 issued.value(QStringLiteral("change_summary")).toString());
    }
    const isms::EntitySpec *spec = isms::Entities::findByEntity(entity);
    if (!spec) {
        return {};
    }
    const QJsonObject object = snapshotObject(json);
    QStringList parts{object.value(QStringLiteral("ref")).toString()};
    for (const char *key : {"title", "name"}) {
        const QString text = object.value(QLatin1StringView(key)).toString();
        if (!text.isEmpty()) {
            parts.append(text);
            break;
        }
    }
    if (parts.size() == 1) {
        // A link or a task without a name: its other fields, briefly ("control 8.16, role planned").
        for (const isms::FieldSpec &field : spec->fields) {
            const QJsonValue value = object.value(field.key);
            if (field.key == u"ref" || value.isNull() || value.toString().isEmpty()) {
                continue;
            }
            QString text = value.toString();
            const isms::EntitySpec *target = field.type == isms::FieldType::Reference
                                                 ? isms::Entities::find(field.referenceKind)
                                                 : nullptr;
            if (target) {
                isms::ChangeLogEntry named;
                named.entity = target->entity;
                named.entityId = text;
                text = reference(named);
            }
            parts.append(QStringLiteral("%1 %2").arg(field.labelText(), text));
        }
    }
    return isms::text::forDisplay(parts.join(u' '), isms::text::Shape::SingleLine, 300);
}
