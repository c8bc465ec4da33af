// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "dashboard/DashboardPage.h"

#include "common/MessageBanner.h"
#include "common/PageWidgets.h"
#include "common/StatusStyle.h"
#include "dashboard/DashboardCard.h"
#include "dashboard/ImprovementSummaryWidget.h"
#include "dashboard/OverdueDutiesWidget.h"
#include "dashboard/RiskSummaryWidget.h"
#include "dashboard/StatusChartWidget.h"
#include "models/ChangeLogTableModel.h"
#include "report/StatusChart.h"
#include "services/ChangeNotifier.h"
#include "services/ProjectService.h"
#include "services/RequirementService.h"
#include "storage/Database.h"

#include <QDate>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QProgressBar>
#include <QScrollArea>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

int statusIndex(isms::ImplementationStatus status)
{
    return static_cast<int>(status);
}

QFrame *makeCard(QWidget *parent)
{
    auto *card = new QFrame(parent);
    card->setObjectName(u"dashboardCard"_s);
    styleAsDashboardCard(card);
    return card;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

} // namespace

DashboardPage::DashboardPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"dashboardPage"_s);
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardPage::refresh);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);

    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 14, 16, 16);
    layout->setSpacing(12);

    auto *title = PageWidgets::title(tr("Dashboard"), content);
    m_organisationLabel = PageWidgets::muted({}, content);
    m_organisationLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(title);
    layout->addWidget(m_organisationLabel);

    m_banner = new MessageBanner(content);
    layout->addWidget(m_banner);

    layout->addWidget(buildCards());
    auto *middle = new QHBoxLayout;
    middle->setSpacing(12);
    middle->addWidget(buildThemeSection(), 3);
    middle->addWidget(buildClauseSection(), 2);
    layout->addLayout(middle);
    m_riskSummary = new RiskSummaryWidget(content);
    connect(m_riskSummary, &RiskSummaryWidget::pageRequested, this, &DashboardPage::pageRequested);
    layout->addWidget(m_riskSummary);
    m_improvementSummary = new ImprovementSummaryWidget(content);
    connect(m_improvementSummary,
            &ImprovementSummaryWidget::filteredRecordsRequested,
            this,
            &DashboardPage::filteredRecordsRequested);
    connect(m_improvementSummary, &ImprovementSummaryWidget::coverageRequested, this, [this] {
        Q_EMIT pageRequested(u"audit-coverage"_s, QString(), QString());
    });
    layout->addWidget(m_improvementSummary);
    m_overdueDuties = new OverdueDutiesWidget(content);
    connect(m_overdueDuties, &OverdueDutiesWidget::recordRequested, this, &DashboardPage::recordActivated);
    connect(m_overdueDuties, &OverdueDutiesWidget::calendarRequested, this, [this] {
        Q_EMIT pageRequested(u"calendar"_s, QString(), QString());
    });
    layout->addWidget(m_overdueDuties);
    layout->addWidget(buildRecentSection(), 1);
    scroll->setWidget(content);
}

DashboardPage::~DashboardPage() = default;

QWidget *DashboardPage::buildCards()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);

    QFrame *completion = makeCard(row);
    auto *completionLayout = new QVBoxLayout(completion);
    completionLayout->setContentsMargins(14, 10, 14, 12);
    completionLayout->addWidget(PageWidgets::muted(tr("Annex A completion"), completion));
    m_completionLabel = new QLabel(completion);
    m_completionLabel->setObjectName(u"completionLabel"_s);
    QFont big = m_completionLabel->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_completionLabel->setFont(big);
    completionLayout->addWidget(m_completionLabel);
    m_completionBar = new QProgressBar(completion);
    m_completionBar->setRange(0, 1000);
    m_completionBar->setTextVisible(false);
    m_completionBar->setMaximumHeight(8);
    completionLayout->addWidget(m_completionBar);
    m_completionDetail = PageWidgets::muted({}, completion);
    m_completionDetail->setToolTip(tr("Implemented and not applicable controls count as complete."));
    completionLayout->addWidget(m_completionDetail);
    layout->addWidget(completion, 2);

    QFont count = font();
    count.setPointSizeF(count.pointSizeF() * 1.9);
    count.setBold(true);
    for (const isms::ImplementationStatus status : isms::StatusChart::stackOrder()) {
        QFrame *card = makeCard(row);
        auto *cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(14, 10, 14, 12);
        auto *header = new QHBoxLayout;
        header->setSpacing(6);
        auto *dot = new QLabel(card);
        dot->setPixmap(StatusStyle::icon(status).pixmap(14, 14));
        header->addWidget(dot);
        header->addWidget(PageWidgets::muted(isms::statusLabel(status), card), 1);
        cardLayout->addLayout(header);
        auto *number = new QLabel(card);
        number->setObjectName(u"controlCount_"_s + isms::statusKeyword(status));
        number->setFont(count);
        cardLayout->addWidget(number);
        auto *share = PageWidgets::muted({}, card);
        cardLayout->addWidget(share);
        card->setCursor(Qt::PointingHandCursor);
        card->setToolTip(tr("Show the controls that are “%1”").arg(isms::statusLabel(status)));
        card->setProperty("status", static_cast<int>(status));
        card->installEventFilter(this);
        m_statusCounts.at(statusIndex(status)) = number;
        m_statusShares.at(statusIndex(status)) = share;
        layout->addWidget(card, 1);
    }
    return row;
}

QWidget *DashboardPage::buildThemeSection()
{
    QFrame *card = makeCard(this);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->addWidget(sectionTitle(tr("Annex A controls by theme"), card));
    m_chart = new StatusChartWidget(card);
    layout->addWidget(m_chart, 1);

    m_themeGrid = new QGridLayout;
    m_themeGrid->setHorizontalSpacing(14);
    m_themeGrid->setVerticalSpacing(4);
    m_themeGrid->addWidget(PageWidgets::muted(tr("Theme"), card), 0, 0);
    int column = 1;
    for (const isms::ImplementationStatus status : isms::StatusChart::stackOrder()) {
        auto *header = new QLabel(card);
        header->setPixmap(StatusStyle::icon(status).pixmap(12, 12));
        header->setToolTip(isms::statusLabel(status));
        header->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_themeGrid->addWidget(header, 0, column++);
    }
    auto *totalHeader = PageWidgets::muted(tr("Total"), card);
    totalHeader->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_themeGrid->addWidget(totalHeader, 0, column);
    int row = 1;
    for (const isms::Theme theme : isms::AllThemes) {
        m_themeGrid->addWidget(
            new QLabel(tr("A.%1 %2").arg(isms::themeClause(theme), isms::themeLabel(theme)), card),
            row,
            0);
        auto &cells = m_themeCells.at(static_cast<int>(theme));
        for (int c = 0; c < static_cast<int>(cells.size()); ++c) {
            auto *cell = new QLabel(card);
            cell->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_themeGrid->addWidget(cell, row, c + 1);
            cells.at(c) = cell;
        }
        ++row;
    }
    m_themeGrid->setColumnStretch(0, 1);
    layout->addLayout(m_themeGrid);
    return card;
}

QWidget *DashboardPage::buildClauseSection()
{
    QFrame *card = makeCard(this);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->addWidget(sectionTitle(tr("Clauses 4–10"), card));
    m_clauseTotal = PageWidgets::muted({}, card);
    layout->addWidget(m_clauseTotal);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(8);
    int row = 0;
    for (const isms::ImplementationStatus status : isms::StatusChart::stackOrder()) {
        auto *dot = new QLabel(card);
        dot->setPixmap(StatusStyle::icon(status).pixmap(14, 14));
        grid->addWidget(dot, row, 0);
        grid->addWidget(new QLabel(isms::statusLabel(status), card), row, 1);
        auto *bar = new QProgressBar(card);
        bar->setTextVisible(false);
        bar->setMaximumHeight(10);
        bar->setMinimumWidth(80);
        const QColor colour = StatusStyle::colour(status);
        bar->setStyleSheet(
            u"QProgressBar { border: 1px solid palette(mid); border-radius: 3px;"
            u" background: palette(window); }"
            u"QProgressBar::chunk { background: %1; border-radius: 2px; }"_s.arg(colour.name()));
        grid->addWidget(bar, row, 2);
        auto *count = new QLabel(card);
        count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        count->setMinimumWidth(fontMetrics().horizontalAdvance(u"000"_s));
        grid->addWidget(count, row, 3);
        m_clauseBars.at(statusIndex(status)) = bar;
        m_clauseLabels.at(statusIndex(status)) = count;
        ++row;
    }
    grid->setColumnStretch(2, 1);
    layout->addLayout(grid);

    layout->addSpacing(8);
    layout->addWidget(sectionTitle(tr("Needs attention"), card));
    m_documentsLabel = new QLabel(card);
    m_documentsLabel->setObjectName(u"documentsLabel"_s);
    m_documentsLabel->setToolTip(tr("Clause requirements that ask for documented information and are not yet "
                                    "implemented"));
    m_overdueLabel = new QLabel(card);
    m_overdueLabel->setObjectName(u"overdueLabel"_s);
    m_overdueLabel->setToolTip(
        tr("Clause requirements and controls whose target date has passed and that are "
           "neither implemented nor not applicable"));
    m_unownedLabel = new QLabel(card);
    m_unownedLabel->setObjectName(u"unownedLabel"_s);
    m_unownedLabel->setToolTip(tr("Applicable controls that nobody owns yet"));
    for (QLabel *label : {m_documentsLabel, m_overdueLabel, m_unownedLabel}) {
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    layout->addStretch(1);
    return card;
}

QWidget *DashboardPage::buildRecentSection()
{
    QFrame *card = makeCard(this);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->addWidget(sectionTitle(tr("Recent changes"), card));
    m_recentModel = new ChangeLogTableModel(this);
    m_recentView = new QTreeView(card);
    m_recentView->setObjectName(u"recentChangesView"_s);
    m_recentView->setModel(m_recentModel);
    m_recentView->setRootIsDecorated(false);
    m_recentView->setUniformRowHeights(true);
    m_recentView->setAlternatingRowColors(true);
    m_recentView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recentView->setToolTip(tr("Double-click a change to open its record."));
    connect(m_recentView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const isms::ChangeLogEntry &entry = m_recentModel->entryAt(index.row());
        Q_EMIT recordActivated(entry.entity, entry.entityId);
    });
    m_recentView->setColumnHidden(ChangeLogTableModel::Entity, true);
    m_recentView->header()->setStretchLastSection(true);
    const int charWidth = fontMetrics().averageCharWidth();
    m_recentView->setColumnWidth(ChangeLogTableModel::Time,
                                 m_recentView->fontMetrics().horizontalAdvance(u"2026-12-31 23:59:59"_s)
                                     + m_recentView->fontMetrics().averageCharWidth() * 3);
    m_recentView->setColumnWidth(ChangeLogTableModel::Actor, charWidth * 16);
    m_recentView->setColumnWidth(ChangeLogTableModel::EntityId, charWidth * 9);
    m_recentView->setColumnWidth(ChangeLogTableModel::Field, charWidth * 13);
    m_recentView->setColumnWidth(ChangeLogTableModel::OldValue, charWidth * 26);
    m_recentView->setMinimumHeight(m_recentView->fontMetrics().height() * 12);
    layout->addWidget(m_recentView);
    return card;
}

bool DashboardPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QVariant status = watched->property("status");
        if (mouse->button() == Qt::LeftButton && status.isValid()) {
            Q_EMIT controlStatusActivated(static_cast<isms::ImplementationStatus>(status.toInt()));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DashboardPage::setDatabase(isms::Database *db)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    m_db = db;
    if (db) {
        m_connections.append(connect(db->notifier(),
                                     &isms::ChangeNotifier::recordsChanged,
                                     this,
                                     &DashboardPage::scheduleRefresh));
        m_connections.append(connect(db->notifier(),
                                     &isms::ChangeNotifier::projectChanged,
                                     this,
                                     &DashboardPage::scheduleRefresh));
    }
    m_riskSummary->setDatabase(db);
    m_improvementSummary->setDatabase(db);
    const auto loaded = m_recentModel->setDatabase(db, isms::ChangeLogQuery{{}, {}, 10});
    if (!loaded) {
        m_banner->showMessage(MessageBanner::Kind::Error, loaded.error().message);
    }
    refresh();
}

void DashboardPage::countAttention(const QList<isms::Control> &controls, const QList<isms::Clause> &clauses)
{
    const isms::AttentionCounts counts =
        isms::ControlStatistics::attention(controls, clauses, QDate::currentDate());
    m_attention.overdue += counts.overdue;
    m_attention.unowned += counts.unowned;
    m_attention.openDocuments += counts.openDocuments;
}

void DashboardPage::scheduleRefresh()
{
    m_refreshTimer->start();
}

QLabel *DashboardPage::controlCountLabel(isms::ImplementationStatus status) const
{
    return m_statusCounts.at(statusIndex(status));
}

void DashboardPage::refresh()
{
    m_refreshTimer->stop();
    m_improvementSummary->refresh();
    m_summary = {};
    m_clauseCounts = {};
    m_attention = {};
    if (m_db) {
        const isms::RequirementService service(*m_db);
        const auto controls = service.controls();
        const auto clauses = service.clauses();
        if (controls && clauses) {
            m_summary = isms::ControlStatistics::summarize(*controls);
            m_clauseCounts = isms::ControlStatistics::summarizeClauses(*clauses);
            countAttention(*controls, *clauses);
            m_banner->hideMessage();
        } else {
            m_banner->showMessage(MessageBanner::Kind::Error,
                                  controls ? clauses.error().message : controls.error().message);
        }
        if (const QString problem = m_overdueDuties->refresh(m_db); !problem.isEmpty()) {
            m_banner->showMessage(MessageBanner::Kind::Error, problem);
        }
        const auto organisation = isms::ProjectService(*m_db).organisation();
        m_organisationLabel->setText(organisation ? *organisation : QString());
    } else {
        m_organisationLabel->clear();
        m_overdueDuties->refresh(nullptr);
    }

    const QLocale locale;
    const int total = m_summary.total();
    const double completion = m_summary.completion();
    m_completionLabel->setText(locale.toString(completion * 100.0, 'f', 0) + locale.percent());
    m_completionBar->setValue(static_cast<int>(completion * 1000.0));
    const int complete = m_summary.byStatus(isms::ImplementationStatus::Implemented)
                         + m_summary.byStatus(isms::ImplementationStatus::NotApplicable);
    m_completionDetail->setText(tr("%1 of %n control(s) need no more work", nullptr, total).arg(complete));

    for (const isms::ImplementationStatus status : isms::AllStatuses) {
        const int count = m_summary.byStatus(status);
        m_statusCounts.at(statusIndex(status))->setText(locale.toString(count));
        const double share = total > 0 ? 100.0 * count / total : 0.0;
        m_statusShares.at(statusIndex(status))
            ->setText(tr("%1% of controls").arg(locale.toString(share, 'f', 0)));
    }

    m_chart->setSummary(m_summary);
    for (const isms::Theme theme : isms::AllThemes) {
        auto &cells = m_themeCells.at(static_cast<int>(theme));
        int column = 0;
        for (const isms::ImplementationStatus status : isms::StatusChart::stackOrder()) {
            cells.at(column++)->setText(locale.toString(m_summary.at(theme, status)));
        }
        cells.at(column)->setText(locale.toString(m_summary.byTheme(theme)));
    }

    m_documentsLabel->setText(tr("%n clause requirement(s) with documented information still to complete",
                                 nullptr,
                                 m_attention.openDocuments));
    m_overdueLabel->setText(tr("%n overdue target date(s)", nullptr, m_attention.overdue));
    m_unownedLabel->setText(tr("%n applicable control(s) without an owner", nullptr, m_attention.unowned));

    int clauseTotal = 0;
    for (const int count : m_clauseCounts) {
        clauseTotal += count;
    }
    m_clauseTotal->setText(tr("%n requirement(s) of the ISMS itself", nullptr, clauseTotal));
    for (const isms::ImplementationStatus status : isms::AllStatuses) {
        const int count = m_clauseCounts.at(statusIndex(status));
        m_clauseLabels.at(statusIndex(status))->setText(locale.toString(count));
        QProgressBar *bar = m_clauseBars.at(statusIndex(status));
        bar->setRange(0, qMax(1, clauseTotal));
        bar->setValue(count);
    }
}
