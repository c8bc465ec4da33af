// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "report/ReportDocument.h"
#include "report/ReportOptions.h"
#include "report/ReportRenderer.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace isms {

/// Writes reports as PDF/A-1b files.
class PdfExport final
{
    Q_DECLARE_TR_FUNCTIONS(isms::PdfExport)

public:
    /// Renders `document` to a PDF/A-1b file at `path` in the paper size of `options`. The PDF is
    /// rendered straight into a temporary file in the target's folder that is renamed into place, so a
    /// failed export never leaves a half-written file. An existing file is replaced only
    /// when it is writable. `step` follows the render and may stop it (ReportRenderer::Step); a stopped
    /// export leaves no file and fails with ReportRenderer::isCancellation(). Errors: Io (one sentence
    /// naming the file).
    [[nodiscard]] static Result<void> writePdf(const ReportDocument &document,
                                               const QString &path,
                                               const ReportOptions &options,
                                               const ReportRenderer::Step &step = {});

    /// The same PDF as bytes (for tests and benchmarks); also returns the page count in `pageCount`.
    [[nodiscard]] static Result<QByteArray> renderPdf(const ReportDocument &document,
                                                      const ReportOptions &options,
                                                      int *pageCount = nullptr,
                                                      const ReportRenderer::Step &step = {});

    /// Renders the PDF into `output`, which is open for writing (a QSaveFile that the caller commits
    /// after writing what belongs with the PDF); returns the page count.
    [[nodiscard]] static Result<int> renderTo(QIODevice *output,
                                              const ReportDocument &document,
                                              const ReportOptions &options,
                                              const ReportRenderer::Step &step = {});
};

} // namespace isms
