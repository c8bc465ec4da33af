// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Error.h"
#include "domain/EntitySpec.h"
#include "services/RecordService.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QUndoCommand>

#include <functional>

namespace isms {
class Database;
}

/// Removes records of any register as one action (one transaction, one undo step). Redo calls
/// RecordService::removeWithChildren and keeps what it took as it was: the records and their children
/// (a risk's treatment tasks and links); undo puts them all back with RecordService::restore, with
/// their ids and references.
class RemoveRecordsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveRecordsCommand)

public:
    using ErrorSink = std::function<void(const isms::Error &)>;

    /// `spec` must outlive the command. `refs` only name the records in the undo text.
    RemoveRecordsCommand(isms::Database &db,
                         const isms::EntitySpec &spec,
                         QList<isms::RecordId> ids,
                         const QStringList &refs,
                         ErrorSink errorSink,
                         QUndoCommand *parent = nullptr);
    ~RemoveRecordsCommand() override;
    Q_DISABLE_COPY_MOVE(RemoveRecordsCommand)

    void redo() override;
    void undo() override;

    const QList<isms::RecordId> &ids() const { return m_ids; }

    /// The records as they were when last removed.
    const QList<isms::Record> &removed() const { return m_removal.records; }

    /// Everything the last removal took, children included.
    const isms::Removal &removal() const { return m_removal; }

private:
    void fail(const isms::Error &error);

    isms::Database &m_db;
    const isms::EntitySpec &m_spec;
    QList<isms::RecordId> m_ids;
    isms::Removal m_removal;
    /// The files of document versions the removal took, by SHA-256, for the undo.
    QHash<QString, QByteArray> m_files;
    ErrorSink m_errorSink;
};
