// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/ReportRenderer.h"

#include "common/Logging.h"
#include "report/BodyLayout.h"
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
#include <optional>

using namespace Qt::StringLiterals;

namespace isms {

namespace {

using namespace render;

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
        if (!m_doc.approval.isEmpty()) {
            facts.insert(3, {ReportRenderer::tr("Approved by"), m_doc.approval});
        }
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
        if (!m_frame) {
            m_frame = measureFrame();
        }
        const Frame &f = *m_frame;
        drawLine(m_p,
                 f.classificationRect,
                 Qt::AlignRight,
                 f.classification,
                 m_fonts.smallBold,
                 QColor::fromRgb(style::Accent));
        drawLine(m_p,
                 f.organisationRect,
                 Qt::AlignLeft,
                 f.organisation,
                 m_fonts.smallBold,
                 QColor::fromRgb(style::Ink));
        m_p.setPen(rulePen(m_g, style::RowRule, 0.6));
        m_p.drawLine(f.barTop, f.barBottom);
        drawLine(m_p, f.titleRect, Qt::AlignLeft, f.title, m_fonts.small, QColor::fromRgb(style::MutedInk));
        drawRule(m_p, m_g.body.left(), m_g.body.right(), m_g.headerRuleY, rulePen(m_g, style::Rule, 0.5));

        drawRule(m_p, m_g.body.left(), m_g.body.right(), m_g.footerRuleY, rulePen(m_g, style::Rule, 0.5));
        // Only the page number changes from page to page; the rest is measured once (measureFrame).
        const QRectF &foot = f.foot;
        const QString pageText = ReportRenderer::tr("Page %1 of %2").arg(pageNumber).arg(m_pageCount);
        const qreal pageWidth = f.boldMetrics.horizontalAdvance(pageText);
        const qreal gap = m_g.mm(6);
        const qreal identityWidth = std::max<qreal>(foot.width() - pageWidth - f.generatedWidth - 2 * gap, 0);
        if (identityWidth != f.identityWidth) {
            m_frame->identityWidth = identityWidth;
            m_frame->identity = elidedLine(f.identityText, m_fonts.small, m_p.device(), identityWidth);
        }
        drawLine(m_p,
                 QRectF(foot.left(), foot.top(), identityWidth, foot.height()),
                 Qt::AlignLeft,
                 f.identity,
                 m_fonts.small,
                 QColor::fromRgb(style::MutedInk));
        drawLine(m_p,
                 QRectF(foot.right() - pageWidth - gap - f.generatedWidth,
                        foot.top(),
                        f.generatedWidth,
                        foot.height()),
                 Qt::AlignLeft,
                 f.generated,
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
    /// What the header and footer of every page share, measured once.
    struct Frame
    {
        explicit Frame(const QFontMetricsF &bold)
            : boldMetrics(bold)
        {}

        QFontMetricsF boldMetrics;
        QRectF classificationRect;
        QString classification; ///< elided to its rect, as are the other texts
        QRectF organisationRect;
        QString organisation;
        QPointF barTop;
        QPointF barBottom;
        QRectF titleRect;
        QString title;
        QRectF foot;
        QString generated;
        qreal generatedWidth = 0;
        QString identityText; ///< elided to identityWidth into identity, which moves with the page number
        QString identity;
        qreal identityWidth = -1;
    };

    Frame measureFrame() const
    {
        const QPaintDevice *device = m_p.device();
        const QRectF band(m_g.body.left(),
                          m_g.headerY,
                          m_g.body.width(),
                          m_g.headerRuleY - m_g.headerY - m_g.mm(1));
        const QFontMetricsF regular(m_fonts.small, device);
        Frame f{QFontMetricsF(m_fonts.smallBold, device)};
        const QFontMetricsF &bold = f.boldMetrics;

        const QString classification = plainTextLine(m_doc.classification);
        const qreal classificationWidth = std::min(bold.horizontalAdvance(classification), band.width() / 4);
        f.classificationRect =
            QRectF(band.right() - classificationWidth, band.top(), classificationWidth, band.height());
        f.classification = elidedLine(classification, m_fonts.smallBold, device, classificationWidth);

        const qreal available = band.width() - classificationWidth - m_g.mm(8);
        const QString organisation = plainTextLine(m_doc.organisation);
        const qreal separator = m_g.mm(5);
        const qreal organisationWidth = std::min(bold.horizontalAdvance(organisation), available * 0.5);
        f.organisationRect = QRectF(band.left(), band.top(), organisationWidth, band.height());
        f.organisation = elidedLine(organisation, m_fonts.smallBold, device, organisationWidth);
        const qreal titleX = band.left() + organisationWidth + separator;
        const qreal barX = band.left() + organisationWidth + separator / 2;
        f.barTop = QPointF(barX, band.top() + band.height() * 0.2);
        f.barBottom = QPointF(barX, band.bottom() - band.height() * 0.2);
        f.titleRect = QRectF(titleX, band.top(), available - organisationWidth - separator, band.height());
        f.title = elidedLine(m_doc.title, m_fonts.small, device, f.titleRect.width());

        f.foot = QRectF(m_g.body.left(), m_g.footerY, m_g.body.width(), regular.height());
        const QString generated = ReportRenderer::tr("Generated %1").arg(generatedText(m_generated));
        f.generatedWidth = regular.horizontalAdvance(generated);
        f.generated = elidedLine(generated, m_fonts.small, device, f.generatedWidth);
        //: Footer of report pages: document id and version, e.g. "ISMS-RPT-CTL · Version 1.0".
        f.identityText = ReportRenderer::tr("%1 · Version %2").arg(m_doc.documentId, m_doc.version);
        return f;
    }

    const ReportDocument &m_doc;
    const Geometry &m_g;
    const style::Fonts &m_fonts;
    QPainter &m_p;
    int m_pageCount;
    QDateTime m_generated;
    std::optional<Frame> m_frame;
};

/// The detail of the error of a cancelled render.
constexpr auto CancelledDetail = "render cancelled";

Error cancelled()
{
    return Error{ErrorCode::InvalidArgument,
                 ReportRenderer::tr("The report was cancelled."),
                 QString::fromLatin1(CancelledDetail)};
}

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

bool ReportRenderer::isCancellation(const Error &error)
{
    return error.detail == QLatin1StringView(CancelledDetail);
}

Result<int> ReportRenderer::render(const ReportDocument &document,
                                   QPagedPaintDevice *device,
                                   const Step &step)
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
    const int blockCount = int(document.blocks.size());
    for (qsizetype i = 0; i < document.blocks.size(); ++i) {
        if (step && !step(Phase::Layout, int(i), blockCount)) {
            return cancelled();
        }
        const auto following = [&document](qsizetype index) {
            return index < document.blocks.size() ? &document.blocks[index] : nullptr;
        };
        body.add(document.blocks[i], following(i + 1), following(i + 2));
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
    bool stopped = false;
    const auto proceed = [&]() {
        stopped = stopped || (step && !step(Phase::Paint, pageNumber, pageCount));
        return !stopped;
    };
    for (int c = 0; ok && c < contentsPages && proceed(); ++c) {
        ok = nextPage();
        if (ok) {
            paint.paintContents(contents.mid(qsizetype(c) * perContentsPage, perContentsPage),
                                firstBodyPage,
                                c > 0);
        }
    }
    for (qsizetype i = 0; ok && i < pages.size() && proceed(); ++i) {
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
    if (stopped) {
        return cancelled();
    }
    if (!ok) {
        return Error{ErrorCode::Io,
                     tr("The report could not be drawn because the output refused a new page; check the "
                        "printer or the target file and try again."),
                     u"QPagedPaintDevice::newPage failed"_s};
    }
    if (step) {
        step(Phase::Paint, pageCount, pageCount);
    }
    return pageCount;
}

} // namespace isms
