// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "storage/ReadCache.h"

#include "storage/Database.h"

namespace isms {

ScopedReadCache::ScopedReadCache(const Database &db)
    : m_db(db)
    , m_previous(db.m_readCache)
{
    db.m_readCache = this;
}

ScopedReadCache::~ScopedReadCache()
{
    m_db.m_readCache = m_previous;
}

const QList<Record> *ScopedReadCache::find(const EntitySpec &spec) const
{
    const auto found = m_records.constFind(&spec);
    return found == m_records.constEnd() ? nullptr : &found.value();
}

void ScopedReadCache::insert(const EntitySpec &spec, const QList<Record> &records)
{
    m_records.insert(&spec, records);
}

} // namespace isms
