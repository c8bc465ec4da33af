// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "history/HistoryPage.h"

#include "common/MessageBanner.h"
#include "common/PageWidgets.h"
#include "models/ChangeLogFilterProxyModel.h"
#include "models/ChangeLogTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

HistoryPage::HistoryPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"historyPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);

    auto *title = PageWidgets::title(tr("History"), this);
    layout->addWidget(title);
    auto *subtitle =
        new QLabel(tr("Every change to this project: when, by whom, and the value before and after. "
                      "The log is chained with SHA-256, so later tampering can be detected."),
                   this);
    subtitle->setWordWrap(true);
    PageWidgets::mute(subtitle);
    layout->addWidget(subtitle);

    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    auto *filters = new QHBoxLayout;
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(u"historyFilterLineEdit"_s);
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setPlaceholderText(tr("Filter by person, record, field or value (Ctrl+F)"));
    m_filterEdit->setMinimumWidth(320);
    filters->addWidget(m_filterEdit, 2);
    filters->addStretch(1);
    m_countLabel = new QLabel(this);
    m_countLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    filters->addWidget(m_countLabel);
    layout->addLayout(filters);

    m_model = new ChangeLogTableModel(this);
    m_proxy = new ChangeLogFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);

    m_tableView = new QTableView(this);
    m_tableView->setObjectName(u"historyTableView"_s);
    m_tableView->setModel(m_proxy);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(ChangeLogTableModel::Time, Qt::DescendingOrder);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    m_tableView->setShowGrid(false);
    m_tableView->verticalHeader()->hide();
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().height() + 10);
    QHeaderView *header = m_tableView->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    const int charWidth = m_tableView->fontMetrics().averageCharWidth();
    m_tableView->setColumnWidth(ChangeLogTableModel::Time,
                                m_tableView->fontMetrics().horizontalAdvance(u"2026-12-31 23:59:59"_s)
                                    + m_tableView->fontMetrics().averageCharWidth() * 3);
    m_tableView->setColumnWidth(ChangeLogTableModel::Actor, charWidth * 14);
    m_tableView->setColumnWidth(ChangeLogTableModel::Entity, charWidth * 20);
    m_tableView->setColumnWidth(ChangeLogTableModel::EntityId, charWidth * 11);
    m_tableView->setColumnWidth(ChangeLogTableModel::Field, charWidth * 18);
    m_tableView->setColumnWidth(ChangeLogTableModel::OldValue, charWidth * 40);
    layout->addWidget(m_tableView, 1);

    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateCountLabel();
    });
    m_tableView->setToolTip(tr("Double-click a row to open its record."));
    connect(m_tableView, &QTableView::activated, this, [this](const QModelIndex &index) {
        const isms::ChangeLogEntry &entry = m_model->entryAt(m_proxy->mapToSource(index).row());
        Q_EMIT recordActivated(entry.entity, entry.entityId);
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &HistoryPage::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &HistoryPage::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &HistoryPage::updateCountLabel);
    updateCountLabel();
}

HistoryPage::~HistoryPage() = default;

void HistoryPage::setDatabase(isms::Database *db)
{
    m_banner->hideMessage();
    const auto loaded = m_model->setDatabase(db);
    if (!loaded) {
        m_banner->showMessage(MessageBanner::Kind::Error, loaded.error().message);
    }
    updateCountLabel();
}

void HistoryPage::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

QByteArray HistoryPage::saveHeaderState() const
{
    return m_tableView->horizontalHeader()->saveState();
}

void HistoryPage::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty()) {
        m_tableView->horizontalHeader()->restoreState(state);
    }
}

void HistoryPage::updateCountLabel()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_countLabel->setText(shown == total ? tr("%n change(s)", nullptr, total)
                                         : tr("%1 of %n change(s) shown", nullptr, total).arg(shown));
}
