// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "records/EvidenceLimitDialog.h"

#include "commands/SetEvidenceLimitCommand.h"
#include "common/PageWidgets.h"
#include "services/EvidenceService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr int LargestMegabytes = static_cast<int>(isms::EvidenceService::MaxSizeLimit / (1024 * 1024));

} // namespace

EvidenceLimitDialog::EvidenceLimitDialog(isms::Database &db,
                                         QUndoStack &undoStack,
                                         ErrorSink laterErrors,
                                         QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_undoStack(undoStack)
    , m_laterErrors(std::move(laterErrors))
{
    setWindowTitle(tr("Evidence size limit"));
    setMinimumWidth(420);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_spinBox = new QSpinBox(this);
    m_spinBox->setObjectName(u"evidenceLimitSpinBox"_s);
    m_spinBox->setRange(1, LargestMegabytes);
    //: Unit after the size limit: megabytes.
    m_spinBox->setSuffix(tr(" MB"));
    form->addRow(tr("&Largest evidence file:"), m_spinBox);
    layout->addLayout(form);
    layout->addWidget(PageWidgets::muted(tr("A setting of this project file, logged in its history. Files "
                                            "larger than this are refused when attached; evidence already "
                                            "stored is kept. Between 1 and %1 MB (1 MB = 1,048,576 bytes).")
                                             .arg(LargestMegabytes),
                                         this));
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"evidenceLimitError"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EvidenceLimitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EvidenceLimitDialog::reject);
    layout->addWidget(buttons);

    const auto limit = isms::EvidenceService(db).sizeLimit();
    if (limit) {
        m_bytes = *limit;
    } else {
        m_bytes = isms::EvidenceService::DefaultSizeLimit;
        m_errorLabel->setText(limit.error().message);
        m_errorLabel->show();
    }
    // A limit that is no whole number of megabytes (set from elsewhere) shows rounded to the nearest.
    m_shownMegabytes =
        static_cast<int>(std::clamp<qint64>((m_bytes + Megabyte / 2) / Megabyte, 1, LargestMegabytes));
    m_spinBox->setValue(m_shownMegabytes);
}

EvidenceLimitDialog::~EvidenceLimitDialog() = default;

bool EvidenceLimitDialog::apply()
{
    const int megabytes = m_spinBox->value();
    if (megabytes == m_shownMegabytes) {
        return true;
    }
    if (megabytes < 1 || megabytes > LargestMegabytes) {
        m_errorLabel->setText(tr("%1 MB is not a size limit; choose between 1 and %2 MB.")
                                  .arg(megabytes)
                                  .arg(LargestMegabytes));
        m_errorLabel->show();
        return false;
    }

    // The first redo runs inside push(); a refusal there keeps the dialog open. A later undo or redo
    // that fails (the dialog long closed) goes to the window's sink.
    struct Outcome
    {
        bool pushing = true;
        std::optional<isms::Error> refusal;
    };

    auto outcome = std::make_shared<Outcome>();
    m_undoStack.push(new SetEvidenceLimitCommand(m_db,
                                                 m_bytes,
                                                 megabytes * Megabyte,
                                                 [outcome, later = m_laterErrors](const isms::Error &error) {
                                                     if (outcome->pushing) {
                                                         outcome->refusal = error;
                                                     } else if (later) {
                                                         later(error);
                                                     }
                                                 }));
    outcome->pushing = false;
    if (outcome->refusal) {
        m_errorLabel->setText(outcome->refusal->message);
        m_errorLabel->show();
        return false;
    }
    m_bytes = megabytes * Megabyte;
    m_shownMegabytes = megabytes;
    m_errorLabel->hide();
    return true;
}

void EvidenceLimitDialog::accept()
{
    if (apply()) {
        QDialog::accept();
    }
}
