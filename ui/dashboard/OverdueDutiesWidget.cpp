// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "dashboard/OverdueDutiesWidget.h"

#include "dashboard/DashboardCard.h"
#include "services/IsmsCalendar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int EntityRole = Qt::UserRole + 1;
constexpr int EntityIdRole = Qt::UserRole + 2;

/// At most this many rows; the calendar page lists them all.
constexpr int MaxShown = 12;

} // namespace

OverdueDutiesWidget::OverdueDutiesWidget(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"dashboardCard"_s);
    styleAsDashboardCard(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Overdue duties"), this);
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    title->setFont(font);
    header->addWidget(title);
    m_count = new QLabel(this);
    m_count->setObjectName(u"overdueCountLabel"_s);
    header->addWidget(m_count);
    header->addStretch(1);
    auto *link =
        new QLabel(u"<a href=\"calendar\">%1</a>"_s.arg(tr("Open the ISMS calendar").toHtmlEscaped()), this);
    link->setObjectName(u"calendarLink"_s);
    connect(link, &QLabel::linkActivated, this, [this] { Q_EMIT calendarRequested(); });
    header->addWidget(link);
    layout->addLayout(header);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"overdueDutiesTree"_s);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Due"), tr("Duty")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setColumnWidth(0, m_tree->fontMetrics().averageCharWidth() * 14);
    m_tree->setToolTip(tr("Double-click a duty to open its record"));
    m_tree->setMaximumHeight(m_tree->fontMetrics().height() * 9);
    layout->addWidget(m_tree);
    connect(m_tree, &QTreeWidget::itemActivated, this, &OverdueDutiesWidget::onActivated);
}

OverdueDutiesWidget::~OverdueDutiesWidget() = default;

QString OverdueDutiesWidget::refresh(isms::Database *db, const QDate &today)
{
    m_tree->clear();
    if (!db) {
        m_count->clear();
        return {};
    }
    const auto overdue = isms::IsmsCalendar::overdue(*db, today);
    if (!overdue) {
        m_count->clear();
        return overdue.error().message;
    }
    const QLocale locale;
    //: After "Overdue duties": how many there are.
    m_count->setText(overdue->isEmpty() ? tr("none") : tr("(%1)").arg(locale.toString(overdue->size())));
    for (qsizetype i = 0; i < overdue->size() && i < MaxShown; ++i) {
        const isms::CalendarDuty &duty = overdue->at(i);
        auto *item =
            new QTreeWidgetItem(m_tree, {locale.toString(duty.due, QLocale::ShortFormat), duty.title});
        item->setForeground(0, QColor(0xC62828));
        item->setToolTip(1, duty.title);
        item->setData(0, EntityRole, duty.entity);
        item->setData(0, EntityIdRole, duty.entityId);
    }
    if (overdue->size() > MaxShown) {
        auto *more = new QTreeWidgetItem(
            m_tree,
            {QString(), tr("%n more in the ISMS calendar", nullptr, int(overdue->size() - MaxShown))});
        more->setFlags(Qt::ItemIsEnabled);
    }
    if (overdue->isEmpty()) {
        auto *none = new QTreeWidgetItem(m_tree, {QString(), tr("Nothing is overdue.")});
        none->setFlags(Qt::ItemIsEnabled);
    }
    return {};
}

void OverdueDutiesWidget::onActivated(QTreeWidgetItem *item)
{
    const QString entity = item ? item->data(0, EntityRole).toString() : QString();
    if (!entity.isEmpty()) {
        Q_EMIT recordRequested(entity, item->data(0, EntityIdRole).toString());
    }
}
