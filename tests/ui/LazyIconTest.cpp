// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "common/LazyIcon.h"

#include <QImage>
#include <QPainter>
#include <QPixmap>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

TEST(LazyIconTest, TheApplicationIconIsReadWhenDrawnAtEverySize)
{
    const QIcon icon = lazyPngIcon(u":/icons/isms-workbench.png"_s, QSize(256, 256));
    ASSERT_FALSE(icon.isNull());
    EXPECT_EQ(icon.availableSizes(), QList<QSize>{QSize(256, 256)});
    EXPECT_EQ(icon.actualSize(QSize(32, 32)), QSize(32, 32));
    EXPECT_EQ(icon.actualSize(QSize(512, 512)), QSize(256, 256)) << "never scaled up";

    const QImage whole = icon.pixmap(QSize(256, 256)).toImage();
    ASSERT_EQ(whole.size(), QSize(256, 256));
    const QImage expected(u":/icons/isms-workbench.png"_s);
    // Compared as drawn (premultiplied): back from premultiplied to straight alpha, semi-transparent
    // pixels round differently on different processors' conversion code.
    EXPECT_EQ(whole.convertToFormat(QImage::Format_ARGB32_Premultiplied),
              expected.convertToFormat(QImage::Format_ARGB32_Premultiplied));
    const QPixmap small = icon.pixmap(QSize(32, 32));
    EXPECT_EQ(small.size(), QSize(32, 32));

    // Drawn centred in a rectangle, as a title bar or a dialog draws it.
    QImage canvas(64, 48, QImage::Format_ARGB32_Premultiplied);
    canvas.fill(Qt::transparent);
    {
        QPainter painter(&canvas);
        icon.paint(&painter, canvas.rect());
    }
    EXPECT_EQ(qAlpha(canvas.pixel(0, 24)), 0) << "nothing left of the centred square";
    EXPECT_NE(canvas.pixel(32, 24), 0U);
}

TEST(LazyIconTest, AMissingFileGivesNoPixmapAndNoCrash)
{
    const QIcon icon = lazyPngIcon(u":/icons/no-such-icon.png"_s, QSize(64, 64));
    EXPECT_TRUE(icon.pixmap(QSize(16, 16)).isNull());
    QImage canvas(16, 16, QImage::Format_ARGB32_Premultiplied);
    canvas.fill(Qt::transparent);
    QPainter painter(&canvas);
    icon.paint(&painter, canvas.rect());
}
