// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/PdfExport.h"

#include "common/Logging.h"
#include "common/Version.h"
#include "report/DeflateLevel.h"
#include "report/ReportRenderer.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace isms {

namespace {

/// Device units per inch of the PDF: fine enough that glyph and rule positions land exactly.
constexpr int PdfResolution = 1200;

/// How hard the pages are compressed: zlib's level 3 writes them more than twice as fast as the default
/// level 6, for files about a quarter larger (DeflateLevel.h). Levels 1 and 2 are no faster here.
constexpr int PdfDeflateLevel = 3;

} // namespace

Result<int> PdfExport::renderTo(QIODevice *output,
                                const ReportDocument &document,
                                const ReportOptions &options,
                                const ReportRenderer::Step &step)
{
    const ScopedDeflateLevel compression(PdfDeflateLevel);
    QPdfWriter writer(output);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(PdfResolution);
    writer.setTitle(document.title);
    writer.setCreator(QStringLiteral(ISMS_APPLICATION_NAME " " ISMS_VERSION_STRING));
    writer.setPageLayout(QPageLayout(QPageSize(options.effectivePageSize()),
                                     document.orientation,
                                     QMarginsF(0, 0, 0, 0),
                                     QPageLayout::Millimeter));
    return ReportRenderer::render(document, &writer, step);
}

Result<QByteArray> PdfExport::renderPdf(const ReportDocument &document,
                                        const ReportOptions &options,
                                        int *pageCount,
                                        const ReportRenderer::Step &step)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const Result<int> pages = renderTo(&buffer, document, options, step);
    buffer.close();
    if (!pages) {
        return pages.error();
    }
    if (pageCount) {
        *pageCount = pages.value();
    }
    return bytes;
}

Result<void> PdfExport::writePdf(const ReportDocument &document,
                                 const QString &path,
                                 const ReportOptions &options,
                                 const ReportRenderer::Step &step)
{
    const QFileInfo target(path);
    const QString shown = QDir::toNativeSeparators(target.absoluteFilePath());
    if (target.exists() && (target.isDir() || !target.isWritable())) {
        return Error{
            ErrorCode::Io,
            tr("The report could not be saved because %1 exists and cannot be replaced; choose another "
               "file name.")
                .arg(shown),
            u"target is a folder or not writable"_s};
    }
    if (!target.absoluteDir().exists()) {
        return Error{ErrorCode::Io,
                     tr("The report could not be saved because the folder of %1 does not exist; choose an "
                        "existing folder.")
                         .arg(shown),
                     u"missing folder"_s};
    }

    // QSaveFile writes to a temporary file beside the target and renames it into place on commit, so
    // the target is either the complete new PDF or untouched. The PDF goes straight into it: a copy in
    // memory first would cost as much again as the file (tens of megabytes for a large register).
    QSaveFile file(target.absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{
            ErrorCode::Io,
            tr("The report could not be saved to %1; check that the folder is writable and try again.")
                .arg(shown),
            file.errorString()};
    }
    const Result<int> pages = renderTo(&file, document, options, step);
    if (!pages) {
        file.cancelWriting();
        return pages.error();
    }
    if (!file.commit()) {
        const QString detail = file.errorString();
        file.cancelWriting();
        return Error{
            ErrorCode::Io,
            tr("The report could not be saved to %1; check the free space and permissions and try again.")
                .arg(shown),
            detail};
    }
    qCInfo(lcReport) << "Wrote a PDF report of" << pages.value() << "pages";
    return {};
}

} // namespace isms
