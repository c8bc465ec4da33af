// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "CrashScript.h"

#include <algorithm>

namespace isms::crash {

QString fieldKey(const QString &entity, const QString &id, const QString &field)
{
    return entity + u' ' + id + u' ' + field;
}

QString notesText(qint64 edit, int length)
{
    // Several lines, so that notes look like what users write, and a length that varies from a few
    // bytes to several pages, so that commits touch a varying number of pages.
    QString text = QStringLiteral("Notes of edit %1.\n").arg(edit);
    const qsizetype minimum = text.size(); // never cut the edit number: every edit's notes differ
    static const QString filler = QStringLiteral("Evidence reviewed, gaps listed, owner informed. ");
    while (text.size() < length) {
        text += filler;
        if (text.size() % 7 == 0) {
            text += u'\n';
        }
    }
    text.truncate(std::max<qsizetype>(length, minimum));
    return text.trimmed(); // as stored: the services trim what people type
}

QString expandToken(const QString &field, const QString &token)
{
    if (field == u"notes" && token.startsWith(u"notes-")) {
        const QStringList parts = token.split(u'-');
        if (parts.size() == 3) {
            return notesText(parts.at(1).toLongLong(), parts.at(2).toInt());
        }
    }
    return token;
}

QString canonicalValue(const QString &field, const QString &value)
{
    if ((field == u"owner" || field == u"target_date") && value.isEmpty()) {
        return QStringLiteral("-");
    }
    return value;
}

std::optional<ScriptLine> parseScriptLine(const QString &line)
{
    const QStringList parts = line.split(u' ');
    if (parts.size() != 6 || (parts.at(0) != u"begin" && parts.at(0) != u"committed")) {
        return std::nullopt;
    }
    bool isNumber = false;
    ScriptLine result;
    result.committed = parts.at(0) == u"committed";
    result.edit = parts.at(1).toLongLong(&isNumber);
    if (!isNumber) {
        return std::nullopt;
    }
    result.key = fieldKey(parts.at(2), parts.at(3), parts.at(4));
    result.value = canonicalValue(parts.at(4), expandToken(parts.at(4), parts.at(5)));
    return result;
}

} // namespace isms::crash
