// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

class QLabel;
class QString;
class QWidget;

/// The few widgets every page starts with, made the same way everywhere.
namespace PageWidgets {

/// The page's title: bold, one and a half times the body text, object name "pageTitle".
QLabel *title(const QString &text, QWidget *parent);

/// Secondary text in the palette's placeholder colour (explanations, captions, counts).
QLabel *muted(const QString &text, QWidget *parent);

/// Gives an existing label the colour of muted().
void mute(QLabel *label);

} // namespace PageWidgets
