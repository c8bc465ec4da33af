// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Error.h"
#include "domain/EntitySpec.h"

#include <QList>
#include <QObject>

class QThread;

namespace isms {

class Database;

/// Reads the records of one register on a worker thread, so that a table can show its first rows at
/// once and take the rest when they have been read. The worker opens a read-only connection of its own
/// to the file the project reads (Qt's rule: one connection per thread) and never touches the caller's
/// Database.
///
/// Lives in the thread that created it; loaded() and failed() are delivered there. cancel(), a new
/// start() and deleting the loader stop a running read within its next 250 rows (a few
/// milliseconds), without a report.
class RecordLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordLoader)

public:
    explicit RecordLoader(QObject *parent = nullptr);
    ~RecordLoader() override;

    /// Starts reading the records of `spec` in `db` whose id is greater than `after`, in id order.
    /// `spec` must outlive the loader (the registers' specs are static).
    void start(const Database &db, const EntitySpec &spec, RecordId after);

    /// Stops the running read; it reports nothing.
    void cancel();

Q_SIGNALS:
    /// The records read, in id order.
    void loaded(const QList<isms::Record> &records);

    /// The read failed; the message is for the user.
    void failed(const isms::Error &error);

private:
    QList<QThread *> m_threads;
    quint64 m_generation = 0;
};

} // namespace isms
