// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "mainwindow/WorkbenchPage.h"
#include "services/SoaVersionService.h"

#include <QPointer>

class MessageBanner;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;
class SoaChangeModel;
class SoaIssueDialog;

/// The versions of the Statement of Applicability: the issued versions (number, approval date, approver,
/// change summary), "Issue SoA version…", and the comparison of any two sides (a version or the working
/// state) control by control and field by field. Follows the project's changes.
class SoaComparePage final : public WorkbenchPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SoaComparePage)

public:
    explicit SoaComparePage(QWidget *parent = nullptr);
    ~SoaComparePage() override;

    void setContext(isms::Database *db, QUndoStack *undoStack) override;
    /// Compares issued version `entityId` with the working state (from the history).
    bool showRecord(const QString &entityId) override;

    /// Opens the dialog that issues the next version (window-modal, not blocking); issues it when
    /// accepted. Issuing is deliberate and logged, and has no undo.
    void issueVersion();

    /// Issues a version with these values, as the dialog does when accepted; false (and a message in
    /// the banner) when the service refuses.
    bool issue(const isms::SoaIssue &issue);

    /// Chooses the two sides (unset: the working state) and compares them.
    void compare(const isms::SoaSide &from, const isms::SoaSide &to);

    QComboBox *fromCombo() const { return m_from; }

    QComboBox *toCombo() const { return m_to; }

    QTableView *changeView() const { return m_changeView; }

    SoaChangeModel *changeModel() const { return m_changes; }

    QTableWidget *versionTable() const { return m_versions; }

    QPushButton *issueButton() const { return m_issueButton; }

    QLabel *summaryLabel() const { return m_summary; }

    /// The dialog open now, or nullptr.
    SoaIssueDialog *issueDialog() const;

private:
    void reload();
    void refreshComparison();
    void fillSides();
    isms::SoaSide sideOf(const QComboBox *combo) const;

    isms::Database *m_db = nullptr;
    MessageBanner *m_banner = nullptr;
    QTableWidget *m_versions = nullptr;
    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QPushButton *m_issueButton = nullptr;
    QLabel *m_summary = nullptr;
    SoaChangeModel *m_changes = nullptr;
    QTableView *m_changeView = nullptr;
    QTimer *m_reloadTimer = nullptr;
    QPointer<SoaIssueDialog> m_dialog;
    QList<QMetaObject::Connection> m_connections;
    bool m_filling = false;
};
