// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Error.h"
#include "domain/Requirement.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVariant>

#include <functional>

namespace isms {
class Database;
}

/// Changes one tracked field of one requirement through RequirementService (one logged transaction
/// per redo and per undo). Stores the key and the values before and after, never pointers to records.
///
/// Values are typed by field: Status holds an int (isms::ImplementationStatus), Owner and Notes a
/// QString, TargetDate a QDate (invalid for "no target date").
///
/// Commands with the same non-negative `editSession` merge, so that a typed edit committed in several
/// steps (idle timer, then focus out) is one undo step.
class ChangeRequirementCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeRequirementCommand)

public:
    using ErrorSink = std::function<void(const isms::Error &)>;

    static constexpr int MergeId = 0x4953;

    ChangeRequirementCommand(isms::Database &db,
                             isms::RequirementKey key,
                             isms::TrackingField field,
                             QVariant oldValue,
                             QVariant newValue,
                             int editSession,
                             ErrorSink errorSink,
                             QUndoCommand *parent = nullptr);
    ~ChangeRequirementCommand() override;
    Q_DISABLE_COPY_MOVE(ChangeRequirementCommand)

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const isms::RequirementKey &key() const { return m_key; }

    isms::TrackingField field() const { return m_field; }

    QVariant oldValue() const { return m_oldValue; }

    QVariant newValue() const { return m_newValue; }

    /// The undo text: "Change owner of A.5.1".
    static QString describe(const isms::RequirementKey &key, isms::TrackingField field);

private:
    void apply(const QVariant &value);

    isms::Database &m_db;
    isms::RequirementKey m_key;
    isms::TrackingField m_field;
    QVariant m_oldValue;
    QVariant m_newValue;
    int m_editSession;
    ErrorSink m_errorSink;
};
