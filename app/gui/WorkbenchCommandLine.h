// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

/// What isms-workbench was asked to do on its command line.
struct WorkbenchOptions
{
    QString file;                ///< the project to open; empty for the start page
    bool demo = false;           ///< --demo
    bool selfTest = false;       ///< --self-test
    QString screenshotPath;      ///< --screenshot PATH; empty when not given
    QByteArray screenshotFormat; ///< the image format of PATH (WorkbenchCommandLine::imageFormat())
    QString page;                ///< --page, lower case, one of WorkbenchCommandLine::pages()
    QString record;              ///< --record: the reference of the record to select on the page
};

/// isms-workbench's command line. It is read twice: once under a QCoreApplication, before any display
/// is needed, to answer --help and --version and to refuse mistakes (no display, no window); and once
/// under the QApplication, after Qt has removed its own arguments (-platform, -style...).
class WorkbenchCommandLine final
{
    // The context of main.cpp's messages, which these were before, so that their translations stay.
    Q_DECLARE_TR_FUNCTIONS(WorkbenchMain)

public:
    /// The pages and dialogs that --screenshot can show.
    static QStringList pages();

    /// The image format a screenshot is saved in, from the extension of `path` ("bmp" for shot.BMP, so
    /// that a benchmark can save without encoding); "png" without an extension; empty when Qt cannot
    /// write that format.
    static QByteArray imageFormat(const QString &path);

    /// The first reading. Returns an exit code when the run ends here: 0 after printing the help or
    /// the version on stdout, 2 after a usage error (one line on stderr); nothing when the program
    /// goes on. Unknown options are left for the second reading, because Qt's own are still present.
    static std::optional<int> answerWithoutDisplay(const QStringList &arguments);

    /// Whether answerWithoutDisplay() has anything to say (help, version, a mistake in --screenshot or
    /// --page), read without an application object: a run with nothing to answer then makes no console
    /// application and reads no translations for it.
    static bool needsAnswerWithoutDisplay(const QStringList &arguments);

    /// The second reading: the options, or exit code 2 after a usage error (one line on stderr).
    static std::variant<WorkbenchOptions, int> parse(const QStringList &arguments);
};
