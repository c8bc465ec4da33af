// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "storage/FileInspection.h"

#include <QString>

#include <future>
#include <optional>

namespace isms {

/// Inspects a project file on a worker thread while the program does something else (the window builds
/// itself), for the Database::open() with OpenOptions::deferPageCheck that follows: that open takes the
/// result instead of inspecting the file again. The result is used only for the same file, unchanged
/// (size, modification and status-change times) from before the inspection began to the open; anything
/// else, and the open inspects the file itself as always. One prefetch at a time; its destructor waits
/// for the worker.
class InspectionPrefetch final
{
public:
    explicit InspectionPrefetch(const QString &path);
    ~InspectionPrefetch();
    InspectionPrefetch(const InspectionPrefetch &) = delete;
    InspectionPrefetch &operator=(const InspectionPrefetch &) = delete;

    /// Storage-internal, for Database::open(): the inspection (without the page check) of `path`
    /// prefetched by a live InspectionPrefetch, waited for, or nullopt. Taken once.
    static std::optional<Result<FileInspection>> take(const QString &path);

    /// What identifies the state of a file for the prefetch: empty when it cannot be read.
    static QString stampOf(const QString &path);

private:
    QString m_path;  ///< absolute
    QString m_stamp; ///< stampOf() before the inspection began
    std::future<Result<FileInspection>> m_result;
    bool m_taken = false;
};

} // namespace isms
