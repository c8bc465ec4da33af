// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/RiskMethod.h"
#include "services/RiskRegister.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMetaObject>

namespace isms {
class Database;
}

class QTimer;

/// The treatment plan: every treatment task of the project with its risk (RiskRegister::treatmentPlan),
/// one row each. Follows the change notices of tasks, risks and the risk method and updates exactly
/// the rows that changed (new tasks are appended, removed ones taken out); a proxy sorts them.
class TreatmentPlanModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TreatmentPlanModel)

public:
    enum Column
    {
        Due,
        Task,
        Owner,
        Status,
        RiskRef,
        RiskTitle,
        Level,
        ColumnCount,
    };

    enum Role
    {
        TaskIdRole = Qt::UserRole, ///< isms::RecordId of the task
        RiskIdRole,                ///< isms::RecordId of its risk
        SortRole,                  ///< the raw value: the due date as QDate, the status by position,
                                   ///< references by number, the level by rank, text
        OverdueRole,               ///< bool
        ColourRole,                ///< QColor of the level (Level column) or the status
    };

    explicit TreatmentPlanModel(QObject *parent = nullptr);
    ~TreatmentPlanModel() override;

    /// Loads the plan of `db` (nullptr empties the model) and follows its change notices. The only
    /// reset of the model.
    [[nodiscard]] isms::Result<void> setDatabase(isms::Database *db);

    /// The day against which tasks are overdue (today unless set, for tests).
    void setToday(const QDate &today);

    /// Reads the plan again and applies the difference (done shortly after every change notice).
    [[nodiscard]] isms::Result<void> refresh();

    const isms::TreatmentPlanRow &rowAt(int row) const { return m_rows.at(row); }

    /// The project's risk method, as last read.
    const isms::RiskMethod &method() const { return m_method; }

    /// The row of a task, or -1.
    int rowOf(isms::RecordId task) const { return m_rowByTask.value(task.value, -1); }

    int overdueCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The plan could not be read after a change; the message is for the user.
    void errorOccurred(const isms::Error &error);

private:
    [[nodiscard]] isms::Result<QList<isms::TreatmentPlanRow>> load();
    void scheduleRefresh();
    void reindex();
    QString dueText(const isms::TreatmentPlanRow &row) const;

    isms::Database *m_db = nullptr;
    QDate m_today;
    isms::RiskMethod m_method;
    QList<isms::TreatmentPlanRow> m_rows;
    QHash<qint64, int> m_rowByTask;
    QHash<QString, int> m_levelRank; ///< level name → rank, from the method
    QList<QMetaObject::Connection> m_connections;
    QTimer *m_refreshTimer = nullptr;
};
