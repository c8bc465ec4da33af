// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "domain/ImplementationStatus.h"
#include "domain/Requirement.h"
#include "services/ControlStatistics.h"

#include <QMetaObject>
#include <QWidget>

#include <array>

namespace isms {
class Database;
}

class ChangeLogTableModel;
class MessageBanner;
class QGridLayout;
class QLabel;
class QProgressBar;
class QTimer;
class QTreeView;
class OverdueDutiesWidget;
class RiskSummaryWidget;
class ImprovementSummaryWidget;
class StatusChartWidget;

/// The project at a glance: completion, controls per status and per theme, clause requirements per
/// status and the latest changes. Follows the project's change notices.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    explicit DashboardPage(QWidget *parent = nullptr);
    ~DashboardPage() override;

    void setDatabase(isms::Database *db);

    /// Reads the numbers again (also done shortly after every change notice).
    void refresh();

    const isms::StatusSummary &controlSummary() const { return m_summary; }

    const std::array<int, isms::AllStatuses.size()> &clauseCounts() const { return m_clauseCounts; }

    /// What is left to do, at a glance.
    struct Attention
    {
        int overdue = 0;       ///< target date passed, neither implemented nor not applicable
        int unowned = 0;       ///< applicable controls without an owner
        int openDocuments = 0; ///< clause requirements with documented information, not yet complete
    };

    const Attention &attention() const { return m_attention; }

    /// The label showing the number of controls with `status`.
    QLabel *controlCountLabel(isms::ImplementationStatus status) const;

    QLabel *completionLabel() const { return m_completionLabel; }

    ChangeLogTableModel *recentChangesModel() const { return m_recentModel; }

    RiskSummaryWidget *riskSummary() const { return m_riskSummary; }

    ImprovementSummaryWidget *improvementSummary() const { return m_improvementSummary; }

    OverdueDutiesWidget *overdueDuties() const { return m_overdueDuties; }

Q_SIGNALS:
    /// The user clicked the card of a status.
    void controlStatusActivated(isms::ImplementationStatus status);
    /// The user double-clicked a recent change ("control", "5.1").
    void recordActivated(const QString &entity, const QString &entityId);
    /// The user clicked a link to another page (RiskSummaryWidget::pageRequested).
    void pageRequested(const QString &key, const QString &fieldKey, const QString &value);
    /// The user clicked a link that shows some records of a page (ImprovementSummaryWidget).
    void filteredRecordsRequested(const QString &key,
                                  const QList<QHash<QString, QVariant>> &alternatives,
                                  const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildCards();
    QWidget *buildThemeSection();
    QWidget *buildClauseSection();
    QWidget *buildRecentSection();
    void scheduleRefresh();
    void countAttention(const QList<isms::Control> &controls, const QList<isms::Clause> &clauses);

    isms::Database *m_db = nullptr;
    isms::StatusSummary m_summary;
    std::array<int, isms::AllStatuses.size()> m_clauseCounts{};
    Attention m_attention;
    QList<QMetaObject::Connection> m_connections;
    QTimer *m_refreshTimer = nullptr;

    MessageBanner *m_banner = nullptr;
    QLabel *m_organisationLabel = nullptr;
    QLabel *m_completionLabel = nullptr;
    QLabel *m_completionDetail = nullptr;
    QProgressBar *m_completionBar = nullptr;
    std::array<QLabel *, isms::AllStatuses.size()> m_statusCounts{};
    std::array<QLabel *, isms::AllStatuses.size()> m_statusShares{};
    StatusChartWidget *m_chart = nullptr;
    QGridLayout *m_themeGrid = nullptr;
    std::array<std::array<QLabel *, isms::AllStatuses.size() + 1>, isms::AllThemes.size()> m_themeCells{};
    std::array<QLabel *, isms::AllStatuses.size()> m_clauseLabels{};
    std::array<QProgressBar *, isms::AllStatuses.size()> m_clauseBars{};
    QLabel *m_clauseTotal = nullptr;
    QLabel *m_documentsLabel = nullptr;
    QLabel *m_overdueLabel = nullptr;
    QLabel *m_unownedLabel = nullptr;
    ChangeLogTableModel *m_recentModel = nullptr;
    QTreeView *m_recentView = nullptr;
    RiskSummaryWidget *m_riskSummary = nullptr;
    ImprovementSummaryWidget *m_improvementSummary = nullptr;
    OverdueDutiesWidget *m_overdueDuties = nullptr;
};
