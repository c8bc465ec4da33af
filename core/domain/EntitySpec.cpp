// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "domain/EntitySpec.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace isms {

QString LinkColumn::labelText() const
{
    return QCoreApplication::translate("isms::FieldSpec", label);
}

FieldSpec referenceFieldSpec(quint32 extraFlags)
{
    return FieldSpec{.key = QStringLiteral("ref"),
                     .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Reference"),
                     .flags = DefaultFieldFlags | Required | Unique | Filterable | extraFlags,
                     .maxLength = 20,
                     .importSynonyms = {QStringLiteral("id"),
                                        QStringLiteral("nr"),
                                        QStringLiteral("no"),
                                        QStringLiteral("Referenz"),
                                        QStringLiteral("référence")}};
}

int EntitySpec::indexOf(QStringView fieldKey) const
{
    for (int i = 0; i < fields.size(); ++i) {
        if (fields.at(i).key == fieldKey) {
            return i;
        }
    }
    return -1;
}

const FieldSpec *EntitySpec::field(QStringView fieldKey) const
{
    const int index = indexOf(fieldKey);
    return index < 0 ? nullptr : &fields.at(index);
}

QString EntitySpec::frozenText() const
{
    return alwaysFrozen ? QCoreApplication::translate("isms::EntitySpec", alwaysFrozen) : QString();
}

QString EntitySpec::createdElsewhereText() const
{
    return createdElsewhere ? QCoreApplication::translate("isms::EntitySpec", createdElsewhere) : QString();
}

QString EntitySpec::singularLabel() const
{
    return QCoreApplication::translate("isms::EntitySpec", singular);
}

QString EntitySpec::pluralLabel() const
{
    return QCoreApplication::translate("isms::EntitySpec", plural);
}

QString EntitySpec::singularNoun() const
{
    return singularInSentence ? QCoreApplication::translate("isms::EntitySpec", singularInSentence)
                              : singularLabel().toLower();
}

QString EntitySpec::pluralNoun() const
{
    return pluralInSentence ? QCoreApplication::translate("isms::EntitySpec", pluralInSentence)
                            : pluralLabel().toLower();
}

QString EntitySpec::formatRef(qint64 number) const
{
    return refPrefix + QStringLiteral("%1").arg(number, refDigits, 10, QLatin1Char('0'));
}

QString EntitySpec::storedRef(QStringView typed) const
{
    QStringView trimmed = typed.trimmed();
    if (!shownRefPrefix.isEmpty() && trimmed.startsWith(shownRefPrefix, Qt::CaseInsensitive)) {
        trimmed = trimmed.mid(shownRefPrefix.size()).trimmed();
    }
    return trimmed.toString();
}

QString EntitySpec::logId(const Record &record) const
{
    return isCatalogue() ? refOf(record) : QString::number(record.id.value);
}

std::optional<qint64> EntitySpec::refNumber(QStringView ref) const
{
    const QStringView trimmed = ref.trimmed();
    if (isCatalogue()) {
        return std::nullopt; // catalogue references ("5.1", "9.2.2") are not numbered
    }
    if (!trimmed.startsWith(refPrefix, Qt::CaseInsensitive)) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 number = trimmed.mid(refPrefix.size()).toLongLong(&ok);
    if (!ok || number < 1) {
        return std::nullopt;
    }
    return number;
}

Record EntitySpec::newRecord() const
{
    Record record;
    record.values.reserve(fields.size());
    for (const FieldSpec &fieldSpec : fields) {
        record.values.append(fieldSpec.defaultValue());
    }
    return record;
}

QString EntitySpec::snapshot(const Record &record) const
{
    // Canonical JSON as QJsonDocument writes it in compact form: keys sorted, no whitespace. Writing it
    // directly is several times faster, which counts when an import logs thousands of creations. Text
    // that JSON escapes (quotes, backslashes, control characters) or that is not plain UTF-16 goes the
    // way it always went, so the stored bytes never depend on which path wrote them.
    QList<std::pair<QString, std::optional<QString>>> members;
    members.reserve(fields.size());
    bool plain = true;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const FieldSpec &field = fields.at(i);
        if (!field.has(Logged)) {
            continue;
        }
        std::optional<QString> value = field.canonical(record.values.value(i));
        if (value && plain) {
            plain = std::none_of(value->cbegin(), value->cend(), [](QChar c) {
                return c.unicode() < 0x20 || c == u'"' || c == u'\\' || c.unicode() == 0x7f
                       || c.isSurrogate();
            });
        }
        members.append({field.key, std::move(value)});
    }
    if (!plain) {
        QJsonObject object;
        for (const auto &[fieldKey, value] : std::as_const(members)) {
            object.insert(fieldKey, value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null));
        }
        // QJsonObject keeps its keys sorted, so the compact form is canonical.
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    std::sort(members.begin(), members.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QString json(u'{');
    for (const auto &[fieldKey, value] : std::as_const(members)) {
        if (json.size() > 1) {
            json += u',';
        }
        json += u'"' + fieldKey + QStringLiteral("\":");
        if (value) {
            json += u'"' + *value + u'"';
        } else {
            json += QStringLiteral("null");
        }
    }
    json += u'}';
    return json;
}

} // namespace isms
