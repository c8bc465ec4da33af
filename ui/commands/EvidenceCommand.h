// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Error.h"
#include "services/EvidenceService.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace isms {
class Database;
}

/// Attaching or removing evidence files as one undo step. An attach is done before the command is
/// pushed (it reads the files, which may be refused); its undo removes the new evidence and its redo
/// puts it back. A removal removes on redo and restores on undo, with the stored bytes kept in the
/// command (EvidenceService::remove and restore).
class EvidenceCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceCommand)

public:
    using ErrorSink = std::function<void(const isms::Error &)>;

    /// The undo step of evidence already attached (`attached`: the new records).
    static EvidenceCommand *attached(isms::Database &db,
                                     const QList<isms::Record> &attached,
                                     ErrorSink errorSink);

    /// The step that removes the evidence `ids` (`names` only for the undo text).
    static EvidenceCommand *removal(isms::Database &db,
                                    const QList<isms::RecordId> &ids,
                                    const QStringList &names,
                                    ErrorSink errorSink);

    ~EvidenceCommand() override = default;
    Q_DISABLE_COPY_MOVE(EvidenceCommand)

    void redo() override;
    void undo() override;

private:
    EvidenceCommand(isms::Database &db, QList<isms::RecordId> ids, bool attach, ErrorSink errorSink);

    void removeNow();
    void restoreNow();
    void fail(const isms::Error &error);

    isms::Database &m_db;
    QList<isms::RecordId> m_ids;
    bool m_attach = false;
    bool m_firstRedo = true;
    isms::RemovedEvidence m_removed;
    ErrorSink m_errorSink;
};
