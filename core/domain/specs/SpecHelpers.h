// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// Small builders shared by the improvement registers' specs (nonconformities, incidents, suppliers).
#pragma once

#include "domain/EntitySpec.h"

#include <QCoreApplication>
#include <QDate>

namespace isms::specs {

inline FieldSpec text(const QString &key, const char *label, quint32 extraFlags, QStringList synonyms = {})
{
    return FieldSpec{.key = key,
                     .label = label,
                     .flags = DefaultFieldFlags | extraFlags,
                     .importSynonyms = std::move(synonyms)};
}

inline FieldSpec longText(const QString &key, const char *label, QStringList synonyms = {})
{
    return FieldSpec{.key = key,
                     .label = label,
                     .type = FieldType::MultilineText,
                     .flags = Logged | Exported | Importable,
                     .maxLength = 20000,
                     .importSynonyms = std::move(synonyms)};
}

inline FieldSpec enumeration(const QString &key,
                             const char *label,
                             const EnumSpec &values,
                             QStringList synonyms = {})
{
    return FieldSpec{.key = key,
                     .label = label,
                     .type = FieldType::Enum,
                     .flags = DefaultFieldFlags | Required | Filterable | EditableInTable,
                     .enumSpec = &values,
                     .importSynonyms = std::move(synonyms)};
}

inline FieldSpec date(const QString &key, const char *label, QStringList synonyms = {})
{
    return FieldSpec{.key = key,
                     .label = label,
                     .type = FieldType::Date,
                     .flags = DefaultFieldFlags | EditableInTable,
                     .importSynonyms = std::move(synonyms)};
}

inline FieldSpec reference(const QString &key,
                           const char *label,
                           const QString &kind,
                           quint32 extraFlags,
                           QStringList synonyms = {})
{
    return FieldSpec{.key = key,
                     .label = label,
                     .type = FieldType::Reference,
                     .flags = DefaultFieldFlags | Filterable | extraFlags,
                     .referenceKind = kind,
                     .importSynonyms = std::move(synonyms)};
}

/// A field of the form and the exports that is no column of the table.
inline FieldSpec formOnly(FieldSpec field)
{
    field.flags &= ~quint32(InTable | Filterable);
    return field;
}

inline EnumValue value(const char *keyword, const char *label, quint32 colour, QStringList synonyms)
{
    return {QString::fromLatin1(keyword), label, colour, std::move(synonyms)};
}

/// A link register between two records (created and deleted, never changed): removed with its `from`
/// end (whose child it is); removing the `to` end is refused while links name it, as for risk links.
inline EntitySpec linkSpec(const QString &key,
                           const QString &table,
                           const QString &prefix,
                           const char *singular,
                           const char *plural,
                           const char *singularInSentence,
                           const char *pluralInSentence,
                           FieldSpec from,
                           FieldSpec to)
{
    from.flags |= Required | ReadOnly | CascadeDelete;
    to.flags |= Required | ReadOnly;
    from.flags &= ~quint32(EditableInTable);
    to.flags &= ~quint32(EditableInTable);
    return EntitySpec{.key = key,
                      .entity = table,
                      .table = table,
                      .refPrefix = prefix,
                      .refDigits = 4,
                      .singular = singular,
                      .plural = plural,
                      .singularInSentence = singularInSentence,
                      .pluralInSentence = pluralInSentence,
                      .fields = {referenceFieldSpec(ReadOnly), std::move(from), std::move(to)}};
}

inline Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidArgument, message, {}};
}

inline QString textOf(const EntitySpec &spec, const Record &record, QStringView key)
{
    return record.values.at(spec.indexOf(key)).toString().trimmed();
}

inline QDate dateOf(const EntitySpec &spec, const Record &record, QStringView key)
{
    return record.values.at(spec.indexOf(key)).toDate();
}

} // namespace isms::specs
