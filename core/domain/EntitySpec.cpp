// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "domain/EntitySpec.h"

#include <QCoreApplication>

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

} // namespace isms
