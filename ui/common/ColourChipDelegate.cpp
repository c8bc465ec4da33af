// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "common/ColourChipDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPixmapCache>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace {

constexpr int ChipMargin = 6;
constexpr int ChipPadding = 8;

} // namespace

ColourChipDelegate::ColourChipDelegate(int colourRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_colourRole(colourRole)
{}

ColourChipDelegate::~ColourChipDelegate() = default;

int ColourChipDelegate::chipWidth(const QFontMetrics &metrics, const QString &text)
{
    return metrics.horizontalAdvance(text) + 2 * (ChipMargin + ChipPadding) + 2;
}

QPixmap ColourChipDelegate::chipImage(const QColor &colour, QSize size, qreal pixelRatio)
{
    // A table shows few distinct chips (a colour per level, a width per word): each is drawn once,
    // antialiased, and then copied, which is about a hundred times cheaper than drawing it again.
    const QString key = u"isms-chip-%1-%2x%3@%4"_s.arg(colour.name(QColor::HexArgb))
                            .arg(size.width())
                            .arg(size.height())
                            .arg(pixelRatio);
    QPixmap image;
    if (QPixmapCache::find(key, &image)) {
        return image;
    }
    image = QPixmap(size * pixelRatio);
    image.setDevicePixelRatio(pixelRatio);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(colour.darker(115), 1));
        painter.setBrush(colour);
        const qreal radius = size.height() / 2.0;
        painter.drawRoundedRect(QRectF(QPointF(0, 0), QSizeF(size)).adjusted(0.5, 0.5, -0.5, -0.5),
                                radius,
                                radius);
    }
    QPixmapCache::insert(key, image);
    return image;
}

QColor ColourChipDelegate::textColourOn(const QColor &background)
{
    // Relative luminance (sRGB approximated by the squares), as in WCAG's contrast ratio.
    auto channel = [](double value) { return value * value; };
    const double luminance = 0.2126 * channel(background.redF()) + 0.7152 * channel(background.greenF())
                             + 0.0722 * channel(background.blueF());
    return luminance > 0.18 ? QColor(Qt::black) : QColor(Qt::white);
}

void ColourChipDelegate::paint(QPainter *painter,
                               const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    const QColor colour = index.data(m_colourRole).value<QColor>();
    if (!colour.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QString text = item.text;
    item.text.clear();
    item.icon = QIcon();
    const QStyle *style = item.widget ? item.widget->style() : QApplication::style();
    // Background, selection and focus as for any cell.
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

    const QFontMetrics metrics(item.font);
    const int height = std::min(metrics.height() + 4, item.rect.height() - 2);
    const int width =
        std::min(metrics.horizontalAdvance(text) + 2 * ChipPadding, item.rect.width() - 2 * ChipMargin);
    if (width <= 2 * ChipPadding || text.isEmpty()) {
        return;
    }
    const QRect chip(item.rect.left() + ChipMargin, item.rect.center().y() - height / 2 + 1, width, height);
    painter->save();
    painter->drawPixmap(chip.topLeft(),
                        chipImage(colour, chip.size(), painter->device()->devicePixelRatioF()));
    painter->setPen(textColourOn(colour));
    painter->setFont(item.font);
    painter->drawText(chip.adjusted(ChipPadding, 0, -ChipPadding, 0),
                      Qt::AlignCenter,
                      metrics.elidedText(text, Qt::ElideRight, chip.width() - 2 * ChipPadding));
    painter->restore();
}

QSize ColourChipDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += 2 * (ChipMargin + ChipPadding);
    return size;
}
