// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The flow layout of the register pages' filter bars: one row while the width allows, more rows when it
// does not, the room left to the expanding widgets, and a minimum width no wider than its widest widget.
#include "common/FlowLayout.h"

#include <QLabel>
#include <QWidget>

#include <gtest/gtest.h>

namespace {

QWidget *fixed(QWidget *parent, int width, int height)
{
    auto *widget = new QWidget(parent);
    widget->setFixedSize(width, height);
    return widget;
}

} // namespace

TEST(FlowLayoutTest, WrapsOntoMoreRowsOnlyWhenTheWidthRunsOut)
{
    QWidget bar;
    auto *layout = new FlowLayout(&bar, 10);
    QList<QWidget *> widgets;
    for (int i = 0; i < 4; ++i) {
        widgets.append(fixed(&bar, 100, 20));
        layout->addWidget(widgets.last());
    }
    EXPECT_EQ(layout->sizeHint().width(), 4 * 100 + 3 * 10);
    EXPECT_EQ(layout->heightForWidth(430), 20);
    EXPECT_EQ(layout->heightForWidth(429), 50) << "two rows and the spacing between them";
    EXPECT_EQ(layout->heightForWidth(100), 4 * 20 + 3 * 10);
    EXPECT_EQ(layout->minimumSize().width(), 100);

    layout->setGeometry(QRect(0, 0, 230, 50));
    EXPECT_EQ(widgets.at(0)->geometry(), QRect(0, 0, 100, 20));
    EXPECT_EQ(widgets.at(1)->geometry(), QRect(110, 0, 100, 20));
    EXPECT_EQ(widgets.at(2)->geometry(), QRect(0, 30, 100, 20));
    EXPECT_EQ(widgets.at(3)->geometry(), QRect(110, 30, 100, 20));
}

TEST(FlowLayoutTest, TheRoomLeftInARowGoesToItsExpandingWidgets)
{
    QWidget bar;
    auto *layout = new FlowLayout(&bar, 10);
    QWidget *button = fixed(&bar, 100, 20);
    auto *field = new QWidget(&bar);
    field->setMinimumSize(100, 20);
    field->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *count = new QLabel(QStringLiteral("Risks: 60"), &bar);
    count->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(button);
    layout->addWidget(field, 2);
    layout->addWidget(count);
    const int used = 100 + 10 + field->sizeHint().expandedTo(field->minimumSize()).width() + 10
                     + count->sizeHint().width();
    layout->setGeometry(QRect(0, 0, used + 300, 30));
    EXPECT_EQ(button->width(), 100);
    EXPECT_EQ(field->width(), field->sizeHint().expandedTo(field->minimumSize()).width() + 200);
    EXPECT_EQ(count->width(), count->sizeHint().width() + 100);
    EXPECT_EQ(count->geometry().right(), used + 300 - 1) << "the count ends at the bar's right edge";
}
