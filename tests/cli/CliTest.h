// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "TempProject.h"

#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

namespace isms::test {

/// What one run of isms-cli produced.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    /// stdout split into lines, without empty ones.
    QStringList outLines() const;
};

/// Runs the real isms-cli binary in a temporary folder, with a private configuration folder and
/// ISMS_ACTOR set, so that no test reads or writes the user's preferences.
class CliTest : public ::testing::Test
{
protected:
    static constexpr auto Actor = "cli-tester";

    CliRun run(const QStringList &arguments) const;

    /// An absolute path in the temporary folder.
    QString path(const QString &name) const { return m_project.path(name); }

    /// Runs `isms-cli new` and fails the test unless it succeeds; returns the project's path.
    QString newProject(const QString &name = QStringLiteral("acme.isms"), bool demo = false) const;

    /// Runs SQL on a project directly, bypassing isms-cli (tampering, foreign schema objects).
    static void execSql(const QString &path, const QStringList &statements);

    /// The bytes of a file.
    static QByteArray bytes(const QString &path) { return TempProject::readAll(path); }

    /// Expects exactly one line on stderr, starting with "isms-cli: ".
    static void expectOneErrorLine(const CliRun &result);

    TempProject m_project;
};

} // namespace isms::test
