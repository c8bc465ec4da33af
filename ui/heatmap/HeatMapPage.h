// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "mainwindow/WorkbenchPage.h"
#include "report/RiskHeatMap.h"

#include <QHash>
#include <QList>
#include <QVariant>

class HeatMapWidget;
class MessageBanner;
class QGridLayout;
class QLabel;
class QTimer;

/// The risk register on the matrix: the current and the residual risk side by side (a risk not yet
/// re-rated counts with its current rating in both), the number of risks per level, and each cell a
/// way into the Risks page filtered to its risks.
class HeatMapPage final : public WorkbenchPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeatMapPage)

public:
    explicit HeatMapPage(QWidget *parent = nullptr);
    ~HeatMapPage() override;

    void setContext(isms::Database *db, QUndoStack *undoStack) override;

    /// Reads the counts again (done on its own after every change to the risks or the method).
    void refresh();

    HeatMapWidget *currentMap() const { return m_currentMap; }

    HeatMapWidget *residualMap() const { return m_residualMap; }

    QLabel *summaryLabel() const { return m_summaryLabel; }

    MessageBanner *banner() const { return m_banner; }

    /// The field values that select the risks of `cell` on the current or the residual map, as
    /// RegisterPage::showOnlyAny takes them. A risk without both residual ratings is on the residual
    /// map with its current rating.
    static QList<QHash<QString, QVariant>> cellFilter(bool residual, isms::MatrixCell cell);

    /// The page key of the risk register, where cells lead.
    static QString risksPageKey();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildMapCard(const QString &title, const QString &caption, HeatMapWidget *map, QLabel *&count);
    QWidget *buildLevelCard();
    void scheduleRefresh();
    void updateLevelTable(const QList<int> &current, const QList<int> &residual);
    void onCellActivated(bool residual, isms::MatrixCell cell);

    isms::Database *m_db = nullptr;
    QList<QMetaObject::Connection> m_connections;
    bool m_stale = true;
    QTimer *m_refreshTimer = nullptr;
    MessageBanner *m_banner = nullptr;
    QLabel *m_summaryLabel = nullptr;
    HeatMapWidget *m_currentMap = nullptr;
    HeatMapWidget *m_residualMap = nullptr;
    QLabel *m_currentCount = nullptr;
    QLabel *m_residualCount = nullptr;
    QGridLayout *m_levelGrid = nullptr;
};
