// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QFrame>
#include <QString>

/// Gives `frame` the look every dashboard card shares: the base colour, a thin border and round
/// corners. The style names the frame by its object name (set it first), so that it does not reach
/// the frames inside the card.
inline void styleAsDashboardCard(QFrame *frame)
{
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setStyleSheet(
        QStringLiteral("QFrame#%1 { background: palette(base); border: 1px solid palette(mid);"
                       " border-radius: 6px; }")
            .arg(frame->objectName()));
}
