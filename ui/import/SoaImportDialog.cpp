// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "import/SoaImportDialog.h"

#include "commands/ImportSoaCommand.h"
#include "common/MessageBanner.h"
#include "common/TextRules.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

SoaImportDialog::SoaImportDialog(isms::Database &db, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_undoStack(undoStack)
{
    setWindowTitle(tr("Import a Statement of Applicability"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Bring in an SoA kept in a spreadsheet (CSV or XLSX) or exported as JSON. "
                                "Control ids may be written with or without \"A.\"; rows such as AC-001, or "
                                "with a source, are additional controls. An SoA of the 2013 edition is "
                                "carried over to the 2022 controls, and what needs your decision is listed "
                                "below. Nothing is written until the file is free of problems."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    auto *form = new QFormLayout;
    auto *fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setPlaceholderText(tr("A .csv, .xlsx or .json file"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);
    m_edition = new QComboBox(this);
    m_edition->addItem(tr("Found from the control ids"), static_cast<int>(isms::SoaEdition::Detect));
    m_edition->addItem(tr("ISO/IEC 27001:2022"), static_cast<int>(isms::SoaEdition::Iso2022));
    m_edition->addItem(tr("ISO/IEC 27001:2013 (carried over to 2022)"),
                       static_cast<int>(isms::SoaEdition::Iso2013));
    auto *editionLabel = new QLabel(tr("&Edition:"), this);
    editionLabel->setBuddy(m_edition);
    form->addRow(editionLabel, m_edition);
    layout->addLayout(form);

    layout->addWidget(new QLabel(tr("Problems"), this));
    m_problems = new QListWidget(this);
    layout->addWidget(m_problems, 1);
    m_reviewTitle = new QLabel(tr("To decide: the controls the 2013 SoA does not settle"), this);
    layout->addWidget(m_reviewTitle);
    m_review = new QListWidget(this);
    m_review->setWordWrap(true);
    m_review->setAccessibleName(tr("Review list"));
    layout->addWidget(m_review, 2);
    m_reviewTitle->hide();
    m_review->hide();

    auto *bottom = new QHBoxLayout;
    m_summary = new QLabel(tr("Choose a file to see how it would be imported."), this);
    m_summary->setWordWrap(true);
    m_import = new QPushButton(tr("&Import"), this);
    m_import->setEnabled(false);
    m_import->setDefault(true);
    auto *close = new QPushButton(tr("Close"), this);
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_import);
    bottom->addWidget(close);
    layout->addLayout(bottom);
    resize(760, 620);

    connect(browse, &QPushButton::clicked, this, &SoaImportDialog::browse);
    connect(m_path, &QLineEdit::editingFinished, this, &SoaImportDialog::readFile);
    connect(m_edition, &QComboBox::currentIndexChanged, this, &SoaImportDialog::readFile);
    connect(m_import, &QPushButton::clicked, this, &SoaImportDialog::importNow);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
}

SoaImportDialog::~SoaImportDialog() = default;

void SoaImportDialog::setFile(const QString &path)
{
    m_path->setText(path);
    readFile();
}

void SoaImportDialog::setEdition(isms::SoaEdition edition)
{
    m_edition->setCurrentIndex(m_edition->findData(static_cast<int>(edition)));
    readFile();
}

void SoaImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this,
                                                      tr("Import the SoA from"),
                                                      QFileInfo(m_path->text()).path(),
                                                      tr("Spreadsheets and exports (*.csv *.xlsx *.json)"));
    if (!path.isEmpty()) {
        setFile(path);
    }
}

void SoaImportDialog::readFile()
{
    m_banner->hideMessage();
    m_problems->clear();
    m_preview = {};
    const QString path = m_path->text().trimmed();
    m_import->setEnabled(false);
    if (path.isEmpty()) {
        m_summary->setText(tr("Choose a file to see how it would be imported."));
        fillReview();
        return;
    }
    auto table = isms::SoaImport::readFile(path);
    if (!table) {
        m_banner->showMessage(MessageBanner::Kind::Error, table.error().message);
        m_summary->setText(tr("The file cannot be imported."));
        fillReview();
        return;
    }
    const auto edition = static_cast<isms::SoaEdition>(m_edition->currentData().toInt());
    m_preview = isms::SoaImport::preview(m_db, *table, {}, edition);
    for (const isms::ImportProblem &problem : std::as_const(m_preview.problems)) {
        m_problems->addItem(isms::text::forDisplay(problem.text(), isms::text::Shape::SingleLine, 400));
    }
    if (!m_preview.isClean()) {
        m_summary->setText(tr("Problems to correct in the file: %1; nothing will be imported until then.")
                               .arg(m_preview.problems.size()));
    } else {
        QString text = tr("Ready: Annex A controls to change: %1; additional controls to create: %2, to "
                          "change: %3.")
                           .arg(m_preview.controlChanges.size())
                           .arg(m_preview.additionalCreates.size())
                           .arg(m_preview.additionalUpdates.size());
        if (m_preview.edition == isms::SoaEdition::Iso2013) {
            text += u' ' + tr("The file is read as a 2013 SoA and carried over to the 2022 controls.");
        }
        m_summary->setText(text);
        m_import->setEnabled(true);
    }
    fillReview();
}

void SoaImportDialog::fillReview()
{
    m_review->clear();
    const bool shown = m_preview.edition == isms::SoaEdition::Iso2013 && !m_preview.review.isEmpty();
    m_reviewTitle->setVisible(shown);
    m_review->setVisible(shown);
    for (const isms::SoaReviewItem &item : std::as_const(m_preview.review)) {
        QString text = item.kind == isms::SoaReviewItem::Kind::NewControl
                           ? tr("%1 %2: new in 2022, no 2013 control maps to it; decide whether it applies.")
                                 .arg(item.id, item.title)
                           : tr("%1 %2: the 2013 controls it merges were answered differently; decide its "
                                "answer.")
                                 .arg(item.id, item.title);
        for (const QString &answer : item.answers) {
            text +=
                QStringLiteral("\n    ") + isms::text::forDisplay(answer, isms::text::Shape::SingleLine, 300);
        }
        auto *row = new QListWidgetItem(text, m_review);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        row->setCheckState(Qt::Unchecked);
        row->setData(Qt::UserRole, item.id);
    }
}

bool SoaImportDialog::importNow()
{
    if (!m_import->isEnabled() || !m_preview.isClean()) {
        return false;
    }
    auto failed = std::make_shared<bool>(false);
    QPointer<MessageBanner> banner = m_banner;
    auto *command = new ImportSoaCommand(m_db, m_preview, [banner, failed](const isms::Error &error) {
        *failed = true;
        if (banner) {
            banner->showMessage(MessageBanner::Kind::Error, error.message);
        }
    });
    if (m_undoStack) {
        m_undoStack->push(command);
    } else {
        command->redo();
        delete command;
    }
    if (*failed) {
        return false;
    }
    m_banner->showMessage(MessageBanner::Kind::Positive,
                          m_preview.edition == isms::SoaEdition::Iso2013
                              ? tr("The SoA was imported; Undo takes it back. Tick off the controls below as "
                                   "you decide them on the SoA page.")
                              : tr("The SoA was imported; Undo takes it back."));
    m_import->setEnabled(false);
    m_summary->setText(tr("Imported."));
    return true;
}
