// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/ReportPrinter.h"

#include "report/ReportRenderer.h"

#include <QCoreApplication>
#include <QPrinter>

namespace isms {

Result<void> ReportPrinter::print(const ReportDocument &document, QPrinter *printer)
{
    if (!printer) {
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("isms::ReportRenderer",
                                                 "The report has no printer to be printed on."),
                     QStringLiteral("null printer")};
    }
    // Before painting starts: a preview reads the paper from the printer once the report is painted.
    printer->setPageOrientation(document.orientation);
    if (printer->docName().isEmpty()) {
        printer->setDocName(document.title);
    }
    const Result<int> pages = ReportRenderer::render(document, printer);
    if (!pages) {
        return pages.error();
    }
    return {};
}

} // namespace isms
