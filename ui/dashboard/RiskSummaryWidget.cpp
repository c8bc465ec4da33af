// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "dashboard/RiskSummaryWidget.h"

#include "common/EnumStyle.h"
#include "common/PageWidgets.h"
#include "dashboard/DashboardCard.h"
#include "domain/Entities.h"
#include "services/ChangeNotifier.h"
#include "storage/Database.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

#include <array>

using namespace Qt::StringLiterals;

namespace {

/// `text` as a link to `target` when `linked`, else as plain text (both escaped).
QString linkText(const QString &text, const QString &target, bool linked)
{
    return linked ? u"<a href=\"%1\" style=\"text-decoration: none;\">%2</a>"_s.arg(target.toHtmlEscaped(),
                                                                                    text.toHtmlEscaped())
                  : text.toHtmlEscaped();
}

QLabel *linkLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

RiskSummaryWidget::RiskSummaryWidget(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"dashboardCard"_s);
    styleAsDashboardCard(this);
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &RiskSummaryWidget::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    auto *titleRow = new QHBoxLayout;
    auto *title = linkLabel(this);
    title->setObjectName(u"riskSummaryTitle"_s);
    title->setText(linkText(tr("Risks"), u"risks"_s, true));
    title->setToolTip(tr("Open the risk register"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    title->setFont(titleFont);
    title->setWordWrap(false);
    titleRow->addWidget(title);
    m_totalLabel = PageWidgets::muted({}, this);
    titleRow->addWidget(m_totalLabel, 1);
    layout->addLayout(titleRow);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(24);
    m_levelGrid = new QGridLayout;
    m_levelGrid->setHorizontalSpacing(18);
    m_levelGrid->setVerticalSpacing(6);
    columns->addLayout(m_levelGrid);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    columns->addWidget(line);

    auto *attention = new QVBoxLayout;
    attention->setSpacing(6);
    auto *attentionTitle = new QLabel(tr("Needs attention"), this);
    QFont bold = attentionTitle->font();
    bold.setBold(true);
    attentionTitle->setFont(bold);
    attention->addWidget(attentionTitle);
    m_signOffLabel = linkLabel(this);
    m_signOffLabel->setObjectName(u"riskSignOffLabel"_s);
    m_overdueTasksLabel = linkLabel(this);
    m_overdueTasksLabel->setObjectName(u"overdueTasksLabel"_s);
    m_reviewsLabel = linkLabel(this);
    m_reviewsLabel->setObjectName(u"riskReviewsLabel"_s);
    m_openTasksLabel = PageWidgets::muted({}, this);
    m_openTasksLabel->setObjectName(u"openTasksLabel"_s);
    for (QLabel *label : {m_signOffLabel, m_overdueTasksLabel, m_reviewsLabel}) {
        connect(label, &QLabel::linkActivated, this, &RiskSummaryWidget::activateLink);
        attention->addWidget(label);
    }
    attention->addWidget(m_openTasksLabel);
    attention->addStretch(1);
    columns->addLayout(attention, 1);
    layout->addLayout(columns);
    connect(title, &QLabel::linkActivated, this, &RiskSummaryWidget::activateLink);
    refresh();
}

RiskSummaryWidget::~RiskSummaryWidget() = default;

void RiskSummaryWidget::setDatabase(isms::Database *db)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    m_db = db;
    if (db) {
        const QStringList kinds{isms::riskSpec().key, isms::treatmentTaskSpec().key};
        auto touched = [this, kinds](const QString &kind) {
            if (kinds.contains(kind)) {
                scheduleRefresh();
            }
        };
        isms::ChangeNotifier *notifier = db->notifier();
        m_connections.append(connect(notifier, &isms::ChangeNotifier::recordsAdded, this, touched));
        m_connections.append(connect(notifier, &isms::ChangeNotifier::recordsChanged, this, touched));
        m_connections.append(connect(notifier, &isms::ChangeNotifier::recordsRemoved, this, touched));
        m_connections.append(connect(notifier,
                                     &isms::ChangeNotifier::riskMethodChanged,
                                     this,
                                     &RiskSummaryWidget::scheduleRefresh));
    }
    refresh();
}

void RiskSummaryWidget::setToday(const QDate &today)
{
    m_today = today;
    refresh();
}

void RiskSummaryWidget::scheduleRefresh()
{
    m_refreshTimer->start();
}

QLabel *RiskSummaryWidget::levelCountLabel(int level, int residual) const
{
    if (level < 1 || level > m_levelCounts.size() || residual < 0 || residual > 1) {
        return nullptr;
    }
    return m_levelCounts.at(level - 1).at(static_cast<size_t>(residual));
}

void RiskSummaryWidget::activateLink(const QString &link)
{
    if (link == u"treatment-plan:overdue") {
        Q_EMIT pageRequested(u"treatment-plan"_s, u"overdue"_s, u"true"_s);
    } else if (link.startsWith(u"level:")) {
        const int level = link.mid(6).toInt();
        if (level >= 1 && level <= m_overview.method.levels.size()) {
            Q_EMIT pageRequested(isms::riskSpec().key,
                                 u"level"_s,
                                 m_overview.method.levels.at(level - 1).name);
        }
    } else if (link == u"risks") {
        Q_EMIT pageRequested(isms::riskSpec().key, {}, {});
    }
}

void RiskSummaryWidget::rebuildLevels()
{
    for (QWidget *widget : std::as_const(m_levelWidgets)) {
        delete widget;
    }
    m_levelWidgets.clear();
    m_levelCounts.clear();
    auto keep = [this](QWidget *widget) {
        m_levelWidgets.append(widget);
        return widget;
    };
    m_levelGrid->addWidget(keep(PageWidgets::muted(tr("Level"), this)), 0, 0, 1, 2);
    auto *current = PageWidgets::muted(tr("Current"), this);
    current->setToolTip(tr("Risks by the level of their current rating"));
    auto *residual = PageWidgets::muted(tr("Residual"), this);
    residual->setToolTip(tr("Risks by the level expected after treatment (the current one while no "
                            "residual rating is given)"));
    for (QLabel *header : {current, residual}) {
        header->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    m_levelGrid->addWidget(keep(current), 0, 2);
    m_levelGrid->addWidget(keep(residual), 0, 3);
    const QList<isms::RiskLevel> &levels = m_overview.method.levels;
    // Highest level first, as a risk register is read.
    for (qsizetype i = levels.size() - 1; i >= 0; --i) {
        const int row = static_cast<int>(levels.size() - i);
        auto *dot = new QLabel(this);
        dot->setPixmap(EnumStyle::icon(QColor::fromRgb(levels.at(i).colour)).pixmap(14, 14));
        m_levelGrid->addWidget(keep(dot), row, 0);
        auto *name = linkLabel(this);
        name->setWordWrap(false);
        name->setText(linkText(levels.at(i).name, u"level:%1"_s.arg(i + 1), m_db != nullptr));
        name->setToolTip(tr("Show the risks at this level"));
        connect(name, &QLabel::linkActivated, this, &RiskSummaryWidget::activateLink);
        m_levelGrid->addWidget(keep(name), row, 1);
        std::array<QLabel *, 2> counts{new QLabel(this), new QLabel(this)};
        for (size_t c = 0; c < counts.size(); ++c) {
            counts.at(c)->setObjectName(u"riskLevelCount_%1_%2"_s.arg(i + 1).arg(c));
            counts.at(c)->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            counts.at(c)->setMinimumWidth(fontMetrics().horizontalAdvance(u"0000"_s));
            m_levelGrid->addWidget(keep(counts.at(c)), row, static_cast<int>(c) + 2);
        }
        m_levelCounts.prepend(counts);
    }
}

void RiskSummaryWidget::refresh()
{
    m_refreshTimer->stop();
    m_overview = {};
    if (m_db) {
        auto overview =
            isms::RiskRegister::overview(*m_db, m_today.isValid() ? m_today : QDate::currentDate());
        if (overview) {
            m_overview = std::move(overview).value();
        }
    }
    const bool open = m_db != nullptr;
    if (m_levelCounts.isEmpty() || m_shownLevels != m_overview.method.levels || m_shownLinked != open) {
        rebuildLevels();
        m_shownLevels = m_overview.method.levels;
        m_shownLinked = open;
    }
    const QLocale locale;
    for (qsizetype i = 0; i < m_levelCounts.size(); ++i) {
        m_levelCounts.at(i).at(0)->setText(locale.toString(m_overview.perLevel.value(i)));
        m_levelCounts.at(i).at(1)->setText(locale.toString(m_overview.residualPerLevel.value(i)));
    }
    const int unrated = m_overview.current.unrated;
    // Labels with counts, so that no language needs the nouns' plural forms.
    m_totalLabel->setText(
        unrated > 0
            //: "In the register: 8, not yet rated: 2"
            ? tr("In the register: %1, not yet rated: %2").arg(m_overview.total).arg(unrated)
            : tr("In the register: %1").arg(m_overview.total));
    const auto awaiting = static_cast<int>(m_overview.awaitingSignoff.size());
    m_signOffLabel->setText(
        linkText(tr("Awaiting sign-off: %1").arg(awaiting), u"risks"_s, open && awaiting > 0));
    m_signOffLabel->setToolTip(m_overview.awaitingSignoff.join(u", "_s));
    m_overdueTasksLabel->setText(linkText(tr("Overdue treatment tasks: %1").arg(m_overview.overdueTasks),
                                          u"treatment-plan:overdue"_s,
                                          open && m_overview.overdueTasks > 0));
    const auto reviews = static_cast<int>(m_overview.reviewOverdue.size());
    m_reviewsLabel->setText(
        linkText(tr("Reviews overdue: %1").arg(reviews), u"risks"_s, open && reviews > 0));
    m_reviewsLabel->setToolTip(m_overview.reviewOverdue.join(u", "_s));
    m_openTasksLabel->setText(tr("Open treatment tasks: %1").arg(m_overview.openTasks));
}
