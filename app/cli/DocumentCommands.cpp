// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "DocumentCommands.h"

#include "ProjectAccess.h"
#include "RecordCommands.h"
#include "domain/Entities.h"
#include "services/DocumentService.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace isms::cli {

namespace {

class DocumentCommandsText final
{
    Q_DECLARE_TR_FUNCTIONS(isms::cli::DocumentCommands)
};

const QString FileOption = QStringLiteral("file");
const QString OutputOption = QStringLiteral("output");

/// The options of "add document-versions": the version's fields but those that come from the file.
QList<QCommandLineOption> versionOptions()
{
    QList<QCommandLineOption> options{
        QCommandLineOption(FileOption,
                           DocumentCommandsText::tr("The file of the version, stored in the project."),
                           QStringLiteral("PATH"))};
    for (const QCommandLineOption &option : recordFieldOptions(documentVersionSpec())) {
        const QString key = option.names().constFirst();
        if (key != u"file_name" && key != u"size" && key != u"sha256") {
            options.append(option);
        }
    }
    return options;
}

ExitCode runAddVersion(const Invocation &invocation, Console &console)
{
    if (!invocation.isSet(QStringLiteral("document"))) {
        return console.usage(
            DocumentCommandsText::tr("Say which document the version belongs to, for example "
                                     "--document DOC-001."));
    }
    if (!invocation.isSet(FileOption) || invocation.value(FileOption).trimmed().isEmpty()) {
        return console.usage(
            DocumentCommandsText::tr("A document version needs its file; give it with --file "
                                     "PATH."));
    }
    const LockTakeOver takeOver = invocation.isSet(takeOverLockOption().names().constFirst())
                                      ? LockTakeOver::Any
                                      : LockTakeOver::OnlyStale;
    auto opened = openForChange(invocation.positional(0), console, takeOver);
    if (!opened) {
        return console.fail(opened.error());
    }
    auto values = givenFieldValues(documentVersionSpec(), invocation, **opened);
    if (!values) {
        return console.fail(values.error());
    }
    values->remove(QStringLiteral("document"));
    auto version = DocumentService(**opened).addVersion(invocation.value(QStringLiteral("document")),
                                                        invocation.value(FileOption),
                                                        *values);
    if (!version) {
        return console.fail(version.error());
    }
    console.out() << EntitySpec::refOf(*version) << u'\n';
    return ExitCode::Success;
}

ExitCode runExtractVersion(const Invocation &invocation, Console &console)
{
    if (!invocation.isSet(OutputOption)) {
        return console.usage(DocumentCommandsText::tr("Say where to write the file with -o PATH."));
    }
    auto opened = openForReading(invocation.positional(0), console);
    if (!opened) {
        return console.fail(opened.error());
    }
    if (auto written =
            DocumentService(**opened).extract(invocation.positional(1), invocation.value(OutputOption));
        !written) {
        return console.fail(written.error());
    }
    return ExitCode::Success;
}

} // namespace

QList<Command> documentCommands()
{
    const Argument file{QStringLiteral("FILE"), DocumentCommandsText::tr("the project file (*.isms)")};
    return {
        Command{.name = QStringLiteral("add document-versions"),
                .synopsis =
                    QStringLiteral("FILE --document DOC-ID --file PATH --version LABEL [--FIELD VALUE ...]"),
                .summary =
                    DocumentCommandsText::tr("Stores a file in the project as a new version of a document "
                                             "and prints the version's reference."),
                .details = DocumentCommandsText::tr(
                    "Files over the project's size limit per stored file (50 MB unless changed) are refused. "
                    "An approved version names its approver and approval date and never changes afterwards; "
                    "a later change is a new version."),
                .arguments = {file},
                .options = versionOptions(),
                .changesProject = true,
                .run = runAddVersion},
        Command{.name = QStringLiteral("extract-version"),
                .synopsis = QStringLiteral("FILE VERSION-ID -o PATH"),
                .summary =
                    DocumentCommandsText::tr("Writes the stored file of a document version out, byte for "
                                             "byte."),
                .arguments = {file,
                              {QStringLiteral("VERSION-ID"),
                               DocumentCommandsText::tr("the version's reference, such as DV-001")}},
                .options = {QCommandLineOption({QStringLiteral("o"), OutputOption},
                                               DocumentCommandsText::tr("The file to write."),
                                               QStringLiteral("PATH"))},
                .run = runExtractVersion},
    };
}

} // namespace isms::cli
