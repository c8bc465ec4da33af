// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "io/RecordImport.h"
#include "mainwindow/WorkbenchPage.h"

#include <QHash>
#include <QPointer>

#include <optional>

class MessageBanner;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTableWidget;
class SoaImportDialog;

namespace isms {
struct EntitySpec;
}

/// Imports a register from a CSV, XLSX or JSON file in three visible steps: choose the register and
/// the file; check how each column is read (and map any column to a field by hand); look at the
/// preview of every row (new or changed, each problem with its line, how words were read as numbers)
/// and import when it is clean, as one undoable step.
class ImportPage final : public WorkbenchPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPage)

public:
    explicit ImportPage(QWidget *parent = nullptr);
    ~ImportPage() override;

    void setContext(isms::Database *db, QUndoStack *undoStack) override;

    /// Chooses the register by its key ("risks"); false for a kind that cannot be imported.
    bool setKind(const QString &kind);

    /// Reads `path` and previews it (what Browse does after the dialog).
    void setFile(const QString &path);

    /// Maps the column `header` to the field `fieldKey` (empty: ignore the column), as the column
    /// table's combo does, and previews again.
    void mapColumn(const QString &header, const QString &fieldKey);

    /// Writes the previewed import (the Import button); false when it is not clean or nothing is open.
    bool importNow();

    const isms::ImportPreview &preview() const { return m_preview; }

    QStandardItemModel *previewModel() const { return m_rows; }

    QTableWidget *columnTable() const { return m_columns; }

    QPushButton *importButton() const { return m_import; }

    QLabel *summaryLabel() const { return m_summary; }

    QListWidget *problemList() const { return m_problems; }

    /// Opens the import of a Statement of Applicability (the page's SoA button) without blocking;
    /// nullptr when no project is open.
    SoaImportDialog *openSoaImport();

private:
    const isms::EntitySpec *currentSpec() const;
    void browse();
    void readFile();
    void refreshPreview();
    void fillColumns();
    void fillRows();
    void fillProblems();

    isms::Database *m_db = nullptr;
    QPointer<QUndoStack> m_undoStack;
    MessageBanner *m_banner = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_path = nullptr;
    QTableWidget *m_columns = nullptr;
    QTableView *m_rowView = nullptr;
    QStandardItemModel *m_rows = nullptr;
    QListWidget *m_problems = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_import = nullptr;
    std::optional<isms::ImportTable> m_table;
    QHash<QString, QString> m_overrides; ///< header to field key ("" ignores)
    isms::ImportPreview m_preview;
    bool m_filling = false;
};
