// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "mainwindow/WorkbenchPage.h"

class MessageBanner;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class TreatmentPlanFilterProxyModel;
class TreatmentPlanModel;

/// The risk treatment plan (ISO/IEC 27001 6.1.3 e, 8.3): every treatment task with its risk, by due
/// date, overdue tasks marked in words and colour, filtered by owner, status and "overdue only".
/// Double-clicking a task opens its risk on the Risks page. Follows the project's changes.
class TreatmentPlanPage final : public WorkbenchPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TreatmentPlanPage)

public:
    explicit TreatmentPlanPage(QWidget *parent = nullptr);
    ~TreatmentPlanPage() override;

    void setContext(isms::Database *db, QUndoStack *undoStack) override;
    void focusFilter() override;
    QByteArray saveHeaderState() const override;
    void restoreHeaderState(const QByteArray &state) override;
    /// Selects the task with this change-log id (a treatment task's row id).
    bool showRecord(const QString &entityId) override;
    /// "overdue" "true" ticks Overdue only; "owner" and "status" choose those filters.
    bool showOnly(const QString &fieldKey, const QString &value) override;

    TreatmentPlanModel *model() const { return m_model; }

    TreatmentPlanFilterProxyModel *proxyModel() const { return m_proxy; }

    QTableView *tableView() const { return m_view; }

    QComboBox *ownerCombo() const { return m_ownerCombo; }

    QComboBox *statusCombo() const { return m_statusCombo; }

    QCheckBox *overdueOnlyBox() const { return m_overdueOnly; }

    QLabel *countLabel() const { return m_countLabel; }

    /// Asks for the risk of the task in the view's `row` (recordRequested).
    void openRiskOf(int row);

private:
    void onFiltersChanged();
    void refreshOwners();
    void updateCountLabel();

    TreatmentPlanModel *m_model = nullptr;
    TreatmentPlanFilterProxyModel *m_proxy = nullptr;
    MessageBanner *m_banner = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_ownerCombo = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QCheckBox *m_overdueOnly = nullptr;
    QLabel *m_countLabel = nullptr;
    QTableView *m_view = nullptr;
};
