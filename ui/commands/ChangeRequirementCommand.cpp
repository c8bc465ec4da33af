// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "commands/ChangeRequirementCommand.h"

#include "services/RequirementService.h"
#include "storage/Database.h"

#include <QDate>

using namespace Qt::StringLiterals;

ChangeRequirementCommand::ChangeRequirementCommand(isms::Database &db,
                                                   isms::RequirementKey key,
                                                   isms::TrackingField field,
                                                   QVariant oldValue,
                                                   QVariant newValue,
                                                   int editSession,
                                                   ErrorSink errorSink,
                                                   QUndoCommand *parent)
    : QUndoCommand(describe(key, field), parent)
    , m_db(db)
    , m_key(std::move(key))
    , m_field(field)
    , m_oldValue(std::move(oldValue))
    , m_newValue(std::move(newValue))
    , m_editSession(editSession)
    , m_errorSink(std::move(errorSink))
{}

ChangeRequirementCommand::~ChangeRequirementCommand() = default;

QString ChangeRequirementCommand::describe(const isms::RequirementKey &key, isms::TrackingField field)
{
    const QString ref = key.kind == isms::RequirementKind::Control ? u"A."_s + key.ref : key.ref;
    switch (field) {
    case isms::TrackingField::Status:
        return tr("Change status of %1").arg(ref);
    case isms::TrackingField::Owner:
        return tr("Change owner of %1").arg(ref);
    case isms::TrackingField::Notes:
        return tr("Edit notes of %1").arg(ref);
    case isms::TrackingField::TargetDate:
        return tr("Change target date of %1").arg(ref);
    }
    return tr("Change %1").arg(ref);
}

void ChangeRequirementCommand::redo()
{
    apply(m_newValue);
}

void ChangeRequirementCommand::undo()
{
    apply(m_oldValue);
}

int ChangeRequirementCommand::id() const
{
    return m_editSession >= 0 ? MergeId : -1;
}

bool ChangeRequirementCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const ChangeRequirementCommand *>(other);
    if (!next || next->m_editSession != m_editSession || next->m_key != m_key || next->m_field != m_field) {
        return false;
    }
    m_newValue = next->m_newValue;
    // Typing back to the original value leaves nothing to undo.
    setObsolete(m_newValue == m_oldValue);
    return true;
}

void ChangeRequirementCommand::apply(const QVariant &value)
{
    isms::RequirementChange change;
    switch (m_field) {
    case isms::TrackingField::Status:
        change.status = static_cast<isms::ImplementationStatus>(value.toInt());
        break;
    case isms::TrackingField::Owner:
        change.owner = value.toString();
        break;
    case isms::TrackingField::Notes:
        change.notes = value.toString();
        break;
    case isms::TrackingField::TargetDate:
        change.targetDate = value.toDate();
        break;
    }
    const isms::Result<void> result = isms::RequirementService(m_db).update(m_key, change);
    if (!result) {
        setObsolete(true);
        if (m_errorSink) {
            m_errorSink(result.error());
        }
    }
}
