// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/RecordLoader.h"

#include "storage/Database.h"
#include "storage/FileInspection.h"
#include "storage/RecordRepository.h"
#include "storage/ScopedConnection.h"

#include <QSqlQuery>
#include <QThread>

namespace isms {

namespace {

/// Rows read per query; a cancelled read stops between two parts, so closing waits for one part at most.
constexpr qsizetype RowsPerPart = 250;

} // namespace

RecordLoader::RecordLoader(QObject *parent)
    : QObject(parent)
{}

RecordLoader::~RecordLoader()
{
    cancel();
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void RecordLoader::start(const Database &db, const EntitySpec &spec, RecordId after)
{
    cancel();
    const quint64 generation = ++m_generation;
    // The file the connection reads: a read-only project may be read through a working copy.
    const QString path = db.connection().databaseName();
    const QString shownPath = db.path();
    QThread *thread = QThread::create([this, path, shownPath, &spec, after, generation] {
        const auto deliver = [this, generation](auto emitter) {
            // Queued to this object's thread; dropped if the loader is gone (its destructor waits first).
            QMetaObject::invokeMethod(
                this,
                [this, generation, emitter] {
                    if (generation == m_generation) {
                        emitter();
                    }
                },
                Qt::QueuedConnection);
        };
        const auto fail = [&](const Error &error) { deliver([this, error] { Q_EMIT failed(error); }); };
        const ScopedConnection connection(path, true);
        if (!connection.isOpen()) {
            fail(cannotOpenError(shownPath, connection.errorText()));
            return;
        }
        {
            // The file is untrusted input here as on the main connection.
            QSqlQuery pragma(connection.db());
            (void)pragma.exec(QStringLiteral("PRAGMA trusted_schema = OFF"));
        }
        QList<Record> records;
        {
            const RecordRepository repository(connection.db(), spec);
            RecordId last = after;
            for (;;) {
                if (QThread::currentThread()->isInterruptionRequested()) {
                    return;
                }
                auto part = repository.after(last, RowsPerPart);
                if (!part) {
                    fail(part.error());
                    return;
                }
                if (part->isEmpty()) {
                    break;
                }
                last = part->constLast().id;
                records.append(std::move(part).value());
            }
        }
        deliver([this, records = std::move(records)] { Q_EMIT loaded(records); });
    });
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start();
}

void RecordLoader::cancel()
{
    ++m_generation;
    for (QThread *thread : std::as_const(m_threads)) {
        thread->requestInterruption();
    }
}

} // namespace isms
