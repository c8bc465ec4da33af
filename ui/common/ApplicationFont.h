// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

/// Gives the application the font the window is designed with: the platform's font, with Latin text
/// laid out without shaping. Ligatures and kerning are cosmetic in Latin text, and skipping them makes
/// text about four times cheaper to lay out, which a window full of tables repaints all the time.
/// Scripts that need shaping (Arabic, Devanagari, ...) still get it. Call once, after QApplication.
void applyApplicationFont();
