// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QByteArray>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace isms::test {

/// What a finished external program returned.
struct ProcessOutput
{
    int exitCode = -1; ///< -1 when the program could not be started or crashed
    QByteArray standardOutput;
    QByteArray standardError;
};

/// Whether `program` (pdftotext, qpdf, pdfinfo) is on the PATH.
bool hasProgram(const QString &program);

/// Runs `program` with `arguments` and waits for it (at most 60 s).
ProcessOutput runProgram(const QString &program, const QStringList &arguments);

/// The text of each page of a PDF, from `pdftotext` (with -layout, or in content order with -raw).
QStringList pdfPageTexts(const QString &pdfPath, bool layout = true);

/// The page count reported by `pdfinfo`, or -1.
int pdfPageCount(const QString &pdfPath);

/// The size of the first page in points reported by `pdfinfo`, or an invalid size.
QSizeF pdfPageSizePoints(const QString &pdfPath);

} // namespace isms::test
