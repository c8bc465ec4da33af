// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace isms {
class Database;
}

/// Changes the project's size limit per evidence file as one undo step: redo sets the new limit, undo
/// the previous one, each through EvidenceService::setSizeLimit (validated and logged). A refused
/// change reports through the error sink and makes the command obsolete.
class SetEvidenceLimitCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetEvidenceLimitCommand)

public:
    using ErrorSink = std::function<void(const isms::Error &)>;

    SetEvidenceLimitCommand(isms::Database &db, qint64 previousBytes, qint64 nextBytes, ErrorSink errorSink);
    ~SetEvidenceLimitCommand() override = default;
    Q_DISABLE_COPY_MOVE(SetEvidenceLimitCommand)

    void redo() override;
    void undo() override;

private:
    void set(qint64 bytes);

    isms::Database &m_db;
    qint64 m_previous;
    qint64 m_next;
    ErrorSink m_errorSink;
};
