// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The small builders of fields, enum values and link registers that every register's spec uses.
#pragma once

#include "domain/EntitySpec.h"

#include <QCoreApplication>
#include <QDate>

namespace isms::specs {

/// A one-line text of the table, the form and the exports; `extraFlags` adds to the default flags.
inline FieldSpec text(const QString &key,
                      const char *label,
                      quint32 extraFlags = 0,
                      QStringList synonyms = {})
{
    return FieldSpec{.key = key,
                     .label = label,
                     .flags = DefaultFieldFlags | extraFlags,
                     .importSynonyms = std::move(synonyms)};
}

/// A one-line text of the form and the exports that is no column of the table.
inline FieldSpec formText(const QString &key, const char *label, QStringList synonyms = {})
{
    return FieldSpec{.key = key,
                     .label = label,
                     .flags = Logged | Exported | Importable,
                     .importSynonyms = std::move(synonyms)};
}

/// A text of several lines (up to 20000 characters) of the form and the exports, no column of the table.
inline FieldSpec longText(const QString &key,
                          const char *label,
                          QStringList synonyms = {},
                          quint32 extraFlags = 0)
{
    return FieldSpec{.key = key,
                     .label = label,
                     .type = FieldType::MultilineText,
                     .flags = Logged | Exported | Importable | extraFlags,
                     .maxLength = 20000,
                     .importSynonyms = std::move(synonyms)};
}

/// longText() with a tooltip. (A literal 0 for the flags of the other overload is ambiguous with this one:
/// leave the flags out instead.)
inline FieldSpec longText(const QString &key, const char *label, QStringList synonyms, const char *tip)
{
    FieldSpec field = longText(key, label, std::move(synonyms));
    field.description = tip;
    return field;
}

/// An enum, filterable and edited in the table; `extraFlags` adds Required where a value must be chosen.
inline FieldSpec enumField(const QString &key,
                           const char *label,
                           const EnumSpec &values,
                           quint32 extraFlags,
                           QStringList synonyms = {})
{
    return FieldSpec{.key = key,
                     .label = label,
                     .type = FieldType::Enum,
                     .flags = DefaultFieldFlags | Filterable | EditableInTable | extraFlags,
                     .enumSpec = &values,
                     .importSynonyms = std::move(synonyms)};
}

/// A required enum, filterable and edited in the table.
inline FieldSpec enumeration(const QString &key,
                             const char *label,
                             const EnumSpec &values,
                             quint32 extraFlags,
                             QStringList synonyms = {})
{
    return enumField(key, label, values, Required | extraFlags, std::move(synonyms));
}

inline FieldSpec enumeration(const QString &key,
                             const char *label,
                             const EnumSpec &values,
                             QStringList synonyms = {})
{
    return enumeration(key, label, values, 0, std::move(synonyms));
}

/// A date, edited in the table; `extraFlags` adds to its flags.
inline FieldSpec date(const QString &key, const char *label, quint32 extraFlags, QStringList synonyms = {})
{
    return FieldSpec{.key = key,
                     .label = label,
                     .type = FieldType::Date,
                     .flags = DefaultFieldFlags | EditableInTable | extraFlags,
                     .importSynonyms = std::move(synonyms)};
}

/// A date, edited in the table, with an optional tooltip.
inline FieldSpec date(const QString &key,
                      const char *label,
                      QStringList synonyms = {},
                      const char *tip = nullptr)
{
    FieldSpec field = date(key, label, 0, std::move(synonyms));
    field.description = tip;
    return field;
}

/// A reference to a record of the register `kind`, filterable; `extraFlags` adds to its flags.
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

/// A reference to a person of the people register, filterable and edited in the table, with an optional
/// tooltip.
inline FieldSpec person(const QString &key,
                        const char *label,
                        QStringList synonyms = {},
                        const char *tip = nullptr)
{
    FieldSpec field = reference(key, label, QStringLiteral("people"), EditableInTable, std::move(synonyms));
    field.description = tip;
    return field;
}

/// The owner of a record by name: a text, filterable and edited in the table.
inline FieldSpec ownerText()
{
    return text(
        QStringLiteral("owner"),
        QT_TRANSLATE_NOOP("isms::FieldSpec", "Owner"),
        Filterable | EditableInTable,
        {QStringLiteral("responsible"), QStringLiteral("Verantwortlich"), QStringLiteral("responsable")});
}

/// A field of the form and the exports that is neither a column of the table nor a filter.
inline FieldSpec formOnly(FieldSpec field)
{
    field.flags &= ~quint32(InTable | Filterable);
    return field;
}

/// A field that is no column of the table (which keeps room for the record's name) but keeps its filter.
inline FieldSpec noColumn(FieldSpec field)
{
    field.flags &= ~quint32(InTable);
    return field;
}

/// A field without a filter of its own on the page (whose filter bar would grow too wide).
inline FieldSpec unfiltered(FieldSpec field)
{
    field.flags &= ~quint32(Filterable);
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

/// The spec with `check` as its rule across fields (a link that must name a known control).
inline EntitySpec validated(EntitySpec spec, decltype(EntitySpec::validate) check)
{
    spec.validate = std::move(check);
    return spec;
}

/// The Annex A control end of a link, by the control's number ("5.15").
inline FieldSpec controlEnd(QStringList synonyms)
{
    FieldSpec field = text(QStringLiteral("control"),
                           QT_TRANSLATE_NOOP("isms::FieldSpec", "Control"),
                           Filterable,
                           std::move(synonyms));
    field.maxLength = 10;
    return field;
}

inline Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidArgument, message, {}};
}

/// A date as messages show it: ISO 8601 ("2026-03-31").
inline QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
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
