// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "risks/TreatmentPlanPage.h"

#include "common/ColourChipDelegate.h"
#include "common/EnumStyle.h"
#include "common/MessageBanner.h"
#include "common/PageWidgets.h"
#include "domain/Entities.h"
#include "risks/TreatmentPlanFilterProxyModel.h"
#include "risks/TreatmentPlanModel.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

TreatmentPlanPage::TreatmentPlanPage(QWidget *parent)
    : WorkbenchPage(parent)
{
    setObjectName(u"treatmentPlanPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);

    auto *title = PageWidgets::title(tr("Treatment plan"), this);
    layout->addWidget(title);
    auto *intro = new QLabel(tr("The treatment tasks of every risk, by due date. Double-click a task to open "
                                "its risk; tasks are edited there."),
                             this);
    intro->setWordWrap(true);
    PageWidgets::mute(intro);
    layout->addWidget(intro);

    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    m_model = new TreatmentPlanModel(this);
    m_proxy = new TreatmentPlanFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(u"filterLineEdit"_s);
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setPlaceholderText(tr("Filter tasks and risks (Ctrl+F)"));
    m_filterEdit->setMinimumWidth(260);
    bar->addWidget(m_filterEdit, 2);
    m_ownerCombo = new QComboBox(this);
    m_ownerCombo->setObjectName(u"ownerFilterComboBox"_s);
    m_ownerCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(m_ownerCombo);
    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(u"statusFilterComboBox"_s);
    //: The first choice of a filter: "Status: any"
    m_statusCombo->addItem(tr("Status: any"), QString());
    for (const isms::EnumValue &value : isms::treatmentTaskSpec().field(u"status")->enumSpec->values) {
        m_statusCombo->addItem(EnumStyle::icon(value),
                               QCoreApplication::translate("isms::EnumSpec", value.label),
                               value.keyword);
    }
    m_statusCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(m_statusCombo);
    m_overdueOnly = new QCheckBox(tr("Overdue only"), this);
    m_overdueOnly->setObjectName(u"overdueOnlyCheckBox"_s);
    bar->addWidget(m_overdueOnly);
    bar->addStretch(1);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"countLabel"_s);
    bar->addWidget(m_countLabel);
    layout->addLayout(bar);

    m_view = new QTableView(this);
    m_view->setObjectName(u"treatmentPlanView"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TreatmentPlanModel::Due, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setItemDelegateForColumn(TreatmentPlanModel::Level,
                                     new ColourChipDelegate(TreatmentPlanModel::ColourRole, m_view));
    const QFontMetrics metrics = m_view->fontMetrics();
    const int charWidth = metrics.averageCharWidth();
    QFont bold = m_view->font();
    bold.setBold(true);
    m_view->setColumnWidth(
        TreatmentPlanModel::Due,
        QFontMetrics(bold).horizontalAdvance(TreatmentPlanModel::tr("%1, overdue").arg(u"2026-12-31"_s))
            + charWidth * 4);
    m_view->horizontalHeader()->setSectionResizeMode(TreatmentPlanModel::Task, QHeaderView::Stretch);
    m_view->setColumnWidth(TreatmentPlanModel::Owner, charWidth * 20);
    m_view->setColumnWidth(TreatmentPlanModel::Status, charWidth * 19);
    m_view->setColumnWidth(TreatmentPlanModel::RiskRef, charWidth * 9);
    m_view->horizontalHeader()->setSectionResizeMode(TreatmentPlanModel::RiskTitle, QHeaderView::Stretch);
    m_view->setColumnWidth(TreatmentPlanModel::Level, charWidth * 12);
    // Wide enough for the chip of the method's longest level name.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        int width = m_view->horizontalHeader()->sectionSizeHint(TreatmentPlanModel::Level);
        for (const isms::RiskLevel &level : m_model->method().levels) {
            width = std::max(width, ColourChipDelegate::chipWidth(m_view->fontMetrics(), level.name));
        }
        m_view->setColumnWidth(TreatmentPlanModel::Level,
                               std::max(width, m_view->columnWidth(TreatmentPlanModel::Level)));
    });
    m_view->setToolTip(tr("Double-click a task to open its risk"));
    layout->addWidget(m_view, 1);

    connect(m_filterEdit, &QLineEdit::textChanged, this, &TreatmentPlanPage::onFiltersChanged);
    connect(m_ownerCombo, &QComboBox::currentIndexChanged, this, &TreatmentPlanPage::onFiltersChanged);
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &TreatmentPlanPage::onFiltersChanged);
    connect(m_overdueOnly, &QCheckBox::toggled, this, &TreatmentPlanPage::onFiltersChanged);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        openRiskOf(index.row());
    });
    connect(m_model, &TreatmentPlanModel::errorOccurred, this, [this](const isms::Error &error) {
        m_banner->showMessage(MessageBanner::Kind::Error, error.message);
    });
    // Owners come and go with the tasks; read them once after a burst of changes.
    auto *ownersTimer = new QTimer(this);
    ownersTimer->setSingleShot(true);
    ownersTimer->setInterval(0);
    connect(ownersTimer, &QTimer::timeout, this, &TreatmentPlanPage::refreshOwners);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_model, signal, ownersTimer, [ownersTimer] { ownersTimer->start(); });
    }
    connect(m_model, &QAbstractItemModel::dataChanged, ownersTimer, [ownersTimer] { ownersTimer->start(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TreatmentPlanPage::refreshOwners);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, &TreatmentPlanPage::updateCountLabel);
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TreatmentPlanPage::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TreatmentPlanPage::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &TreatmentPlanPage::updateCountLabel);
    refreshOwners();
    updateCountLabel();
}

TreatmentPlanPage::~TreatmentPlanPage() = default;

void TreatmentPlanPage::setContext(isms::Database *db, QUndoStack *undoStack)
{
    Q_UNUSED(undoStack) // the plan is read-only; tasks are edited on the Risks page
    m_banner->hideMessage();
    if (const isms::Result<void> loaded = m_model->setDatabase(db); !loaded) {
        m_banner->showMessage(MessageBanner::Kind::Error, loaded.error().message);
    }
    updateCountLabel();
}

void TreatmentPlanPage::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

QByteArray TreatmentPlanPage::saveHeaderState() const
{
    return m_view->horizontalHeader()->saveState();
}

void TreatmentPlanPage::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty()) {
        m_view->horizontalHeader()->restoreState(state);
    }
}

bool TreatmentPlanPage::showRecord(const QString &entityId)
{
    const int row = m_model->rowOf(isms::RecordId{entityId.toLongLong()});
    if (row < 0) {
        return false;
    }
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filterEdit->clear();
        m_ownerCombo->setCurrentIndex(0);
        m_statusCombo->setCurrentIndex(0);
        m_overdueOnly->setChecked(false);
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_view->selectRow(index.row());
    m_view->scrollTo(index);
    return true;
}

bool TreatmentPlanPage::showOnly(const QString &fieldKey, const QString &value)
{
    if (fieldKey != u"overdue" && fieldKey != u"owner" && fieldKey != u"status") {
        return false;
    }
    m_filterEdit->clear();
    m_ownerCombo->setCurrentIndex(fieldKey == u"owner" ? std::max(0, m_ownerCombo->findData(value)) : 0);
    m_statusCombo->setCurrentIndex(fieldKey == u"status" ? std::max(0, m_statusCombo->findData(value)) : 0);
    m_overdueOnly->setChecked(fieldKey == u"overdue" && value == u"true");
    onFiltersChanged();
    return true;
}

void TreatmentPlanPage::openRiskOf(int row)
{
    const QModelIndex index = m_proxy->index(row, 0);
    if (!index.isValid()) {
        return;
    }
    const auto risk = index.data(TreatmentPlanModel::RiskIdRole).value<isms::RecordId>();
    Q_EMIT recordRequested(isms::riskSpec().entity, QString::number(risk.value));
}

void TreatmentPlanPage::onFiltersChanged()
{
    m_proxy->setFilterText(m_filterEdit->text());
    m_proxy->setOwnerFilter(m_ownerCombo->currentData().toString());
    m_proxy->setStatusFilter(m_statusCombo->currentData().toString());
    m_proxy->setOverdueOnly(m_overdueOnly->isChecked());
    updateCountLabel();
}

void TreatmentPlanPage::refreshOwners()
{
    const QString chosen = m_ownerCombo->currentData().toString();
    QSet<QString> owners;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_model->rowAt(row).owner.isEmpty()) {
            owners.insert(m_model->rowAt(row).owner);
        }
    }
    if (!chosen.isEmpty()) {
        owners.insert(chosen);
    }
    QStringList sorted(owners.cbegin(), owners.cend());
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(sorted.begin(), sorted.end(), collator);
    const QSignalBlocker blocker(m_ownerCombo);
    m_ownerCombo->clear();
    //: The first choice of a filter: "Owner: any"
    m_ownerCombo->addItem(tr("Owner: any"), QString());
    for (const QString &owner : std::as_const(sorted)) {
        m_ownerCombo->addItem(owner, owner);
    }
    m_ownerCombo->setCurrentIndex(std::max(0, m_ownerCombo->findData(chosen)));
}

void TreatmentPlanPage::updateCountLabel()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    const int overdue = m_model->overdueCount();
    //: "Tasks: 16" or "Tasks: 4 of 16"
    const QString tasks =
        shown == total ? tr("Tasks: %1").arg(total) : tr("Tasks: %1 of %2").arg(shown).arg(total);
    //: The count of tasks, then how many are overdue: "Tasks: 16 · 3 overdue"
    m_countLabel->setText(overdue > 0 ? tr("%1 · %2 overdue").arg(tasks).arg(overdue) : tasks);
}
