// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "PdfTools.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace isms::test {

bool hasProgram(const QString &program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

ProcessOutput runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    ProcessOutput output;
    if (!process.waitForStarted() || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return output;
    }
    output.standardOutput = process.readAllStandardOutput();
    output.standardError = process.readAllStandardError();
    output.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return output;
}

QStringList pdfPageTexts(const QString &pdfPath, bool layout)
{
    QStringList arguments{layout ? u"-layout"_s : u"-raw"_s, u"-enc"_s, u"UTF-8"_s, pdfPath, u"-"_s};
    const ProcessOutput output = runProgram(u"pdftotext"_s, arguments);
    if (output.exitCode != 0) {
        return {};
    }
    QStringList pages = QString::fromUtf8(output.standardOutput).split(u'\f');
    // pdftotext ends every page with a form feed, so the last piece is empty.
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty()) {
        pages.removeLast();
    }
    return pages;
}

int pdfPageCount(const QString &pdfPath)
{
    const ProcessOutput output = runProgram(u"pdfinfo"_s, {pdfPath});
    const QRegularExpressionMatch match =
        QRegularExpression(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption)
            .match(QString::fromUtf8(output.standardOutput));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QSizeF pdfPageSizePoints(const QString &pdfPath)
{
    const ProcessOutput output = runProgram(u"pdfinfo"_s, {pdfPath});
    const QRegularExpressionMatch match =
        QRegularExpression(u"^Page size:\\s+([\\d.]+) x ([\\d.]+) pts"_s, QRegularExpression::MultilineOption)
            .match(QString::fromUtf8(output.standardOutput));
    return match.hasMatch() ? QSizeF(match.captured(1).toFloat(), match.captured(2).toFloat()) : QSizeF();
}

} // namespace isms::test
