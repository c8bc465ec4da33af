// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "auditpack/AuditPackDialog.h"

#include "common/ReportJob.h"
#include "domain/Entities.h"
#include "domain/EnumSpec.h"
#include "report/AuditPackEvidence.h"
#include "report/PdfExport.h"
#include "report/RegisterTable.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr int KeyRole = Qt::UserRole;

/// Removes the files of a build that did not finish.
void removeAll(const QStringList &paths)
{
    for (const QString &path : paths) {
        QFile::remove(path);
    }
}

/// Builds the pack, renders it into the PDF's temporary file, writes the evidence folder and then
/// commits the PDF, on the job's thread and connection. A cancelled or failed build removes what it
/// wrote and leaves the target untouched.
isms::Result<void> buildPack(ReportJob::Context &job,
                             const isms::AuditPackRequest &wanted,
                             const isms::ReportOptions &options,
                             const QString &pdfPath,
                             const QString &folder)
{
    const auto document =
        isms::AuditPack::build(job.db(), options, wanted, [&job](int done, int total, const QString &title) {
            return job.step(title.isEmpty() ? AuditPackDialog::tr("Laying out the pages…")
                                            : AuditPackDialog::tr("Section: %1").arg(title),
                            done,
                            total);
        });
    if (!document) {
        return isms::AuditPack::isCancellation(document.error()) ? job.cancellation() : document.error();
    }
    const auto unsaved = [&pdfPath](const QString &detail) {
        return isms::Error{isms::ErrorCode::Io,
                           AuditPackDialog::tr("The audit pack could not be saved to %1; check that the "
                                               "folder is writable and try again.")
                               .arg(QDir::toNativeSeparators(pdfPath)),
                           detail};
    };
    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly)) {
        return unsaved(file.errorString());
    }
    const auto pages = isms::PdfExport::renderTo(&file, *document, options, job.renderStep());
    if (!pages) {
        file.cancelWriting();
        return isms::ReportRenderer::isCancellation(pages.error()) ? job.cancellation() : pages.error();
    }
    if (!job.step(AuditPackDialog::tr("Writing the evidence files…"))) {
        file.cancelWriting();
        return job.cancellation();
    }
    QStringList written;
    if (!folder.isEmpty() && wanted.sections.contains(u"evidence"_s)) {
        const std::optional<QDate> since =
            wanted.preset == u"surveillance" ? wanted.since : std::optional<QDate>{};
        const auto entries = isms::AuditPackEvidence::index(job.db(), since, wanted.evidenceHandling);
        if (!entries) {
            file.cancelWriting();
            return entries.error();
        }
        const auto count =
            isms::AuditPackEvidence::write(job.db(), *entries, folder, [&job]() { return job.cancelled(); });
        for (const isms::EvidenceIndexEntry &entry : *entries) {
            if (!entry.redacted) {
                written.append(QDir(folder).filePath(entry.fileName));
            }
        }
        if (!count || job.cancelled()) {
            removeAll(written);
            file.cancelWriting();
            return count ? job.cancellation() : count.error();
        }
    }
    if (!job.step(AuditPackDialog::tr("Saving the PDF…"))) {
        removeAll(written);
        file.cancelWriting();
        return job.cancellation();
    }
    if (!file.commit()) {
        removeAll(written);
        return unsaved(file.errorString());
    }
    return {};
}

} // namespace

AuditPackDialog::AuditPackDialog(isms::Database &db, const isms::ReportOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_options(options)
{
    setWindowTitle(tr("Audit pack"));

    m_preset = new QComboBox(this);
    for (const QString &preset : isms::AuditPack::presets()) {
        m_preset->addItem(isms::AuditPack::presetText(preset), preset);
    }
    m_since = new QDateEdit(QDate::currentDate().addYears(-1), this);
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_since->setToolTip(tr("The date of the last certification audit: the surveillance pack covers the "
                           "time since"));

    m_sections = new QListWidget(this);
    for (const isms::AuditPackSection &section : isms::AuditPack::sections()) {
        auto *item = new QListWidgetItem(section.titleText(), m_sections);
        item->setData(KeyRole, section.key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }

    m_evidence = new QTableWidget(0, 3, this);
    m_evidence->setHorizontalHeaderLabels({tr("Evidence file"), tr("Proves"), tr("In this pack")});
    m_evidence->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_evidence->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_evidence->verticalHeader()->hide();
    m_evidence->setEditTriggers(QAbstractItemView::NoEditTriggers);
    fillEvidence();

    m_folder = new QLineEdit(this);
    m_folder->setPlaceholderText(tr("No folder: the evidence files are not written"));
    auto *choose = new QPushButton(tr("C&hoose…"), this);
    connect(choose, &QPushButton::clicked, this, &AuditPackDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);

    m_language = new QComboBox(this);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->addItem(u"Français"_s, u"fr"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Preset:"), m_preset);
    form->addRow(tr("Last certification audit:"), m_since);
    form->addRow(tr("&Sections:"), m_sections);
    form->addRow(tr("&Evidence files:"), m_evidence);
    form->addRow(tr("Evidence folder:"), folderRow);
    form->addRow(tr("&Language:"), m_language);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Build…"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &AuditPackDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AuditPackDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("One PDF for the certification body. The readiness summary is an internal "
                                "document: no preset ticks it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &AuditPackDialog::applyPreset);
    applyPreset();
    resize(720, 760);
}

AuditPackDialog::~AuditPackDialog() = default;

void AuditPackDialog::applyPreset()
{
    const QString preset = m_preset->currentData().toString();
    const QStringList keys = isms::AuditPack::presetSections(preset);
    for (int i = 0; i < m_sections->count(); ++i) {
        QListWidgetItem *item = m_sections->item(i);
        item->setCheckState(keys.contains(item->data(KeyRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_since->setEnabled(preset == u"surveillance");
}

void AuditPackDialog::fillEvidence()
{
    const isms::EntitySpec &spec = isms::evidenceSpec();
    const auto records = isms::RegisterTable::records(m_db, spec);
    if (!records) {
        return;
    }
    const isms::EnumSpec &choices = isms::packExportChoices();
    for (const isms::Record &record : *records) {
        const QString ref = isms::EntitySpec::refOf(record);
        const int row = m_evidence->rowCount();
        m_evidence->insertRow(row);
        auto *name = new QTableWidgetItem(
            isms::AuditPackEvidence::fileNameFor(ref, isms::RegisterTable::text(spec, record, u"name")));
        name->setData(KeyRole, ref);
        m_evidence->setItem(row, 0, name);
        const isms::EntitySpec *target =
            isms::Entities::find(isms::RegisterTable::text(spec, record, u"kind"));
        const QString recordRef = isms::RegisterTable::text(spec, record, u"record_ref");
        m_evidence->setItem(
            row,
            1,
            new QTableWidgetItem(target ? target->singularLabel() + u' ' + target->shownRef(recordRef)
                                        : recordRef));
        auto *combo = new QComboBox(m_evidence);
        for (const isms::EnumValue &value : choices.values) {
            combo->addItem(QCoreApplication::translate("isms::EnumSpec", value.label), value.keyword);
        }
        const QString stored = record.values.at(spec.indexOf(u"pack_export")).toString();
        combo->setCurrentIndex(std::max(0, combo->findData(stored)));
        m_evidence->setCellWidget(row, 2, combo);
    }
}

void AuditPackDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Evidence folder"), m_folder->text());
    if (!folder.isEmpty()) {
        m_folder->setText(QDir::toNativeSeparators(folder));
    }
}

QStringList AuditPackDialog::checkedSections() const
{
    QStringList keys;
    for (int i = 0; i < m_sections->count(); ++i) {
        if (m_sections->item(i)->checkState() == Qt::Checked) {
            keys.append(m_sections->item(i)->data(KeyRole).toString());
        }
    }
    return keys;
}

isms::AuditPackRequest AuditPackDialog::request() const
{
    isms::AuditPackRequest request;
    request.preset = m_preset->currentData().toString();
    request.sections = checkedSections();
    if (request.preset == u"surveillance") {
        request.since = m_since->date();
    }
    for (int row = 0; row < m_evidence->rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_evidence->cellWidget(row, 2));
        if (combo) {
            request.evidenceHandling.insert(m_evidence->item(row, 0)->data(KeyRole).toString(),
                                            combo->currentData().toString());
        }
    }
    return request;
}

QProgressDialog *AuditPackDialog::progressDialog() const
{
    return m_job && m_running ? m_job->progressDialog() : nullptr;
}

bool AuditPackDialog::buildTo(const QString &pdfPath)
{
    m_lastError = {};
    const isms::AuditPackRequest wanted = request();
    if (wanted.sections.isEmpty()) {
        m_lastError = isms::Error{isms::ErrorCode::InvalidArgument,
                                  tr("No section is ticked; tick at least one section of the pack."),
                                  {}};
        return false;
    }
    const QString folder = m_folder->text().trimmed();
    const isms::ReportOptions options = m_options;
    m_job = std::make_unique<ReportJob>(m_db, tr("Building the audit pack…"), this);
    m_job->setStepHook(m_stepHook);
    m_job->setPageHook(m_pageHook);
    if (m_language->currentData().toString() != u"en") {
        m_job->setLanguage(m_language->currentData().toString());
    }
    m_running = true;
    const isms::Result<void> built = m_job->run([&](ReportJob::Context &job) -> isms::Result<void> {
        return buildPack(job, wanted, options, pdfPath, folder);
    });
    m_running = false;
    if (!built && !m_job->wasCancelled()) {
        m_lastError = built.error();
    }
    return bool(built);
}

void AuditPackDialog::accept()
{
    const QString suggested =
        QDir(QDir::homePath())
            .filePath(tr("audit pack %1.pdf").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString target =
        QFileDialog::getSaveFileName(this, tr("Save the audit pack"), suggested, tr("PDF files (*.pdf)"));
    if (target.isEmpty()) {
        return;
    }
    if (buildTo(target)) {
        QDialog::accept();
        return;
    }
    if (!m_lastError.message.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot build the audit pack"), m_lastError.message);
    }
}
