// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "import/ImportPage.h"

#include "commands/ImportRecordsCommand.h"
#include "common/MessageBanner.h"
#include "common/PageWidgets.h"
#include "common/TextRules.h"
#include "domain/Entities.h"
#include "import/SoaImportDialog.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

/// The registers a file can be imported into, in navigation order.
QList<const isms::EntitySpec *> importableKinds()
{
    QList<const isms::EntitySpec *> kinds;
    for (const isms::EntitySpec *spec : isms::Entities::all()) {
        const bool importable =
            std::any_of(spec->fields.cbegin(), spec->fields.cend(), [](const isms::FieldSpec &f) {
                return f.has(isms::Importable) && !f.has(isms::ReadOnly);
            });
        if (importable) {
            kinds.append(spec);
        }
    }
    return kinds;
}

constexpr int MaxPreviewRows = 500;

QString cellText(const QString &text)
{
    return isms::text::forDisplay(text, isms::text::Shape::SingleLine, 300);
}

} // namespace

ImportPage::ImportPage(QWidget *parent)
    : WorkbenchPage(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *title = PageWidgets::title(tr("Import records"), this);
    layout->addWidget(title);
    auto *intro =
        new QLabel(tr("Bring a register in from a spreadsheet (CSV or XLSX) or from our own JSON export. "
                      "Columns are recognised by their names in English, German or French; map any "
                      "column by hand below. Nothing is written until the preview is free of "
                      "problems and you choose Import, and the import is one step you can undo."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    for (const isms::EntitySpec *spec : importableKinds()) {
        m_kind->addItem(spec->pluralLabel(), spec->key);
    }
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kind);
    kindRow->addStretch(1);
    auto *soa = new QPushButton(tr("Import a Statement of &Applicability…"), this);
    soa->setToolTip(tr("An SoA from a spreadsheet, our own export, or an SoA of the 2013 edition carried "
                       "over to the 2022 controls with a list of what needs a decision."));
    kindRow->addWidget(soa);
    auto *kindLabel = new QLabel(tr("&Register:"), this);
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, kindRow);
    auto *fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setPlaceholderText(tr("A .csv, .xlsx or .json file"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);
    layout->addLayout(form);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *columnBox = new QWidget(splitter);
    auto *columnLayout = new QVBoxLayout(columnBox);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(new QLabel(tr("How each column is read"), columnBox));
    m_columns = new QTableWidget(0, 2, columnBox);
    m_columns->setHorizontalHeaderLabels({tr("Column in the file"), tr("Read as")});
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->verticalHeader()->hide();
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    columnLayout->addWidget(m_columns);
    auto *rowBox = new QWidget(splitter);
    auto *rowLayout = new QVBoxLayout(rowBox);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(new QLabel(tr("Preview"), rowBox));
    m_rows = new QStandardItemModel(this);
    m_rowView = new QTableView(rowBox);
    m_rowView->setModel(m_rows);
    m_rowView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rowView->setAlternatingRowColors(true);
    m_rowView->verticalHeader()->hide();
    m_rowView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    rowLayout->addWidget(m_rowView);
    splitter->addWidget(columnBox);
    splitter->addWidget(rowBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    m_problems = new QListWidget(this);
    m_problems->setMaximumHeight(fontMetrics().height() * 7);
    layout->addWidget(m_problems);
    auto *bottom = new QHBoxLayout;
    m_summary = new QLabel(tr("Choose a file to see how it would be imported."), this);
    m_summary->setWordWrap(true);
    m_import = new QPushButton(tr("&Import"), this);
    m_import->setEnabled(false);
    m_import->setDefault(true);
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_import);
    layout->addLayout(bottom);

    connect(browse, &QPushButton::clicked, this, &ImportPage::browse);
    connect(m_path, &QLineEdit::editingFinished, this, &ImportPage::readFile);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_overrides.clear();
        readFile();
    });
    connect(m_import, &QPushButton::clicked, this, &ImportPage::importNow);
    connect(soa, &QPushButton::clicked, this, &ImportPage::openSoaImport);
}

ImportPage::~ImportPage() = default;

void ImportPage::setContext(isms::Database *db, QUndoStack *undoStack)
{
    m_db = db;
    m_undoStack = undoStack;
    m_table.reset();
    m_preview = {};
    refreshPreview();
}

const isms::EntitySpec *ImportPage::currentSpec() const
{
    return isms::Entities::find(m_kind->currentData().toString());
}

bool ImportPage::setKind(const QString &kind)
{
    const int index = m_kind->findData(kind);
    if (index < 0) {
        return false;
    }
    m_kind->setCurrentIndex(index);
    return true;
}

void ImportPage::setFile(const QString &path)
{
    m_path->setText(path);
    m_overrides.clear();
    readFile();
}

void ImportPage::browse()
{
    const QString path = QFileDialog::getOpenFileName(this,
                                                      tr("Import from"),
                                                      QFileInfo(m_path->text()).path(),
                                                      tr("Spreadsheets and exports (*.csv *.xlsx *.json)"));
    if (!path.isEmpty()) {
        setFile(path);
    }
}

void ImportPage::readFile()
{
    m_table.reset();
    m_banner->hideMessage();
    const isms::EntitySpec *spec = currentSpec();
    const QString path = m_path->text().trimmed();
    if (spec && !path.isEmpty()) {
        auto table = isms::RecordImport::readFile(path, *spec);
        if (table) {
            m_table = std::move(table).value();
        } else {
            m_banner->showMessage(MessageBanner::Kind::Error, table.error().message);
        }
    }
    refreshPreview();
}

void ImportPage::mapColumn(const QString &header, const QString &fieldKey)
{
    m_overrides.insert(header, fieldKey);
    refreshPreview();
}

void ImportPage::refreshPreview()
{
    const isms::EntitySpec *spec = currentSpec();
    m_preview = {};
    if (m_db && spec && m_table) {
        m_preview = isms::RecordImport::preview(*m_db, *spec, *m_table, m_overrides);
    }
    fillColumns();
    fillRows();
    fillProblems();
    const bool ready =
        m_db && !m_db->isReadOnly() && m_table && m_preview.isClean()
        && (!m_preview.creates.isEmpty() || !m_preview.updates.isEmpty() || !m_preview.links.isEmpty());
    m_import->setEnabled(ready);
    if (!m_db) {
        m_summary->setText(tr("Open a project to import into it."));
    } else if (!m_table) {
        m_summary->setText(tr("Choose a file to see how it would be imported."));
    } else if (!m_preview.isClean()) {
        m_summary->setText(
            tr("%n problem(s) found: correct the file or map its columns, then look again. Nothing "
               "has been imported.",
               nullptr,
               static_cast<int>(m_preview.problems.size())));
    } else {
        m_summary->setText(tr("Ready: %1 new and %2 changed %3.")
                               .arg(m_preview.creates.size())
                               .arg(m_preview.updates.size())
                               .arg(spec->pluralNoun()));
    }
}

void ImportPage::fillColumns()
{
    m_filling = true;
    m_columns->setRowCount(0);
    const isms::EntitySpec *spec = currentSpec();
    if (!spec) {
        m_filling = false;
        return;
    }
    m_columns->setRowCount(static_cast<int>(m_preview.headers.size()));
    for (int column = 0; column < m_preview.headers.size(); ++column) {
        const QString header = m_preview.headers.at(column);
        auto *headerItem = new QTableWidgetItem(cellText(header));
        m_columns->setItem(column, 0, headerItem);
        auto *combo = new QComboBox(m_columns);
        combo->addItem(tr("(ignore this column)"), QString());
        for (const isms::FieldSpec &field : spec->fields) {
            if (field.has(isms::Importable) && !field.has(isms::Derived)) {
                combo->addItem(field.labelText(), field.key);
            }
        }
        for (const isms::LinkColumn &link : spec->links) {
            combo->addItem(link.labelText(), link.key);
        }
        const int field = m_preview.fieldOfColumn.value(column, -1);
        QString current;
        if (field >= 0) {
            current = spec->fields.at(field).key;
        } else if (field == isms::ImportPreview::LinkColumn) {
            current = m_preview.linkOfColumn.value(column);
        } else if (field == isms::ImportPreview::ComputedColumn) {
            combo->setItemText(0, tr("(computed by the program)"));
        }
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, header] {
            if (!m_filling) {
                mapColumn(header, combo->currentData().toString());
            }
        });
        m_columns->setCellWidget(column, 1, combo);
    }
    m_columns->resizeColumnToContents(0);
    m_filling = false;
}

void ImportPage::fillRows()
{
    m_rows->clear();
    const isms::EntitySpec *spec = currentSpec();
    if (!spec || !m_table) {
        return;
    }
    QStringList headers{tr("Action")};
    QList<int> fields;
    for (int i = 0; i < spec->fields.size(); ++i) {
        const isms::FieldSpec &field = spec->fields.at(i);
        if (i == 0 || (field.has(isms::InTable) && m_preview.fieldOfColumn.contains(i))
            || (field.has(isms::Derived) && field.has(isms::InTable))) {
            fields.append(i);
            headers.append(field.labelText());
        }
    }
    m_rows->setHorizontalHeaderLabels(headers);
    const auto addRow = [&](const QString &action, const isms::Record &record) {
        QList<QStandardItem *> items{new QStandardItem(action)};
        for (const int field : std::as_const(fields)) {
            items.append(new QStandardItem(cellText(record.values.value(field).toString())));
        }
        m_rows->appendRow(items);
    };
    for (const isms::Record &record : std::as_const(m_preview.creates)) {
        if (m_rows->rowCount() >= MaxPreviewRows) {
            break;
        }
        addRow(tr("New"), record);
    }
    isms::RecordService service(*m_db, *spec);
    for (const isms::RecordChange &change : std::as_const(m_preview.updates)) {
        if (m_rows->rowCount() >= MaxPreviewRows) {
            break;
        }
        auto record = service.get(change.id);
        if (!record) {
            continue;
        }
        isms::Record changed = *record;
        for (auto it = change.values.constBegin(); it != change.values.constEnd(); ++it) {
            changed.values[spec->indexOf(it.key())] = it.value();
        }
        addRow(tr("Change"), changed);
    }
    m_rowView->resizeColumnsToContents();
}

void ImportPage::fillProblems()
{
    m_problems->clear();
    for (const isms::ImportProblem &problem : std::as_const(m_preview.problems)) {
        auto *item = new QListWidgetItem(cellText(problem.text()), m_problems);
        item->setForeground(QColor::fromRgb(0xB71C1C));
    }
    for (const QString &readAs : std::as_const(m_preview.readAs)) {
        new QListWidgetItem(cellText(readAs), m_problems);
    }
    const QStringList ignored = m_preview.ignoredColumns();
    if (!ignored.isEmpty()) {
        new QListWidgetItem(cellText(tr("Ignored columns: %1").arg(ignored.join(QStringLiteral(", ")))),
                            m_problems);
    }
    m_problems->setVisible(m_problems->count() > 0);
}

bool ImportPage::importNow()
{
    const isms::EntitySpec *spec = currentSpec();
    if (!m_db || !spec || !m_import->isEnabled()) {
        return false;
    }
    auto failed = std::make_shared<bool>(false);
    QPointer<MessageBanner> banner = m_banner;
    auto *command =
        new ImportRecordsCommand(*m_db, *spec, m_preview, [banner, failed](const isms::Error &error) {
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
    if (!*failed) {
        m_banner->showMessage(MessageBanner::Kind::Positive,
                              tr("Imported %1 new and %2 changed %3; Undo takes the import back.")
                                  .arg(m_preview.creates.size())
                                  .arg(m_preview.updates.size())
                                  .arg(spec->pluralNoun()));
        m_table.reset();
        m_path->clear();
        refreshPreview();
    }
    return !*failed;
}

SoaImportDialog *ImportPage::openSoaImport()
{
    if (!m_db) {
        return nullptr;
    }
    auto *dialog = new SoaImportDialog(*m_db, m_undoStack, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}
