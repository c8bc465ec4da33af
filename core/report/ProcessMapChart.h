// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "services/ProcessMap.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>

class QPainter;

namespace isms {

/// The process interaction map as vectors for reports: the processes as boxes in the layers that
/// ProcessMap computes (the window's map uses the same layout), the interactions as arrows labelled with
/// what passes, an interaction that closes a circle drawn as a curve below the boxes. External processes
/// have a dashed border, planned and retired ones a grey fill.
class ProcessMapChart final
{
    Q_DECLARE_TR_FUNCTIONS(isms::ProcessMapChart)

public:
    /// Paints `map` into `rect`. Text uses `font` and the painter's pen colour; sizes derive from the
    /// rectangle and the font. The painter's state is restored afterwards.
    static void paint(QPainter &painter, const QRectF &rect, const ProcessMap &map, const QFont &font);

    /// The box of the process at `index` of map.nodes() within `rect`, as paint() draws it.
    static QRectF boxOf(const ProcessMap &map, int index, const QRectF &rect);
};

} // namespace isms
