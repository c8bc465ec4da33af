// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "calendar/CalendarPage.h"

#include "common/MessageBanner.h"
#include "common/PageWidgets.h"
#include "domain/Entities.h"
#include "services/ChangeNotifier.h"
#include "storage/Database.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum Column
{
    DueColumn,
    DutyColumn,
    RegisterColumn,
    ColumnCount,
};

QTreeWidgetItem *groupItem(QTreeWidget *tree, const QString &title, bool isOverdue)
{
    auto *item = new QTreeWidgetItem(tree, {title});
    item->setFirstColumnSpanned(true);
    QFont font = item->font(DueColumn);
    font.setBold(true);
    item->setFont(DueColumn, font);
    if (isOverdue) {
        item->setForeground(DueColumn, QColor(0xC62828));
    }
    item->setFlags(Qt::ItemIsEnabled);
    item->setExpanded(true);
    return item;
}

} // namespace

CalendarPage::CalendarPage(QWidget *parent)
    : WorkbenchPage(parent)
{
    setObjectName(u"calendarPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(PageWidgets::title(tr("ISMS calendar"), this));
    auto *intro = PageWidgets::muted(tr("Every dated duty the records hold: reviews, due dates, expiry and "
                                        "the next risk assessment. Overdue duties come first, then month by "
                                        "month. Double-click a duty, or press Enter, to open its record."),
                                     this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    layout->addWidget(m_summaryLabel);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"calendarTree"_s);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Due"), tr("Duty"), tr("Register")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    // Month headings span the row; duties sit a little in from them, with room for the longest date.
    m_tree->setIndentation(m_tree->fontMetrics().averageCharWidth() * 2);
    const QString longestDate = QLocale().toString(QDate(2026, 12, 29), QLocale::ShortFormat);
    m_tree->setColumnWidth(DueColumn,
                           m_tree->indentation() + m_tree->fontMetrics().horizontalAdvance(longestDate) + 24);
    m_tree->setColumnWidth(RegisterColumn, m_tree->fontMetrics().averageCharWidth() * 26);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(DutyColumn, QHeaderView::Stretch);
    m_tree->setToolTip(tr("Double-click a duty to open its record"));
    layout->addWidget(m_tree, 1);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] { refresh(); });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { openRecordOf(item); });
    refresh();
}

CalendarPage::~CalendarPage() = default;

void CalendarPage::setContext(isms::Database *db, QUndoStack *undoStack)
{
    Q_UNUSED(undoStack) // the calendar only reads; duties are settled on the records' pages
    disconnect(m_changes);
    m_db = db;
    m_banner->hideMessage();
    if (m_db) {
        m_changes = connect(m_db->notifier(),
                            &isms::ChangeNotifier::changeLogAppended,
                            this,
                            &CalendarPage::onProjectChanged);
    }
    refresh();
}

QByteArray CalendarPage::saveHeaderState() const
{
    return m_tree->header()->saveState();
}

void CalendarPage::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty()) {
        m_tree->header()->restoreState(state);
    }
}

void CalendarPage::refresh(const QDate &today)
{
    m_refreshTimer->stop();
    m_isStale = false;
    m_tree->clear();
    m_duties.clear();
    if (!m_db) {
        m_summaryLabel->setText(tr("No project is open."));
        return;
    }
    auto duties = isms::IsmsCalendar::duties(*m_db, today);
    if (!duties) {
        m_banner->showMessage(MessageBanner::Kind::Error, duties.error().message);
        return;
    }
    m_banner->hideMessage();
    m_duties = std::move(duties).value();
    const QLocale locale;
    QTreeWidgetItem *group = nullptr;
    QString groupKey;
    int overdue = 0;
    for (const isms::CalendarDuty &duty : std::as_const(m_duties)) {
        const QString key = duty.overdue ? u"overdue"_s : duty.due.toString(u"yyyy-MM"_s);
        if (!group || key != groupKey) {
            groupKey = key;
            group = groupItem(m_tree,
                              duty.overdue ? tr("Overdue")
                                           : locale.standaloneMonthName(duty.due.month()) + u' '
                                                 + QString::number(duty.due.year()),
                              duty.overdue);
        }
        overdue += duty.overdue ? 1 : 0;
        const isms::EntitySpec *spec = isms::Entities::find(duty.kind);
        auto *item = new QTreeWidgetItem(group,
                                         {locale.toString(duty.due, QLocale::ShortFormat),
                                          duty.title,
                                          spec ? spec->pluralLabel() : duty.kind});
        item->setData(DueColumn, DutyIdRole, duty.id);
        item->setData(DueColumn, EntityRole, duty.entity);
        item->setData(DueColumn, EntityIdRole, duty.entityId);
        item->setToolTip(DutyColumn, duty.title);
        if (duty.overdue) {
            item->setForeground(DueColumn, QColor(0xC62828));
        }
    }
    //: %1: all duties, %2: of them overdue.
    m_summaryLabel->setText(m_duties.isEmpty()
                                ? tr("No dated duty is recorded yet.")
                                : tr("Duties: %1 · Overdue: %2").arg(m_duties.size()).arg(overdue));
}

bool CalendarPage::openRecordOf(const QTreeWidgetItem *item)
{
    const QString entity = item ? item->data(DueColumn, EntityRole).toString() : QString();
    if (entity.isEmpty()) {
        return false;
    }
    Q_EMIT recordRequested(entity, item->data(DueColumn, EntityIdRole).toString());
    return true;
}

void CalendarPage::showEvent(QShowEvent *event)
{
    WorkbenchPage::showEvent(event);
    if (m_isStale) {
        m_refreshTimer->start();
    }
}

void CalendarPage::onProjectChanged()
{
    m_isStale = true;
    if (isVisible()) {
        m_refreshTimer->start();
    }
}
