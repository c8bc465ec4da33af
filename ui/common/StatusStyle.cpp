// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "common/StatusStyle.h"

#include "report/StatusChart.h"

#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>

using namespace Qt::StringLiterals;

namespace StatusStyle {

QColor colour(isms::ImplementationStatus status)
{
    return isms::StatusChart::statusColor(status);
}

QIcon icon(isms::ImplementationStatus status)
{
    // QPixmapCache rather than a static container: pixmaps must not outlive the application object.
    QIcon result;
    for (const int size : {16, 32}) {
        const QString key = u"isms-status-%1-%2"_s.arg(static_cast<int>(status)).arg(size);
        QPixmap pixmap;
        if (!QPixmapCache::find(key, &pixmap)) {
            pixmap = QPixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            const QColor fill = colour(status);
            painter.setPen(QPen(fill.darker(130), size / 16.0));
            painter.setBrush(fill);
            const qreal margin = size * 0.22;
            painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
            painter.end();
            QPixmapCache::insert(key, pixmap);
        }
        result.addPixmap(pixmap);
    }
    return result;
}

} // namespace StatusStyle
