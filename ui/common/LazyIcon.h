// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QIcon>
#include <QSize>
#include <QString>

/// An icon of one PNG image (a resource of `size` pixels) that is read when it is first drawn, and
/// then kept: the window icon costs nothing until the platform shows it (decoding the 256-pixel PNG
/// took a millisecond of every start). Qt reads the file as PNG itself, without asking the image
/// plugins what it is (which would load each of them).
QIcon lazyPngIcon(const QString &path, QSize size);
