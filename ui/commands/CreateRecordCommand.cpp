// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "commands/CreateRecordCommand.h"

#include "services/RecordService.h"
#include "storage/Database.h"

CreateRecordCommand::CreateRecordCommand(isms::Database &db,
                                         const isms::EntitySpec &spec,
                                         QList<isms::Record> records,
                                         ErrorSink errorSink,
                                         const QString &text,
                                         QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_db(db)
    , m_spec(spec)
    , m_records(std::move(records))
    , m_errorSink(std::move(errorSink))
{
    if (!text.isEmpty()) {
        setText(text);
    } else if (m_records.size() == 1) {
        //: %1 is a kind of record: "New threat"
        setText(tr("New %1").arg(spec.singularNoun()));
    } else {
        //: %1 is a number of two or more, %2 a kind of records: "Add 3 threats"
        setText(tr("Add %1 %2").arg(m_records.size()).arg(spec.pluralNoun()));
    }
}

CreateRecordCommand::~CreateRecordCommand() = default;

void CreateRecordCommand::redo()
{
    if (m_ids.isEmpty()) {
        auto created = isms::RecordService(m_db, m_spec).createMany(m_records);
        if (!created) {
            fail(created.error());
            return;
        }
        m_ids = std::move(created).value();
        return;
    }
    if (const isms::Result<void> restored = isms::RecordService(m_db, m_spec).restore(m_removal); !restored) {
        fail(restored.error());
    }
}

void CreateRecordCommand::undo()
{
    auto removal = isms::RecordService(m_db, m_spec).removeWithChildren(m_ids);
    if (!removal) {
        fail(removal.error());
        return;
    }
    m_removal = std::move(removal).value();
}

void CreateRecordCommand::fail(const isms::Error &error)
{
    setObsolete(true);
    if (m_errorSink) {
        m_errorSink(error);
    }
}
