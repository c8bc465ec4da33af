// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QString>

namespace isms {

class Database;

/// Facts about an open project, for `isms-cli info`, the window title and report headers.
struct ProjectInfo
{
    QString path;
    QString organisation;
    QString catalogueEdition;
    QDateTime createdUtc;
    int schemaVersion = 0;
    qint64 fileSize = 0;
    int controlCount = 0;
    int clauseCount = 0;
    qint64 changeLogRows = 0;
    bool isReadOnly = false;
};

/// Project-level use cases.
class ProjectService final
{
public:
    explicit ProjectService(Database &db);

    [[nodiscard]] Result<ProjectInfo> info() const;

    [[nodiscard]] Result<QString> organisation() const;

    /// Renames the organisation (1..200 characters), as one logged action.
    [[nodiscard]] Result<void> setOrganisation(const QString &name);

    /// Limits enforced on text that users type.
    static constexpr int MaxOrganisationLength = 200;

private:
    Database &m_db;
};

} // namespace isms
