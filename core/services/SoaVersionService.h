// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "services/SoaRegister.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace isms {

class Database;
enum class FrozenProblem;

/// One issued version of the Statement of Applicability: the whole SoA frozen when it was approved.
struct SoaVersion
{
    int number = 0;
    QDateTime issuedAtUtc;
    QString approver;
    QDate approvalDate;
    QString changeSummary;
    QString sha256;          ///< of the frozen entries' canonical JSON
    QList<SoaEntry> entries; ///< empty in SoaVersionService::list()
};

/// What issuing a version needs: who approved it, when, and what it changes.
struct SoaIssue
{
    QString approver;
    QString changeSummary;
    QDate approvalDate; ///< invalid: today
    /// Issue even when nothing changed since the latest version (a re-approval of the same content).
    bool allowUnchanged = false;
};

/// One side of a comparison: an issued version, or the working state.
struct SoaSide
{
    std::optional<int> version; ///< unset: the working state ("current")

    /// "3", or "current".
    QString keyword() const;
    /// "version 3", or "the working state" (translated).
    QString label() const;
};

/// One difference between two sides, control by control.
struct SoaChange
{
    enum class Kind
    {
        Added,   ///< the entry exists only on the later side
        Removed, ///< the entry exists only on the earlier side
        Changed, ///< one field differs
    };

    QString id; ///< "A.5.7", "AC-001"
    QString title;
    Kind kind = Kind::Changed;
    QString field;  ///< the field key ("status", "owner", "applicable"...); empty when added or removed
    QString before; ///< as text: applicable is "yes" or "no", reasons are joined with ", "
    QString after;

    friend bool operator==(const SoaChange &, const SoaChange &) = default;
};

/// Issues, lists and compares versions of the Statement of Applicability. An issued version never
/// changes: this service has no path that updates or removes one, and check() finds a version changed
/// outside the program (its hash against its JSON and against the change log). Works on the thread that
/// opened the Database.
class SoaVersionService final
{
    Q_DECLARE_TR_FUNCTIONS(isms::SoaVersionService)

public:
    explicit SoaVersionService(Database &db);

    /// Freezes the working state as version N+1 in one transaction, logged in the change log (entity
    /// logEntity(), id N+1, its approval record and hash as canonical JSON). Errors: InvalidArgument (no
    /// approver, no summary, an approval date in the future, text over its limit, nothing changed since
    /// the latest version without `allowUnchanged`), ReadOnly, Database.
    [[nodiscard]] Result<SoaVersion> issue(const SoaIssue &issue);

    /// Every issued version, oldest first, without their entries. Errors: Database.
    [[nodiscard]] Result<QList<SoaVersion>> list() const;

    /// One version with its entries. Errors: NotFound, InvalidArgument (its JSON is unreadable),
    /// Database.
    [[nodiscard]] Result<SoaVersion> get(int number) const;

    /// The latest issued version without its entries, or nullopt before the first. Errors: Database.
    [[nodiscard]] Result<std::optional<SoaVersion>> latest() const;

    /// The number of the latest issued version, or nullopt before the first and in a file older than
    /// the versions (schema 10). Read-only. Errors: Database.
    [[nodiscard]] static Result<std::optional<int>> latestNumber(const Database &db);

    /// The latest version's number when the working state equals it (nothing to issue but a
    /// re-approval); nullopt when something changed or no version was issued. Errors: those of get().
    [[nodiscard]] Result<std::optional<int>> unchangedSince() const;

    /// The entries of one side: a version's frozen copy, or SoaRegister::read(). Errors: those of get()
    /// and read().
    [[nodiscard]] Result<QList<SoaEntry>> entries(const SoaSide &side) const;

    /// What changed from `from` to `to`. Errors: those of entries().
    [[nodiscard]] Result<QList<SoaChange>> compare(const SoaSide &from, const SoaSide &to) const;

    /// The differences of two lists of entries: for each entry of `to` in its order, the fields that
    /// differ from the same id in `from` (or that it was added), then the entries only `from` holds.
    static QList<SoaChange> compare(const QList<SoaEntry> &from, const QList<SoaEntry> &to);

    /// "3" or "current" (any case). Errors: InvalidArgument with one sentence.
    [[nodiscard]] static Result<SoaSide> parseSide(const QString &text);

    /// The canonical JSON of entries as frozen (sorted keys, no whitespace).
    static QByteArray canonicalJson(const QList<SoaEntry> &entries);

    /// For `check`: every stored version against its hash and its change-log entry, and every logged
    /// version against the stored ones. One sentence per finding; none for a file before schema 10.
    [[nodiscard]] static Result<QStringList> check(const Database &db);

    /// The change-log entity and field of an issued version.
    static QString logEntity() { return QStringLiteral("soa_version"); }

    static QString logField() { return QStringLiteral("issued"); }

    /// The sentence check() gives for one problem of version `number`.
    static QString problemText(FrozenProblem problem, const QString &number);

    static constexpr int MaxApproverLength = 200;
    static constexpr int MaxSummaryLength = 20000;

private:
    [[nodiscard]] Result<std::optional<int>> unchangedSince(const QList<SoaEntry> &working) const;

    Database &m_db;
};

} // namespace isms
