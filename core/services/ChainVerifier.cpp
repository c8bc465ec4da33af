// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/ChainVerifier.h"

#include "services/HistoryPlausibility.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"

#include <QThread>

namespace isms {

ChainVerifier::ChainVerifier(QObject *parent)
    : QObject(parent)
{}

ChainVerifier::~ChainVerifier()
{
    cancel();
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void ChainVerifier::start(const QString &path)
{
    const quint64 generation = m_generation;
    QThread *thread = QThread::create([this, path, generation] {
        // Queued to this object's thread; dropped if the verifier is gone (its destructor waits first),
        // and when cancel() came in between (the same file may be open again, as another project).
        const auto deliver = [this, generation](auto report) {
            QMetaObject::invokeMethod(
                this,
                [this, generation, report] {
                    if (generation == m_generation) {
                        report();
                    }
                },
                Qt::QueuedConnection);
        };
        const auto reportPages = [this, path, &deliver](const QStringList &pageProblems) {
            deliver([this, path, pageProblems] { Q_EMIT pagesChecked(path, pageProblems); });
        };
        const std::optional<QStringList> problems = verifyUnlessCancelled(
            path,
            [] { return QThread::currentThread()->isInterruptionRequested(); },
            reportPages);
        if (!problems) {
            return;
        }
        deliver([this, path, result = *problems] { Q_EMIT finished(path, result); });
    });
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start(QThread::LowPriority);
}

void ChainVerifier::cancel()
{
    ++m_generation;
    for (QThread *thread : std::as_const(m_threads)) {
        thread->requestInterruption();
    }
}

QStringList ChainVerifier::verify(const QString &path)
{
    return *verifyUnlessCancelled(path, {});
}

std::optional<QStringList> ChainVerifier::verifyUnlessCancelled(
    const QString &path,
    const std::function<bool()> &isCancelled,
    const std::function<void(const QStringList &)> &pagesChecked)
{
    QStringList problems;
    // Opening for inspection runs PRAGMA quick_check first: a refusal means damage, or a file that
    // could not be checked, and either keeps the project from being written.
    auto db = Database::openForInspection(path);
    if (pagesChecked) {
        pagesChecked(db ? QStringList() : QStringList{db.error().message});
    }
    if (!db) {
        problems.append(db.error().message);
        return problems;
    }
    const auto chain = ChangeLog::verifyChainUnlessCancelled(**db, isCancelled);
    if (!chain) {
        problems.append(chain.error().message);
        return problems;
    }
    if (!*chain || (isCancelled && isCancelled())) {
        return std::nullopt;
    }
    for (const ChangeLogProblem &problem : **chain) {
        problems.append(problem.message);
    }
    const auto plausibility = HistoryPlausibility::run(**db);
    if (!plausibility) {
        problems.append(plausibility.error().message);
        return problems;
    }
    for (const CheckFinding &finding : *plausibility) {
        problems.append(finding.message);
    }
    return problems;
}

} // namespace isms
