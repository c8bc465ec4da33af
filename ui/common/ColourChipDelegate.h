// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QPixmap>
#include <QStyledItemDelegate>

/// Shows a cell's text on a rounded chip in the colour its model gives under `colourRole` (a risk
/// level in the method's colour), with black or white text, whichever reads better. The text stays,
/// so that the colour is never the only sign. Cells without a colour are drawn as usual.
class ColourChipDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColourChipDelegate)

public:
    ColourChipDelegate(int colourRole, QObject *parent = nullptr);
    ~ColourChipDelegate() override;

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The width a cell needs to show `text` on its chip whole.
    static int chipWidth(const QFontMetrics &metrics, const QString &text);

    /// Black or white, whichever contrasts more with `background`.
    static QColor textColourOn(const QColor &background);

private:
    /// The chip's rounded background of `size` in `colour`, from QPixmapCache once drawn.
    static QPixmap chipImage(const QColor &colour, QSize size, qreal pixelRatio);

    int m_colourRole;
};
