// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "records/RegisterPage.h"

#include "common/AfterPaint.h"
#include "common/EnumStyle.h"
#include "common/FlowLayout.h"
#include "common/MessageBanner.h"
#include "common/PageWidgets.h"
#include "common/Prompt.h"
#include "models/RecordFilterProxyModel.h"
#include "models/RecordTableModel.h"
#include "records/BulkEditDialog.h"
#include "records/RecordForm.h"
#include "records/RecordItemDelegate.h"
#include "records/RecordPanel.h"
#include "records/ValueFilterComboBox.h"
#include "services/RecordService.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QAction>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

RegisterPage::RegisterPage(const isms::EntitySpec &spec, Prompt &prompt, QWidget *parent)
    : WorkbenchPage(parent)
    , m_spec(spec)
    , m_prompt(prompt)
{
    setObjectName(spec.key + u"Page"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);

    auto *title = PageWidgets::title(spec.pluralLabel(), this);
    layout->addWidget(title);

    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    m_model = new RecordTableModel(spec, this);
    m_proxy = new RecordFilterProxyModel(this);
    m_proxy->setSourceRecordModel(m_model);

    createActions();
    layout->addWidget(createFilterBar());

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    m_tableView = new QTableView(m_splitter);
    m_tableView->setObjectName(spec.key + u"TableView"_s);
    m_tableView->setModel(m_proxy);
    // A large register reads its rest once the first rows are on the screen.
    runAfterPaint(m_tableView->viewport(), [this] { m_model->readRest(); });
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(0, Qt::AscendingOrder);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tableView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tableView->setItemDelegate(new RecordItemDelegate(m_tableView));
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    m_tableView->setShowGrid(false);
    m_tableView->setTextElideMode(Qt::ElideRight);
    m_tableView->verticalHeader()->hide();
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().height() + 10);
    m_tableView->horizontalHeader()->setHighlightSections(false);
    m_tableView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Delete acts on the table's rows only, never on text being edited in the form.
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    if (!spec.isCatalogue()) {
        m_tableView->addAction(m_deleteAction);
    }
    configureColumns();

    m_form = new RecordForm(spec, m_splitter);
    m_splitter->addWidget(m_tableView);
    m_splitter->addWidget(m_form);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);

    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RegisterPage::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RegisterPage::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RegisterPage::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RegisterPage::updateCountLabel);
    connect(m_model, &RecordTableModel::loadingFinished, this, &RegisterPage::updateCountLabel);
    connect(m_tableView->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &RegisterPage::onCurrentRowChanged);
    connect(m_tableView->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &RegisterPage::updateActions);
    connect(m_model, &RecordTableModel::errorOccurred, this, &RegisterPage::showError);
    connect(m_model, &RecordTableModel::loadingFinished, this, [this] {
        if (const isms::RecordId pending = std::exchange(m_pendingRecord, {}); pending.isValid()) {
            selectRecord(pending);
        }
    });
    updateCountLabel();
    updateActions();
}

RegisterPage::~RegisterPage() = default;

void RegisterPage::addRecordPanel(RecordPanel *panel, const QString &title)
{
    if (!m_panelTabs) {
        // Panels share one place beside the form; the tabs show only when there are several.
        m_panelTabs = new QTabWidget;
        m_panelTabs->setObjectName(u"recordPanelTabs"_s);
        m_panelTabs->setDocumentMode(true);
        m_panelTabs->setTabBarAutoHide(true);
        auto *bottom = new QSplitter(Qt::Horizontal);
        bottom->setChildrenCollapsible(false);
        m_splitter->replaceWidget(1, bottom);
        bottom->addWidget(m_form);
        bottom->addWidget(m_panelTabs);
        bottom->setStretchFactor(0, 3);
        bottom->setStretchFactor(1, 2);
        // A panel needs room below the table as much as the form does.
        m_splitter->setStretchFactor(0, 1);
        m_splitter->setStretchFactor(1, 1);
    }
    if (!m_panel) {
        m_panel = panel;
    }
    m_panels.append(panel);
    m_panelTabs->addTab(panel, title.isEmpty() ? m_spec.singularLabel() : title);
    connect(panel, &RecordPanel::errorOccurred, this, &RegisterPage::showError);
    connect(panel, &RecordPanel::recordRequested, this, &WorkbenchPage::recordRequested);
    panel->setContext(m_db, m_undoStack);
    panel->showRecord(currentId());
}

void RegisterPage::createActions()
{
    const QString singular = m_spec.singularNoun();
    //: %1 is a kind of record: "New threat"
    m_newAction = new QAction(tr("New %1").arg(singular), this);
    m_newAction->setObjectName(u"newRecordAction"_s);
    // Ctrl+N is New project.
    m_newAction->setShortcuts({QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)});
    m_newAction->setToolTip(tr("Add a %1 (Insert or Ctrl+Shift+N)").arg(singular));
    connect(m_newAction, &QAction::triggered, this, &RegisterPage::onNew);

    m_duplicateAction = new QAction(tr("Duplicate"), this);
    m_duplicateAction->setObjectName(u"duplicateRecordAction"_s);
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_duplicateAction->setToolTip(tr("Copy the selected rows into new ones (Ctrl+D)"));
    connect(m_duplicateAction, &QAction::triggered, this, &RegisterPage::onDuplicate);

    m_deleteAction = new QAction(tr("Delete"), this);
    m_deleteAction->setObjectName(u"deleteRecordAction"_s);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setToolTip(tr("Delete the selected rows (Del); Undo brings them back"));
    connect(m_deleteAction, &QAction::triggered, this, &RegisterPage::onDelete);

    m_editSelectedAction = new QAction(tr("Edit selected…"), this);
    m_editSelectedAction->setObjectName(u"editSelectedAction"_s);
    m_editSelectedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_editSelectedAction->setToolTip(
        tr("Give the selected rows the same values, such as an owner or a status (Ctrl+Shift+E)"));
    connect(m_editSelectedAction, &QAction::triggered, this, &RegisterPage::onEditSelected);

    for (QAction *action : pageActions()) {
        if (action != m_deleteAction) {
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            addAction(action);
        }
    }
}

QWidget *RegisterPage::createFilterBar()
{
    // The bar wraps onto a second row when the window is narrower than its buttons and filters.
    auto *bar = new QWidget(this);
    auto *filters = new FlowLayout(bar);
    for (QAction *action : pageActions()) {
        auto *button = new QToolButton(bar);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(false);
        filters->addWidget(button);
    }

    m_filterEdit = new QLineEdit(bar);
    m_filterEdit->setObjectName(u"filterLineEdit"_s);
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setPlaceholderText(tr("Filter %1 (Ctrl+F)").arg(m_spec.pluralNoun()));
    m_filterEdit->setMinimumWidth(260);
    filters->addWidget(m_filterEdit, 2);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &RegisterPage::onFiltersChanged);

    const QStringList enumFields = m_proxy->filterableEnumFields();
    const QStringList valueFields = m_proxy->filterableValueFields();
    for (const isms::FieldSpec &spec : m_spec.fields) {
        const QString &key = spec.key;
        if (valueFields.contains(key)) {
            auto *values = new ValueFilterComboBox(m_model, m_spec.indexOf(key), bar);
            values->setObjectName(key + u"FilterComboBox"_s);
            filters->addWidget(values);
            m_valueCombos.append({key, values});
            connect(values, &QComboBox::currentIndexChanged, this, &RegisterPage::onFiltersChanged);
            continue;
        }
        if (!enumFields.contains(key)) {
            continue;
        }
        const isms::FieldSpec *field = &spec;
        auto *combo = new QComboBox(bar);
        combo->setObjectName(key + u"FilterComboBox"_s);
        //: The first choice of a filter: "Category: any"
        combo->addItem(tr("%1: any").arg(field->labelText()), QString());
        for (const isms::EnumValue &value : field->enumSpec->values) {
            combo->addItem(EnumStyle::icon(value),
                           QCoreApplication::translate("isms::EnumSpec", value.label),
                           value.keyword);
        }
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        filters->addWidget(combo);
        m_enumCombos.append({key, combo});
        connect(combo, &QComboBox::currentIndexChanged, this, &RegisterPage::onFiltersChanged);
    }
    m_countLabel = new QLabel(bar);
    m_countLabel->setObjectName(u"countLabel"_s);
    m_countLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_countLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    filters->addWidget(m_countLabel);
    return bar;
}

void RegisterPage::setContext(isms::Database *db, QUndoStack *undoStack)
{
    m_db = db;
    m_undoStack = db ? undoStack : nullptr;
    m_banner->hideMessage();
    m_form->setContext(db, m_undoStack);
    for (RecordPanel *panel : std::as_const(m_panels)) {
        panel->setContext(db, m_undoStack);
    }
    // The first screenful is shown at once; the rest of a large register follows from a worker thread.
    const auto loaded = m_model->setDatabase(db, RecordTableModel::Loading::FirstRowsFirst);
    m_model->setUndoStack(m_undoStack);
    if (!loaded) {
        m_banner->showMessage(MessageBanner::Kind::Error, loaded.error().message);
    }
    if (db && m_proxy->rowCount() > 0) {
        m_tableView->selectRow(0);
        m_tableView->scrollToTop();
    }
    updateCountLabel();
    updateActions();
}

void RegisterPage::flushPendingEdits()
{
    m_form->flushPendingEdits();
}

void RegisterPage::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

QByteArray RegisterPage::saveHeaderState() const
{
    return m_tableView->horizontalHeader()->saveState();
}

void RegisterPage::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty()) {
        m_tableView->horizontalHeader()->restoreState(state);
    }
}

QList<QAction *> RegisterPage::pageActions() const
{
    if (m_spec.isCatalogue()) {
        return {m_editSelectedAction};
    }
    if (m_spec.alwaysFrozen) {
        return {}; // frozen records (assessment runs) are recorded elsewhere and never change
    }
    if (m_spec.createdElsewhere) {
        return {m_editSelectedAction, m_deleteAction};
    }
    return {m_newAction, m_duplicateAction, m_editSelectedAction, m_deleteAction};
}

bool RegisterPage::showRecord(const QString &entityId)
{
    if (m_spec.isCatalogue()) {
        // Clauses and controls are logged under their reference ("5.1").
        const QString ref = m_spec.storedRef(entityId);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (isms::EntitySpec::refOf(m_model->recordAt(row)).compare(ref, Qt::CaseInsensitive) == 0) {
                return selectRecord(m_model->recordAt(row).id);
            }
        }
        return false;
    }
    bool isNumber = false;
    const qint64 id = entityId.toLongLong(&isNumber);
    return isNumber && selectRecord(isms::RecordId{id});
}

bool RegisterPage::selectRecord(isms::RecordId id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0) {
        // Not among the first rows of a large register: read the rest now, and choose it then.
        if (!m_db || !m_model->isLoading()) {
            return false;
        }
        const auto stored = isms::RecordRepository(*m_db, m_spec).find(id);
        if (!stored || !*stored) {
            return false;
        }
        m_pendingRecord = id;
        m_model->readRest();
        return true;
    }
    QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!proxyIndex.isValid()) {
        clearFilters();
        proxyIndex = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_tableView->selectionModel()->setCurrentIndex(proxyIndex,
                                                   QItemSelectionModel::ClearAndSelect
                                                       | QItemSelectionModel::Rows);
    m_tableView->scrollTo(proxyIndex);
    return true;
}

QList<isms::RecordId> RegisterPage::selectedIds() const
{
    QModelIndexList rows = m_tableView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.row() < b.row();
    });
    QList<isms::RecordId> ids;
    ids.reserve(rows.size());
    for (const QModelIndex &row : std::as_const(rows)) {
        ids.append(row.data(RecordTableModel::IdRole).value<isms::RecordId>());
    }
    return ids;
}

isms::RecordId RegisterPage::currentId() const
{
    const QModelIndex current = m_tableView->selectionModel()->currentIndex();
    return current.isValid() ? current.data(RecordTableModel::IdRole).value<isms::RecordId>()
                             : isms::RecordId{};
}

void RegisterPage::clearFilters()
{
    const QSignalBlocker blocker(m_filterEdit);
    m_filterEdit->clear();
    for (const auto &[key, combo] : std::as_const(m_enumCombos)) {
        const QSignalBlocker comboBlocker(combo);
        combo->setCurrentIndex(0);
    }
    for (const auto &[key, combo] : std::as_const(m_valueCombos)) {
        const QSignalBlocker comboBlocker(combo);
        combo->setCurrentIndex(0);
    }
    m_proxy->clearFilters();
    updateCountLabel();
}

void RegisterPage::onFiltersChanged()
{
    m_proxy->setFilterText(m_filterEdit->text());
    for (const auto &[key, combo] : std::as_const(m_enumCombos)) {
        m_proxy->setEnumFilter(key, combo->currentData().toString());
    }
    for (const auto &[key, combo] : std::as_const(m_valueCombos)) {
        m_proxy->setValueFilter(key, combo->currentData().toString());
    }
    updateCountLabel();
    // Keep a row selected so that the form always shows something when rows are visible.
    if (!m_tableView->selectionModel()->currentIndex().isValid() && m_proxy->rowCount() > 0) {
        m_tableView->selectRow(0);
    }
}

void RegisterPage::onCurrentRowChanged()
{
    m_pendingRecord = {}; // the row chosen now wins over one asked for before the register was read
    m_form->showRecord(currentId());
    for (RecordPanel *panel : std::as_const(m_panels)) {
        panel->showRecord(currentId());
    }
    updateActions();
}

void RegisterPage::updateCountLabel()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    // The register's name with counts, so that no language needs the noun's plural forms.
    //: "Threats: 40"
    const QString counts = shown == total
                               ? tr("%1: %2").arg(m_spec.pluralLabel()).arg(total)
                               //: "Threats: 12 of 40"
                               : tr("%1: %2 of %3").arg(m_spec.pluralLabel()).arg(shown).arg(total);
    //: While the rest of a large register is read: "Risks: 100 (reading the rest…)"
    m_countLabel->setText(m_model->isLoading() ? tr("%1 (reading the rest…)").arg(counts) : counts);
}

void RegisterPage::updateActions()
{
    const bool editable = m_db && m_undoStack && !m_db->isReadOnly();
    const bool selected = m_tableView->selectionModel()->hasSelection();
    // The catalogue fixes the clauses and controls: they are changed, never added or removed.
    const bool addable = editable && !m_spec.isCatalogue() && !m_spec.createdElsewhere;
    const bool removable = editable && !m_spec.isCatalogue() && !m_spec.alwaysFrozen;
    m_newAction->setEnabled(addable);
    m_duplicateAction->setEnabled(addable && selected);
    m_deleteAction->setEnabled(removable && selected);
    m_editSelectedAction->setEnabled(editable && selected && !m_spec.alwaysFrozen
                                     && !BulkEditDialog::editableFields(m_spec).isEmpty());
}

void RegisterPage::showError(const isms::Error &error)
{
    m_banner->showMessage(MessageBanner::Kind::Error, error.message);
}
