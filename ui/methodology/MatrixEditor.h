// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "domain/RiskMethod.h"

#include <QTableWidget>

/// The risk matrix as a grid to edit: likelihood up the side (the most likely at the top), impact
/// along the top, each cell in its level's colour. A click (or Space or Enter) raises a cell's level,
/// Shift with it lowers it, a digit chooses a level, and the context menu lists them all.
class MatrixEditor final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatrixEditor)

public:
    explicit MatrixEditor(QWidget *parent = nullptr);
    ~MatrixEditor() override;

    /// Shows the matrix, scales and levels of `method`, without emitting edited().
    void setMethod(const isms::RiskMethod &method);

    /// matrix[likelihood - 1][impact - 1], as RiskMethod holds it.
    QList<QList<int>> matrix() const { return m_method.matrix; }

    int levelAt(int likelihood, int impact) const { return m_method.levelOf(likelihood, impact); }

    /// Sets the level of a cell (1-based numbers); emits edited() when it changed.
    void setLevel(int likelihood, int impact, int level);

    /// Moves the level of a cell up (`step` 1) or down (-1), round the list of levels.
    void cycleLevel(int likelihood, int impact, int step);

    /// The table cell of a rating.
    QModelIndex indexOf(int likelihood, int impact) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void edited();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    int likelihoodOfRow(int row) const;
    void showCell(int likelihood, int impact);
    void showImpactHeader(int column);
    void fitSize();

    isms::RiskMethod m_method;
};
