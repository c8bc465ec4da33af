// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "report/ReportRenderer.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>

namespace isms {
class Database;
}

class QProgressDialog;
class QWidget;

/// Builds and writes one report in a worker thread under a window-modal progress dialog with a Cancel
/// button, so that the window keeps painting and answering while a large report is built.
///
/// The worker opens its own read-only connection to what the window reads: the project file, or the
/// temporary working copy the window reads a restored or upgraded file through. A connection belongs
/// to the thread that opened it, so the window's is never touched from the worker. Read-only opens check
/// every page first, so a file whose deferred page check is still pending is read only when it is
/// sound. When the worker cannot open the file (a damaged file the window shows anyway, a copy that is
/// gone), the work runs in the GUI thread on the window's connection as before, between processed
/// events; the reason is logged.
///
/// The work reports its steps through its Context; Cancel sets an atomic flag that the next step, and
/// the renderer between pages, sees. Text the work translates follows the report language set with
/// setLanguage() on the worker thread only; the window keeps its own.
class ReportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportJob)

public:
    /// What the work is given on the thread it runs on.
    class Context
    {
    public:
        /// The connection of the thread the work runs on.
        isms::Database &db() const { return m_db; }

        /// A step of the work, with its label for the progress dialog and, when known, `done` of
        /// `total`. False once the user cancelled: the work then stops and removes what it wrote.
        bool step(const QString &label, int done = -1, int total = -1);

        /// True once the user cancelled.
        bool cancelled() const;

        /// The error a cancelled work returns (never shown).
        isms::Error cancellation() const;

        /// A renderer step that shows the layout and page progress and stops the render on Cancel.
        isms::ReportRenderer::Step renderStep();

    private:
        friend class ReportJob;

        Context(ReportJob &job, isms::Database &db, bool inWorker)
            : m_job(job)
            , m_db(db)
            , m_inWorker(inWorker)
        {}

        void post(const QString &label, int done, int total, int stepNumber, int page);

        ReportJob &m_job;
        isms::Database &m_db;
        bool m_inWorker;
        int m_lastShare = -1;
        isms::ReportRenderer::Phase m_lastPhase = isms::ReportRenderer::Phase::Layout;
    };

    using Work = std::function<isms::Result<void>(Context &context)>;

    /// A job on the project `db` that the window reads; the progress dialog is window-modal to
    /// `parent` and starts with `label`.
    ReportJob(isms::Database &db, const QString &label, QWidget *parent);
    ~ReportJob() override;

    /// The language ("en", "de", "fr") the work writes in; empty (the default) is the window's.
    void setLanguage(const QString &language) { m_language = language; }

    /// Tests: called in the GUI thread at each step of the work with the step's number, while the
    /// worker waits; a hook may cancel through progressDialog().
    void setStepHook(std::function<void(int)> hook) { m_stepHook = std::move(hook); }

    /// Tests: called in the GUI thread before each page is painted (`page` of `pages`), while the
    /// worker waits.
    void setPageHook(std::function<void(int page, int pages)> hook) { m_pageHook = std::move(hook); }

    /// Tests: run the work in the GUI thread, as the fallback does.
    void setForceGuiThread(bool force) { m_forceGuiThread = force; }

    /// Runs `work` and returns when it has finished; events are processed meanwhile. The error of a
    /// failed work, or Context::cancellation() when the user cancelled.
    isms::Result<void> run(const Work &work);

    /// True when the last run() was cancelled.
    bool wasCancelled() const { return m_cancelled.load(); }

    /// Why the last run() ran in the GUI thread; empty when it ran in a worker.
    QString fallbackReason() const { return m_fallbackReason; }

    /// The progress dialog while run() runs, else nullptr.
    QProgressDialog *progressDialog() const;

private:
    /// Shows a step in the GUI thread; runs the test hooks; notices a cancellation.
    void show(const QString &label, int done, int total, int stepNumber, int page);
    /// The path the worker opens: the file, or the working copy the window reads.
    QString sourcePath() const;

    isms::Database &m_db;
    QString m_label;
    QWidget *m_parent;
    QString m_language;
    QPointer<QProgressDialog> m_progress;
    std::function<void(int)> m_stepHook;
    std::function<void(int, int)> m_pageHook;
    bool m_forceGuiThread = false;
    std::atomic<bool> m_cancelled{false};
    std::atomic<int> m_steps{0};
    QString m_fallbackReason;
};
