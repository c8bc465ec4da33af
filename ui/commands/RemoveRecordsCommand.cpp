// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "commands/RemoveRecordsCommand.h"

#include "services/DocumentService.h"
#include "services/RecordService.h"
#include "storage/Database.h"

RemoveRecordsCommand::RemoveRecordsCommand(isms::Database &db,
                                           const isms::EntitySpec &spec,
                                           QList<isms::RecordId> ids,
                                           const QStringList &refs,
                                           ErrorSink errorSink,
                                           QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_db(db)
    , m_spec(spec)
    , m_ids(std::move(ids))
    , m_errorSink(std::move(errorSink))
{
    if (refs.size() == 1) {
        //: %1 is a kind of record, %2 its reference: "Delete threat T-003"
        setText(tr("Delete %1 %2").arg(spec.singularNoun(), refs.constFirst()));
    } else {
        //: %1 is a number of two or more, %2 a kind of records: "Delete 3 threats"
        setText(tr("Delete %1 %2").arg(m_ids.size()).arg(spec.pluralNoun()));
    }
}

RemoveRecordsCommand::~RemoveRecordsCommand() = default;

void RemoveRecordsCommand::redo()
{
    if (isms::DocumentService::holdsFiles(m_spec)) {
        // Document versions leave with their files; the undo brings both back.
        auto files = isms::DocumentService(m_db).filesOf(m_spec, m_ids);
        if (!files) {
            fail(files.error());
            return;
        }
        m_files = std::move(files).value();
    }
    auto removal = isms::RecordService(m_db, m_spec).removeWithChildren(m_ids);
    if (!removal) {
        fail(removal.error());
        return;
    }
    m_removal = std::move(removal).value();
}

void RemoveRecordsCommand::undo()
{
    const isms::Result<void> restored = isms::DocumentService::holdsFiles(m_spec)
                                            ? isms::DocumentService(m_db).restore(m_spec, m_removal, m_files)
                                            : isms::RecordService(m_db, m_spec).restore(m_removal);
    if (!restored) {
        fail(restored.error());
    }
}

void RemoveRecordsCommand::fail(const isms::Error &error)
{
    setObsolete(true);
    if (m_errorSink) {
        m_errorSink(error);
    }
}
