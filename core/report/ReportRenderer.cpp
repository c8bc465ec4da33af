// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/ReportRenderer.h"

#include "common/Logging.h"
#include "report/ReportStyle.h"
#include "report/StatusChart.h"
#include "report/TextBox.h"

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

namespace isms {

namespace {

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

/// Draws one line of text elided to `rect`'s width.
void drawElided(QPainter &painter,
                const QRectF &rect,
                Qt::Alignment alignment,
                const QString &text,
                const QFont &font,
                const QColor &colour)
{
    const QFontMetricsF metrics(font, painter.device());
    const QString elided = metrics.elidedText(plainTextLine(text), Qt::ElideRight, rect.width());
    painter.setFont(font);
    painter.setPen(colour);
    painter.drawText(rect, int(alignment | Qt::AlignVCenter | Qt::TextSingleLine), elided);
}

/// The first pass: places the blocks on body pages and records the painting of each page.
class BodyLayout
{
public:
    BodyLayout(const Geometry &geometry, const style::Fonts &fonts, QPaintDevice *device)
        : m_g(geometry)
        , m_fonts(fonts)
        , m_device(device)
    {
        newPage();
    }

    void add(const ReportBlock &block, const ReportBlock *next)
    {
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
        if (std::holds_alternative<ReportTable>(*block)) {
            return 3 * (table.height() + 2 * m_g.mm(style::CellPadVMm)) + m_g.mm(style::BlockGapMm);
        }
        if (const auto *chart = std::get_if<ReportStatusChart>(block)) {
            return m_g.mm(chart->heightMm + style::BlockGapMm);
        }
        if (std::holds_alternative<ReportPageBreak>(*block)) {
            return 0;
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
        const qreal lead = std::min(leadHeight(next), m_g.body.height() / 3);
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

    struct LaidOutRow
    {
        QList<TextBox> cells;
        QList<QColor> backgrounds;
        QList<bool> bold;
        qreal height = 0;
    };

    void place(const ReportTable &table, const ReportBlock *)
    {
        const qsizetype columnCount = table.columns.size();
        if (columnCount == 0) {
            return;
        }
        spaceBefore(style::BlockGapMm);
        qreal totalWeight = 0;
        for (const ReportTableColumn &column : table.columns) {
            totalWeight += std::max<qreal>(column.relativeWidth, 0.01);
        }
        QList<qreal> xs{m_g.body.left()};
        for (const ReportTableColumn &column : table.columns) {
            xs.append(xs.last()
                      + m_g.body.width() * std::max<qreal>(column.relativeWidth, 0.01) / totalWeight);
        }
        const qreal padH = m_g.mm(style::CellPadHMm);
        const qreal padV = m_g.mm(style::CellPadVMm);
        auto innerWidth = [&](qsizetype c) {
            return std::max<qreal>(xs[c + 1] - xs[c] - 2 * padH, m_g.mm(2));
        };

        LaidOutRow header;
        for (qsizetype c = 0; c < columnCount; ++c) {
            const ReportTableColumn &column = table.columns[c];
            header.cells.append(
                TextBox(column.title, m_fonts.tableHeader, innerWidth(c), column.alignment, m_device));
            header.height = std::max(header.height, header.cells.last().height());
        }
        header.height += 2 * padV;

        QList<LaidOutRow> rows;
        rows.reserve(table.rows.size());
        for (const QList<ReportTableCell> &cells : table.rows) {
            LaidOutRow row;
            for (qsizetype c = 0; c < columnCount; ++c) {
                const ReportTableCell cell = c < cells.size() ? cells[c] : ReportTableCell{};
                const QFont &font = cell.bold ? m_fonts.tableBold : m_fonts.table;
                row.cells.append(
                    TextBox(cell.text, font, innerWidth(c), table.columns[c].alignment, m_device));
                row.backgrounds.append(cell.background);
                row.bold.append(cell.bold);
                row.height = std::max(row.height, row.cells.last().height());
            }
            row.height += 2 * padV;
            rows.append(std::move(row));
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
                if (remaining() < 2 * padV + QFontMetricsF(m_fonts.table, m_device).lineSpacing() * 3) {
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
        const QPen pen = rulePen(m_g, style::RowRule, 0.4);
        addOp([rect, cells, backgrounds, lines, xs, padH, padV, zebra, pen](QPainter &p) {
            p.fillRect(rect, zebra);
            for (qsizetype c = 0; c < cells.size(); ++c) {
                if (backgrounds[c].isValid()) {
                    p.fillRect(QRectF(xs[c], rect.top(), xs[c + 1] - xs[c], rect.height()), backgrounds[c]);
                }
            }
            p.setPen(QColor::fromRgb(style::Ink));
            for (qsizetype c = 0; c < cells.size(); ++c) {
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
    QString m_section; ///< the last level 1 heading, named above continued tables
};

/// The second pass: paints the cover, the contents, and the pages with their header and footer.
class Painter
{
public:
    Painter(const ReportDocument &document,
            const Geometry &geometry,
            const style::Fonts &fonts,
            QPainter &painter,
            int pageCount)
        : m_doc(document)
        , m_g(geometry)
        , m_fonts(fonts)
        , m_p(painter)
        , m_pageCount(pageCount)
        , m_generated(document.generatedAtUtc.isValid() ? document.generatedAtUtc.toUTC()
                                                        : QDateTime::currentDateTimeUtc())
    {}

    void paintCover()
    {
        const QRectF content(m_g.body.left(), m_g.paper.top(), m_g.body.width(), m_g.paper.height());
        QPaintDevice *device = m_p.device();

        // A band of the accent colour across the top of the sheet.
        m_p.fillRect(QRectF(m_g.paper.left(), m_g.paper.top(), m_g.paper.width(), m_g.mm(7)),
                     QColor::fromRgb(style::Accent));

        const qreal topY = m_g.paper.top() + m_g.mm(24);
        // The classification as a framed label in the top right corner.
        const QFontMetricsF badgeMetrics(m_fonts.badge, device);
        const QString classification = plainTextLine(m_doc.classification);
        const qreal badgeTextWidth =
            std::min(badgeMetrics.horizontalAdvance(classification), content.width() / 2);
        const QRectF badge(content.right() - badgeTextWidth - m_g.mm(6),
                           topY - m_g.mm(1.5),
                           badgeTextWidth + m_g.mm(6),
                           badgeMetrics.height() + m_g.mm(3));
        m_p.setPen(rulePen(m_g, style::Accent, 1.0));
        m_p.setBrush(Qt::NoBrush);
        m_p.drawRect(badge);
        drawElided(m_p,
                   badge,
                   Qt::AlignHCenter,
                   classification,
                   m_fonts.badge,
                   QColor::fromRgb(style::Accent));

        drawElided(m_p,
                   QRectF(content.left(),
                          topY - m_g.mm(1.5),
                          content.width() - badge.width() - m_g.mm(8),
                          badge.height()),
                   Qt::AlignLeft,
                   m_doc.organisation,
                   m_fonts.coverOrganisation,
                   QColor::fromRgb(style::MutedInk));

        // Title, accent rule and subtitle, a third of the way down.
        qreal y = m_g.paper.top() + m_g.paper.height() * 0.30;
        const TextBox title(m_doc.title, m_fonts.coverTitle, content.width(), Qt::AlignLeft, device, 1.05);
        m_p.setPen(QColor::fromRgb(style::Accent));
        title.draw(m_p, QPointF(content.left(), y));
        y += title.height() + m_g.mm(6);
        m_p.fillRect(QRectF(content.left(), y, m_g.mm(28), m_g.pt(2.5)),
                     QColor::fromRgb(style::AccentBright));
        y += m_g.pt(2.5) + m_g.mm(6);
        if (!m_doc.subtitle.isEmpty()) {
            const TextBox subtitle(m_doc.subtitle,
                                   m_fonts.coverSubtitle,
                                   content.width(),
                                   Qt::AlignLeft,
                                   device,
                                   1.2);
            m_p.setPen(QColor::fromRgb(style::MutedInk));
            subtitle.draw(m_p, QPointF(content.left(), y));
        }

        // The document's identity in a table near the foot of the page.
        QList<std::pair<QString, QString>> facts{
            {ReportRenderer::tr("Organisation"), m_doc.organisation},
            {ReportRenderer::tr("Document ID"), m_doc.documentId},
            {ReportRenderer::tr("Version"), m_doc.version},
            {ReportRenderer::tr("Date"), m_generated.date().toString(Qt::ISODate)},
            {ReportRenderer::tr("Classification"), m_doc.classification},
        };
        if (!m_doc.changeLogHead.isEmpty()) {
            facts.append({ReportRenderer::tr("Change log"), m_doc.changeLogHead});
        }
        const QFontMetricsF keyMetrics(m_fonts.table, device);
        qreal keyWidth = 0;
        for (const auto &fact : facts) {
            keyWidth = std::max(keyWidth, keyMetrics.horizontalAdvance(fact.first));
        }
        keyWidth += m_g.mm(8);
        const qreal valueWidth = content.width() - keyWidth;
        QList<std::pair<TextBox, TextBox>> boxes;
        qreal tableHeight = 0;
        const qreal rowGap = m_g.mm(2.2);
        for (const auto &[key, value] : facts) {
            TextBox keyBox(key, m_fonts.table, keyWidth, Qt::AlignLeft, device);
            TextBox valueBox(value, m_fonts.coverFact, valueWidth, Qt::AlignLeft, device);
            tableHeight += std::max(keyBox.height(), valueBox.height()) + 2 * rowGap;
            boxes.append({std::move(keyBox), std::move(valueBox)});
        }
        const QFontMetricsF smallMetrics(m_fonts.small, device);
        const qreal footY = m_g.paper.bottom() - m_g.mm(style::FooterBottomMm) - smallMetrics.height();
        y = footY - m_g.mm(10) - tableHeight;
        const QPen strong = rulePen(m_g, style::Accent, 0.8);
        const QPen thin = rulePen(m_g, style::RowRule, 0.4);
        drawRule(m_p, content.left(), content.right(), y, strong);
        for (qsizetype i = 0; i < boxes.size(); ++i) {
            const auto &[keyBox, valueBox] = boxes[i];
            const qreal rowHeight = std::max(keyBox.height(), valueBox.height()) + 2 * rowGap;
            const qreal keyOffset = (valueBox.lineCount() > 0 && keyBox.lineCount() > 0)
                                        ? valueBox.firstBaseline() - keyBox.firstBaseline()
                                        : 0;
            m_p.setPen(QColor::fromRgb(style::MutedInk));
            keyBox.draw(m_p, QPointF(content.left(), y + rowGap + std::max<qreal>(keyOffset, 0)));
            m_p.setPen(QColor::fromRgb(style::Ink));
            valueBox.draw(m_p, QPointF(content.left() + keyWidth, y + rowGap));
            y += rowHeight;
            drawRule(m_p, content.left(), content.right(), y, i + 1 == boxes.size() ? strong : thin);
        }
        drawElided(
            m_p,
            QRectF(content.left(), footY, content.width(), smallMetrics.height()),
            Qt::AlignLeft,
            ReportRenderer::tr("Generated by %1 on %2").arg(u"ISMS Workbench"_s, generatedText(m_generated)),
            m_fonts.small,
            QColor::fromRgb(style::MutedInk));
    }

    /// How many contents entries fit on one page.
    static int entriesPerPage(const Geometry &g, const style::Fonts &fonts, QPaintDevice *device)
    {
        const qreal titleHeight =
            QFontMetricsF(fonts.h1, device).height() + g.mm(1.6 + style::Heading1AfterMm + 4);
        const qreal entryHeight = g.mm(style::ContentsEntryMm);
        return std::max(1, int((g.body.height() - titleHeight) / entryHeight));
    }

    void paintContents(const QList<ContentsEntry> &entries, int firstBodyPageNumber, bool continued)
    {
        QPaintDevice *device = m_p.device();
        const QString heading =
            continued ? ReportRenderer::tr("Contents (continued)") : ReportRenderer::tr("Contents");
        const TextBox title(heading, m_fonts.h1, m_g.body.width(), Qt::AlignLeft, device);
        qreal y = m_g.body.top();
        m_p.setPen(QColor::fromRgb(style::Accent));
        title.draw(m_p, QPointF(m_g.body.left(), y));
        y += title.height() + m_g.mm(0.8);
        drawRule(m_p, m_g.body.left(), m_g.body.right(), y, rulePen(m_g, style::Accent, 0.8));
        y += m_g.mm(0.8 + style::Heading1AfterMm + 4);

        const QFontMetricsF metrics(m_fonts.contents, device);
        const qreal entryHeight = m_g.mm(style::ContentsEntryMm);
        const qreal numberWidth = metrics.horizontalAdvance(u"0000"_s);
        QPen dots(QColor::fromRgb(style::MutedInk), m_g.pt(0.9));
        dots.setCapStyle(Qt::RoundCap);
        dots.setDashPattern({0.01, 3.5});
        for (const ContentsEntry &entry : entries) {
            const QString number = QString::number(firstBodyPageNumber + entry.bodyPage);
            const QRectF numberRect(m_g.body.right() - numberWidth, y, numberWidth, entryHeight);
            const qreal textMax = m_g.body.width() - numberWidth - m_g.mm(8);
            const QString text = metrics.elidedText(plainTextLine(entry.text), Qt::ElideRight, textMax);
            const qreal textWidth = metrics.horizontalAdvance(text);
            m_p.setFont(m_fonts.contents);
            m_p.setPen(QColor::fromRgb(style::Ink));
            m_p.drawText(QRectF(m_g.body.left(), y, textMax, entryHeight),
                         int(Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine),
                         text);
            m_p.drawText(numberRect, int(Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine), number);
            const qreal baseline = y + (entryHeight - metrics.height()) / 2 + metrics.ascent();
            const qreal dotsFrom = m_g.body.left() + textWidth + m_g.mm(2);
            const qreal dotsTo = m_g.body.right() - metrics.horizontalAdvance(number) - m_g.mm(2);
            if (dotsTo > dotsFrom) {
                m_p.setPen(dots);
                m_p.drawLine(QPointF(dotsFrom, baseline), QPointF(dotsTo, baseline));
            }
            y += entryHeight;
        }
    }

    void paintHeaderFooter(int pageNumber)
    {
        QPaintDevice *device = m_p.device();
        const QRectF band(m_g.body.left(),
                          m_g.headerY,
                          m_g.body.width(),
                          m_g.headerRuleY - m_g.headerY - m_g.mm(1));
        const QFontMetricsF regular(m_fonts.small, device);
        const QFontMetricsF bold(m_fonts.smallBold, device);

        const QString classification = plainTextLine(m_doc.classification);
        const qreal classificationWidth = std::min(bold.horizontalAdvance(classification), band.width() / 4);
        drawElided(m_p,
                   QRectF(band.right() - classificationWidth, band.top(), classificationWidth, band.height()),
                   Qt::AlignRight,
                   classification,
                   m_fonts.smallBold,
                   QColor::fromRgb(style::Accent));

        const qreal available = band.width() - classificationWidth - m_g.mm(8);
        const QString organisation = plainTextLine(m_doc.organisation);
        const qreal separator = m_g.mm(5);
        const qreal organisationWidth = std::min(bold.horizontalAdvance(organisation), available * 0.5);
        drawElided(m_p,
                   QRectF(band.left(), band.top(), organisationWidth, band.height()),
                   Qt::AlignLeft,
                   organisation,
                   m_fonts.smallBold,
                   QColor::fromRgb(style::Ink));
        const qreal titleX = band.left() + organisationWidth + separator;
        const qreal barX = band.left() + organisationWidth + separator / 2;
        m_p.setPen(rulePen(m_g, style::RowRule, 0.6));
        m_p.drawLine(QPointF(barX, band.top() + band.height() * 0.2),
                     QPointF(barX, band.bottom() - band.height() * 0.2));
        drawElided(m_p,
                   QRectF(titleX, band.top(), available - organisationWidth - separator, band.height()),
                   Qt::AlignLeft,
                   m_doc.title,
                   m_fonts.small,
                   QColor::fromRgb(style::MutedInk));
        drawRule(m_p, m_g.body.left(), m_g.body.right(), m_g.headerRuleY, rulePen(m_g, style::Rule, 0.5));

        drawRule(m_p, m_g.body.left(), m_g.body.right(), m_g.footerRuleY, rulePen(m_g, style::Rule, 0.5));
        const QRectF foot(m_g.body.left(), m_g.footerY, m_g.body.width(), regular.height());
        const QString pageText = ReportRenderer::tr("Page %1 of %2").arg(pageNumber).arg(m_pageCount);
        const qreal pageWidth = bold.horizontalAdvance(pageText);
        const QString generated = ReportRenderer::tr("Generated %1").arg(generatedText(m_generated));
        const qreal generatedWidth = regular.horizontalAdvance(generated);
        //: Footer of report pages: document id and version, e.g. "ISMS-RPT-CTL · Version 1.0".
        const QString identity = ReportRenderer::tr("%1 · Version %2").arg(m_doc.documentId, m_doc.version);
        const qreal gap = m_g.mm(6);
        const qreal identityWidth = foot.width() - pageWidth - generatedWidth - 2 * gap;
        drawElided(m_p,
                   QRectF(foot.left(), foot.top(), std::max<qreal>(identityWidth, 0), foot.height()),
                   Qt::AlignLeft,
                   identity,
                   m_fonts.small,
                   QColor::fromRgb(style::MutedInk));
        drawElided(m_p,
                   QRectF(foot.right() - pageWidth - gap - generatedWidth,
                          foot.top(),
                          generatedWidth,
                          foot.height()),
                   Qt::AlignLeft,
                   generated,
                   m_fonts.small,
                   QColor::fromRgb(style::MutedInk));
        drawElided(m_p,
                   QRectF(foot.right() - pageWidth, foot.top(), pageWidth, foot.height()),
                   Qt::AlignRight,
                   pageText,
                   m_fonts.smallBold,
                   QColor::fromRgb(style::Ink));
    }

    static QString generatedText(const QDateTime &dateTime)
    {
        //: Generation time in report footers and covers, e.g. "2026-11-23 17:40 UTC".
        return ReportRenderer::tr("%1 UTC").arg(dateTime.toUTC().toString(u"yyyy-MM-dd HH:mm"_s));
    }

private:
    const ReportDocument &m_doc;
    const Geometry &m_g;
    const style::Fonts &m_fonts;
    QPainter &m_p;
    int m_pageCount;
    QDateTime m_generated;
};

QString registerFonts()
{
    const QStringList files{u":/isms/report/fonts/DejaVuSans.ttf"_s,
                            u":/isms/report/fonts/DejaVuSans-Bold.ttf"_s};
    QString family;
    for (const QString &file : files) {
        const int id = QFontDatabase::addApplicationFont(file);
        const QStringList families = id < 0 ? QStringList() : QFontDatabase::applicationFontFamilies(id);
        if (families.isEmpty()) {
            qCWarning(lcReport) << "Could not register the report font" << file;
            continue;
        }
        if (family.isEmpty()) {
            family = families.first();
        }
    }
    if (family.isEmpty()) {
        family = QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }
    return family;
}

} // namespace

QString ReportRenderer::fontFamily()
{
    // A function-local static is initialised exactly once, even with concurrent first calls.
    static const QString family = registerFonts();
    return family;
}

Result<int> ReportRenderer::render(const ReportDocument &document, QPagedPaintDevice *device)
{
    if (!device) {
        return Error{ErrorCode::InvalidArgument,
                     tr("The report has no output to be drawn on."),
                     u"null device"_s};
    }
    const style::Fonts fonts = style::Fonts::make(fontFamily());
    const Geometry geometry = makeGeometry(device);

    // Pass 1: lay out the body to learn its pages and where each level 1 heading lands.
    BodyLayout body(geometry, fonts, device);
    for (qsizetype i = 0; i < document.blocks.size(); ++i) {
        body.add(document.blocks[i], i + 1 < document.blocks.size() ? &document.blocks[i + 1] : nullptr);
    }
    const QList<Page> pages = body.takePages();
    const QList<ContentsEntry> contents = body.contents();
    const int perContentsPage = Painter::entriesPerPage(geometry, fonts, device);
    const int contentsPages =
        contents.isEmpty() ? 0 : int((contents.size() + perContentsPage - 1) / perContentsPage);
    const int firstBodyPage = 1 + contentsPages + 1;
    const int pageCount = 1 + contentsPages + int(pages.size());

    // Pass 2: paint.
    QPainter painter;
    if (!painter.begin(device)) {
        return Error{ErrorCode::Io,
                     tr("The report could not be drawn because its output could not be opened; check the "
                        "printer or the target file and try again."),
                     u"QPainter::begin failed"_s};
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    Painter paint(document, geometry, fonts, painter, pageCount);
    paint.paintCover();
    int pageNumber = 1;
    auto nextPage = [&]() -> bool {
        if (!device->newPage()) {
            return false;
        }
        ++pageNumber;
        paint.paintHeaderFooter(pageNumber);
        return true;
    };
    bool ok = true;
    for (int c = 0; ok && c < contentsPages; ++c) {
        ok = nextPage();
        if (ok) {
            paint.paintContents(contents.mid(qsizetype(c) * perContentsPage, perContentsPage),
                                firstBodyPage,
                                c > 0);
        }
    }
    for (qsizetype i = 0; ok && i < pages.size(); ++i) {
        ok = nextPage();
        for (const PaintOp &op : pages[i].ops) {
            if (!ok) {
                break;
            }
            painter.save();
            op(painter);
            painter.restore();
        }
    }
    painter.end();
    if (!ok) {
        return Error{ErrorCode::Io,
                     tr("The report could not be drawn because the output refused a new page; check the "
                        "printer or the target file and try again."),
                     u"QPagedPaintDevice::newPage failed"_s};
    }
    return pageCount;
}

} // namespace isms
