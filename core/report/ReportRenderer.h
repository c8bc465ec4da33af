// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "report/ReportDocument.h"

#include <QCoreApplication>

#include <functional>

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
/// paper (a printer's page margins are respected when they are larger).
///
/// Reentrant: any thread may render, several at once, each on its own device (a QPdfWriter or a QImage
/// in a worker thread; a QPrinter only in the GUI thread, as Qt requires). The renderer keeps no state
/// between calls; the one shared thing, the registered font family, is set up once under
/// fontFamily()'s thread-safe initialisation.
class ReportRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(isms::ReportRenderer)

public:
    /// The two passes of a render.
    enum class Phase
    {
        Layout, ///< `done` of `total` blocks of the body laid out
        Paint,  ///< `done` of `total` pages painted
    };

    /// Told before each block is laid out and before each page is painted, on the rendering thread;
    /// returning false stops the render, which then fails with isCancellation().
    using Step = std::function<bool(Phase phase, int done, int total)>;

    /// Paints `document` on `device` and returns the number of pages. Errors: Io when the device cannot
    /// be painted on or a new page cannot be started; the cancellation when `step` returned false.
    [[nodiscard]] static Result<int> render(const ReportDocument &document,
                                            QPagedPaintDevice *device,
                                            const Step &step = {});

    /// True for the error of a render that `step` stopped.
    static bool isCancellation(const Error &error);

    /// The font family every report uses ("DejaVu Sans"), registered from the program's resources on
    /// first use; thread-safe. Falls back to the platform's sans-serif family if registration fails.
    static QString fontFamily();
};

} // namespace isms
