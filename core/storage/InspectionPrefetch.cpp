// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "storage/InspectionPrefetch.h"

#include <QFileInfo>
#include <QMutex>

namespace isms {

namespace {

QMutex &prefetchMutex()
{
    static QMutex mutex;
    return mutex;
}

/// The live prefetch, guarded by prefetchMutex().
InspectionPrefetch *&livePrefetch()
{
    static InspectionPrefetch *prefetch = nullptr;
    return prefetch;
}

} // namespace

InspectionPrefetch::InspectionPrefetch(const QString &path)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_stamp(stampOf(m_path))
{
    m_result = std::async(std::launch::async, [path = m_path] { return inspectProjectFile(path, false); });
    const QMutexLocker locker(&prefetchMutex());
    livePrefetch() = this;
}

InspectionPrefetch::~InspectionPrefetch()
{
    {
        const QMutexLocker locker(&prefetchMutex());
        if (livePrefetch() == this) {
            livePrefetch() = nullptr;
        }
    }
    if (m_result.valid()) {
        m_result.wait();
    }
}

std::optional<Result<FileInspection>> InspectionPrefetch::take(const QString &path)
{
    const QMutexLocker locker(&prefetchMutex());
    InspectionPrefetch *prefetch = livePrefetch();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!prefetch || prefetch->m_taken || prefetch->m_path != absolute || !prefetch->m_result.valid()) {
        return std::nullopt;
    }
    prefetch->m_taken = true;
    Result<FileInspection> result = prefetch->m_result.get();
    // Changed while or after it was inspected (or unreadable): the open inspects it again.
    const QString now = stampOf(absolute);
    if (now.isEmpty() || now != prefetch->m_stamp) {
        return std::nullopt;
    }
    return result;
}

QString InspectionPrefetch::stampOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        return {};
    }
    return QStringLiteral("%1 %2 %3")
        .arg(info.size())
        .arg(info.fileTime(QFileDevice::FileModificationTime).toMSecsSinceEpoch())
        .arg(info.fileTime(QFileDevice::FileMetadataChangeTime).toMSecsSinceEpoch());
}

} // namespace isms
