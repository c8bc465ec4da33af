// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "risks/RiskTaskTable.h"

#include "commands/CreateRecordCommand.h"
#include "commands/RemoveRecordsCommand.h"
#include "domain/Entities.h"
#include "models/RecordTableModel.h"
#include "records/RecordItemDelegate.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

/// The tasks of one risk, sorted as the register's proxy sorts them.
class RiskTasksProxy final : public QSortFilterProxyModel
{
public:
    explicit RiskTasksProxy(QObject *parent)
        : QSortFilterProxyModel(parent)
    {
        setSortRole(RecordTableModel::SortRole);
        setDynamicSortFilter(true);
    }

    void setRisk(isms::RecordId risk)
    {
        m_risk = risk;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        const auto *model = static_cast<const RecordTableModel *>(sourceModel());
        if (sourceParent.isValid() || !m_risk.isValid()) {
            return false;
        }
        return model->recordAt(sourceRow).values.at(m_riskField).toLongLong() == m_risk.value;
    }

    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const QVariant a = left.data(RecordTableModel::SortRole);
        const QVariant b = right.data(RecordTableModel::SortRole);
        if (a.typeId() == QMetaType::QDate || b.typeId() == QMetaType::QDate) {
            const QDate x = a.toDate();
            const QDate y = b.toDate();
            if (x != y) {
                // Tasks without a due date after those with one.
                return x.isValid() && (!y.isValid() || x < y);
            }
            return left.row() < right.row();
        }
        return QSortFilterProxyModel::lessThan(left, right);
    }

private:
    isms::RecordId m_risk;
    int m_riskField = isms::treatmentTaskSpec().indexOf(u"risk");
};

} // namespace

RiskTaskTable::RiskTaskTable(QWidget *parent)
    : RiskSection({isms::riskSpec().key}, parent)
{
    setObjectName(u"riskTaskTable"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 8, 4, 4);
    layout->setSpacing(6);

    m_model = new RecordTableModel(isms::treatmentTaskSpec(), this);
    auto *proxy = new RiskTasksProxy(this);
    proxy->setSourceModel(m_model);
    m_proxy = proxy;
    m_view = new QTableView(this);
    m_view->setObjectName(u"riskTasksView"_s);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new RecordItemDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setToolTip(tr("Double-click a cell to change it"));
    const QFontMetrics metrics = m_view->fontMetrics();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const QString key = m_model->fieldOf(column).key;
        if (key == u"ref" || key == u"risk") {
            m_view->setColumnHidden(column, true);
        } else if (key == u"title") {
            m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
        } else if (key == u"owner") {
            m_view->setColumnWidth(column, metrics.averageCharWidth() * 15);
        } else {
            m_view->setColumnWidth(column,
                                   metrics.horizontalAdvance(u"2026-12-31"_s)
                                       + metrics.averageCharWidth() * 6);
        }
    }
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(m_model->columnOf(u"due_date"), Qt::AscendingOrder);
    layout->addWidget(m_view, 1);
    m_emptyLabel = new QLabel(tr("No treatment task yet. Add the steps that carry out the treatment, each "
                                 "with an owner and a due date."),
                              this);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false);
    layout->addWidget(m_emptyLabel);

    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    row->addStretch(1);
    m_addButton = new QPushButton(tr("Add task"), this);
    m_addButton->setObjectName(u"addTaskButton"_s);
    m_addButton->setToolTip(tr("Add a treatment task to this risk"));
    m_removeButton = new QPushButton(tr("Remove"), this);
    m_removeButton->setObjectName(u"removeTaskButton"_s);
    m_removeButton->setToolTip(tr("Delete the selected tasks; Undo brings them back"));
    row->addWidget(m_addButton);
    row->addWidget(m_removeButton);
    layout->addLayout(row);

    connect(m_addButton, &QPushButton::clicked, this, &RiskTaskTable::onAdd);
    connect(m_removeButton, &QPushButton::clicked, this, &RiskTaskTable::onRemove);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &RiskTaskTable::updateButtons);
    auto counted = [this] {
        m_emptyLabel->setVisible(m_proxy->rowCount() == 0 && risk().isValid());
        Q_EMIT countChanged(m_proxy->rowCount());
        updateButtons();
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, counted);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, counted);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, counted);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, counted);
    reload();
}

RiskTaskTable::~RiskTaskTable() = default;

void RiskTaskTable::reload()
{
    // The model follows the tasks itself; the project or the risk changed, or the risk's owner, which
    // new tasks start with.
    if (m_model->database() != database() || m_loadedRisk != risk()) {
        // Only the tasks of this risk are read; the model follows their changes itself.
        m_loadedRisk = risk();
        m_model->setScope(u"risk"_s, m_loadedRisk);
        const auto loaded = m_model->setDatabase(database());
        if (!loaded) {
            Q_EMIT errorOccurred(loaded.error());
        }
    }
    m_model->setUndoStack(database() && !database()->isReadOnly() ? undoStack() : nullptr);
    static_cast<RiskTasksProxy *>(m_proxy)->setRisk(risk());
    m_emptyLabel->setVisible(m_proxy->rowCount() == 0 && risk().isValid());
    Q_EMIT countChanged(m_proxy->rowCount());
    updateButtons();
}

QModelIndex RiskTaskTable::indexAt(int row, QStringView fieldKey) const
{
    return m_proxy->index(row, m_model->columnOf(fieldKey));
}

void RiskTaskTable::updateButtons()
{
    const bool editable = isEditable();
    m_addButton->setEnabled(editable);
    m_removeButton->setEnabled(editable && m_view->selectionModel()->hasSelection());
}

void RiskTaskTable::onAdd()
{
    if (!isEditable()) {
        return;
    }
    const isms::EntitySpec &spec = isms::treatmentTaskSpec();
    isms::Record task = spec.newRecord();
    task.values[spec.indexOf(u"risk")] = risk().value;
    task.values[spec.indexOf(u"title")] = tr("New treatment task");
    // The risk owner is the usual first owner of its tasks.
    const auto owner = isms::RecordRepository(*database(), isms::riskSpec()).find(risk());
    if (owner && *owner) {
        task.values[spec.indexOf(u"owner")] = (*owner)->values.at(isms::riskSpec().indexOf(u"owner"));
    }
    auto failed = std::make_shared<bool>(false);
    const int before = m_model->rowCount();
    undoStack()->push(new CreateRecordCommand(*database(), spec, {task}, errorSink(failed)));
    if (*failed || m_model->rowCount() <= before) {
        return;
    }
    const QModelIndex created =
        m_proxy->mapFromSource(m_model->index(m_model->rowCount() - 1, m_model->columnOf(u"title")));
    m_view->setCurrentIndex(created);
    m_view->scrollTo(created);
    m_view->edit(created);
}

void RiskTaskTable::onRemove()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (!isEditable() || rows.isEmpty()) {
        return;
    }
    QList<isms::RecordId> ids;
    QStringList refs;
    for (const QModelIndex &row : rows) {
        const isms::RecordId id = row.data(RecordTableModel::IdRole).value<isms::RecordId>();
        ids.append(id);
        refs.append(isms::EntitySpec::refOf(m_model->recordAt(m_model->rowOf(id))));
    }
    undoStack()->push(
        new RemoveRecordsCommand(*database(), isms::treatmentTaskSpec(), ids, refs, errorSink()));
}
