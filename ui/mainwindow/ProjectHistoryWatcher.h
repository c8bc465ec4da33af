// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace isms {
class AppSettings;
class ChainVerifier;
class Database;
} // namespace isms

class MessageBanner;

/// Watches the open project's change log for the main window: on open it compares the log with the
/// head this computer saw last (HistoryAnchor); a moment after the window shows the project (CheckDelayMs)
/// it remembers the new head, checks every page of the file and then verifies the SHA-256 chain on a
/// worker thread (stopped when the project is closed first); the page check's result goes to the
/// Database (which holds changes until then), and any problem is shown in its banner. After each change
/// it remembers the new head.
class ProjectHistoryWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectHistoryWatcher)

public:
    /// How long after watch() the head is remembered and the background check starts (see watch()).
    static constexpr int CheckDelayMs = 1000;

    /// `settings` must outlive the watcher; `banner` is not owned.
    ProjectHistoryWatcher(isms::AppSettings &settings, MessageBanner *banner, QObject *parent = nullptr);
    ~ProjectHistoryWatcher() override;

    /// Starts watching `db` (not owned; nullptr stops watching and hides the banner). Call with nullptr
    /// before the Database is destroyed.
    void watch(isms::Database *db);

Q_SIGNALS:
    /// The background check of every page of the open project ended (the first step of the
    /// verification); `sound` is false when the file is damaged, and then it is never written.
    void pagesChecked(bool sound);

    /// The background verification of the open project ended; `intact` is false when it found problems.
    void chainVerified(bool intact);

private:
    void onPagesChecked(const QString &path, const QStringList &problems);
    void onChainVerified(const QString &path, const QStringList &problems);
    void onChangeLogAppended();
    void showMessages();

    isms::AppSettings &m_settings;
    QPointer<MessageBanner> m_banner;
    isms::ChainVerifier *m_verifier = nullptr;
    isms::Database *m_db = nullptr;
    QString m_path;
    quint64 m_watchSerial = 0; ///< raised by every watch(), for the delayed start of the check
    QString m_anchorMessage;
    QString m_chainMessage;
    QString m_damageMessage;
};
