// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "mainwindow/ProjectHistoryWatcher.h"

#include "common/MessageBanner.h"
#include "services/ChainVerifier.h"
#include "services/ChangeNotifier.h"
#include "services/HistoryAnchor.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QTimer>

ProjectHistoryWatcher::ProjectHistoryWatcher(isms::AppSettings &settings,
                                             MessageBanner *banner,
                                             QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_banner(banner)
    , m_verifier(new isms::ChainVerifier(this))
{
    connect(m_verifier, &isms::ChainVerifier::pagesChecked, this, &ProjectHistoryWatcher::onPagesChecked);
    connect(m_verifier, &isms::ChainVerifier::finished, this, &ProjectHistoryWatcher::onChainVerified);
}

ProjectHistoryWatcher::~ProjectHistoryWatcher() = default;

void ProjectHistoryWatcher::watch(isms::Database *db)
{
    if (m_db) {
        disconnect(m_db->notifier(), nullptr, this, nullptr);
    }
    m_verifier->cancel(); // the check of a project that is closed now reports to nobody
    ++m_watchSerial;      // nor does its timer (the same file may be opened again at once)
    m_db = db;
    m_path.clear();
    m_anchorMessage.clear();
    m_chainMessage.clear();
    m_damageMessage.clear();
    if (!m_db) {
        showMessages();
        return;
    }
    m_path = QFileInfo(m_db->path()).absoluteFilePath();
    // What this computer saw is compared now, so that a warning shows with the project; the new head is
    // remembered a moment later (below): storing it hashes checkpoints of the log and writes the settings
    // file through to the disk, which the first paint need not wait for.
    const auto outcome = isms::HistoryAnchor(m_settings).compare(*m_db);
    if (outcome && outcome->isWarning()) {
        m_anchorMessage = outcome->message;
    }
    connect(m_db->notifier(),
            &isms::ChangeNotifier::changeLogAppended,
            this,
            &ProjectHistoryWatcher::onChangeLogAppended);
    showMessages();
    // The check reads every page and the whole log on a worker thread. It starts a moment after the
    // window has been shown, so that it does not compete for the processor with the first paint and
    // with reading the register the window shows (on two cores, it would take one of them). Nothing is
    // weaker meanwhile: until the page check has reported, a change runs the check itself first.
    QTimer::singleShot(CheckDelayMs, this, [this, serial = m_watchSerial] {
        if (m_db && m_watchSerial == serial) {
            (void)isms::HistoryAnchor(m_settings).verify(*m_db);
            m_verifier->start(m_path);
        }
    });
}

void ProjectHistoryWatcher::onChangeLogAppended()
{
    if (!m_db) {
        return;
    }
    isms::HistoryAnchor anchor(m_settings);
    (void)anchor.verify(*m_db);
}

void ProjectHistoryWatcher::onPagesChecked(const QString &path, const QStringList &problems)
{
    if (path != m_path || !m_db) {
        return; // the check of a project that has been closed since
    }
    m_db->setPageCheckResult(problems);
    if (!problems.isEmpty()) {
        // Says that the file is damaged and to open a backup; the Database refuses every change.
        m_damageMessage = problems.constFirst();
    }
    showMessages();
    Q_EMIT pagesChecked(problems.isEmpty());
}

void ProjectHistoryWatcher::onChainVerified(const QString &path, const QStringList &problems)
{
    if (path != m_path) {
        return; // the check of a project that has been closed since
    }
    if (!problems.isEmpty()) {
        m_chainMessage = tr("The change log of this project failed its tamper check with %n problem(s); run "
                            "\"isms-cli check\" on the file to list them, and compare the file with a backup "
                            "copy before relying on it.",
                            nullptr,
                            int(problems.size()));
    }
    showMessages();
    Q_EMIT chainVerified(problems.isEmpty());
}

void ProjectHistoryWatcher::showMessages()
{
    if (!m_banner) {
        return;
    }
    QStringList messages;
    if (!m_damageMessage.isEmpty()) {
        messages.append(m_damageMessage);
    }
    if (!m_chainMessage.isEmpty()) {
        messages.append(m_chainMessage);
    }
    if (!m_anchorMessage.isEmpty()) {
        messages.append(m_anchorMessage);
    }
    if (messages.isEmpty()) {
        m_banner->hideMessage();
        return;
    }
    m_banner->showMessage(m_chainMessage.isEmpty() && m_damageMessage.isEmpty() ? MessageBanner::Kind::Warning
                                                                                : MessageBanner::Kind::Error,
                          messages.join(u' '));
}
