// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "domain/EntitySpec.h"
#include "mainwindow/WorkbenchPage.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QVariant>

class MessageBanner;
class Prompt;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class RecordFilterProxyModel;
class RecordForm;
class RecordPanel;
class RecordTableModel;
class ValueFilterComboBox;

/// The page of one register, built from its EntitySpec: a filter bar (text, one combo per filterable
/// enum field and per filterable text column such as an owner, a count), the sortable table, and the
/// record's form below it. New, Duplicate, Edit selected (the same values for several rows) and Delete
/// (several rows at once, and children such as a risk's tasks with them, after asking) are undoable
/// steps on the window's undo stack.
class RegisterPage final : public WorkbenchPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegisterPage)

public:
    /// `spec` must outlive the page (specs are static); `prompt` asks before deleting several records.
    RegisterPage(const isms::EntitySpec &spec, Prompt &prompt, QWidget *parent = nullptr);
    ~RegisterPage() override;

    const isms::EntitySpec &spec() const { return m_spec; }

    void setContext(isms::Database *db, QUndoStack *undoStack) override;
    void flushPendingEdits() override;
    void focusFilter() override;
    QByteArray saveHeaderState() const override;
    void restoreHeaderState(const QByteArray &state) override;
    bool showRecord(const QString &entityId) override;
    bool showOnly(const QString &fieldKey, const QString &value) override;

    /// Selects the record `id` (clearing filters that hide it); false when there is none. In a large
    /// register whose rest is still being read, a record not read yet is chosen once it is, unless the
    /// user chooses another row first.
    bool selectRecord(isms::RecordId id);

    /// Whether a record asked for with selectRecord() waits for the rest of the register.
    bool hasPendingRecord() const { return m_pendingRecord.isValid(); }

    /// The ids of the selected rows, in the table's order.
    QList<isms::RecordId> selectedIds() const;

    /// The record shown in the form (the current row), or an invalid id.
    isms::RecordId currentId() const;

    /// Shows `panel` beside the form and keeps it on the current record; the page takes ownership.
    /// Several panels are tabs, titled `title` (default: the register's singular label).
    void addRecordPanel(RecordPanel *panel, const QString &title = {});

    /// The first panel added with addRecordPanel(), or nullptr.
    RecordPanel *recordPanel() const { return m_panel; }

    QAction *newAction() const { return m_newAction; }

    QAction *duplicateAction() const { return m_duplicateAction; }

    QAction *deleteAction() const { return m_deleteAction; }

    QLineEdit *filterEdit() const { return m_filterEdit; }

    /// The filter combo of the enum field `fieldKey`, or nullptr.
    QComboBox *enumFilterCombo(const QString &fieldKey) const;

    /// The filter combo of the text field `fieldKey` (an owner, a level), or nullptr.
    ValueFilterComboBox *valueFilterCombo(const QString &fieldKey) const;

    QAction *editSelectedAction() const { return m_editSelectedAction; }

    QLabel *countLabel() const { return m_countLabel; }

    QTableView *tableView() const { return m_tableView; }

    RecordTableModel *model() const { return m_model; }

    RecordFilterProxyModel *proxyModel() const { return m_proxy; }

    RecordForm *form() const { return m_form; }

    MessageBanner *banner() const { return m_banner; }

    void onNew();
    void onDuplicate();
    void onDelete();
    /// Opens the dialog that sets fields of the selected rows to the same values.
    void onEditSelected();
    /// Sets `values` (field key → stored value) on every record of `ids` as one undoable step; false
    /// when the service refused (the reason is in the banner).
    bool editRecords(const QList<isms::RecordId> &ids, const QHash<QString, QVariant> &values);

private:
    void createActions();
    /// The actions of the page's buttons and shortcuts (only Edit selected for a catalogue).
    QList<QAction *> pageActions() const;
    QWidget *createFilterBar();
    void configureColumns();
    void showColumnMenu(const QPoint &position);
    void clearFilters();
    void onFiltersChanged();
    void onCurrentRowChanged();
    void updateCountLabel();
    void updateActions();
    void showError(const isms::Error &error);
    /// Pushes a CreateRecordCommand and selects what it created; false when it failed.
    bool create(const QList<isms::Record> &records, const QString &text);

    const isms::EntitySpec &m_spec;
    Prompt &m_prompt;
    isms::Database *m_db = nullptr;
    QPointer<QUndoStack> m_undoStack;
    RecordTableModel *m_model = nullptr;
    RecordFilterProxyModel *m_proxy = nullptr;
    MessageBanner *m_banner = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QList<std::pair<QString, QComboBox *>> m_enumCombos; ///< field key, its filter
    QList<std::pair<QString, ValueFilterComboBox *>> m_valueCombos;
    QLabel *m_countLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_tableView = nullptr;
    RecordForm *m_form = nullptr;
    RecordPanel *m_panel = nullptr;
    QList<RecordPanel *> m_panels;
    QTabWidget *m_panelTabs = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_editSelectedAction = nullptr;
    isms::RecordId m_pendingRecord; ///< asked for before the rest of the register was read

public:
    /// Shows only the records whose fields hold exactly `fieldValues` (by key; a null QVariant stands
    /// for an empty field), clearing the other filters, with `description` ("Showing likelihood 4 and
    /// impact 3 from the heat map") and a Clear button above the table until the filter goes.
    void showOnly(const QHash<QString, QVariant> &fieldValues, const QString &description);

    /// As showOnly(), for records that match at least one of `alternatives`.
    void showOnlyAny(const QList<QHash<QString, QVariant>> &alternatives, const QString &description);

    /// The bar that says what showOnly() shows, or nullptr before it was first called.
    QWidget *exactFilterBar() const { return m_exactFilterBar; }

    QLabel *exactFilterLabel() const { return m_exactFilterLabel; }

    QPushButton *exactFilterClearButton() const { return m_exactFilterClearButton; }

private:
    void updateExactFilterBar();

    QWidget *m_exactFilterBar = nullptr;
    QLabel *m_exactFilterLabel = nullptr;
    QPushButton *m_exactFilterClearButton = nullptr;
};
