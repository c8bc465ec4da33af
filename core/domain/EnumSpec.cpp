// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "domain/EnumSpec.h"

#include <QCoreApplication>

namespace isms {

namespace {

/// Lower case without spaces, hyphens and underscores: "Human-deliberate" and "human deliberate" meet.
QString folded(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c != u' ' && c != u'-' && c != u'_') {
            result.append(c.toLower());
        }
    }
    return result;
}

/// folded(text) == wanted, without building folded(text): an import matches every enum cell of every
/// row against every value.
bool foldsTo(QStringView text, QStringView wanted)
{
    qsizetype at = 0;
    for (const QChar c : text) {
        if (c == u' ' || c == u'-' || c == u'_') {
            continue;
        }
        if (at == wanted.size() || c.toLower() != wanted.at(at)) {
            return false;
        }
        ++at;
    }
    return at == wanted.size();
}

/// foldsTo() for a label as the source writes it (UTF-8), without converting it when it is ASCII.
bool utf8FoldsTo(const char *label, QStringView wanted)
{
    if (label == nullptr) {
        return wanted.isEmpty();
    }
    qsizetype at = 0;
    for (const char *c = label; *c != '\0'; ++c) {
        const auto byte = static_cast<unsigned char>(*c);
        if (byte >= 0x80) {
            return foldsTo(QString::fromUtf8(label), wanted);
        }
        if (byte == ' ' || byte == '-' || byte == '_') {
            continue;
        }
        if (at == wanted.size() || QChar(static_cast<char16_t>(byte)).toLower() != wanted.at(at)) {
            return false;
        }
        ++at;
    }
    return at == wanted.size();
}

} // namespace

const EnumValue *EnumSpec::match(QStringView text) const
{
    // The keyword as stored (our own exports write it) needs no folding and no translated label.
    if (const EnumValue *stored = find(text.trimmed())) {
        return stored;
    }
    const QString wanted = folded(text.trimmed());
    if (wanted.isEmpty()) {
        return nullptr;
    }
    for (const EnumValue &value : values) {
        if (foldsTo(value.keyword, wanted) || utf8FoldsTo(value.label, wanted)
            || foldsTo(QCoreApplication::translate("isms::EnumSpec", value.label), wanted)) {
            return &value;
        }
        for (const QString &synonym : value.synonyms) {
            if (foldsTo(synonym, wanted)) {
                return &value;
            }
        }
    }
    return nullptr;
}

const EnumValue *EnumSpec::find(QStringView keyword) const
{
    for (const EnumValue &value : values) {
        if (value.keyword == keyword) {
            return &value;
        }
    }
    return nullptr;
}

QString EnumSpec::labelOf(QStringView keyword) const
{
    const EnumValue *value = find(keyword);
    return value ? QCoreApplication::translate("isms::EnumSpec", value->label) : keyword.toString();
}

QString EnumSpec::keywordList() const
{
    QStringList keywords;
    keywords.reserve(values.size());
    for (const EnumValue &value : values) {
        keywords.append(value.keyword);
    }
    return keywords.join(QStringLiteral(", "));
}

} // namespace isms
