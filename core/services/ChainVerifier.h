// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QThread;

namespace isms {

/// Verifies a project's change log (the SHA-256 chain, times and authors) on a worker thread, so that
/// opening a large project does not wait for it. The worker opens its own read-only connection (Qt's
/// rule: one connection per thread) and never touches the caller's Database.
///
/// Lives in the thread that created it; finished() is delivered there through a queued call. cancel()
/// and deleting the verifier stop running checks at their next thousand rows (a check whose project is
/// closed reports nothing), so closing a large project does not wait for its check.
class ChainVerifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChainVerifier)

public:
    explicit ChainVerifier(QObject *parent = nullptr);
    ~ChainVerifier() override;

    /// Starts a check of the file at `path`. Several checks may run at once; each reports on its own.
    void start(const QString &path);

    /// Stops the running checks without a report (their project was closed): nothing of a check started
    /// before is reported afterwards, not even its page check.
    void cancel();

    /// Runs the check on the calling thread and returns the problems found (translated sentences;
    /// empty when the log is intact). A file that cannot be read is one problem.
    static QStringList verify(const QString &path);

    /// verify() that gives up, returning nullopt, once `isCancelled` returns true. `pagesChecked`, when
    /// given, is called on the calling thread as soon as every page of the file has been checked
    /// (PRAGMA quick_check, the first step), with the problems found: empty when the file is sound, one
    /// translated sentence when it is damaged or could not be read.
    static std::optional<QStringList> verifyUnlessCancelled(
        const QString &path,
        const std::function<bool()> &isCancelled,
        const std::function<void(const QStringList &)> &pagesChecked = {});

Q_SIGNALS:
    /// Every page of `path` was checked, before its change log is; `problems` is empty when the file is
    /// sound (Database::setPageCheckResult() takes it). Also sent when the check is cancelled after it.
    void pagesChecked(const QString &path, const QStringList &problems);

    /// The check of `path` ended; `problems` is empty when the change log is intact.
    void finished(const QString &path, const QStringList &problems);

private:
    QList<QThread *> m_threads;
    quint64 m_generation = 0; ///< raised by cancel(); a report of an older generation is dropped
};

} // namespace isms
