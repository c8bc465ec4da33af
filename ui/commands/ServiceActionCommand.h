// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/EntitySpec.h"
#include "services/RecordService.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QUndoCommand>

#include <functional>

class QUndoStack;

namespace isms {
class Database;
}

/// Makes one step of a core service undoable (generating a checklist, raising a finding or a
/// nonconformity, turning a review output into a planned change) without the service knowing of undo.
///
/// The command is told which registers the step may add records to (`watched`) and which existing
/// records it may change (`touched`). The first redo notes the ids of the watched registers and the
/// values of the touched records, runs the step, and notes what it created and changed. Undo puts the
/// touched records' changed fields back first (so that nothing refers to the new records any more), then
/// removes the created records with their children; a later redo restores exactly those records (same
/// ids and references) and sets the touched fields again. Every step is written and logged by
/// RecordService as any edit is.
class ServiceActionCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServiceActionCommand)

public:
    using ErrorSink = std::function<void(const isms::Error &)>;
    using Action = std::function<isms::Result<void>()>;

    /// An existing record the step may change.
    struct Touched
    {
        const isms::EntitySpec *spec;
        isms::RecordId id;
    };

    /// The specs must outlive the command.
    ServiceActionCommand(isms::Database &db,
                         const QString &text,
                         Action action,
                         QList<const isms::EntitySpec *> watched,
                         QList<Touched> touched,
                         ErrorSink errorSink,
                         QUndoCommand *parent = nullptr);
    ~ServiceActionCommand() override;
    Q_DISABLE_COPY_MOVE(ServiceActionCommand)

    void redo() override;
    void undo() override;

    /// Pushes `command` on `stack`, which takes it (a step that failed or changed nothing is dropped);
    /// without a stack, runs it once and deletes it. The step's own result reaches the caller through
    /// what its action captures, and a failure through the error sink.
    static void run(QUndoStack *stack, ServiceActionCommand *command);

    /// True once the first redo ran the step successfully.
    bool succeeded() const { return m_done; }

    /// The records the step created, per register, in the order of `watched` (empty until it ran).
    QList<isms::RecordId> createdIn(const isms::EntitySpec &spec) const;

private:
    struct Created
    {
        const isms::EntitySpec *spec;
        QList<isms::RecordId> ids;
        isms::Removal removal; ///< what the last undo removed, for the next redo
    };

    [[nodiscard]] isms::Result<void> runFirst();
    [[nodiscard]] isms::Result<void> redoAgain();
    [[nodiscard]] isms::Result<QList<isms::Record>> touchedRecords() const;
    void fail(const isms::Error &error);

    isms::Database &m_db;
    Action m_action;
    QList<const isms::EntitySpec *> m_watched;
    QList<Touched> m_touched;
    ErrorSink m_errorSink;
    bool m_done = false;
    QList<Created> m_created;
    QList<isms::RecordChange> m_before; ///< per touched record, the changed fields as they were
    QList<isms::RecordChange> m_after;  ///< per touched record, the changed fields as the step set them
};
