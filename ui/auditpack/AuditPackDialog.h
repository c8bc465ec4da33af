// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Error.h"
#include "report/AuditPack.h"
#include "report/ReportOptions.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace isms {
class Database;
}

class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QProgressDialog;
class QTableWidget;
class ReportJob;

/// File > Audit pack…: the audit pack for the certification body. A preset ticks its sections and the
/// user may change the ticks; the evidence files are listed with their setting for this pack (included,
/// left out, redacted), the stored one ticked at the start; an evidence folder and the language are
/// optional. Building runs in a worker thread (ReportJob) under a progress dialog with a cancel button,
/// so the window never freezes; a cancelled or failed build leaves no file behind.
class AuditPackDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPackDialog)

public:
    AuditPackDialog(isms::Database &db, const isms::ReportOptions &options, QWidget *parent = nullptr);
    ~AuditPackDialog() override;

    QComboBox *presetBox() const { return m_preset; }

    QListWidget *sectionList() const { return m_sections; }

    QTableWidget *evidenceTable() const { return m_evidence; }

    QLineEdit *evidenceFolderEdit() const { return m_folder; }

    QComboBox *languageBox() const { return m_language; }

    /// The section keys ticked, in print order.
    QStringList checkedSections() const;

    /// What the dialog asks for.
    isms::AuditPackRequest request() const;

    /// Builds the pack into `pdfPath` (and the evidence folder, when one is given) under a progress
    /// dialog. False when it was cancelled or failed (then `lastError()` says why, and no file of this
    /// build is left).
    bool buildTo(const QString &pdfPath);

    /// The failure of the last buildTo(); empty message after a success or a cancellation.
    isms::Error lastError() const { return m_lastError; }

    /// The progress dialog of a running build, else nullptr.
    QProgressDialog *progressDialog() const;

    /// Called in the GUI thread at each step of a build with the step's number, while the build waits
    /// (tests cancel with it).
    void setStepHook(std::function<void(int)> hook) { m_stepHook = std::move(hook); }

    /// Called in the GUI thread before each page of the PDF is painted, while the build waits.
    void setPageHook(std::function<void(int page, int pages)> hook) { m_pageHook = std::move(hook); }

    /// The job of the running or last build (tests read where it ran), else nullptr.
    const ReportJob *lastJob() const { return m_job.get(); }

    void accept() override;

private:
    void applyPreset();
    void chooseFolder();
    void fillEvidence();

    isms::Database &m_db;
    isms::ReportOptions m_options;
    QComboBox *m_preset = nullptr;
    QDateEdit *m_since = nullptr;
    QListWidget *m_sections = nullptr;
    QTableWidget *m_evidence = nullptr;
    QLineEdit *m_folder = nullptr;
    QComboBox *m_language = nullptr;
    std::unique_ptr<ReportJob> m_job;
    bool m_running = false;
    std::function<void(int)> m_stepHook;
    std::function<void(int, int)> m_pageHook;
    isms::Error m_lastError;
};
