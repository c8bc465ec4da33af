// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "common/ReportJob.h"

#include "common/Logging.h"
#include "common/Translations.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QScopeGuard>
#include <QThread>

#include <algorithm>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

/// The detail of the error of a cancelled job.
constexpr auto CancelledDetail = "report job cancelled";

} // namespace

bool ReportJob::Context::step(const QString &label, int done, int total)
{
    if (cancelled()) {
        return false;
    }
    post(label, done, total, ++m_job.m_steps, 0);
    return !cancelled();
}

bool ReportJob::Context::cancelled() const
{
    return m_job.m_cancelled.load();
}

isms::Error ReportJob::Context::cancellation() const
{
    return isms::Error{isms::ErrorCode::InvalidArgument,
                       ReportJob::tr("The report was cancelled."),
                       QString::fromLatin1(CancelledDetail)};
}

isms::ReportRenderer::Step ReportJob::Context::renderStep()
{
    using Phase = isms::ReportRenderer::Phase;
    return [this](Phase phase, int done, int total) {
        if (cancelled()) {
            return false;
        }
        if (phase == Phase::Paint) {
            // Every page: the page hook sees each one, and a few thousand updates cost nothing.
            if (done < total) {
                post(ReportJob::tr("Drawing page %1 of %2…").arg(done + 1).arg(total),
                     done,
                     total,
                     0,
                     done + 1);
            }
        } else {
            // A large register has thousands of blocks: tell the dialog only when the share moves.
            const int share = total > 0 ? int(qint64(done) * 100 / total) : 0;
            if (share != m_lastShare || phase != m_lastPhase) {
                m_lastShare = share;
                post(ReportJob::tr("Laying out the pages…"), done, total, 0, 0);
            }
        }
        m_lastPhase = phase;
        return !cancelled();
    };
}

void ReportJob::Context::post(const QString &label, int done, int total, int stepNumber, int page)
{
    ReportJob *job = &m_job;
    if (!m_inWorker) {
        job->show(label, done, total, stepNumber, page);
        QCoreApplication::processEvents();
        return;
    }
    // The test hooks see every step while the worker waits; otherwise the worker never waits for the
    // window.
    const bool hooked = (stepNumber > 0 && job->m_stepHook) || (page > 0 && job->m_pageHook);
    QMetaObject::invokeMethod(
        job,
        [job, label, done, total, stepNumber, page] { job->show(label, done, total, stepNumber, page); },
        hooked ? Qt::BlockingQueuedConnection : Qt::QueuedConnection);
}

ReportJob::ReportJob(isms::Database &db, const QString &label, QWidget *parent)
    : m_db(db)
    , m_label(label)
    , m_parent(parent)
{}

ReportJob::~ReportJob() = default;

QProgressDialog *ReportJob::progressDialog() const
{
    return m_progress.data();
}

QString ReportJob::sourcePath() const
{
    // A window that reads a restored or upgraded file reads it through a working copy, which is a
    // plain file of the current schema: the worker reads that copy, exactly what the window shows.
    return m_db.readPath();
}

void ReportJob::show(const QString &label, int done, int total, int stepNumber, int page)
{
    if (!m_progress || m_cancelled.load()) {
        return;
    }
    if (!label.isEmpty()) {
        m_progress->setLabelText(label);
    }
    if (total > 0) {
        if (m_progress->maximum() != total) {
            m_progress->setRange(0, total);
        }
        m_progress->setValue(std::clamp(done, 0, total));
    }
    if (stepNumber > 0 && m_stepHook) {
        m_stepHook(stepNumber);
    }
    if (page > 0 && m_pageHook) {
        m_pageHook(page, total);
    }
    if (m_progress && m_progress->wasCanceled()) {
        m_cancelled.store(true);
    }
}

isms::Result<void> ReportJob::run(const Work &work)
{
    m_cancelled.store(false);
    m_steps.store(0);
    m_fallbackReason.clear();
    // What the worker shares with the GUI thread is set up here first: the translator that answers
    // per thread, and the report font.
    isms::prepareReportLanguages();
    (void)isms::ReportRenderer::fontFamily();

    QProgressDialog progress(m_label, tr("Cancel"), 0, 0, m_parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    // Wide enough for the longest step, so that the dialog does not change its size at every label.
    progress.setMinimumWidth(progress.fontMetrics().averageCharWidth() * 64);
    m_progress = &progress;
    connect(&progress, &QProgressDialog::canceled, this, [this] { m_cancelled.store(true); });
    const auto done = qScopeGuard([this] { m_progress = nullptr; });
    progress.setValue(0);

    std::optional<isms::Result<void>> result;
    if (m_forceGuiThread) {
        m_fallbackReason = u"asked to run in the GUI thread"_s;
    } else {
        const QString path = sourcePath();
        const QString actor = m_db.actor();
        const QString language = m_language;
        QString openFailure;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            isms::Database::OpenOptions options;
            options.access = isms::Database::Access::ReadOnly;
            options.actor = actor;
            auto db = isms::Database::open(path, options);
            if (!db) {
                openFailure = db.error().message + u" ("_s + db.error().detail + u')';
                return;
            }
            std::optional<isms::ScopedLanguage> scoped;
            if (!language.isEmpty()) {
                scoped.emplace(language);
            }
            Context context(*this, **db, true);
            result = work(context);
        }));
        QEventLoop loop;
        connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
        thread->start();
        loop.exec();
        thread->wait();
        if (!openFailure.isEmpty()) {
            m_fallbackReason = openFailure;
        }
    }
    if (!result) {
        // The fallback: the window's own connection in the GUI thread, as every report was built before.
        qCWarning(lcReport) << "Building the report in the GUI thread:" << m_fallbackReason;
        std::optional<isms::ScopedLanguage> scoped;
        if (!m_language.isEmpty()) {
            scoped.emplace(m_language);
        }
        Context context(*this, m_db, false);
        result = work(context);
    }
    if (!*result && m_cancelled.load()) {
        return Context(*this, m_db, false).cancellation();
    }
    if (*result && !m_cancelled.load() && progress.maximum() > 0) {
        progress.setValue(progress.maximum());
    }
    return *result;
}
