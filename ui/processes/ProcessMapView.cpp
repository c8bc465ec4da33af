// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "processes/ProcessMapView.h"

#include "processes/ProcessMapItems.h"

#include <QGraphicsScene>
#include <QHash>
#include <QMouseEvent>
#include <QPainterPathStroker>
#include <QScrollBar>
#include <QTransform>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {

constexpr qreal BoxWidth = 210.0;
constexpr qreal BoxHeight = 68.0;
constexpr qreal LaneMargin = 30.0; ///< from the farthest box to the first lane
constexpr qreal LaneStep = 28.0;   ///< between lanes
constexpr qreal Exit = 16.0;       ///< how far a lane's line leaves a box sideways before it turns
constexpr qreal Corner = 8.0;
constexpr qreal SceneMargin = 24.0;

/// A path through `points` with rounded corners.
QPainterPath roundedPolyline(const QList<QPointF> &points)
{
    QPainterPath path(points.constFirst());
    for (qsizetype i = 1; i + 1 < points.size(); ++i) {
        const QPointF before = points.at(i - 1);
        const QPointF corner = points.at(i);
        const QPointF after = points.at(i + 1);
        const auto towards = [&](QPointF from, QPointF to) {
            const QPointF delta = to - from;
            const qreal length = std::hypot(delta.x(), delta.y());
            const qreal step = std::min(Corner, length / 2);
            return length > 0 ? from + delta * (step / length) : from;
        };
        path.lineTo(towards(corner, before));
        path.quadTo(corner, towards(corner, after));
    }
    path.lineTo(points.constLast());
    return path;
}

/// A smooth curve from one box's side to another's, leaving and arriving horizontally.
QPainterPath curve(QPointF from, QPointF to)
{
    QPainterPath path(from);
    const qreal handle = std::max(40.0, std::abs(to.x() - from.x()) / 2);
    const qreal direction = to.x() >= from.x() ? 1.0 : -1.0;
    path.cubicTo(from + QPointF(direction * handle, 0), to - QPointF(direction * handle, 0), to);
    return path;
}

bool crossesAny(const QPainterPath &path, const QList<QRectF> &rects, int skipA, int skipB)
{
    QPainterPathStroker stroker;
    stroker.setWidth(2);
    const QPainterPath stroke = stroker.createStroke(path);
    for (int i = 0; i < rects.size(); ++i) {
        if (i != skipA && i != skipB && stroke.intersects(rects.at(i).adjusted(-6, -6, 6, 6))) {
            return true;
        }
    }
    return false;
}

/// The geometry of one orientation, in (u, v): u along the layers, v across them.
struct Frame
{
    QTransform map;   ///< from (u, v) to the scene
    qreal along;      ///< a box's size along u
    qreal across;     ///< a box's size along v
    qreal gapAlong;   ///< between layers, where the labels go
    qreal gapAcross;  ///< between the boxes of a layer
    qreal spread;     ///< between arrows that meet one side of a box
    qreal laneInset;  ///< where an arrow around the others meets a box, from its far edge
    qreal labelWidth; ///< the widest a label of an arrow between layers may be

    static Frame leftToRight() { return {QTransform(), BoxWidth, BoxHeight, 150.0, 46.0, 14.0, 12.0, 134.0}; }

    static Frame topDown()
    {
        return {QTransform(0, 1, 1, 0, 0, 0), BoxHeight, BoxWidth, 84.0, 40.0, 26.0, 30.0, 176.0};
    }
};

struct Attachment
{
    int edge;
    qreal otherY;
    bool isFrom;
};

} // namespace

ProcessMapView::ProcessMapView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    setObjectName(u"processMapView"_s);
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::NoDrag);
    setBackgroundBrush(Qt::white);
    setAlignment(Qt::AlignCenter);
    setAccessibleName(tr("Interaction map of the ISMS processes"));
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &ProcessMapView::onSelectionChanged);
}

ProcessMapView::~ProcessMapView()
{
    // The scene, a child, outlives this class's part of the object: removing a selected box would
    // otherwise call onSelectionChanged() on a view that is half gone.
    disconnect(m_scene, nullptr, this, nullptr);
}

void ProcessMapView::setMap(const isms::ProcessMap &map)
{
    const isms::RecordId keep = m_selected;
    m_map = map;
    rebuild();
    if (keep.isValid() && m_map.indexOf(keep) >= 0) {
        selectProcess(keep);
    } else if (m_selected.isValid()) {
        m_selected = {};
        Q_EMIT processSelected(m_selected);
    }
    fitToView();
}

isms::RecordId ProcessMapView::selectedProcess() const
{
    return m_selected;
}

void ProcessMapView::selectProcess(isms::RecordId id)
{
    const QSignalBlocker blocker(m_scene);
    m_scene->clearSelection();
    const int index = m_map.indexOf(id);
    if (index >= 0) {
        m_boxes.at(index)->setSelected(true);
        ensureVisible(m_boxes.at(index), 20, 20);
    }
    onSelectionChanged();
}

QPoint ProcessMapView::viewportCentreOf(isms::RecordId id) const
{
    const int index = m_map.indexOf(id);
    return index < 0 ? QPoint() : mapFromScene(m_boxes.at(index)->sceneBoundingRect().center());
}

void ProcessMapView::onSelectionChanged()
{
    isms::RecordId selected;
    for (const ProcessBoxItem *box : std::as_const(m_boxes)) {
        if (box->isSelected()) {
            selected = box->processId();
            break;
        }
    }
    const int index = m_map.indexOf(selected);
    for (qsizetype i = 0; i < m_arrows.size(); ++i) {
        const isms::ProcessEdge &edge = m_arrows.at(i)->edge();
        const bool touches = index >= 0 && (edge.from == index || edge.to == index);
        m_arrows.at(i)->setHighlighted(touches);
        if (InteractionLabelItem *label = m_labels.at(i)) {
            label->setHighlighted(touches);
        }
    }
    if (selected != m_selected) {
        m_selected = selected;
        Q_EMIT processSelected(m_selected);
    }
}

void ProcessMapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fitToView();
}

void ProcessMapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    for (QGraphicsItem *item : items(event->position().toPoint())) {
        if (item->type() == ProcessBoxItem::Type) {
            Q_EMIT processActivated(static_cast<ProcessBoxItem *>(item)->processId());
            event->accept();
            return;
        }
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void ProcessMapView::fitToView()
{
    resetTransform();
    const QRectF bounds = m_scene->sceneRect();
    if (bounds.isEmpty() || viewport()->width() < 10 || viewport()->height() < 10) {
        return;
    }
    const qreal fit = std::min(viewport()->width() / bounds.width(), viewport()->height() / bounds.height());
    // Never larger than life, and never so small that the text cannot be read: scroll instead.
    const qreal factor = std::clamp(fit, 0.6, 1.0);
    scale(factor, factor);
    centerOn(bounds.center());
    // A map larger than the view starts at its first layer.
    if (bounds.height() * factor > viewport()->height()) {
        verticalScrollBar()->setValue(verticalScrollBar()->minimum());
    }
    if (bounds.width() * factor > viewport()->width()) {
        horizontalScrollBar()->setValue(horizontalScrollBar()->minimum());
    }
}

void ProcessMapView::rebuild()
{
    {
        const QSignalBlocker blocker(m_scene);
        m_scene->clear();
    }
    m_boxes.clear();
    m_arrows.clear();
    m_labels.clear();
    const QList<isms::ProcessNode> &nodes = m_map.nodes();
    const QList<isms::ProcessEdge> &edges = m_map.edges();
    if (nodes.isEmpty()) {
        m_scene->setSceneRect(QRectF());
        return;
    }
    // Everything is placed in (u, v): u runs along the layers, v across them. A map with many layers
    // and few processes in each runs from top to bottom (u is y), else from left to right (u is x).
    m_topDown = m_map.layerCount() > m_map.layerSize() * 1.4;
    const Frame frame = m_topDown ? Frame::topDown() : Frame::leftToRight();
    QHash<int, int> perLayer;
    for (const isms::ProcessNode &node : nodes) {
        perLayer[node.layer] += 1;
    }
    QList<QRectF> rects; // in (u, v)
    for (const isms::ProcessNode &node : nodes) {
        const qreal middle = (perLayer.value(node.layer) - 1) / 2.0;
        const QRectF rect(node.layer * (frame.along + frame.gapAlong),
                          (node.position - middle) * (frame.across + frame.gapAcross) - frame.across / 2,
                          frame.along,
                          frame.across);
        auto *box = new ProcessBoxItem(node, QSizeF(BoxWidth, BoxHeight), font());
        box->setPos(frame.map.mapRect(rect).topLeft());
        m_scene->addItem(box);
        m_boxes.append(box);
        rects.append(rect);
    }
    qreal nearest = rects.constFirst().top();
    qreal farthest = rects.constFirst().bottom();
    for (const QRectF &rect : std::as_const(rects)) {
        nearest = std::min(nearest, rect.top());
        farthest = std::max(farthest, rect.bottom());
    }

    // Sides: an arrow runs from the side of its process facing the other to the facing side of the
    // other. Arrows that would cross a box go around, each on a lane of its own where they overlap.
    const auto count = edges.size();
    QList<bool> forward(count);
    QList<bool> onLane(count);
    for (qsizetype e = 0; e < count; ++e) {
        const isms::ProcessEdge &edge = edges.at(e);
        forward[e] = nodes.at(edge.to).layer > nodes.at(edge.from).layer;
        const QRectF &from = rects.at(edge.from);
        const QRectF &to = rects.at(edge.to);
        const QPointF start(forward[e] ? from.right() : from.left(), from.center().y());
        const QPointF end(forward[e] ? to.left() : to.right(), to.center().y());
        onLane[e] = crossesAny(curve(start, end), rects, edge.from, edge.to);
    }

    // Spread the arrows that share a side of a box, in the order of the boxes at their other ends.
    QHash<std::pair<int, bool>, QList<Attachment>> sides; // (box, far side) -> arrows
    for (qsizetype e = 0; e < count; ++e) {
        if (onLane[e]) {
            continue;
        }
        const isms::ProcessEdge &edge = edges.at(e);
        const int e32 = static_cast<int>(e);
        sides[{edge.from, forward[e]}].append({e32, rects.at(edge.to).center().y(), true});
        sides[{edge.to, !forward[e]}].append({e32, rects.at(edge.from).center().y(), false});
    }
    QList<std::array<qreal, 2>> vs(count, {0.0, 0.0}); // where the arrow meets its from and to box
    for (auto it = sides.begin(); it != sides.end(); ++it) {
        QList<Attachment> &list = it.value();
        std::sort(list.begin(), list.end(), [](const Attachment &a, const Attachment &b) {
            return a.otherY != b.otherY ? a.otherY < b.otherY : a.edge < b.edge;
        });
        const qreal centre = rects.at(it.key().first).center().y();
        const qreal room = frame.across - 24;
        const qreal step = list.size() > 1 ? std::min(frame.spread, room / (list.size() - 1)) : 0.0;
        for (qsizetype i = 0; i < list.size(); ++i) {
            vs[list.at(i).edge][list.at(i).isFrom ? 0 : 1] = centre + (i - (list.size() - 1) / 2.0) * step;
        }
    }

    // Lanes beyond the boxes, on the side nearer the two processes: shorter spans nearer the boxes;
    // spans that overlap on different lanes.
    QList<qsizetype> laneEdges;
    QList<bool> nearSide(count, false);
    for (qsizetype e = 0; e < count; ++e) {
        if (onLane[e]) {
            laneEdges.append(e);
            const qreal middle =
                (rects.at(edges.at(e).from).center().y() + rects.at(edges.at(e).to).center().y()) / 2;
            nearSide[e] = middle < -1.0;
        }
    }
    const auto exitU = [&](qsizetype e, bool atFrom) {
        const isms::ProcessEdge &edge = edges.at(e);
        const QRectF &rect = rects.at(atFrom ? edge.from : edge.to);
        const bool farSide = atFrom ? forward[e] : !forward[e];
        return farSide ? rect.right() + Exit : rect.left() - Exit;
    };
    std::stable_sort(laneEdges.begin(), laneEdges.end(), [&](qsizetype a, qsizetype b) {
        return std::abs(exitU(a, true) - exitU(a, false)) < std::abs(exitU(b, true) - exitU(b, false));
    });
    std::array<QList<QList<std::pair<qreal, qreal>>>, 2> laneSets; // far side, near side
    QHash<qsizetype, int> laneOf;
    for (const qsizetype e : std::as_const(laneEdges)) {
        const qreal low = std::min(exitU(e, true), exitU(e, false)) - 24;
        const qreal high = std::max(exitU(e, true), exitU(e, false)) + 24;
        QList<QList<std::pair<qreal, qreal>>> &lanes = laneSets.at(nearSide[e] ? 1 : 0);
        int lane = 0;
        for (; lane < lanes.size(); ++lane) {
            const QList<std::pair<qreal, qreal>> &spans = lanes.at(lane);
            if (std::none_of(spans.cbegin(), spans.cend(), [&](const auto &span) {
                    return low < span.second && span.first < high;
                })) {
                break;
            }
        }
        if (lane == lanes.size()) {
            lanes.append(QList<std::pair<qreal, qreal>>());
        }
        lanes[lane].append({low, high});
        laneOf.insert(e, lane);
    }

    // The arrows, and their labels where they cover no box and no other label.
    QList<QRectF> taken;
    for (const QRectF &rect : std::as_const(rects)) {
        taken.append(frame.map.mapRect(rect));
    }
    for (qsizetype e = 0; e < count; ++e) {
        const isms::ProcessEdge &edge = edges.at(e);
        const QRectF &from = rects.at(edge.from);
        const QRectF &to = rects.at(edge.to);
        QPainterPath path;
        QList<QPointF> spots; // in (u, v)
        qreal labelWidth = frame.labelWidth;
        if (!onLane[e]) {
            path = curve(QPointF(forward[e] ? from.right() : from.left(), vs.at(e)[0]),
                         QPointF(forward[e] ? to.left() : to.right(), vs.at(e)[1]));
            for (const qreal t : {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8}) {
                spots.append(path.pointAtPercent(t));
            }
        } else {
            const int lane = laneOf.value(e);
            const bool near = nearSide[e];
            const qreal laneV =
                near ? nearest - LaneMargin - lane * LaneStep : farthest + LaneMargin + lane * LaneStep;
            const qreal shift = lane * 5.0;
            const qreal fromV = near ? from.top() + frame.laneInset : from.bottom() - frame.laneInset;
            const qreal toV = near ? to.top() + frame.laneInset : to.bottom() - frame.laneInset;
            const qreal out = exitU(e, true) + (forward[e] ? shift : -shift);
            const qreal in = exitU(e, false) + (forward[e] ? -shift : shift);
            path = roundedPolyline({QPointF(forward[e] ? from.right() : from.left(), fromV),
                                    QPointF(out, fromV),
                                    QPointF(out, laneV),
                                    QPointF(in, laneV),
                                    QPointF(in, toV),
                                    QPointF(forward[e] ? to.left() : to.right(), toV)});
            if (!m_topDown) {
                labelWidth = std::clamp(std::abs(in - out) - 40, frame.labelWidth, 260.0);
            }
            for (const qreal f : {0.5, 0.35, 0.65, 0.2, 0.8}) {
                spots.append(QPointF(out + (in - out) * f, laneV));
            }
        }
        auto *arrow = new InteractionItem(edge, frame.map.map(path));
        m_scene->addItem(arrow);
        m_arrows.append(arrow);
        InteractionLabelItem *label = nullptr;
        if (!edge.label.isEmpty()) {
            label = new InteractionLabelItem(edge.label, font(), labelWidth);
            const QRectF shape = label->boundingRect();
            QList<QPointF> candidates;
            for (const QPointF &spot : std::as_const(spots)) {
                candidates.append(frame.map.map(spot));
            }
            // Beside the line when every place on it is taken: above and below, or left and right.
            const QPointF aside = m_topDown ? QPointF(shape.width() + 6, 0) : QPointF(0, shape.height() + 4);
            for (const int k : {1, -1, 2, -2, 3, -3}) {
                candidates.append(candidates.constFirst() + aside * k);
            }
            QPointF place = candidates.constFirst();
            for (const QPointF &candidate : std::as_const(candidates)) {
                const QRectF area = shape.translated(candidate).adjusted(-3, -3, 3, 3);
                if (std::none_of(taken.cbegin(), taken.cend(), [&](const QRectF &r) {
                        return r.intersects(area);
                    })) {
                    place = candidate;
                    break;
                }
            }
            label->setPos(place);
            taken.append(shape.translated(place));
            m_scene->addItem(label);
        }
        m_labels.append(label);
    }
    m_scene->setSceneRect(
        m_scene->itemsBoundingRect().adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin));
}
