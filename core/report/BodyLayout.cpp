// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/BodyLayout.h"

#include "report/HeatMapBlock.h"
#include "report/ProcessMapChart.h"
#include "report/ReportRenderer.h"
#include "report/ReportStyle.h"
#include "report/StatusChart.h"
#include "report/TableLayout.h"
#include "report/TextBox.h"
#include "report/TrendChart.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace isms::render {

Geometry makeGeometry(QPagedPaintDevice *device)
{
    Geometry g;
    g.dpi = device->logicalDpiY();
    const QPageLayout layout = device->pageLayout();
    const int resolution = device->logicalDpiX();
    const QRectF full = layout.fullRectPixels(resolution);
    const QRectF paint = layout.paintRectPixels(resolution);
    // The painter's origin is the top left of the paintable area, which a printer may inset.
    g.paper = full.translated(-paint.topLeft());
    const qreal hardwareLeft = paint.left() - full.left();
    const qreal hardwareRight = full.right() - paint.right();
    const qreal hardwareTop = paint.top() - full.top();
    const qreal hardwareBottom = full.bottom() - paint.bottom();

    const qreal side = std::max(g.mm(style::SideMarginMm), std::max(hardwareLeft, hardwareRight) + g.mm(2));
    const qreal top = std::max(g.mm(style::HeaderTopMm), hardwareTop + g.mm(1));
    const qreal bottom = std::max(g.mm(style::FooterBottomMm), hardwareBottom + g.mm(1));
    g.headerY = g.paper.top() + top;
    g.headerRuleY = g.headerY + g.mm(5.5);
    g.footerRuleY = g.paper.bottom() - bottom - g.mm(5.5);
    g.footerY = g.footerRuleY + g.mm(1.8);
    g.body = QRectF(QPointF(g.paper.left() + side, g.headerRuleY + g.mm(style::BodyGapMm)),
                    QPointF(g.paper.right() - side, g.footerRuleY - g.mm(style::BodyGapMm)));
    return g;
}

QPen rulePen(const Geometry &g, QRgb colour, qreal widthPt)
{
    QPen pen(QColor::fromRgb(colour), g.pt(widthPt));
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

void drawRule(QPainter &painter, qreal x1, qreal x2, qreal y, const QPen &pen)
{
    painter.setPen(pen);
    painter.drawLine(QPointF(x1, y), QPointF(x2, y));
}

QString elidedLine(const QString &text, const QFont &font, const QPaintDevice *device, qreal width)
{
    return QFontMetricsF(font, device).elidedText(plainTextLine(text), Qt::ElideRight, width);
}

void drawLine(QPainter &painter,
              const QRectF &rect,
              Qt::Alignment alignment,
              const QString &line,
              const QFont &font,
              const QColor &colour)
{
    painter.setFont(font);
    painter.setPen(colour);
    painter.drawText(rect, int(alignment | Qt::AlignVCenter | Qt::TextSingleLine), line);
}

void drawElided(QPainter &painter,
                const QRectF &rect,
                Qt::Alignment alignment,
                const QString &text,
                const QFont &font,
                const QColor &colour)
{
    drawLine(painter, rect, alignment, elidedLine(text, font, painter.device(), rect.width()), font, colour);
}

/// The first pass: places the blocks on body pages and records the painting of each page.
class BodyLayoutImpl
{
public:
    BodyLayoutImpl(const Geometry &geometry, const style::Fonts &fonts, QPaintDevice *device)
        : m_g(geometry)
        , m_fonts(fonts)
        , m_device(device)
    {
        newPage();
    }

    void add(const ReportBlock &block, const ReportBlock *next, const ReportBlock *afterNext)
    {
        m_afterNext = afterNext;
        std::visit([&](const auto &b) { place(b, next); }, block);
    }

    /// Drops a trailing empty page (left by a final page break, or by a document without blocks).
    QList<Page> takePages()
    {
        if (!m_pages.isEmpty() && m_pages.last().ops.isEmpty()) {
            m_pages.removeLast();
        }
        return std::move(m_pages);
    }

    QList<ContentsEntry> contents() const { return m_contents; }

private:
    qreal remaining() const { return m_g.body.bottom() - m_y; }

    void newPage()
    {
        m_pages.append(Page{});
        m_y = m_g.body.top();
        m_atTop = true;
        m_afterHeading = false;
    }

    void addOp(PaintOp op)
    {
        m_pages.last().ops.append(std::move(op));
        m_atTop = false;
    }

    /// Space before a block: none at the top of a page, little right after a heading.
    void spaceBefore(qreal mm)
    {
        if (m_atTop) {
            return;
        }
        m_y += m_g.mm(m_afterHeading ? std::min(mm, style::AfterHeadingMm) : mm);
    }

    /// Roughly how much of `block` must fit under a heading for the heading not to be left alone.
    qreal leadHeight(const ReportBlock *block) const
    {
        if (!block) {
            return 0;
        }
        const QFontMetricsF body(m_fonts.body, m_device);
        const QFontMetricsF table(m_fonts.table, m_device);
        if (const auto *t = std::get_if<ReportTable>(block)) {
            // A short table is kept whole, so its heading keeps all of it; otherwise three rows.
            constexpr qsizetype ShortTableRows = 8;
            if (t->rows.size() <= ShortTableRows) {
                return TableLayout::make(*t, m_g, m_fonts, m_device).height() + m_g.mm(style::BlockGapMm);
            }
            return 5 * (table.height() + 2 * m_g.mm(style::CellPadVMm)) + m_g.mm(style::BlockGapMm);
        }
        if (const auto *chart = std::get_if<ReportStatusChart>(block)) {
            return m_g.mm(chart->heightMm + style::BlockGapMm);
        }
        if (const auto *trend = std::get_if<ReportTrendChart>(block)) {
            return m_g.mm(trend->heightMm + style::BlockGapMm);
        }
        if (const auto *processes = std::get_if<ReportProcessMap>(block)) {
            return m_g.mm(processes->heightMm + style::BlockGapMm);
        }
        if (const auto *maps = std::get_if<ReportHeatMaps>(block)) {
            return HeatMapBlock(*maps, m_g, m_fonts, m_device, m_g.body.width()).height()
                   + m_g.mm(style::BlockGapMm);
        }
        if (std::holds_alternative<ReportPageBreak>(*block)) {
            return 0;
        }
        if (const auto *paragraph = std::get_if<ReportParagraph>(block)) {
            const TextBox box(paragraph->text, m_fonts.body, m_g.body.width(), Qt::AlignLeft, m_device, 1.2);
            return std::min(box.height(), 3 * body.lineSpacing() * 1.2) + m_g.mm(style::BlockGapMm);
        }
        return 3 * body.lineSpacing() + m_g.mm(style::BlockGapMm);
    }

    void place(const ReportHeading &heading, const ReportBlock *next)
    {
        const bool major = heading.level <= 1;
        const QFont &font = major ? m_fonts.h1 : m_fonts.h2;
        const TextBox box(heading.text, font, m_g.body.width(), Qt::AlignLeft, m_device);
        const qreal ruleGap = major ? m_g.mm(1.6) : 0;
        const qreal height = box.height() + ruleGap;
        spaceBefore(major ? style::Heading1BeforeMm : style::Heading2BeforeMm);
        // What follows stays with the heading: a short introduction together with its table or chart.
        qreal lead = leadHeight(next);
        if (next && std::holds_alternative<ReportParagraph>(*next)) {
            lead += leadHeight(m_afterNext);
        }
        lead = std::min(lead, m_g.body.height() / 3);
        if (!m_atTop && height + lead > remaining()) {
            newPage();
        }
        const QPointF topLeft(m_g.body.left(), m_y);
        const qreal ruleY = m_y + box.height() + ruleGap / 2;
        const qreal left = m_g.body.left();
        const qreal right = m_g.body.right();
        const QPen pen = rulePen(m_g, style::Accent, 0.8);
        addOp([box, topLeft, major, ruleY, left, right, pen](QPainter &p) {
            p.setPen(QColor::fromRgb(major ? style::Accent : style::Ink));
            box.draw(p, topLeft);
            if (major) {
                drawRule(p, left, right, ruleY, pen);
            }
        });
        if (major) {
            m_contents.append(ContentsEntry{heading.text, int(m_pages.size()) - 1});
            m_section = heading.text;
        }
        m_y += height + m_g.mm(major ? style::Heading1AfterMm : style::Heading2AfterMm);
        m_afterHeading = true;
    }

    void place(const ReportParagraph &paragraph, const ReportBlock *)
    {
        spaceBefore(style::BlockGapMm);
        const TextBox box(paragraph.text, m_fonts.body, m_g.body.width(), Qt::AlignLeft, m_device, 1.2);
        placeLines(box, m_g.body.left(), QColor::fromRgb(style::Ink));
        m_afterHeading = false;
    }

    /// Places a text box line by line, continuing on new pages as needed.
    void placeLines(const TextBox &box, qreal x, const QColor &colour)
    {
        int line = 0;
        const int count = box.lineCount();
        while (line < count) {
            if (box.lineBottom(line) - box.lineTop(line) > remaining() && !m_atTop) {
                newPage();
            }
            const qreal start = box.lineTop(line);
            int end = line + 1;
            while (end < count && box.lineBottom(end) - start <= remaining()) {
                ++end;
            }
            const QPointF topLeft(x, m_y);
            addOp([box, topLeft, line, end, colour](QPainter &p) {
                p.setPen(colour);
                box.draw(p, topLeft, line, end);
            });
            m_y += box.lineBottom(end - 1) - start;
            line = end;
            if (line < count) {
                newPage();
            }
        }
    }

    static qreal lineHeight(const TextBox &box) { return box.lineCount() > 0 ? box.lineBottom(0) : 0; }

    void place(const ReportKeyValueList &list, const ReportBlock *)
    {
        if (list.items.isEmpty()) {
            return;
        }
        spaceBefore(style::BlockGapMm);
        const QFontMetricsF keyMetrics(m_fonts.bodyBold, m_device);
        qreal keyWidth = 0;
        for (const auto &item : list.items) {
            keyWidth = std::max(keyWidth, keyMetrics.horizontalAdvance(plainTextLine(item.first)));
        }
        keyWidth = std::min(keyWidth + m_g.mm(1), m_g.body.width() * 0.4);
        const qreal gap = m_g.mm(6);
        const qreal valueWidth = m_g.body.width() - keyWidth - gap;
        bool first = true;
        for (const auto &[key, value] : list.items) {
            const TextBox keyBox(key, m_fonts.bodyBold, keyWidth, Qt::AlignLeft, m_device);
            const TextBox valueBox(value, m_fonts.body, valueWidth, Qt::AlignLeft, m_device, 1.15);
            const qreal height = std::max(keyBox.height(), valueBox.height());
            if (!first) {
                m_y += m_g.mm(style::KeyValueGapMm);
            }
            first = false;
            const qreal valueX = m_g.body.left() + keyWidth + gap;
            if (height > remaining() && !m_atTop
                && (height <= m_g.body.height() || remaining() < 3 * lineHeight(valueBox))) {
                newPage();
            }
            const QPointF keyAt(m_g.body.left(), m_y);
            addOp([keyBox, keyAt](QPainter &p) {
                p.setPen(QColor::fromRgb(style::MutedInk));
                keyBox.draw(p, keyAt);
            });
            if (height <= remaining()) {
                const QPointF valueAt(valueX, m_y);
                addOp([valueBox, valueAt](QPainter &p) {
                    p.setPen(QColor::fromRgb(style::Ink));
                    valueBox.draw(p, valueAt);
                });
                m_y += height;
            } else {
                // A value longer than a page continues line by line.
                placeLines(valueBox, valueX, QColor::fromRgb(style::Ink));
            }
        }
        m_afterHeading = false;
    }

    void place(const ReportTable &table, const ReportBlock *)
    {
        if (table.columns.isEmpty()) {
            return;
        }
        spaceBefore(style::BlockGapMm);
        const TableLayout layout = TableLayout::make(table, m_g, m_fonts, m_device);
        const QList<qreal> &xs = layout.xs;
        const qreal padH = layout.padH;
        const qreal padV = layout.padV;
        const LaidOutRow &header = layout.header;
        const QList<LaidOutRow> &rows = layout.rows;

        // A short table stays on one page; a longer one starts where its header and first row fit.
        const bool isShort = layout.height() <= m_g.body.height() / 3;
        if (!m_atTop && isShort && layout.height() > remaining()) {
            newPage();
        }
        const qreal firstRow = rows.isEmpty() ? 0 : std::min(rows.first().height, m_g.body.height() / 3);
        if (!m_atTop && header.height + firstRow > remaining()) {
            newPage();
        }
        placeHeaderRow(header, xs, padH, padV);
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const LaidOutRow &row = rows[r];
            const QColor zebra = (r % 2 == 1) ? QColor::fromRgb(style::Zebra) : QColor(Qt::white);
            if (row.height <= remaining()) {
                placeRowSlice(row, xs, padH, padV, zebra, nullptr, row.height);
                continue;
            }
            if (row.height <= m_g.body.height() - header.height - continuedCaptionHeight()) {
                continueTable(header, xs, padH, padV);
                placeRowSlice(row, xs, padH, padV, zebra, nullptr, row.height);
                continue;
            }
            // A row taller than a page: continue its cells line by line on the following pages.
            QList<int> nextLine(row.cells.size(), 0);
            auto done = [&] {
                for (qsizetype c = 0; c < row.cells.size(); ++c) {
                    if (nextLine[c] < row.cells[c].lineCount()) {
                        return false;
                    }
                }
                return true;
            };
            while (!done()) {
                if (remaining() < 2 * padV + QFontMetricsF(layout.font, m_device).lineSpacing() * 3) {
                    continueTable(header, xs, padH, padV);
                }
                const qreal available = remaining() - 2 * padV;
                qreal sliceHeight = 0;
                QList<std::pair<int, int>> ranges;
                for (qsizetype c = 0; c < row.cells.size(); ++c) {
                    const TextBox &box = row.cells[c];
                    const int from = nextLine[c];
                    int to = box.linesFitting(from, available);
                    if (to == from && from < box.lineCount() && m_atTop) {
                        to = from + 1; // a single line taller than a page: clip it
                    }
                    ranges.append({from, to});
                    if (to > from) {
                        sliceHeight = std::max(sliceHeight, box.lineBottom(to - 1) - box.lineTop(from));
                    }
                    nextLine[c] = to;
                }
                placeRowSlice(row,
                              xs,
                              padH,
                              padV,
                              zebra,
                              &ranges,
                              std::min(sliceHeight + 2 * padV, remaining()));
            }
        }
        const qreal left = m_g.body.left();
        const qreal right = m_g.body.right();
        const qreal y = m_y;
        const QPen pen = rulePen(m_g, style::Accent, 0.8);
        addOp([left, right, y, pen](QPainter &p) { drawRule(p, left, right, y, pen); });
        m_afterHeading = false;
    }

    qreal continuedCaptionHeight() const
    {
        return m_section.isEmpty() ? 0 : QFontMetricsF(m_fonts.small, m_device).height() + m_g.mm(1.5);
    }

    /// Starts a new page for a table that goes on: the section's name marked "(continued)", then the
    /// header row again.
    void continueTable(const LaidOutRow &header, const QList<qreal> &xs, qreal padH, qreal padV)
    {
        newPage();
        if (!m_section.isEmpty()) {
            const qreal height = QFontMetricsF(m_fonts.small, m_device).height();
            const QRectF rect(m_g.body.left(), m_y, m_g.body.width(), height);
            //: Above a table that continues from the previous page: "A.5 Organizational controls
            //: (continued)".
            const QString caption = ReportRenderer::tr("%1 (continued)").arg(plainTextLine(m_section));
            const QFont font = m_fonts.small;
            addOp([rect, caption, font](QPainter &p) {
                drawElided(p, rect, Qt::AlignLeft, caption, font, QColor::fromRgb(style::MutedInk));
            });
            m_y += continuedCaptionHeight();
        }
        placeHeaderRow(header, xs, padH, padV);
    }

    void placeHeaderRow(const LaidOutRow &header, const QList<qreal> &xs, qreal padH, qreal padV)
    {
        const QRectF rect(xs.first(), m_y, xs.last() - xs.first(), header.height);
        const QList<TextBox> cells = header.cells;
        addOp([rect, cells, xs, padH, padV](QPainter &p) {
            p.fillRect(rect, QColor::fromRgb(style::Accent));
            p.setPen(Qt::white);
            for (qsizetype c = 0; c < cells.size(); ++c) {
                cells[c].draw(p, QPointF(xs[c] + padH, rect.top() + padV));
            }
        });
        m_y += header.height;
    }

    /// Places a row, or the line ranges `ranges` of its cells, with the given height.
    void placeRowSlice(const LaidOutRow &row,
                       const QList<qreal> &xs,
                       qreal padH,
                       qreal padV,
                       const QColor &zebra,
                       const QList<std::pair<int, int>> *ranges,
                       qreal height)
    {
        const QRectF rect(xs.first(), m_y, xs.last() - xs.first(), height);
        QList<std::pair<int, int>> lines;
        for (qsizetype c = 0; c < row.cells.size(); ++c) {
            lines.append(ranges ? ranges->at(c) : std::pair<int, int>{0, row.cells[c].lineCount()});
        }
        const QList<TextBox> cells = row.cells;
        const QList<QColor> backgrounds = row.backgrounds;
        const QList<QColor> foregrounds = row.foregrounds;
        const QPen pen = rulePen(m_g, style::RowRule, 0.4);
        addOp([rect, cells, backgrounds, foregrounds, lines, xs, padH, padV, zebra, pen](QPainter &p) {
            p.fillRect(rect, zebra);
            for (qsizetype c = 0; c < cells.size(); ++c) {
                if (backgrounds[c].isValid()) {
                    p.fillRect(QRectF(xs[c], rect.top(), xs[c + 1] - xs[c], rect.height()), backgrounds[c]);
                }
            }
            for (qsizetype c = 0; c < cells.size(); ++c) {
                p.setPen(foregrounds[c].isValid() ? foregrounds[c] : QColor::fromRgb(style::Ink));
                cells[c].draw(p, QPointF(xs[c] + padH, rect.top() + padV), lines[c].first, lines[c].second);
            }
            drawRule(p, rect.left(), rect.right(), rect.bottom(), pen);
        });
        m_y += height;
    }

    void place(const ReportStatusChart &chart, const ReportBlock *)
    {
        spaceBefore(style::BlockGapMm);
        const qreal height = std::min(m_g.mm(chart.heightMm), m_g.body.height());
        if (!m_atTop && height > remaining()) {
            newPage();
        }
        const QRectF rect(m_g.body.left(), m_y, m_g.body.width(), height);
        const StatusSummary summary = chart.summary;
        const QFont font = m_fonts.chart;
        addOp([rect, summary, font](QPainter &p) {
            p.setPen(QColor::fromRgb(style::Ink));
            StatusChart::paint(p, rect, summary, font);
        });
        m_y += height;
        m_afterHeading = false;
    }

    void place(const ReportTrendChart &chart, const ReportBlock *)
    {
        spaceBefore(style::BlockGapMm);
        const qreal height = std::min(m_g.mm(chart.heightMm), m_g.body.height());
        if (!m_atTop && height > remaining()) {
            newPage();
        }
        const QRectF rect(m_g.body.left(), m_y, m_g.body.width(), height);
        const MetricSeries series = chart.series;
        const QFont font = m_fonts.chart;
        addOp([rect, series, font](QPainter &p) {
            p.setPen(QColor::fromRgb(style::Ink));
            TrendChart::paint(p, rect, series, font);
        });
        m_y += height;
        m_afterHeading = false;
    }

    void place(const ReportProcessMap &chart, const ReportBlock *)
    {
        spaceBefore(style::BlockGapMm);
        const qreal height = std::min(m_g.mm(chart.heightMm), m_g.body.height());
        if (!m_atTop && height > remaining()) {
            newPage();
        }
        const QRectF rect(m_g.body.left(), m_y, m_g.body.width(), height);
        const ProcessMap map = chart.map;
        const QFont font = m_fonts.chart;
        addOp([rect, map, font](QPainter &p) {
            p.setPen(QColor::fromRgb(style::Ink));
            ProcessMapChart::paint(p, rect, map, font);
        });
        m_y += height;
        m_afterHeading = false;
    }

    void place(const ReportHeatMaps &maps, const ReportBlock *)
    {
        if (maps.panels.isEmpty()) {
            return;
        }
        spaceBefore(style::BlockGapMm);
        const HeatMapBlock block(maps, m_g, m_fonts, m_device, m_g.body.width());
        if (!m_atTop && block.height() > remaining()) {
            newPage();
        }
        addOp(block.paintOp(QPointF(m_g.body.left(), m_y)));
        m_y += block.height();
        m_afterHeading = false;
    }

    void place(const ReportPageBreak &, const ReportBlock *)
    {
        if (!m_atTop) {
            newPage();
        }
    }

    const Geometry &m_g;
    const style::Fonts &m_fonts;
    QPaintDevice *m_device;
    QList<Page> m_pages;
    QList<ContentsEntry> m_contents;
    qreal m_y = 0;
    bool m_atTop = true;
    bool m_afterHeading = false;
    QString m_section;                        ///< the last level 1 heading, named above continued tables
    const ReportBlock *m_afterNext = nullptr; ///< the block after the next one, while one is placed
};

BodyLayout::BodyLayout(const Geometry &geometry, const style::Fonts &fonts, QPaintDevice *device)
    : m_impl(std::make_unique<BodyLayoutImpl>(geometry, fonts, device))
{}

BodyLayout::~BodyLayout() = default;

void BodyLayout::add(const ReportBlock &block, const ReportBlock *next, const ReportBlock *afterNext)
{
    m_impl->add(block, next, afterNext);
}

QList<Page> BodyLayout::takePages()
{
    return m_impl->takePages();
}

QList<ContentsEntry> BodyLayout::contents() const
{
    return m_impl->contents();
}

} // namespace isms::render
