// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QLayout>
#include <QList>

/// Lays its widgets out left to right and wraps them onto a further row when the width runs out, so
/// that a bar of buttons and filters never makes the window wider than the screen. The room left in a
/// row goes to the widgets of that row whose horizontal size policy expands (a filter field, a count
/// label aligned right), in proportion to their stretch factor, else it stays at the row's end.
class FlowLayout final : public QLayout
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLayout)

public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 8);
    ~FlowLayout() override;

    /// Adds `widget` with a stretch factor for the room left in its row (0: the widget's policy alone
    /// decides, counted as 1 when it expands).
    void addWidget(QWidget *widget, int stretch = 0);

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    /// Places the items in `rect` (only measures with `apply` off) and returns the height used.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    QList<int> m_stretch;
    int m_spacing;
};
