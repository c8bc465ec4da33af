// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Error.h"
#include "domain/EntitySpec.h"
#include "services/RecordService.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

#include <functional>

namespace isms {
class Database;
}

/// Creates records of any register as one action. The first redo calls RecordService::createMany
/// (references left empty get the next free ones); undo calls RecordService::removeWithChildren and
/// keeps what it returns, so that a later redo puts exactly those records back with
/// RecordService::restore (same ids, same references, the values they had when undone, and any
/// children they had by then).
class CreateRecordCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreateRecordCommand)

public:
    using ErrorSink = std::function<void(const isms::Error &)>;

    /// `spec` must outlive the command. An empty `text` gives "New threat" or "Add 3 threats".
    CreateRecordCommand(isms::Database &db,
                        const isms::EntitySpec &spec,
                        QList<isms::Record> records,
                        ErrorSink errorSink,
                        const QString &text = {},
                        QUndoCommand *parent = nullptr);
    ~CreateRecordCommand() override;
    Q_DISABLE_COPY_MOVE(CreateRecordCommand)

    void redo() override;
    void undo() override;

    /// The ids of the created records (empty until the first redo succeeded).
    const QList<isms::RecordId> &ids() const { return m_ids; }

private:
    void fail(const isms::Error &error);

    isms::Database &m_db;
    const isms::EntitySpec &m_spec;
    QList<isms::Record> m_records; ///< what the first redo creates
    isms::Removal m_removal;       ///< what the last undo removed, for the next redo
    QList<isms::RecordId> m_ids;
    ErrorSink m_errorSink;
};
