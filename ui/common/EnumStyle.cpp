// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "common/EnumStyle.h"

#include "domain/EnumSpec.h"

#include <QColor>
#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>

using namespace Qt::StringLiterals;

namespace EnumStyle {

QIcon icon(const isms::EnumValue &value)
{
    return value.colour == 0 ? QIcon() : icon(QColor::fromRgb(value.colour));
}

QIcon icon(const QColor &colour)
{
    if (!colour.isValid()) {
        return {};
    }
    const QRgb rgb = colour.rgb() & 0xFFFFFFU;
    // QPixmapCache rather than a static container: pixmaps must not outlive the application object.
    QIcon result;
    for (const int size : {16, 32}) {
        const QString key = u"isms-enum-%1-%2"_s.arg(rgb, 6, 16, QChar(u'0')).arg(size);
        QPixmap pixmap;
        if (!QPixmapCache::find(key, &pixmap)) {
            pixmap = QPixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            const QColor fill = QColor::fromRgb(rgb);
            painter.setPen(QPen(fill.darker(130), size / 16.0));
            painter.setBrush(fill);
            const qreal margin = size * 0.25;
            painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
            painter.end();
            QPixmapCache::insert(key, pixmap);
        }
        result.addPixmap(pixmap);
    }
    return result;
}

} // namespace EnumStyle
