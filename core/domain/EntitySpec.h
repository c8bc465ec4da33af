// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/ChangeLogEntry.h"
#include "domain/FieldSpec.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

namespace isms {

/// The row id of a record of some register: stable for the record's life, never reused.
struct RecordId
{
    qint64 value = 0;

    bool isValid() const { return value > 0; }

    friend bool operator==(RecordId, RecordId) = default;
    friend auto operator<=>(RecordId, RecordId) = default;
};

inline size_t qHash(RecordId id, size_t seed = 0) noexcept
{
    return ::qHash(id.value, seed);
}

/// One record of a register: its id and its values, one per field of its EntitySpec, in the spec's
/// order, in stored form (text as QString, dates as QDate, numbers and references as qint64, booleans
/// as bool; an invalid QVariant for no date, number or reference).
struct Record
{
    RecordId id{};
    QList<QVariant> values;
};

/// What a spec's hooks may consult beyond the record itself (the project's risk method, for instance).
/// Defined by core/services; hooks of plain registers ignore it.
struct RecordContext;

/// The reference field every register starts with (key "ref"): required, unique, filterable, at most 20
/// characters, recognised in imports as "id", "nr", "no", "Referenz" or "référence". `extraFlags` adds
/// flags (ReadOnly for links).
FieldSpec referenceFieldSpec(quint32 extraFlags = 0);

/// A many-to-many link shown as a column of the register at one end (a risk's assets): exported as the
/// other ends' references ("AS-001, AS-004"; an array in JSON), imported the same way, stored as
/// records of the link register (REGISTERS.md decision 4).
struct LinkColumn
{
    QString key;         ///< "assets": the CSV header and JSON key
    const char *label;   ///< QT_TRANSLATE_NOOP("isms::FieldSpec", "Assets")
    QString linkKind;    ///< "risk-assets": the link register
    QString ownField;    ///< "risk": the link's reference to this register
    QString otherField;  ///< "asset": the other end (a reference, or a text such as a control id)
    QString roleField{}; ///< "role": with roleValue, tells two columns on one link register apart
    QString roleValue{}; ///< "existing"
    QStringList importSynonyms{};

    QString labelText() const;
};

/// Where a register over a catalogue of the standard (clauses 4-10, Annex A controls) finds its facts.
/// Its records are the catalogue's rows, one tracking row each in a table that such registers share
/// and tell apart by a kind column; users change the tracked fields, never add or remove records.
struct CatalogueSource
{
    QString table;      ///< "annex_a_control": the facts, joined on "ref", in the order of "position"
    QString kindColumn; ///< "kind": the column of the tracking table that tells the registers apart
    QString kindValue;  ///< "control"
    QString sampleRef;  ///< "5.1": a reference that help texts show as an example
};

/// How the records of a register name a record of any register (evidence attached to control "5.1" or
/// risk "R-001"): by the register's key in one text field and the stored reference in another.
/// Removing a record that such records name is refused, naming them.
struct AnyRecordTarget
{
    QString kindField;   ///< "kind": holds an EntitySpec key ("controls")
    QString recordField; ///< "record_ref": holds the stored reference ("5.1")
};

class Database;

/// One register (threats, assets, risks...) described once; storage, the service, the views, the
/// command line, the importers and exporters and `check` all read this description.
struct EntitySpec
{
    QString key;          ///< "threats": the command-line noun and the registry key
    QString entity;       ///< "threat": the change log's entity name
    QString table;        ///< "threat": the SQL table
    QString refPrefix;    ///< "T-": references are the prefix and a number ("T-007")
    int refDigits = 3;    ///< digits the number is padded to
    const char *singular; ///< QT_TRANSLATE_NOOP("isms::EntitySpec", "Threat")
    const char *plural;   ///< QT_TRANSLATE_NOOP("isms::EntitySpec", "Threats")
    /// The nouns as they stand inside a sentence ("threat", "threats"; German keeps its capital),
    /// QT_TRANSLATE_NOOP("isms::EntitySpec", ...) with a disambiguation-free English form. Null: the
    /// labels in lower case.
    const char *singularInSentence = nullptr;
    const char *pluralInSentence = nullptr;
    QList<FieldSpec> fields; ///< fields[0] is always the reference, key "ref"
    /// Rules that span fields (a date order, a justification required when excluded). Empty: none.
    std::function<Result<void>(const EntitySpec &, const Record &, const RecordContext &)> validate{};
    /// Rules between the new records of one batch (an import), checked after each record passed
    /// `validate`: returns the index and the problem of each record that breaks one (a link that closes
    /// a cycle with links earlier in the file). Empty: none.
    std::function<
        QList<std::pair<qsizetype, Error>>(const EntitySpec &, const QList<Record> &, const RecordContext &)>
        validateBatch{};
    /// Computes derived fields (a risk level from the matrix). Empty: none.
    std::function<void(const EntitySpec &, Record &, const RecordContext &)> derive{};
    /// The rows of an import may be checked on several threads, each with a read-only connection and
    /// a RecordContext of its own: `validate`, `derive` and `parseWord` read the project only through
    /// the context they are given and keep nothing from one record for the next (rules between the
    /// records of a file belong in `validateBatch`).
    bool rowsCheckedApart = false;

    /// Many-to-many links shown as columns of this register. Empty: none.
    QList<LinkColumn> links{};
    /// Reads a word for a number field that the number's own names do not cover (a rating written as
    /// "likely" or "hoch", on the project's scale). `columnTexts` are all texts of that column in the
    /// file (so that a file's own scale can be recognised); the command line passes the one value.
    /// Returns the number and the sentence an import preview shows ("\"hoch\" read as 4 Likely"), or
    /// nullopt when the word is not known. Empty: numbers only.
    std::function<std::optional<std::pair<qint64, QString>>(const EntitySpec &,
                                                            const FieldSpec &,
                                                            const QString &,
                                                            const QStringList &,
                                                            const RecordContext &)>
        parseWord{};
    /// Keys that exports write beside the fields but imports read past (values computed across records,
    /// such as the union of a risk's controls).
    QStringList computedKeys{};
    /// A register over a catalogue (clauses, controls): records are fixed, changes are logged under the
    /// reference ("5.1") rather than the row id, and fields flagged FromCatalogue come from its table.
    std::optional<CatalogueSource> catalogue{};
    /// Shown before a stored reference ("A." for Annex A controls: "5.1" is shown as "A.5.1"), and
    /// accepted, in any case, before a typed one.
    QString shownRefPrefix{};

    /// Records of this register name a record of any register (evidence). Empty: they do not.
    std::optional<AnyRecordTarget> target{};
    /// Records are created elsewhere than through RecordService (evidence is attached with its file):
    /// the sentence, QT_TRANSLATE_NOOP("isms::EntitySpec", ...), with which adding and importing
    /// records through the framework are refused. Null: they are created as any register's.
    const char *createdElsewhere = nullptr;
    /// Records are frozen snapshots (a risk assessment run): the sentence,
    /// QT_TRANSLATE_NOOP("isms::EntitySpec", ...), with which changing and removing them is refused. Null:
    /// records change as any register's.
    const char *alwaysFrozen = nullptr;
    /// Runs inside the transaction that removed `records` (evidence drops bytes no record holds any
    /// more). Empty: nothing.
    std::function<Result<void>(const Database &, const QList<Record> &)> afterRemove{};
    /// Records that never change once they reach some state (an approved document version, REGISTERS.md
    /// decision 6): the sentence with which changing or removing the stored record is refused, or an
    /// empty string while it may change. Empty: every record may change.
    std::function<QString(const EntitySpec &, const Record &)> frozen{};
    /// Change-log entries a write adds beside the record's own (the seal of a version approved by this
    /// write): `before` is nullptr for a creation. Empty: none.
    std::function<QList<FieldChange>(const EntitySpec &, const Record *before, const Record &after)> seal{};
    /// Runs inside the transaction that created or changed `records` (a document version refreshes its
    /// document's current version). Empty: nothing.
    std::function<Result<void>(const Database &, const QList<Record> &)> afterWrite{};

    bool isCatalogue() const { return catalogue.has_value(); }

    /// The translated refusal of createdElsewhere; empty when records are created through the framework.
    QString createdElsewhereText() const;

    /// The translated refusal of alwaysFrozen; empty when records may change.
    QString frozenText() const;

    /// The reference as people read it ("A.5.1" for the stored "5.1").
    QString shownRef(const QString &storedRef) const { return shownRefPrefix + storedRef; }

    /// A typed reference as stored: trimmed, and without the shown prefix ("a.5.1" becomes "5.1").
    QString storedRef(QStringView typed) const;

    /// The change log's entity id of a record: the reference for a catalogue register, else the row id.
    QString logId(const Record &record) const;

    /// The index of the field `key` in `fields`, or -1.
    int indexOf(QStringView fieldKey) const;

    /// The field `key`, or nullptr.
    const FieldSpec *field(QStringView fieldKey) const;

    QString singularLabel() const;
    QString pluralLabel() const;

    /// The nouns for use inside a sentence ("Delete threat T-003").
    QString singularNoun() const;
    QString pluralNoun() const;

    /// "T-007" for 7.
    QString formatRef(qint64 number) const;

    /// A reference for help texts: "T-001", "A.5.1".
    QString sampleRef() const { return catalogue ? shownRef(catalogue->sampleRef) : formatRef(1); }

    /// 7 for "T-007" or "t-7"; nullopt when `ref` does not have this kind's shape.
    std::optional<qint64> refNumber(QStringView ref) const;

    /// A record with every field at its default value and no id.
    Record newRecord() const;

    /// The record's logged fields as canonical JSON: sorted keys, no whitespace, values as their
    /// canonical text or null. The change log holds this for a creation and for a deletion.
    QString snapshot(const Record &record) const;

    /// The change-log field of creation and deletion entries.
    static QString recordLogField() { return QStringLiteral("record"); }

    /// The record's reference.
    static QString refOf(const Record &record) { return record.values.value(0).toString(); }
};

} // namespace isms

Q_DECLARE_METATYPE(isms::RecordId)
