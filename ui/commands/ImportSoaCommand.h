// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "io/SoaImport.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace isms {
class Database;
}

/// Writes a clean SoA import preview as one undoable action. The first redo notes the changed fields as
/// they were and calls SoaImport::apply; undo removes the created additional controls and puts the
/// changed fields back; a later redo restores the created controls and applies the changes again.
class ImportSoaCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportSoaCommand)

public:
    using ErrorSink = std::function<void(const isms::Error &)>;

    ImportSoaCommand(isms::Database &db,
                     isms::SoaImportPreview preview,
                     ErrorSink errorSink,
                     QUndoCommand *parent = nullptr);
    ~ImportSoaCommand() override;
    Q_DISABLE_COPY_MOVE(ImportSoaCommand)

    void redo() override;
    void undo() override;

private:
    [[nodiscard]] isms::Result<void> noteBefore();
    void fail(const isms::Error &error);

    isms::Database &m_db;
    isms::SoaImportPreview m_preview;
    ErrorSink m_errorSink;
    bool m_done = false;
    isms::SoaImportOutcome m_outcome;
    QList<isms::RecordChange> m_controlsBefore;
    QList<isms::RecordChange> m_additionalBefore;
    isms::Removal m_removed; ///< the created additional controls, while undone
};
