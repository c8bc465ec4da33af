// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "mainwindow/WorkbenchPage.h"

class QLabel;
class QTableWidget;

/// The coverage matrix of the current audit programme: every clause and applicable Annex A control
/// against the years of the cycle, with the audits that covered it; rows no audit covers are tinted and
/// counted as advice. Reads again after every change to the audits or the SoA.
class AuditCoveragePage final : public WorkbenchPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditCoveragePage)

public:
    explicit AuditCoveragePage(QWidget *parent = nullptr);
    ~AuditCoveragePage() override;

    void setContext(isms::Database *db, QUndoStack *undoStack) override;

    void refresh();

    QTableWidget *table() const { return m_table; }

    QLabel *summary() const { return m_summary; }

private:
    isms::Database *m_db = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
};
