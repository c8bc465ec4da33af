// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "services/AssessmentRunService.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

/// Asks what a new risk assessment run records: its scope, who performed it, when, and notes.
class AssessmentRunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentRunDialog)

public:
    explicit AssessmentRunDialog(QWidget *parent = nullptr);
    ~AssessmentRunDialog() override;

    isms::AssessmentRunRequest request() const;

    QLineEdit *scopeEdit() const { return m_scope; }

    QLineEdit *performedByEdit() const { return m_performedBy; }

    QDateEdit *dateEdit() const { return m_date; }

private:
    QLineEdit *m_scope = nullptr;
    QLineEdit *m_performedBy = nullptr;
    QDateEdit *m_date = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};
