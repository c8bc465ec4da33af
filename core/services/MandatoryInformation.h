// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace isms {

class Database;

/// How far the project holds one item of mandatory documented information.
enum class InformationState
{
    Present,    ///< the record that holds it exists and is approved or complete
    Incomplete, ///< it exists, but is a draft, unapproved, or leaves records out
    Missing,    ///< nothing in the project holds it
};

/// One concrete item of the documented information that clauses 4 to 10 make mandatory. The fifteen
/// clauses with an entry in the reference (clauses-4-10.csv) are split into the items they hold: 6.1.3
/// alone asks for the treatment process, the Statement of Applicability and the treatment plan.
struct MandatoryItem
{
    QString id;         ///< stable: "DI-4.3", "DI-6.1.3-SOA"
    QString clause;     ///< "6.1.3"
    const char *title;  ///< in context "isms::MandatoryInformation": "Statement of Applicability"
    const char *heldBy; ///< where the program keeps it, same context: "Issued versions of the SoA"
    QString kind;       ///< the register or page that holds it ("scope", "documents", "soa")

    QString titleText() const;
    QString heldByText() const;
};

/// The state of one item in a project, with what was found in one sentence.
struct MandatoryItemState
{
    QString itemId;
    InformationState state = InformationState::Missing;
    QString detail;        ///< translated: "SC-001 is approved.", "No scope is recorded yet; ..."
    QString kind;          ///< the register to open to fix or see it (an EntitySpec key or a page key)
    QString ref;           ///< the record that holds it, when one does ("SC-001", "DOC-003"); else empty
    QStringList documents; ///< documents of the documented-information register that name the clause
};

/// The mandatory documented information of clauses 4 to 10 and where a project holds each item: in
/// its structured registers (the scope, the SoA's issued versions, the risk register, the processes...)
/// or, for what the program keeps no register of, in an approved item of the documented-information
/// register that names the clause. The readiness check reports every item not present
/// (R-DOC-MISSING, R-DOC-INCOMPLETE); the clause pages show each clause's items and their state.
class MandatoryInformation final
{
    Q_DECLARE_TR_FUNCTIONS(isms::MandatoryInformation)

public:
    /// Every item, in clause order.
    static const QList<MandatoryItem> &items();

    /// The item `id`, or nullptr.
    static const MandatoryItem *item(QStringView id);

    /// The items of `clause` and of its subclauses ("9" gives 9.1, 9.2.2 and 9.3.3).
    static QList<const MandatoryItem *> itemsOf(const QString &clause);

    /// Whether `clauses` (a document's "6.1.3, 8.3") names `clause` or a clause that contains it.
    static bool names(const QString &clauses, const QString &clause);

    /// The state of every item in the project, in items() order. Works read-only on files of every
    /// schema the program opens (a register the file does not have yet holds nothing). Errors: Database.
    [[nodiscard]] static Result<QList<MandatoryItemState>> evaluate(const Database &db, const QDate &today);

    /// "present", "incomplete", "missing".
    static QString stateKeyword(InformationState state);

    /// "Present", "Incomplete", "Missing", translated.
    static QString stateText(InformationState state);
};

} // namespace isms
