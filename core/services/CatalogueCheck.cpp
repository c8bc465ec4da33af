// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/CatalogueCheck.h"

#include "catalog/Catalogue.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <functional>

namespace isms {

namespace {

/// Catalogue rows keyed by reference, plus the order in which findings are listed.
struct Rows
{
    QStringList order;
    QHash<QString, QStringList> values;

    void add(const QString &ref, const QStringList &row)
    {
        order.append(ref);
        values.insert(ref, row);
    }
};

/// How findings about one table are worded.
struct TableWording
{
    QStringList columnLabels;                           ///< translated, one per value column
    std::function<QString(const QString &ref)> missing; ///< "A.5.7 is missing"
    std::function<QString(const QString &ref)> extra;   ///< "the file holds A.9.9"
    std::function<QString(const QString &label, const QString &ref)> differs; ///< "the title of A.5.1"
};

/// Reads `sql` (first column: the reference, then the value columns) into Rows.
Result<Rows> readRows(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (auto done = sql::exec(query, sql); !done) {
        return done.error();
    }
    Rows rows;
    const int columns = query.record().count();
    while (query.next()) {
        QStringList row;
        for (int i = 1; i < columns; ++i) {
            row.append(query.value(i).toString());
        }
        rows.add(query.value(0).toString(), row);
    }
    return rows;
}

void compare(const Rows &expected, const Rows &actual, const TableWording &wording, QList<CheckFinding> &out)
{
    for (const QString &ref : expected.order) {
        const auto found = actual.values.constFind(ref);
        if (found == actual.values.constEnd()) {
            out.append({CheckFinding::Area::Catalogue, wording.missing(ref)});
            continue;
        }
        const QStringList &want = expected.values.value(ref);
        for (int i = 0; i < want.size(); ++i) {
            if (found->value(i) != want.at(i)) {
                out.append(
                    {CheckFinding::Area::Catalogue, wording.differs(wording.columnLabels.value(i), ref)});
            }
        }
    }
    for (const QString &ref : actual.order) {
        if (!expected.values.contains(ref)) {
            out.append({CheckFinding::Area::Catalogue, wording.extra(ref)});
        }
    }
}

QString joined(const QStringList &values)
{
    return values.join(u';');
}

Result<void> checkControls(const Database &db,
                           const QList<Control> &controls,
                           const QString &edition,
                           QList<CheckFinding> &out)
{
    Rows expected;
    int position = 0;
    for (const Control &control : controls) {
        expected.add(control.ref,
                     {QString::number(++position),
                      control.title,
                      themeKeyword(control.theme),
                      joined(control.controlTypes),
                      joined(control.securityProperties),
                      joined(control.cybersecurityConcepts),
                      joined(control.operationalCapabilities),
                      joined(control.securityDomains),
                      control.isNewIn2022 ? QStringLiteral("1") : QStringLiteral("0")});
    }
    const auto actual = readRows(
        db,
        QStringLiteral("SELECT ref, position, title, theme, control_types, security_properties, "
                       "cybersecurity_concepts, operational_capabilities, security_domains, new_in_2022 "
                       "FROM annex_a_control ORDER BY position"));
    if (!actual) {
        return actual.error();
    }
    //: Attributes of an Annex A control, as in "The theme of A.5.1 differs from the ... catalogue."
    const TableWording wording{
        {CatalogueCheck::tr("position"),
         CatalogueCheck::tr("title"),
         CatalogueCheck::tr("theme"),
         CatalogueCheck::tr("control types attribute"),
         CatalogueCheck::tr("security properties attribute"),
         CatalogueCheck::tr("cybersecurity concepts attribute"),
         CatalogueCheck::tr("operational capabilities attribute"),
         CatalogueCheck::tr("security domains attribute"),
         CatalogueCheck::tr("\"new in 2022\" mark")},
        [](const QString &ref) {
            return CatalogueCheck::tr("Annex A control A.%1 is missing from the file.").arg(ref);
        },
        [&edition](const QString &ref) {
            return CatalogueCheck::tr(
                       "The file holds an Annex A control A.%1 that the %2 catalogue does not have.")
                .arg(ref, edition);
        },
        [&edition](const QString &label, const QString &ref) {
            return CatalogueCheck::tr("The %1 of A.%2 differs from the %3 catalogue.")
                .arg(label, ref, edition);
        }};
    compare(expected, *actual, wording, out);
    return {};
}

Result<void> checkClauses(const Database &db,
                          const QList<Clause> &clauses,
                          const QString &edition,
                          QList<CheckFinding> &out)
{
    Rows expected;
    int position = 0;
    for (const Clause &clause : clauses) {
        expected.add(
            clause.ref,
            {QString::number(++position), clause.title, clause.parentRef, clause.documentedInformation});
    }
    const auto actual = readRows(db,
                                 QStringLiteral("SELECT ref, position, title, COALESCE(parent_ref, ''), "
                                                "documented_information FROM clause ORDER BY position"));
    if (!actual) {
        return actual.error();
    }
    //: Attributes of a clause, as in "The title of clause 4.1 differs from the ... catalogue."
    const TableWording wording{
        {CatalogueCheck::tr("position"),
         CatalogueCheck::tr("title"),
         CatalogueCheck::tr("parent clause"),
         CatalogueCheck::tr("required documented information")},
        [](const QString &ref) { return CatalogueCheck::tr("Clause %1 is missing from the file.").arg(ref); },
        [&edition](const QString &ref) {
            return CatalogueCheck::tr("The file holds a clause %1 that the %2 catalogue does not have.")
                .arg(ref, edition);
        },
        [&edition](const QString &label, const QString &ref) {
            return CatalogueCheck::tr("The %1 of clause %2 differs from the %3 catalogue.")
                .arg(label, ref, edition);
        }};
    compare(expected, *actual, wording, out);
    return {};
}

Result<void> check2013(const Database &db, const QString &edition, QList<CheckFinding> &out)
{
    const auto controls = Catalogue::annexA2013();
    if (!controls) {
        return controls.error();
    }
    Rows expected;
    Rows expectedMapping;
    int position = 0;
    for (const Control2013 &control : *controls) {
        expected.add(control.ref, {QString::number(++position), control.title});
        QStringList refs = control.refs2022;
        refs.sort();
        expectedMapping.add(control.ref, {joined(refs)});
    }
    const auto actual =
        readRows(db,
                 QStringLiteral("SELECT ref, position, title FROM annex_a_2013_control ORDER BY position"));
    if (!actual) {
        return actual.error();
    }
    const TableWording wording{
        {CatalogueCheck::tr("position"), CatalogueCheck::tr("title")},
        [](const QString &ref) {
            return CatalogueCheck::tr("ISO/IEC 27001:2013 control %1 is missing from the file.").arg(ref);
        },
        [](const QString &ref) {
            return CatalogueCheck::tr(
                       "The file holds an ISO/IEC 27001:2013 control %1 that the catalogue does not have.")
                .arg(ref);
        },
        [&edition](const QString &label, const QString &ref) {
            return CatalogueCheck::tr(
                       "The %1 of ISO/IEC 27001:2013 control %2 differs from the %3 catalogue.")
                .arg(label, ref, edition);
        }};
    compare(expected, *actual, wording, out);

    const auto mapping = readRows(db,
                                  QStringLiteral("SELECT ref_2013, group_concat(ref_2022, ';') FROM "
                                                 "(SELECT ref_2013, ref_2022 FROM annex_a_2013_mapping "
                                                 "ORDER BY ref_2013, ref_2022) GROUP BY ref_2013"));
    if (!mapping) {
        return mapping.error();
    }
    // group_concat follows the inner ORDER BY in practice, but sort again rather than rely on it.
    Rows actualMapping;
    for (const QString &ref : mapping->order) {
        QStringList refs = mapping->values.value(ref).value(0).split(u';', Qt::SkipEmptyParts);
        refs.sort();
        actualMapping.add(ref, {joined(refs)});
    }
    for (const QString &ref : expectedMapping.order) {
        if (actualMapping.values.value(ref) != expectedMapping.values.value(ref)) {
            out.append(
                {CheckFinding::Area::Catalogue,
                 CatalogueCheck::tr("The 2022 controls that ISO/IEC 27001:2013 control %1 maps to differ "
                                    "from the %2 catalogue.")
                     .arg(ref, edition)});
        }
    }
    for (const QString &ref : actualMapping.order) {
        if (!expectedMapping.values.contains(ref)) {
            out.append({CheckFinding::Area::Catalogue,
                        CatalogueCheck::tr(
                            "The file maps an ISO/IEC 27001:2013 control %1 that the catalogue does not "
                            "have.")
                            .arg(ref)});
        }
    }
    return {};
}

Result<void> checkRequirements(const Database &db,
                               const QList<Control> &controls,
                               const QList<Clause> &clauses,
                               QList<CheckFinding> &out)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (auto done = sql::exec(query, QStringLiteral("SELECT kind, ref FROM requirement ORDER BY id"));
        !done) {
        return done.error();
    }
    QSet<QString> present;
    QStringList order;
    while (query.next()) {
        const QString key = query.value(0).toString() + u'/' + query.value(1).toString();
        present.insert(key);
        order.append(key);
    }
    QSet<QString> expected;
    for (const Control &control : controls) {
        const QString key = QStringLiteral("control/") + control.ref;
        expected.insert(key);
        if (!present.contains(key)) {
            out.append({CheckFinding::Area::Catalogue,
                        CatalogueCheck::tr("The tracking row of control A.%1 is missing from the file.")
                            .arg(control.ref)});
        }
    }
    for (const Clause &clause : clauses) {
        const QString key = QStringLiteral("clause/") + clause.ref;
        expected.insert(key);
        if (!present.contains(key)) {
            out.append({CheckFinding::Area::Catalogue,
                        CatalogueCheck::tr("The tracking row of clause %1 is missing from the file.")
                            .arg(clause.ref)});
        }
    }
    for (const QString &key : std::as_const(order)) {
        if (!expected.contains(key)) {
            out.append({CheckFinding::Area::Catalogue,
                        CatalogueCheck::tr(
                            "The file holds a tracking row \"%1\" that matches no control or clause of the "
                            "catalogue.")
                            .arg(key)});
        }
    }
    return {};
}

} // namespace

Result<QList<CheckFinding>> CatalogueCheck::run(const Database &db, int schemaVersion)
{
    QList<CheckFinding> findings;
    const auto edition =
        sql::scalar(db.connection(), QStringLiteral("SELECT catalogue_edition FROM project WHERE id = 1"));
    if (!edition) {
        return edition.error();
    }
    const QString recorded = edition->toString();
    if (recorded != Catalogue::edition()) {
        findings.append(
            {CheckFinding::Area::Catalogue,
             CatalogueCheck::tr("The file records the catalogue edition \"%1\", which this version of ISMS "
                                "Workbench does not know, so its catalogue rows could not be compared.")
                 .arg(recorded.left(80))});
        return findings;
    }
    const auto controls = Catalogue::annexA2022();
    if (!controls) {
        return controls.error();
    }
    const auto clauses = Catalogue::clauses();
    if (!clauses) {
        return clauses.error();
    }
    Result<void> done = checkControls(db, *controls, recorded, findings);
    if (done) {
        done = checkClauses(db, *clauses, recorded, findings);
    }
    if (done && schemaVersion >= 2) {
        done = check2013(db, recorded, findings);
    }
    if (done) {
        done = checkRequirements(db, *controls, *clauses, findings);
    }
    if (!done) {
        return done.error();
    }
    return findings;
}

} // namespace isms
