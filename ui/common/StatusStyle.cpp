// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "common/StatusStyle.h"

#include "report/StatusChart.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace StatusStyle {

QColor colour(isms::ImplementationStatus status)
{
    return isms::StatusChart::statusColor(status);
}

QIcon icon(isms::ImplementationStatus status)
{
    static QHash<int, QIcon> cache;
    const int key = static_cast<int>(status);
    const auto found = cache.constFind(key);
    if (found != cache.constEnd()) {
        return *found;
    }
    QIcon result;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor fill = colour(status);
        painter.setPen(QPen(fill.darker(130), size / 16.0));
        painter.setBrush(fill);
        const qreal margin = size * 0.22;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        result.addPixmap(pixmap);
    }
    cache.insert(key, result);
    return result;
}

} // namespace StatusStyle
