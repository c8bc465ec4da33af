// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "services/RiskRegister.h"

#include <QDate>
#include <QFrame>
#include <QList>
#include <QMetaObject>

namespace isms {
class Database;
}

class QGridLayout;
class QLabel;
class QTimer;

/// The dashboard's card of the risk register (RiskRegister::overview): how many risks each level of
/// the method holds, before and after treatment, and what needs attention (risks awaiting sign-off,
/// overdue treatment tasks, overdue reviews). Levels and attention lines are links to the Risks and
/// Treatment plan pages. Follows the changes of risks, tasks and the method.
class RiskSummaryWidget final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RiskSummaryWidget)

public:
    explicit RiskSummaryWidget(QWidget *parent = nullptr);
    ~RiskSummaryWidget() override;

    void setDatabase(isms::Database *db);

    /// The day against which dates are overdue (today unless set, for tests).
    void setToday(const QDate &today);

    /// Reads the overview again (also done shortly after every change notice).
    void refresh();

    const isms::RiskOverview &overview() const { return m_overview; }

    /// The current (0) or residual (1) count shown for level `level` (1-based), or nullptr.
    QLabel *levelCountLabel(int level, int residual) const;

    QLabel *signOffLabel() const { return m_signOffLabel; }

    QLabel *overdueTasksLabel() const { return m_overdueTasksLabel; }

    QLabel *reviewsLabel() const { return m_reviewsLabel; }

    /// Follows a link of the card ("risks", "treatment-plan:overdue", "level:2").
    void activateLink(const QString &link);

Q_SIGNALS:
    /// The user asked for page `key`, optionally showing only the records whose field `fieldKey`
    /// holds `value` (WorkbenchPage::showOnly).
    void pageRequested(const QString &key, const QString &fieldKey, const QString &value);

private:
    void rebuildLevels();
    void scheduleRefresh();

    isms::Database *m_db = nullptr;
    QDate m_today;
    isms::RiskOverview m_overview;
    QList<QMetaObject::Connection> m_connections;
    QTimer *m_refreshTimer = nullptr;
    QList<isms::RiskLevel> m_shownLevels; ///< the levels the grid was built for
    bool m_shownLinked = false;

    QLabel *m_totalLabel = nullptr;
    QGridLayout *m_levelGrid = nullptr;
    QList<std::array<QLabel *, 2>> m_levelCounts;
    QList<QWidget *> m_levelWidgets;
    QLabel *m_signOffLabel = nullptr;
    QLabel *m_overdueTasksLabel = nullptr;
    QLabel *m_reviewsLabel = nullptr;
    QLabel *m_openTasksLabel = nullptr;
};
