// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors

// The deferred check of every page of an open project (Database::OpenOptions::deferPageCheck).

#include "storage/Database.h"
#include "storage/FileInspection.h"

namespace isms {

namespace {

/// The problems PRAGMA quick_check finds in the file at `path`, through a connection of its own; a file
/// that cannot be checked at all is one problem.
QStringList pageProblems(const QString &path)
{
    const auto inspection = inspectProjectFile(path, true);
    return inspection ? inspection->integrityProblems : QStringList{inspection.error().message};
}

} // namespace

void Database::startPageCheck()
{
    if (m_pageCheck != PageCheck::Pending || m_pageCheckRun.valid()) {
        return;
    }
    m_pageCheckRun = std::async(std::launch::async, [path = m_path] { return pageProblems(path); });
}

Result<void> Database::finishPageCheck()
{
    if (m_pageCheck == PageCheck::Pending) {
        setPageCheckResult(m_pageCheckRun.valid() ? m_pageCheckRun.get() : pageProblems(m_path));
    }
    if (m_pageCheck == PageCheck::Failed) {
        return damagedProject(m_path, {});
    }
    return {};
}

} // namespace isms
