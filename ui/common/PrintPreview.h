// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "report/ReportDocument.h"
#include "report/ReportOptions.h"

class QPrintPreviewDialog;
class QPrinter;
class QWidget;

/// Shows reports on screen and sends them to a printer through the report engine's renderer.
namespace PrintPreview {

/// Prepares `printer` for a report: paper size from `options`, full-page resolution.
void configurePrinter(QPrinter &printer, const isms::ReportOptions &options);

/// A print preview dialog over `printer` that paints `document` (both must outlive the dialog), owned by
/// `parent`. Not shown yet.
QPrintPreviewDialog *createPreviewDialog(QWidget *parent,
                                         QPrinter &printer,
                                         const isms::ReportDocument &document);

/// Shows `document` in a modal QPrintPreviewDialog, from which the user can print it.
void showPreview(QWidget *parent, const isms::ReportDocument &document, const isms::ReportOptions &options);

/// Asks for a printer with QPrintDialog and prints `document`. Succeeds without printing when the
/// user cancels.
[[nodiscard]] isms::Result<void> printWithDialog(QWidget *parent,
                                                 const isms::ReportDocument &document,
                                                 const isms::ReportOptions &options);

} // namespace PrintPreview
