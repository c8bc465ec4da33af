// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "common/PrintPreview.h"

#include "report/ReportPrinter.h"
#include "report/ReportRenderer.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <memory>

namespace PrintPreview {

void configurePrinter(QPrinter &printer, const isms::ReportOptions &options)
{
    printer.setPageSize(QPageSize(options.effectivePageSize()));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setDocName(QString());
}

QPrintPreviewDialog *createPreviewDialog(QWidget *parent,
                                         QPrinter &printer,
                                         const isms::ReportDocument &document)
{
    auto *dialog = new QPrintPreviewDialog(&printer, parent);
    dialog->setWindowTitle(QCoreApplication::translate("PrintPreview", "Print preview"));
    dialog->resize(1000, 900);
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [&document](QPrinter *target) {
        const isms::Result<void> printed = isms::ReportPrinter::print(document, target);
        Q_UNUSED(printed) // the preview shows what could be painted; printing reports its own errors
    });
    return dialog;
}

void showPreview(QWidget *parent, const isms::ReportDocument &document, const isms::ReportOptions &options)
{
    QPrinter printer(QPrinter::HighResolution);
    configurePrinter(printer, options);
    printer.setPageOrientation(document.orientation);
    printer.setDocName(document.title);
    std::unique_ptr<QPrintPreviewDialog> dialog(createPreviewDialog(parent, printer, document));
    dialog->exec();
}

isms::Result<void> printWithDialog(QWidget *parent,
                                   const isms::ReportDocument &document,
                                   const isms::ReportOptions &options)
{
    QPrinter printer(QPrinter::HighResolution);
    configurePrinter(printer, options);
    printer.setPageOrientation(document.orientation);
    printer.setDocName(document.title);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted) {
        return {};
    }
    return isms::ReportPrinter::print(document, &printer);
}

} // namespace PrintPreview
