// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "domain/EntitySpec.h"

#include <QWidget>

class QUndoStack;

namespace isms {
class Database;
} // namespace isms

/// A widget a register page shows beside its form, for what a record has beyond its own fields (an
/// asset's dependencies and effective requirements). The page passes the project and the current record.
class RecordPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordPanel)

public:
    using QWidget::QWidget;
    ~RecordPanel() override = default;

    virtual void setContext(isms::Database *db, QUndoStack *undoStack) = 0;
    virtual void showRecord(isms::RecordId id) = 0;

Q_SIGNALS:
    void errorOccurred(const isms::Error &error);
    /// The user asked for a record shown on another page (a metric's objective): the change log's
    /// entity ("objective") and id.
    void recordRequested(const QString &entity, const QString &entityId);
};
