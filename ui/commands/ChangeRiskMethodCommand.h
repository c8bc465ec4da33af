// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Error.h"
#include "common/Result.h"
#include "domain/RiskMethod.h"
#include "services/RecordService.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace isms {
class Database;
}

/// Changes the project's risk assessment method as one undoable step. Redo calls
/// RiskMethodService::apply with the new method (every rating remapped, every level derived again);
/// undo applies the previous method with every risk's ratings as they were before, so that ratings
/// come back exactly even where a smaller scale had merged two steps.
class ChangeRiskMethodCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeRiskMethodCommand)

public:
    using ErrorSink = std::function<void(const isms::Error &)>;

    /// Reads the method in use and every risk's ratings now, before anything changes (a stored method
    /// damaged outside the program counts as the defaults, which are used in its place). Errors:
    /// Database.
    [[nodiscard]] static isms::Result<std::unique_ptr<ChangeRiskMethodCommand>> create(isms::Database &db,
                                                                                       isms::RiskMethod next,
                                                                                       ErrorSink errorSink);

    ChangeRiskMethodCommand(isms::Database &db,
                            isms::RiskMethod previous,
                            isms::RiskMethod next,
                            QList<isms::RecordChange> previousRatings,
                            ErrorSink errorSink,
                            QUndoCommand *parent = nullptr);
    ~ChangeRiskMethodCommand() override;
    Q_DISABLE_COPY_MOVE(ChangeRiskMethodCommand)

    void redo() override;
    void undo() override;

    const isms::RiskMethod &previous() const { return m_previous; }

    const isms::RiskMethod &next() const { return m_next; }

    /// False once a redo or an undo failed (the command is then obsolete).
    bool hasSucceeded() const { return !m_failed; }

private:
    void fail(const isms::Error &error);

    isms::Database &m_db;
    isms::RiskMethod m_previous;
    isms::RiskMethod m_next;
    QList<isms::RecordChange> m_previousRatings;
    ErrorSink m_errorSink;
    bool m_failed = false;
};
