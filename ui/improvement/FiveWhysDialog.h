// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

/// Walks the user through up to five "why?" questions about a nonconformity, each asked about the
/// previous answer, and proposes the last answer as the root cause (which the user may rewrite).
class FiveWhysDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FiveWhysDialog)

public:
    /// `problem`: the nonconformity as it reads ("NC-003 Supplier contracts lack security clauses");
    /// `answers` and `rootCause`: what is recorded so far.
    FiveWhysDialog(const QString &problem,
                   const QStringList &answers,
                   const QString &rootCause,
                   QWidget *parent = nullptr);
    ~FiveWhysDialog() override;

    QStringList answers() const;
    QString rootCause() const;

    QLineEdit *answerEdit(int index) const { return m_answers.value(index); }

    QPlainTextEdit *rootCauseEdit() const { return m_rootCause; }

private:
    void update();

    QList<QLineEdit *> m_answers;
    QList<QLabel *> m_questions;
    QPlainTextEdit *m_rootCause = nullptr;
    QString m_problem;
    bool m_rootCauseTouched = false;
    bool m_updating = false;
};
