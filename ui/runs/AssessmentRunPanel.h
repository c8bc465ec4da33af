// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "records/RecordPanel.h"
#include "services/AssessmentRunService.h"

class QLabel;
class QPushButton;
class QTableWidget;

/// Beside an assessment run's form: "Record assessment run…", the run's frozen register (read-only),
/// and what changed in the risk register since the run.
class AssessmentRunPanel final : public RecordPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentRunPanel)

public:
    explicit AssessmentRunPanel(QWidget *parent = nullptr);
    ~AssessmentRunPanel() override;

    void setContext(isms::Database *db, QUndoStack *undoStack) override;
    void showRecord(isms::RecordId id) override;

    /// Records a run (the button asks for `request` in a dialog); false when the service refused, which
    /// errorOccurred reports.
    bool recordRun(const isms::AssessmentRunRequest &request);

    QPushButton *recordButton() const { return m_recordButton; }

    QTableWidget *frozenTable() const { return m_frozenTable; }

    QTableWidget *changesTable() const { return m_changesTable; }

    QLabel *summaryLabel() const { return m_summary; }

private:
    void onRecordClicked();
    void showChanges(const isms::RiskReportData &frozen);

    isms::Database *m_db = nullptr;
    QPushButton *m_recordButton = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_frozenTable = nullptr;
    QLabel *m_changesLabel = nullptr;
    QTableWidget *m_changesTable = nullptr;
};
