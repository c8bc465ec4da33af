// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QString>
#include <QStringView>

namespace isms::text {

/// What a text field may hold. Every text that a user or a file gives us passes through these rules
/// when it is written, and again when it is read, because a project file may have been edited
/// outside the program.
enum class Shape
{
    SingleLine, ///< names, owners, references: no line breaks, no tabs
    MultiLine,  ///< notes and descriptions: line breaks and tabs allowed
};

/// True for characters that no field may hold: C0 and C1 control characters (except tab, line feed
/// and carriage return in multi-line text), DEL, and the bidirectional embedding, override and
/// isolate characters that can make text display in a different order than it is stored.
bool isForbidden(QChar c, Shape shape);

/// The first forbidden character of `text`, or -1.
qsizetype firstForbidden(QStringView text, Shape shape);

/// A short, translated description of a forbidden character for messages, such as
/// "the control character U+001B" or "the bidirectional override U+202E".
QString describe(QChar c);

/// The text with every forbidden character replaced by U+FFFD (the replacement character), so that
/// it can be shown or exported without acting on a terminal, a spreadsheet or a text layout.
/// Single-line shape also turns line breaks and tabs into spaces.
QString sanitized(const QString &text, Shape shape);

/// The text cut to at most `maxLength` characters, ending with a visible marker that says how much was
/// cut. Returns the text unchanged when it fits.
QString truncated(const QString &text, qsizetype maxLength);

/// Everything a stored value needs before it reaches a widget, a report or an export: sanitized, and
/// truncated to `maxLength`. Cheap when the value is clean and within its limit.
QString forDisplay(const QString &text, Shape shape, qsizetype maxLength);

/// True when the stored value breaks its field's rules (too long, or holds forbidden characters).
bool breaksLimits(QStringView text, Shape shape, qsizetype maxLength);

} // namespace isms::text
