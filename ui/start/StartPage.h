// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QWidget>

class MessageBanner;
class QListWidget;
class QPushButton;

/// What the window shows when no project is open: recent projects and the ways to start.
class StartPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartPage)

public:
    explicit StartPage(QWidget *parent = nullptr);
    ~StartPage() override;

    /// Lists `paths` (newest first); files that no longer exist are marked.
    void setRecentFiles(const QStringList &paths);

    QListWidget *recentFilesList() const { return m_recentList; }

    MessageBanner *banner() const { return m_banner; }

    enum Role
    {
        PathRole = Qt::UserRole,
        ExistsRole,
    };

Q_SIGNALS:
    void newProjectRequested();
    void openProjectRequested();
    void demoProjectRequested();
    void recentFileActivated(const QString &path);
    void recentFileRemovalRequested(const QString &path);

private:
    MessageBanner *m_banner = nullptr;
    QListWidget *m_recentList = nullptr;
    QPushButton *m_removeButton = nullptr;
};
