// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/EntitySpec.h"

#include <QHash>
#include <QString>
#include <QVariant>

#include <functional>

namespace isms {

/// Turns field values into text and back, the same way for the command line, CSV, XLSX and JSON: enum
/// values as keywords (their labels and synonyms are accepted too), dates as YYYY-MM-DD, booleans as
/// true/false, references as the target record's reference ("T-003").
class FieldText final
{
public:
    /// Finds a record id by reference in the register `kind` (an EntitySpec key); invalid when unknown.
    using RefToId = std::function<RecordId(const QString &kind, const QString &ref)>;
    /// Finds a record's reference by id in the register `kind`; empty when unknown.
    using IdToRef = std::function<QString(const QString &kind, RecordId id)>;

    /// Parses what a person or a file wrote for `field`. Errors: InvalidArgument with a sentence that
    /// says what is accepted (the field is named by the caller).
    [[nodiscard]] static Result<QVariant> parse(const FieldSpec &field,
                                                const QString &text,
                                                const RefToId &refToId = {});

    /// parse() for a field of `spec` that also tries the spec's parseWord hook when a number is written
    /// as a word ("likely"). `columnTexts`: every text of the column in the file (the value itself on
    /// the command line). `note` receives the hook's sentence when a word was read.
    [[nodiscard]] static Result<QVariant> parseFor(const EntitySpec &spec,
                                                   const FieldSpec &field,
                                                   const QString &text,
                                                   const RefToId &refToId,
                                                   const QStringList &columnTexts,
                                                   const RecordContext &context,
                                                   QString *note = nullptr);

    /// parseFor() that asks for the column's texts only when the text is no number and the hook needs
    /// them (an import reads them once per column, and only then).
    [[nodiscard]] static Result<QVariant> parseFor(const EntitySpec &spec,
                                                   const FieldSpec &field,
                                                   const QString &text,
                                                   const RefToId &refToId,
                                                   const std::function<const QStringList &()> &columnTexts,
                                                   const RecordContext &context,
                                                   QString *note = nullptr);

    /// The text an export writes for a stored value.
    static QString format(const FieldSpec &field, const QVariant &value, const IdToRef &idToRef = {});

    /// What people see: enum labels translated, dates in ISO form, booleans as yes/no.
    static QString display(const FieldSpec &field, const QVariant &value, const IdToRef &idToRef = {});
};

} // namespace isms
