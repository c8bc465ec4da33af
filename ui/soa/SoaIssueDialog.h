// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QDate>
#include <QDialog>

#include <optional>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

/// Asks for what issuing a version of the Statement of Applicability needs: the approver, the approval
/// date and a change summary. Says that issuing is logged and cannot be undone, and, when nothing
/// changed since the latest version, asks to confirm a re-approval. OK is enabled only when the
/// approver and the summary are given (and the re-approval is confirmed where needed).
class SoaIssueDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SoaIssueDialog)

public:
    /// `number`: the version to be issued; `unchangedSince`: the latest version when the SoA equals it.
    SoaIssueDialog(int number, std::optional<int> unchangedSince, QWidget *parent = nullptr);
    ~SoaIssueDialog() override;

    QString approver() const;
    QDate approvalDate() const;
    QString changeSummary() const;
    bool isReapproval() const;

    QLineEdit *approverEdit() const { return m_approver; }

    QDateEdit *dateEdit() const { return m_date; }

    QPlainTextEdit *summaryEdit() const { return m_summary; }

    QCheckBox *reapprovalBox() const { return m_reapproval; }

    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateOk();

    QLineEdit *m_approver = nullptr;
    QDateEdit *m_date = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QCheckBox *m_reapproval = nullptr; ///< nullptr when something changed
    QDialogButtonBox *m_buttons = nullptr;
};
