// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "services/ProcessMap.h"

#include <QGraphicsView>
#include <QList>

class QGraphicsScene;
class ProcessBoxItem;
class InteractionItem;
class InteractionLabelItem;

/// The interaction map of the ISMS processes (4.4): each process a box, in the layers of ProcessMap
/// from left to right, each interaction an arrow with what passes along it. A process provided from
/// outside is drawn dashed in another colour, a planned or retired one greyed. Arrows that run back
/// against the flow and would cross other boxes go around them below. Clicking a box selects the
/// process and brings its arrows forward; double-clicking it asks to open it.
class ProcessMapView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessMapView)

public:
    explicit ProcessMapView(QWidget *parent = nullptr);
    ~ProcessMapView() override;

    /// Draws `map` afresh, keeping the selected process when it is still there.
    void setMap(const isms::ProcessMap &map);

    const isms::ProcessMap &map() const { return m_map; }

    /// The box of each process, in the order of map().nodes().
    const QList<ProcessBoxItem *> &processItems() const { return m_boxes; }

    /// The arrow of each interaction, in the order of map().edges().
    const QList<InteractionItem *> &interactionItems() const { return m_arrows; }

    /// Whether the layers run from top to bottom (a map of many layers with few processes each)
    /// rather than from left to right.
    bool isTopDown() const { return m_topDown; }

    /// The selected process, or an invalid id.
    isms::RecordId selectedProcess() const;

    /// Selects the process `id` (none for an invalid id).
    void selectProcess(isms::RecordId id);

    /// The centre of the box of process `id` in viewport coordinates (for clicks in tests).
    QPoint viewportCentreOf(isms::RecordId id) const;

Q_SIGNALS:
    /// The selection changed; an invalid id when none is selected.
    void processSelected(isms::RecordId id);
    /// A box was double-clicked.
    void processActivated(isms::RecordId id);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    void rebuild();
    void fitToView();
    void onSelectionChanged();

    QGraphicsScene *m_scene = nullptr;
    isms::ProcessMap m_map;
    QList<ProcessBoxItem *> m_boxes;
    QList<InteractionItem *> m_arrows;
    QList<InteractionLabelItem *> m_labels; ///< per arrow; nullptr where nothing passes by name
    isms::RecordId m_selected;
    bool m_topDown = false; ///< laid out from top to bottom rather than from left to right
};
