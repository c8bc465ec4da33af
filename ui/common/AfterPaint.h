// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <functional>

class QWidget;

/// Runs `action` after each paint of `widget`, queued behind it, for as long as `widget` lives: work
/// that can wait (reading the rest of a register) then starts once the window shows something instead
/// of competing with its first paint.
void runAfterPaint(QWidget *widget, std::function<void()> action);
