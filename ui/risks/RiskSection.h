// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Error.h"
#include "domain/EntitySpec.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <functional>

class QUndoStack;

namespace isms {
class Database;
}

/// One part of the risk panel (assets, controls, treatment tasks): follows the project, its undo stack
/// and the risk shown, and reads its records again when records of the kinds it shows change.
class RiskSection : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RiskSection)

public:
    /// `kinds` are the EntitySpec keys whose changes call for a reload.
    RiskSection(QStringList kinds, QWidget *parent = nullptr);
    ~RiskSection() override;

    void setContext(isms::Database *db, QUndoStack *undoStack);
    void showRisk(isms::RecordId risk);

    isms::RecordId risk() const { return m_risk; }

Q_SIGNALS:
    /// A change could not be saved; the message is for the user.
    void errorOccurred(const isms::Error &error);
    /// What the section shows changed; its title may say how many there are.
    void countChanged(int count);

protected:
    /// Reads what the section shows for risk() again (also with no project or no risk).
    virtual void reload() = 0;

    /// Records of `kind` (one of the kinds given) changed; called just before the reload.
    virtual void kindChanged(const QString &kind) { Q_UNUSED(kind) }

    /// True when there is a risk, a project that can be changed and an undo stack.
    bool isEditable() const;

    isms::Database *database() const { return m_db; }

    QUndoStack *undoStack() const;

    /// A sink for commands: reports through errorOccurred() while the section exists, and sets
    /// `*failed` when given.
    std::function<void(const isms::Error &)> errorSink(std::shared_ptr<bool> failed = {});

private:
    QStringList m_kinds;
    isms::Database *m_db = nullptr;
    QPointer<QUndoStack> m_undoStack;
    isms::RecordId m_risk;
};
