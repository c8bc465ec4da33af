// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "io/SoaImport.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class MessageBanner;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QUndoStack;

namespace isms {
class Database;
}

/// Imports a Statement of Applicability from a CSV, XLSX or JSON file: choose the file (and the edition
/// of its control ids), look at what would change and every problem with its line, import as one
/// undoable step. A 2013 SoA is carried over to the 2022 controls, and what needs a decision (the new
/// controls, merged controls whose 2013 answers differ) is shown as a to-do list to tick off.
class SoaImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SoaImportDialog)

public:
    SoaImportDialog(isms::Database &db, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~SoaImportDialog() override;

    /// Reads `path` and previews it (what Browse does after the dialog).
    void setFile(const QString &path);

    /// Reads the file's ids as this edition (Detect: from the ids), and previews again.
    void setEdition(isms::SoaEdition edition);

    /// Writes the previewed import (the Import button); false when it is not clean.
    bool importNow();

    const isms::SoaImportPreview &preview() const { return m_preview; }

    QListWidget *problemList() const { return m_problems; }

    /// The review list of a 2013 SoA: one checkable item per control that needs a decision.
    QListWidget *reviewList() const { return m_review; }

    QPushButton *importButton() const { return m_import; }

    QLabel *summaryLabel() const { return m_summary; }

private:
    void browse();
    void readFile();
    void fillReview();

    isms::Database &m_db;
    QPointer<QUndoStack> m_undoStack;
    MessageBanner *m_banner = nullptr;
    QLineEdit *m_path = nullptr;
    QComboBox *m_edition = nullptr;
    QListWidget *m_problems = nullptr;
    QLabel *m_reviewTitle = nullptr;
    QListWidget *m_review = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_import = nullptr;
    isms::SoaImportPreview m_preview;
};
