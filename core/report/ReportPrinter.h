// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "report/ReportDocument.h"

class QPrinter;

namespace isms {

/// Paper output of reports through QPrinter, in its own library (isms_report_print) because Qt's
/// PrintSupport module brings Qt Widgets with it: isms-cli links isms_report only and stays free of
/// Widgets.
class ReportPrinter final
{
public:
    /// Prints `document` on `printer` with the one page-layout engine (ReportRenderer), in the
    /// document's orientation; also what QPrintPreviewDialog's paintRequested calls. Errors: InvalidArgument
    /// for a null printer, Io when the printer refuses a page.
    [[nodiscard]] static Result<void> print(const ReportDocument &document, QPrinter *printer);
};

} // namespace isms
