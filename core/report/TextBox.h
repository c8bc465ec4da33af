// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QFont>
#include <QPointF>
#include <QString>
#include <Qt>

#include <memory>

class QPainter;
class QPaintDevice;
class QTextLayout;

namespace isms {

/// Text prepared for QTextLayout: line breaks become line separators, tabs spaces, and other control
/// characters are dropped. Never interpreted as markup.
QString plainText(const QString &text);

/// The same on one line: line breaks become spaces.
QString plainTextLine(const QString &text);

/// Plain text word-wrapped to a width with QTextLayout for one paint device: measured once, painted
/// later, whole or line by line. Cheap to copy (the layout is shared). Internal to isms_report.
class TextBox final
{
public:
    TextBox() = default;
    TextBox(const QString &text,
            const QFont &font,
            qreal width,
            Qt::Alignment alignment,
            const QPaintDevice *device,
            qreal lineSpacing = 1.0);

    int lineCount() const;

    /// Top and bottom of line `index`, relative to the box's top.
    qreal lineTop(int index) const;

    qreal lineBottom(int index) const;

    /// Distance from the top to the first baseline.
    qreal firstBaseline() const;

    qreal height() const;

    /// The end (exclusive) of the lines from `from` on that fit in `available` height.
    int linesFitting(int from, qreal available) const;

    /// Paints lines [first, last) with line `first` at `topLeft`, in the painter's pen colour.
    void draw(QPainter &painter, const QPointF &topLeft, int first, int last) const;

    void draw(QPainter &painter, const QPointF &topLeft) const { draw(painter, topLeft, 0, lineCount()); }

private:
    std::shared_ptr<QTextLayout> m_layout;
};

} // namespace isms
