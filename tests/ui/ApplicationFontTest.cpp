// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "common/ApplicationFont.h"

#include <QApplication>
#include <QFont>
#include <QLabel>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

TEST(ApplicationFontTest, KeepsThePlatformFontAndLaysLatinTextOutWithoutShaping)
{
    const QFont before = QApplication::font();
    applyApplicationFont();
    const QFont after = QApplication::font();
    EXPECT_EQ(after.family(), before.family());
    EXPECT_EQ(after.pointSizeF(), before.pointSizeF());
    EXPECT_TRUE(after.styleStrategy() & QFont::PreferNoShaping);
    // Widgets made afterwards inherit it, as every page of the window does.
    const QLabel label(u"Risk register"_s);
    EXPECT_TRUE(label.font().styleStrategy() & QFont::PreferNoShaping);
    QApplication::setFont(before);
}
