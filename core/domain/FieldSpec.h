// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/EnumSpec.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace isms {

/// What a field holds, and so how it is stored, edited, validated, exported and imported.
enum class FieldType
{
    Text,          ///< one line (a name, an owner)
    MultilineText, ///< notes, descriptions
    Date,          ///< a calendar date, stored as ISO 8601 text
    Enum,          ///< one keyword of an EnumSpec
    Integer,       ///< a whole number within a range
    Boolean,       ///< yes or no
    Reference,     ///< another record (its row id; shown and exported as its reference, "T-003")
};

/// What layers do with a field. Combine with |.
enum FieldFlag : quint32
{
    Required = 1U << 0,        ///< may not be empty
    Unique = 1U << 1,          ///< no two records of the kind share it (references)
    Logged = 1U << 2,          ///< changes are written to the change log (and checked by `check`)
    InTable = 1U << 3,         ///< a column of the register's table view
    Filterable = 1U << 4,      ///< offered as a filter on the page and by `list --where`
    EditableInTable = 1U << 5, ///< edited in place in the table, not only in the form
    Exported = 1U << 6,        ///< written by CSV, XLSX and JSON export
    Importable = 1U << 7,      ///< read by CSV, XLSX and JSON import
    Derived = 1U << 8,         ///< computed by the spec's derive hook; never typed by users
    ReadOnly = 1U << 9,        ///< shown, never changed after creation (catalogue facts)
    /// A reference to the parent record (a task's risk, a link's end): removing the parent removes
    /// this record in the same transaction and the same undo step.
    CascadeDelete = 1U << 10,
    /// A fact of the catalogue (a control's title or attributes): read from the register's catalogue
    /// table (EntitySpec::catalogue), never written, never logged.
    FromCatalogue = 1U << 11,
    /// Text that holds a decimal number ("12.5"): tables sort it by its value, not as text.
    NumericText = 1U << 12,
};

/// Flags every ordinary field carries.
inline constexpr quint32 DefaultFieldFlags = Logged | InTable | Exported | Importable;

/// One field of a register: the single description that storage, the service, the views, the command
/// line and the importers read. Its key is its column, its change-log field, its CSV/JSON header and
/// its command-line option.
struct FieldSpec
{
    QString key;       ///< "name", "category", "due_date"
    const char *label; ///< QT_TRANSLATE_NOOP("isms::FieldSpec", "Name")
    FieldType type = FieldType::Text;
    quint32 flags = DefaultFieldFlags;
    int maxLength = 200; ///< text fields: characters
    /// Enum: its values. Integer: optional names of the numbers (keyword "3", label "High"), which
    /// imports and the command line accept in place of the number.
    const EnumSpec *enumSpec = nullptr;
    QString referenceKind{};           ///< Reference: the EntitySpec key of the target ("threats")
    QStringList importSynonyms{};      ///< further header names an import accepts (English, German, French)
    qint64 minimum = 0;                ///< Integer: smallest value
    qint64 maximum = 0;                ///< Integer: largest value
    const char *description = nullptr; ///< optional tooltip, QT_TRANSLATE_NOOP("isms::FieldSpec", ...)
    /// Views sort this column by another field's value (a level name by its rank). Empty: by its own.
    QString sortKey{};

    bool has(FieldFlag flag) const { return (flags & flag) != 0; }

    bool isText() const { return type == FieldType::Text || type == FieldType::MultilineText; }

    /// The translated label.
    QString labelText() const;

    /// The value a new record gets when none is given: empty text, no date, the first enum value of a
    /// required enum (else empty), no number, false, no reference.
    QVariant defaultValue() const;

    /// True when `value` counts as empty (empty text, no date, no number, no reference).
    bool isEmptyValue(const QVariant &value) const;

    /// The canonical text of a stored value, as the change log, the JSON snapshot and `check` compare
    /// it: text as is, dates in ISO 8601, numbers in decimal, "true"/"false", reference ids in decimal.
    /// nullopt for an empty date, number or reference.
    std::optional<QString> canonical(const QVariant &value) const;

    /// The stored value of a canonical text (the inverse of canonical()).
    QVariant fromCanonical(const std::optional<QString> &text) const;

    /// Checks a value against the field's own rules (required, length, one line, forbidden characters,
    /// enum keyword, range). The message names the field by its label.
    [[nodiscard]] Result<void> validate(const QVariant &value) const;
};

/// Earliest and latest dates any date field accepts.
inline constexpr int EarliestYear = 2000;
inline constexpr int LatestYear = 2100;

} // namespace isms
