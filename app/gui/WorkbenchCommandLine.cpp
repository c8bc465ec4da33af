// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "WorkbenchCommandLine.h"

#include "mainwindow/PageRegistry.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QImageWriter>
#include <QTextStream>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

/// The parser with every option of isms-workbench.
struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption help = parser.addHelpOption();
    QCommandLineOption version = parser.addVersionOption();
    QCommandLineOption demo{u"demo"_s, WorkbenchCommandLine::tr("Open the demo project.")};
    QCommandLineOption selfTest{
        u"self-test"_s,
        WorkbenchCommandLine::tr(
            "Create, reopen and migrate a temporary project, export a PDF report, and exit (0 on success).")};
    QCommandLineOption screenshot{
        u"screenshot"_s,
        WorkbenchCommandLine::tr("Save a picture of the window to PATH and exit; the extension chooses the "
                                 "format (.png, .bmp, .jpg...), PNG when there is none."),
        u"PATH"_s};
    QCommandLineOption page{u"page"_s,
                            WorkbenchCommandLine::tr("The page for --screenshot: %1.")
                                .arg(WorkbenchCommandLine::pages().join(u", "_s)),
                            u"PAGE"_s,
                            u"dashboard"_s};
    QCommandLineOption record{u"record"_s,
                              WorkbenchCommandLine::tr("With --page of a register: the reference of the "
                                                       "record to select before the picture (\"6.1.3\", "
                                                       "\"R-004\")."),
                              u"REF"_s};

    Parser()
    {
        parser.setApplicationDescription(
            WorkbenchCommandLine::tr("An offline workbench for an ISO/IEC 27001:2022 ISMS."));
        parser.addPositionalArgument(u"file"_s,
                                     WorkbenchCommandLine::tr("The project file to open."),
                                     u"[FILE]"_s);
        parser.addOptions({demo, selfTest, screenshot, page, record});
    }
};

int usageError(const QString &sentence)
{
    QTextStream(stderr) << u"isms-workbench: "_s << sentence << Qt::endl;
    return 2;
}

QString seeHelp()
{
    return WorkbenchCommandLine::tr("run \"isms-workbench --help\" for the usage");
}

/// What is wrong with --screenshot and --page, or nothing.
std::optional<QString> pageProblem(const Parser &options)
{
    if (options.parser.isSet(options.screenshot)) {
        const QString path = options.parser.value(options.screenshot);
        if (WorkbenchCommandLine::imageFormat(path).isEmpty()) {
            QStringList formats;
            for (const QByteArray &format : QImageWriter::supportedImageFormats()) {
                formats.append(QString::fromLatin1(format));
            }
            return WorkbenchCommandLine::tr("A picture cannot be saved as \"%1\"; end the file "
                                            "name with one of .%2.")
                .arg(QFileInfo(path).suffix(), formats.join(u", ."_s));
        }
    }
    if (!options.parser.isSet(options.page)) {
        return std::nullopt;
    }
    if (!options.parser.isSet(options.screenshot)) {
        return WorkbenchCommandLine::tr("--page only chooses what --screenshot shows; add "
                                        "--screenshot PATH or leave --page out.");
    }
    const QString page = options.parser.value(options.page);
    if (!WorkbenchCommandLine::pages().contains(page.toLower())) {
        return WorkbenchCommandLine::tr("\"%1\" is not a page; use one of %2.")
            .arg(page, WorkbenchCommandLine::pages().join(u", "_s));
    }
    return std::nullopt;
}

/// Checks the options that do not depend on positional arguments; an exit code when they are wrong.
std::optional<int> checkPage(const Parser &options)
{
    if (const std::optional<QString> problem = pageProblem(options)) {
        return usageError(*problem);
    }
    return std::nullopt;
}

} // namespace

QByteArray WorkbenchCommandLine::imageFormat(const QString &path)
{
    const QByteArray suffix = QFileInfo(path).suffix().toLower().toLatin1();
    if (suffix.isEmpty()) {
        return QByteArrayLiteral("png");
    }
    // The formats Qt writes itself need no look at the image plugins (which loads them all, a JPEG
    // library among them); the others do.
    static const QList<QByteArray> builtIn{"bmp", "png", "ppm", "pbm", "pgm", "xbm", "xpm"};
    if (builtIn.contains(suffix)) {
        return suffix;
    }
    return QImageWriter::supportedImageFormats().contains(suffix) ? suffix : QByteArray();
}

QStringList WorkbenchCommandLine::pages()
{
    QStringList pages{u"dashboard"_s, u"controls"_s, u"clauses"_s, u"history"_s};
    pages.append(PageRegistry::keys());
    pages.append({u"start"_s, u"preferences"_s, u"new-project"_s, u"print-preview"_s, u"audit-pack"_s});
    return pages;
}

std::optional<int> WorkbenchCommandLine::answerWithoutDisplay(const QStringList &arguments)
{
    Parser options;
    // Qt's own arguments are still here, so unknown options are no error yet; the rest is read anyway.
    (void)options.parser.parse(arguments);
    if (options.parser.isSet(options.help)) {
        options.parser.showHelp(0); // prints on stdout (a message box on Windows) and exits
    }
    if (options.parser.isSet(options.version)) {
        options.parser.showVersion(); // exits with 0
    }
    return checkPage(options);
}

bool WorkbenchCommandLine::needsAnswerWithoutDisplay(const QStringList &arguments)
{
    Parser options;
    (void)options.parser.parse(arguments);
    return options.parser.isSet(options.help) || options.parser.isSet(options.version)
           || pageProblem(options).has_value();
}

std::variant<WorkbenchOptions, int> WorkbenchCommandLine::parse(const QStringList &arguments)
{
    Parser options;
    if (!options.parser.parse(arguments)) {
        QString problem = options.parser.errorText().trimmed();
        if (problem.endsWith(u'.')) {
            problem.chop(1);
        }
        return usageError(tr("%1; %2.").arg(problem, seeHelp()));
    }
    if (const std::optional<int> exitCode = checkPage(options)) {
        return *exitCode;
    }
    const QStringList positional = options.parser.positionalArguments();
    if (positional.size() > 1) {
        return usageError(tr("Give at most one project file; %1.").arg(seeHelp()));
    }
    return WorkbenchOptions{
        .file = positional.value(0),
        .demo = options.parser.isSet(options.demo),
        .selfTest = options.parser.isSet(options.selfTest),
        .screenshotPath = options.parser.value(options.screenshot),
        .screenshotFormat = imageFormat(options.parser.value(options.screenshot)),
        .page = options.parser.value(options.page).toLower(),
        .record = options.parser.value(options.record),
    };
}
