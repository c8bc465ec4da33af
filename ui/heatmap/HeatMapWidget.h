// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "report/RiskHeatMap.h"
#include "services/RiskRegister.h"

#include <QWidget>

#include <optional>

/// The risk matrix with the number of risks in each cell (isms::RiskHeatMap) on screen. Hovering a
/// cell tells its ratings, level and count; clicking it, or choosing it with the arrow keys and
/// pressing Enter or Space, activates it.
class HeatMapWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeatMapWidget)

public:
    explicit HeatMapWidget(QWidget *parent = nullptr);
    ~HeatMapWidget() override;

    void setData(const isms::RiskMethod &method, const isms::HeatMapCounts &counts);

    const isms::RiskMethod &method() const { return m_method; }

    const isms::HeatMapCounts &counts() const { return m_counts; }

    /// Where the map is painted: the widget's rect less the margins, no wider than the height allows.
    QRectF mapRect() const;

    /// The cell under `point` (widget coordinates), nullopt outside the grid.
    std::optional<isms::MatrixCell> cellAt(const QPointF &point) const;

    /// The centre of `cell` in widget coordinates (for tests and accessibility).
    QPoint cellCentre(isms::MatrixCell cell) const;

    /// The cell the keyboard moves (the highest-rated one until the user chooses another).
    isms::MatrixCell currentCell() const { return m_current; }

    void setCurrentCell(isms::MatrixCell cell);

    /// What hovering `cell` shows: both ratings with their labels, the level and the number of risks.
    QString describeCell(isms::MatrixCell cell) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

Q_SIGNALS:
    void cellActivated(const isms::MatrixCell &cell);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    bool isValidCell(isms::MatrixCell cell) const;
    void updateAccessibleDescription();

    isms::RiskMethod m_method;
    isms::HeatMapCounts m_counts;
    isms::MatrixCell m_current{1, 1};
    std::optional<isms::MatrixCell> m_hovered;
};
