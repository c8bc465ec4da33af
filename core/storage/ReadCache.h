// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "domain/EntitySpec.h"

#include <QHash>
#include <QList>

namespace isms {

class Database;

/// For as long as it lives, RecordRepository::all() on `db` reads each register once and then
/// returns the records it read: for read-only work in which many steps read the same registers (the
/// readiness check's rules each read the risks, the controls, the audits...). Nothing may be written
/// to `db` meanwhile (a transaction on it clears the cache, as a safeguard). One at a time per
/// Database; not for use across threads.
class ScopedReadCache final
{
public:
    explicit ScopedReadCache(const Database &db);
    ~ScopedReadCache();
    Q_DISABLE_COPY_MOVE(ScopedReadCache)

    /// The records of `spec` read before, or nullptr.
    const QList<Record> *find(const EntitySpec &spec) const;

    void insert(const EntitySpec &spec, const QList<Record> &records);

    void clear() { m_records.clear(); }

private:
    const Database &m_db;
    ScopedReadCache *m_previous = nullptr;
    QHash<const EntitySpec *, QList<Record>> m_records;
};

} // namespace isms
