// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "report/ReportDocument.h"
#include "report/ReportStyle.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QPen>
#include <QRectF>
#include <QString>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;

/// Report-internal: the first pass of ReportRenderer, which lays the body blocks out on pages and
/// collects how to paint each page, and the page geometry both passes share.
namespace isms::render {

using PaintOp = std::function<void(QPainter &)>;

/// The painting of one body page, collected by the layout pass.
struct Page
{
    QList<PaintOp> ops;
};

/// A level 1 heading and the body page (0-based) it starts on.
struct ContentsEntry
{
    QString text;
    int bodyPage = 0;
};

/// Where things go on a page, in the painter's coordinates (device units).
struct Geometry
{
    qreal dpi = 72.0;
    QRectF paper;  ///< the whole sheet
    QRectF body;   ///< where blocks are laid out
    qreal headerY; ///< top of the header line
    qreal headerRuleY;
    qreal footerRuleY;
    qreal footerY; ///< top of the footer line

    qreal mm(qreal value) const { return value * dpi / 25.4; }

    qreal pt(qreal value) const { return value * dpi / 72.0; }
};

/// The page geometry of `device`: paper, body, header and footer lines.
Geometry makeGeometry(QPagedPaintDevice *device);

/// A pen for a rule `widthPt` points wide.
QPen rulePen(const Geometry &g, QRgb colour, qreal widthPt);

/// A horizontal rule from x1 to x2 at y.
void drawRule(QPainter &painter, qreal x1, qreal x2, qreal y, const QPen &pen);

/// `text` on one line (see plainTextLine), elided to `width` in `font` on `device`.
QString elidedLine(const QString &text, const QFont &font, const QPaintDevice *device, qreal width);

/// Draws one line of text, already fitted to `rect` (see elidedLine), centred vertically.
void drawLine(QPainter &painter,
              const QRectF &rect,
              Qt::Alignment alignment,
              const QString &line,
              const QFont &font,
              const QColor &colour);

/// Draws one line of text elided to `rect`'s width.
void drawElided(QPainter &painter,
                const QRectF &rect,
                Qt::Alignment alignment,
                const QString &text,
                const QFont &font,
                const QColor &colour);

class BodyLayoutImpl;

/// Lays out the body blocks of a document on pages: tables with their header repeated, rows kept
/// whole, headings kept with what follows them, and the contents with the page of each level 1
/// heading.
class BodyLayout final
{
public:
    BodyLayout(const Geometry &geometry, const style::Fonts &fonts, QPaintDevice *device);
    ~BodyLayout();
    Q_DISABLE_COPY_MOVE(BodyLayout)

    /// Places one block; `next` and `afterNext` (or nullptr) let a heading stay with what follows it
    /// (a short introduction and its table, for instance).
    void add(const ReportBlock &block, const ReportBlock *next, const ReportBlock *afterNext = nullptr);

    /// The laid-out pages; a trailing empty page is dropped.
    QList<Page> takePages();

    QList<ContentsEntry> contents() const;

private:
    std::unique_ptr<BodyLayoutImpl> m_impl;
};

} // namespace isms::render
