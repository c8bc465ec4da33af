// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Error.h"
#include "domain/EntitySpec.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVariant>

#include <functional>

namespace isms {
class Database;
}

/// Changes one field of one record of any register through RecordService::update (one logged
/// transaction per redo and per undo). Stores the record's id, the field key and the values before
/// and after (in stored form), never pointers to records.
///
/// Commands with the same non-negative `editSession` for the same record and field merge, so that a
/// typed edit committed in several steps (idle timer, then focus out) is one undo step.
class SetFieldCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetFieldCommand)

public:
    using ErrorSink = std::function<void(const isms::Error &)>;

    static constexpr int MergeId = 0x5346;

    /// `spec` must outlive the command (specs are static).
    SetFieldCommand(isms::Database &db,
                    const isms::EntitySpec &spec,
                    isms::RecordId id,
                    QString fieldKey,
                    QVariant oldValue,
                    QVariant newValue,
                    int editSession,
                    ErrorSink errorSink,
                    QUndoCommand *parent = nullptr);
    ~SetFieldCommand() override;
    Q_DISABLE_COPY_MOVE(SetFieldCommand)

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    isms::RecordId recordId() const { return m_id; }

    QString fieldKey() const { return m_fieldKey; }

    QVariant oldValue() const { return m_oldValue; }

    QVariant newValue() const { return m_newValue; }

    /// The undo text: "Change threat name".
    static QString describe(const isms::EntitySpec &spec, const QString &fieldKey);

private:
    void apply(const QVariant &value);

    isms::Database &m_db;
    const isms::EntitySpec &m_spec;
    isms::RecordId m_id;
    QString m_fieldKey;
    QVariant m_oldValue;
    QVariant m_newValue;
    int m_editSession;
    ErrorSink m_errorSink;
};
