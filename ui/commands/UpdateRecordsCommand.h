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

/// Changes several fields of one or more records of any register as one action: one call of
/// RecordService::updateMany (one logged transaction) per redo and per undo, one undo step. A bulk
/// edit of selected rows, or a sign-off that sets its name, date, comment and rationale together.
/// Stores ids and the values before and after (in stored form), never pointers to records.
class UpdateRecordsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(UpdateRecordsCommand)

public:
    using ErrorSink = std::function<void(const isms::Error &)>;

    /// `spec` must outlive the command. `before` holds, for the same records and fields as `after`,
    /// the values they have now; undo writes them back. An empty `text` gives "Change 3 risks".
    UpdateRecordsCommand(isms::Database &db,
                         const isms::EntitySpec &spec,
                         QList<isms::RecordChange> before,
                         QList<isms::RecordChange> after,
                         ErrorSink errorSink,
                         const QString &text = {},
                         QUndoCommand *parent = nullptr);
    ~UpdateRecordsCommand() override;
    Q_DISABLE_COPY_MOVE(UpdateRecordsCommand)

    void redo() override;
    void undo() override;

    const QList<isms::RecordChange> &before() const { return m_before; }

    const QList<isms::RecordChange> &after() const { return m_after; }

    /// The values `changes` would replace, read from `records` (for the `before` of a command).
    static QList<isms::RecordChange> currentValues(const isms::EntitySpec &spec,
                                                   const QList<isms::Record> &records,
                                                   const QList<isms::RecordChange> &changes);

private:
    void apply(const QList<isms::RecordChange> &changes);

    isms::Database &m_db;
    const isms::EntitySpec &m_spec;
    QList<isms::RecordChange> m_before;
    QList<isms::RecordChange> m_after;
    ErrorSink m_errorSink;
};
