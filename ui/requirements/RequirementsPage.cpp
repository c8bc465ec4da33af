// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "requirements/RequirementsPage.h"

#include "common/MessageBanner.h"
#include "common/PageWidgets.h"
#include "common/StatusDelegate.h"
#include "common/StatusStyle.h"
#include "models/RequirementFilterProxyModel.h"
#include "models/RequirementTableModel.h"
#include "requirements/RequirementDetailWidget.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RequirementsPage::RequirementsPage(isms::RequirementKind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
{
    const bool isControls = kind == isms::RequirementKind::Control;
    setObjectName(isControls ? u"controlsPage"_s : u"clausesPage"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);

    auto *title = PageWidgets::title(isControls ? tr("Annex A controls") : tr("Clauses 4–10"), this);
    auto *subtitle =
        new QLabel(isControls ? tr("The 93 controls of ISO/IEC 27001:2022 Annex A. Record how far each one "
                                   "is implemented, who owns it and when it is due.")
                              : tr("The requirements of clauses 4 to 10 that every ISMS must meet, with the "
                                   "documented information each one asks for."),
                   this);
    subtitle->setWordWrap(true);
    PageWidgets::mute(subtitle);
    layout->addWidget(title);
    layout->addWidget(subtitle);

    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    // Filter bar.
    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(u"filterLineEdit"_s);
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setPlaceholderText(tr("Filter by id, title, owner or notes (Ctrl+F)"));
    m_filterEdit->setMinimumWidth(320);
    filters->addWidget(m_filterEdit, 2);

    m_themeCombo = new QComboBox(this);
    m_themeCombo->setObjectName(u"themeComboBox"_s);
    m_themeCombo->addItem(tr("All themes"));
    for (const isms::Theme theme : isms::AllThemes) {
        m_themeCombo->addItem(tr("%1 (A.%2)").arg(isms::themeLabel(theme), isms::themeClause(theme)),
                              static_cast<int>(theme));
    }
    m_themeCombo->setVisible(isControls);
    filters->addWidget(m_themeCombo);

    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(u"statusFilterComboBox"_s);
    m_statusCombo->addItem(tr("All statuses"));
    for (const isms::ImplementationStatus status : isms::AllStatuses) {
        m_statusCombo->addItem(StatusStyle::icon(status),
                               isms::statusLabel(status),
                               static_cast<int>(status));
    }
    filters->addWidget(m_statusCombo);
    filters->addStretch(1);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"countLabel"_s);
    m_countLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    filters->addWidget(m_countLabel);
    layout->addLayout(filters);

    // Table over detail.
    m_model = new RequirementTableModel(kind, this);
    m_proxy = new RequirementFilterProxyModel(this);
    m_proxy->setSourceRequirementModel(m_model);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    m_tableView = new QTableView(m_splitter);
    m_tableView->setObjectName(isControls ? u"controlsTableView"_s : u"clausesTableView"_s);
    m_tableView->setModel(m_proxy);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(RequirementTableModel::Ref, Qt::AscendingOrder);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    // Status and owner can also be changed in place (double-click or F2); other fields in the form below.
    m_tableView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tableView->setItemDelegateForColumn(RequirementTableModel::Status, new StatusDelegate(m_tableView));
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    m_tableView->setShowGrid(false);
    m_tableView->setTextElideMode(Qt::ElideRight);
    m_tableView->verticalHeader()->hide();
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().height() + 10);
    m_tableView->horizontalHeader()->setHighlightSections(false);
    m_tableView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    configureColumns();

    m_detail = new RequirementDetailWidget(kind, m_splitter);
    m_splitter->addWidget(m_tableView);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);

    connect(m_filterEdit, &QLineEdit::textChanged, this, &RequirementsPage::onFiltersChanged);
    connect(m_themeCombo, &QComboBox::currentIndexChanged, this, &RequirementsPage::onFiltersChanged);
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &RequirementsPage::onFiltersChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RequirementsPage::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RequirementsPage::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RequirementsPage::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RequirementsPage::updateCountLabel);
    connect(m_tableView->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &RequirementsPage::onCurrentRowChanged);
    connect(m_model, &RequirementTableModel::errorOccurred, this, [this](const isms::Error &error) {
        m_banner->showMessage(MessageBanner::Kind::Error, error.message);
    });
    connect(m_detail, &RequirementDetailWidget::errorOccurred, this, [this](const isms::Error &error) {
        m_banner->showMessage(MessageBanner::Kind::Error, error.message);
    });
    updateCountLabel();
}

RequirementsPage::~RequirementsPage() = default;

void RequirementsPage::configureColumns()
{
    const bool isControls = m_kind == isms::RequirementKind::Control;
    QHeaderView *header = m_tableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(RequirementTableModel::Title, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    // Widths from the longest values the columns hold, so that nothing common is cut off.
    const QFontMetrics metrics = m_tableView->fontMetrics();
    const int padding = metrics.averageCharWidth() * 3;
    auto widest = [&](const QStringList &texts) {
        int width = 0;
        for (const QString &text : texts) {
            width = qMax(width, metrics.horizontalAdvance(text));
        }
        return width + padding;
    };
    QStringList themes;
    for (const isms::Theme theme : isms::AllThemes) {
        themes.append(isms::themeLabel(theme));
    }
    QStringList statuses;
    for (const isms::ImplementationStatus status : isms::AllStatuses) {
        statuses.append(isms::statusLabel(status));
    }
    const QString longDate = QLocale().toString(QDate(2027, 9, 30), QLocale::ShortFormat);
    m_tableView->setColumnWidth(RequirementTableModel::Ref, widest({u"A.5.37"_s, u"Control"_s}) + padding);
    m_tableView->setColumnWidth(RequirementTableModel::Theme, widest(themes));
    m_tableView->setColumnWidth(RequirementTableModel::DocumentedInformation,
                                metrics.averageCharWidth() * 36);
    m_tableView->setColumnWidth(RequirementTableModel::Status, widest(statuses) + 24);
    m_tableView->setColumnWidth(RequirementTableModel::Owner,
                                metrics.averageCharWidth() * (isControls ? 34 : 24));
    m_tableView->setColumnWidth(RequirementTableModel::TargetDate,
                                widest({longDate, tr("Target date")}) + padding);
    m_tableView->setColumnHidden(RequirementTableModel::Theme, !isControls);
    m_tableView->setColumnHidden(RequirementTableModel::DocumentedInformation, isControls);
}

void RequirementsPage::setContext(isms::Database *db, QUndoStack *undoStack)
{
    m_db = db;
    m_banner->hideMessage();
    m_detail->setContext(db, undoStack);
    const auto loaded = m_model->setDatabase(db);
    m_model->setUndoStack(db ? undoStack : nullptr);
    if (!loaded) {
        m_banner->showMessage(MessageBanner::Kind::Error, loaded.error().message);
    }
    if (db && m_proxy->rowCount() > 0) {
        m_tableView->selectRow(0);
        m_tableView->scrollToTop();
    }
    updateCountLabel();
}

bool RequirementsPage::selectRequirement(const QString &ref)
{
    const int sourceRow = m_model->rowOf(ref);
    if (sourceRow < 0) {
        return false;
    }
    QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(sourceRow, RequirementTableModel::Ref));
    if (!proxyIndex.isValid()) {
        m_filterEdit->clear();
        m_themeCombo->setCurrentIndex(0);
        m_statusCombo->setCurrentIndex(0);
        proxyIndex = m_proxy->mapFromSource(m_model->index(sourceRow, RequirementTableModel::Ref));
    }
    m_tableView->selectRow(proxyIndex.row());
    m_tableView->scrollTo(proxyIndex);
    return true;
}

void RequirementsPage::showOnlyStatus(isms::ImplementationStatus status)
{
    m_filterEdit->clear();
    m_themeCombo->setCurrentIndex(0);
    m_statusCombo->setCurrentIndex(m_statusCombo->findData(static_cast<int>(status)));
    if (m_proxy->rowCount() > 0) {
        m_tableView->selectRow(0);
    }
}

QString RequirementsPage::selectedRef() const
{
    const QModelIndex current = m_tableView->selectionModel()->currentIndex();
    return current.isValid() ? current.data(RequirementTableModel::IdRole).toString() : QString();
}

void RequirementsPage::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

QByteArray RequirementsPage::saveHeaderState() const
{
    return m_tableView->horizontalHeader()->saveState();
}

void RequirementsPage::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty() && m_tableView->horizontalHeader()->restoreState(state)) {
        // The columns that belong to the other kind of requirement stay hidden whatever was saved.
        const bool isControls = m_kind == isms::RequirementKind::Control;
        m_tableView->setColumnHidden(RequirementTableModel::Theme, !isControls);
        m_tableView->setColumnHidden(RequirementTableModel::DocumentedInformation, isControls);
    }
}

void RequirementsPage::onFiltersChanged()
{
    m_proxy->setFilterText(m_filterEdit->text());
    const QVariant theme = m_themeCombo->currentData();
    m_proxy->setThemeFilter(theme.isValid() ? std::optional(static_cast<isms::Theme>(theme.toInt()))
                                            : std::nullopt);
    const QVariant status = m_statusCombo->currentData();
    m_proxy->setStatusFilter(status.isValid()
                                 ? std::optional(static_cast<isms::ImplementationStatus>(status.toInt()))
                                 : std::nullopt);
    updateCountLabel();
    // Keep a selection so that the detail form always shows something when rows are visible.
    if (!m_tableView->selectionModel()->currentIndex().isValid() && m_proxy->rowCount() > 0) {
        m_tableView->selectRow(0);
    }
}

void RequirementsPage::onCurrentRowChanged()
{
    m_detail->showRequirement(selectedRef());
}

void RequirementsPage::updateCountLabel()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    QString text;
    if (m_kind == isms::RequirementKind::Control) {
        text = shown == total ? tr("%n control(s) shown", nullptr, total)
                              : tr("%1 of %n control(s) shown", nullptr, total).arg(shown);
    } else {
        text = shown == total ? tr("%n requirement(s) shown", nullptr, total)
                              : tr("%1 of %n requirement(s) shown", nullptr, total).arg(shown);
    }
    m_countLabel->setText(text);
}
