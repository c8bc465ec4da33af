// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "common/TextRules.h"

#include <QCoreApplication>

#include <climits>

namespace isms::text {

namespace {

bool isBidiControl(char16_t u)
{
    // Embeddings and overrides (LRE, RLE, PDF, LRO, RLO), isolates (LRI, RLI, FSI, PDI) and the Arabic
    // letter mark. Plain direction marks (LRM, RLM) are allowed: they only nudge neutral characters.
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x061C;
}

} // namespace

bool isForbidden(QChar c, Shape shape)
{
    const char16_t u = c.unicode();
    if (u < 0x20) {
        if (shape == Shape::MultiLine && (u == u'\t' || u == u'\n' || u == u'\r')) {
            return false;
        }
        return true;
    }
    if (u == 0x7F || (u >= 0x80 && u <= 0x9F)) {
        return true;
    }
    return isBidiControl(u);
}

qsizetype firstForbidden(QStringView text, Shape shape)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        // Printable ASCII, most of any text, is never forbidden: no call for it (an import checks
        // every character of every cell).
        if (u >= 0x20 && u < 0x7F) {
            continue;
        }
        if (isForbidden(text[i], shape)) {
            return i;
        }
    }
    return -1;
}

QString describe(QChar c)
{
    const QString code = QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
    if (c == u'\n' || c == u'\r') {
        return QCoreApplication::translate("isms::text", "a line break");
    }
    if (c == u'\t') {
        return QCoreApplication::translate("isms::text", "a tab");
    }
    if (isBidiControl(c.unicode())) {
        //: A character that changes the direction text is shown in (not an Annex A control).
        return QCoreApplication::translate("isms::text", "the text direction control %1").arg(code);
    }
    //: A non-printing character such as ESC or BEL (not an Annex A control).
    return QCoreApplication::translate("isms::text", "the control character %1").arg(code);
}

QString sanitized(const QString &text, Shape shape)
{
    if (firstForbidden(text, shape) < 0) {
        return text;
    }
    QString clean = text;
    for (QChar &c : clean) {
        if (!isForbidden(c, shape)) {
            continue;
        }
        if (shape == Shape::SingleLine && (c == u'\n' || c == u'\r' || c == u'\t')) {
            c = u' ';
        } else {
            c = QChar(QChar::ReplacementCharacter);
        }
    }
    return clean;
}

QString truncated(const QString &text, qsizetype maxLength)
{
    if (text.size() <= maxLength) {
        return text;
    }
    const int cut = static_cast<int>(qMin<qsizetype>(text.size() - maxLength, INT_MAX));
    const QString marker =
        //: Appended where a stored text that is longer than its field allows was cut for display.
        QCoreApplication::translate("isms::text", " […cut: %n more character(s)]", nullptr, cut);
    qsizetype keep = maxLength;
    if (keep > 0 && text.at(keep - 1).isHighSurrogate()) {
        --keep; // never split a surrogate pair
    }
    return text.left(keep) + marker;
}

QString forDisplay(const QString &text, Shape shape, qsizetype maxLength)
{
    return sanitized(truncated(text, maxLength), shape);
}

bool breaksLimits(QStringView text, Shape shape, qsizetype maxLength)
{
    return text.size() > maxLength || firstForbidden(text, shape) >= 0;
}

} // namespace isms::text
