// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "commands/UpdateRecordsCommand.h"

#include "storage/Database.h"

#include <QHash>

UpdateRecordsCommand::UpdateRecordsCommand(isms::Database &db,
                                           const isms::EntitySpec &spec,
                                           QList<isms::RecordChange> before,
                                           QList<isms::RecordChange> after,
                                           ErrorSink errorSink,
                                           const QString &text,
                                           QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_db(db)
    , m_spec(spec)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_errorSink(std::move(errorSink))
{
    if (!text.isEmpty()) {
        setText(text);
    } else if (m_after.size() == 1) {
        //: %1 is a kind of record: "Change risk"
        setText(tr("Change %1").arg(spec.singularNoun()));
    } else {
        //: %1 is a number of two or more, %2 a kind of records: "Change 3 risks"
        setText(tr("Change %1 %2").arg(m_after.size()).arg(spec.pluralNoun()));
    }
}

UpdateRecordsCommand::~UpdateRecordsCommand() = default;

QList<isms::RecordChange> UpdateRecordsCommand::currentValues(const isms::EntitySpec &spec,
                                                              const QList<isms::Record> &records,
                                                              const QList<isms::RecordChange> &changes)
{
    QHash<isms::RecordId, const isms::Record *> byId;
    for (const isms::Record &record : records) {
        byId.insert(record.id, &record);
    }
    QList<isms::RecordChange> current;
    current.reserve(changes.size());
    for (const isms::RecordChange &change : changes) {
        isms::RecordChange old{change.id, {}};
        const isms::Record *record = byId.value(change.id);
        for (auto it = change.values.constBegin(); it != change.values.constEnd(); ++it) {
            const int index = spec.indexOf(it.key());
            old.values.insert(it.key(), record && index >= 0 ? record->values.value(index) : QVariant());
        }
        current.append(old);
    }
    return current;
}

void UpdateRecordsCommand::redo()
{
    apply(m_after);
}

void UpdateRecordsCommand::undo()
{
    apply(m_before);
}

void UpdateRecordsCommand::apply(const QList<isms::RecordChange> &changes)
{
    const isms::Result<void> result = isms::RecordService(m_db, m_spec).updateMany(changes);
    if (!result) {
        setObsolete(true);
        if (m_errorSink) {
            m_errorSink(result.error());
        }
    }
}
