// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "report/ReportDocument.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace isms {

/// The one page-layout engine of every report.
///
/// Lays a ReportDocument out on the device's pages in two passes (the first finds the page of every
/// heading and the page count, the second paints): a cover page, a contents page with the page numbers
/// of the level 1 headings, then the body. Every page but the cover carries a header (organisation,
/// report title, classification) and a footer (document id, version, "Page X of Y", generation time in
/// UTC). All text is painted as plain text with the DejaVu Sans fonts compiled into the program, so
/// markup in user text prints literally and nothing external is ever loaded.
///
/// The paper size comes from the device's page layout; the renderer keeps its own margins inside the
/// paper (a printer's page margins are respected when they are larger). Call from the GUI thread, or
/// from any one thread when no QGuiApplication exists in another.
class ReportRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(isms::ReportRenderer)

public:
    /// Paints `document` on `device` and returns the number of pages. Errors: Io when the device cannot
    /// be painted on or a new page cannot be started.
    [[nodiscard]] static Result<int> render(const ReportDocument &document, QPagedPaintDevice *device);

    /// The font family every report uses ("DejaVu Sans"), registered from the program's resources on
    /// first use; thread-safe. Falls back to the platform's sans-serif family if registration fails.
    static QString fontFamily();
};

} // namespace isms
