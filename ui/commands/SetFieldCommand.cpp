// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "commands/SetFieldCommand.h"

#include "services/RecordService.h"
#include "storage/Database.h"

SetFieldCommand::SetFieldCommand(isms::Database &db,
                                 const isms::EntitySpec &spec,
                                 isms::RecordId id,
                                 QString fieldKey,
                                 QVariant oldValue,
                                 QVariant newValue,
                                 int editSession,
                                 ErrorSink errorSink,
                                 QUndoCommand *parent)
    : QUndoCommand(describe(spec, fieldKey), parent)
    , m_db(db)
    , m_spec(spec)
    , m_id(id)
    , m_fieldKey(std::move(fieldKey))
    , m_oldValue(std::move(oldValue))
    , m_newValue(std::move(newValue))
    , m_editSession(editSession)
    , m_errorSink(std::move(errorSink))
{}

SetFieldCommand::~SetFieldCommand() = default;

QString SetFieldCommand::describe(const isms::EntitySpec &spec, const QString &fieldKey)
{
    const isms::FieldSpec *field = spec.field(fieldKey);
    //: %1 is a field ("Name"), %2 a kind of record ("threat"): "Change Name of threat"
    return tr("Change %1 of %2").arg(field ? field->labelText() : fieldKey, spec.singularNoun());
}

void SetFieldCommand::redo()
{
    apply(m_newValue);
}

void SetFieldCommand::undo()
{
    apply(m_oldValue);
}

int SetFieldCommand::id() const
{
    return m_editSession >= 0 ? MergeId : -1;
}

bool SetFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const SetFieldCommand *>(other);
    if (!next || next->isObsolete() || next->m_editSession != m_editSession || &next->m_spec != &m_spec
        || next->m_id != m_id || next->m_fieldKey != m_fieldKey) {
        return false;
    }
    m_newValue = next->m_newValue;
    // Typing back to the original value leaves nothing to undo.
    const isms::FieldSpec *field = m_spec.field(m_fieldKey);
    setObsolete(field && field->canonical(m_newValue) == field->canonical(m_oldValue));
    return true;
}

void SetFieldCommand::apply(const QVariant &value)
{
    const isms::Result<void> result = isms::RecordService(m_db, m_spec).update(m_id, {{m_fieldKey, value}});
    if (!result) {
        setObsolete(true);
        if (m_errorSink) {
            m_errorSink(result.error());
        }
    }
}
