// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "io/RecordImport.h"
#include "services/RecordService.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace isms {
class Database;
}

/// Writes a clean import preview as one undoable action. The first redo calls RecordImport::apply
/// after noting what the changed records and their links were; undo removes the created records (with
/// their links) and puts the changed fields and links back; a later redo restores the created records
/// with their ids and applies the changes again.
class ImportRecordsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportRecordsCommand)

public:
    using ErrorSink = std::function<void(const isms::Error &)>;

    /// `spec` must outlive the command.
    ImportRecordsCommand(isms::Database &db,
                         const isms::EntitySpec &spec,
                         isms::ImportPreview preview,
                         ErrorSink errorSink,
                         QUndoCommand *parent = nullptr);
    ~ImportRecordsCommand() override;
    Q_DISABLE_COPY_MOVE(ImportRecordsCommand)

    void redo() override;
    void undo() override;

    /// What the first redo wrote (empty until it succeeded).
    const isms::ImportOutcome &outcome() const { return m_outcome; }

private:
    [[nodiscard]] isms::Result<void> noteBefore();
    [[nodiscard]] isms::Result<void> redoAgain();
    void fail(const isms::Error &error);

    isms::Database &m_db;
    const isms::EntitySpec &m_spec;
    isms::ImportPreview m_preview;
    ErrorSink m_errorSink;
    bool m_done = false;
    isms::ImportOutcome m_outcome;
    QList<isms::RecordChange> m_before;        ///< the changed fields as they were
    QList<isms::LinkAssignment> m_linksBefore; ///< the links of changed records as they were
    QList<isms::LinkAssignment> m_linksAfter;  ///< the links of changed records as the import set them
    isms::Removal m_removed;                   ///< the created records, while undone
};
