// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "common/LazyIcon.h"

#include <QFile>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>

namespace {

class LazyPngIconEngine final : public QIconEngine
{
public:
    LazyPngIconEngine(QString path, QSize size)
        : m_path(std::move(path))
        , m_size(size)
    {}

    QIconEngine *clone() const override { return new LazyPngIconEngine(m_path, m_size); }

    QString key() const override { return QStringLiteral("isms-lazy-png"); }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        return m_size.scaled(size, Qt::KeepAspectRatio).boundedTo(m_size);
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override { return {m_size}; }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        const QPixmap &whole = image();
        if (whole.isNull()) {
            return {};
        }
        const QSize shown = actualSize(size, mode, state);
        return shown == whole.size() ? whole
                                     : whole.scaled(shown, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const QPixmap shown = pixmap(rect.size(), mode, state);
        if (!shown.isNull()) {
            const QSize size = shown.size();
            painter->drawPixmap(
                QRect(rect.topLeft()
                          + QPoint((rect.width() - size.width()) / 2, (rect.height() - size.height()) / 2),
                      size),
                shown);
        }
    }

private:
    const QPixmap &image()
    {
        if (!m_read) {
            m_read = true;
            QFile file(m_path);
            if (file.open(QIODevice::ReadOnly)) {
                QImageReader reader(&file, "png");
                reader.setAutoDetectImageFormat(false);
                m_image = QPixmap::fromImage(reader.read());
            }
        }
        return m_image;
    }

    QString m_path;
    QSize m_size;
    bool m_read = false;
    QPixmap m_image;
};

} // namespace

QIcon lazyPngIcon(const QString &path, QSize size)
{
    return QIcon(new LazyPngIconEngine(path, size));
}
