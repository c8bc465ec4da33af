// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "catalog/Catalogue.h"

#include "io/Csv.h"

#include <QCoreApplication>
#include <QFile>

namespace isms {

namespace {

Error catalogueError(const QString &file, const QString &detail)
{
    return Error{ErrorCode::Io,
                 QCoreApplication::translate("isms::Catalogue",
                                             "The program's built-in catalogue %1 is damaged; reinstall "
                                             "ISMS Workbench.")
                     .arg(file),
                 detail};
}

/// Reads one catalogue CSV from the resources, checks its header, and returns the data rows.
Result<QList<QStringList>> readTable(const QString &file, const QStringList &expectedHeader)
{
    QFile resource(QStringLiteral(":/catalogue/") + file);
    if (!resource.open(QIODevice::ReadOnly)) {
        return catalogueError(file, resource.errorString());
    }
    auto rows = Csv::parse(QString::fromUtf8(resource.readAll()));
    if (!rows) {
        return catalogueError(file, rows.error().message);
    }
    QList<QStringList> table = std::move(rows).value();
    if (table.isEmpty() || table.constFirst() != expectedHeader) {
        return catalogueError(file, QStringLiteral("unexpected header"));
    }
    table.removeFirst();
    for (const QStringList &row : std::as_const(table)) {
        if (row.size() != expectedHeader.size()) {
            return catalogueError(file, QStringLiteral("row with %1 fields").arg(row.size()));
        }
    }
    return table;
}

QStringList splitValues(const QString &cell)
{
    return cell.isEmpty() ? QStringList() : cell.split(u';');
}

} // namespace

QString Catalogue::edition()
{
    return QStringLiteral("ISO/IEC 27001:2022");
}

Result<QList<Control>> Catalogue::annexA2022()
{
    auto table = readTable(QStringLiteral("annex-a-2022.csv"),
                           {QStringLiteral("id"),
                            QStringLiteral("title"),
                            QStringLiteral("theme"),
                            QStringLiteral("control_type"),
                            QStringLiteral("security_properties"),
                            QStringLiteral("cybersecurity_concepts"),
                            QStringLiteral("operational_capabilities"),
                            QStringLiteral("security_domains"),
                            QStringLiteral("new_in_2022")});
    if (!table) {
        return table.error();
    }
    QList<Control> controls;
    controls.reserve(table->size());
    for (const QStringList &row : std::as_const(*table)) {
        const auto theme = themeFromKeyword(row.at(2));
        if (!theme) {
            return catalogueError(QStringLiteral("annex-a-2022.csv"), QStringLiteral("theme ") + row.at(2));
        }
        Control control;
        control.ref = row.at(0);
        control.title = row.at(1);
        control.theme = *theme;
        control.controlTypes = splitValues(row.at(3));
        control.securityProperties = splitValues(row.at(4));
        control.cybersecurityConcepts = splitValues(row.at(5));
        control.operationalCapabilities = splitValues(row.at(6));
        control.securityDomains = splitValues(row.at(7));
        control.isNewIn2022 = row.at(8) == u"yes";
        controls.append(std::move(control));
    }
    return controls;
}

Result<QList<Clause>> Catalogue::clauses()
{
    auto table = readTable(QStringLiteral("clauses-4-10.csv"),
                           {QStringLiteral("clause"),
                            QStringLiteral("title"),
                            QStringLiteral("parent"),
                            QStringLiteral("documented_information_required")});
    if (!table) {
        return table.error();
    }
    QList<Clause> clauses;
    clauses.reserve(table->size());
    for (const QStringList &row : std::as_const(*table)) {
        clauses.append(Clause{row.at(0), row.at(1), row.at(2), row.at(3), {}});
    }
    return clauses;
}

Result<QList<Control2013>> Catalogue::annexA2013()
{
    auto table =
        readTable(QStringLiteral("annex-a-2013-to-2022.csv"),
                  {QStringLiteral("id_2013"), QStringLiteral("title_2013"), QStringLiteral("ids_2022")});
    if (!table) {
        return table.error();
    }
    QList<Control2013> controls;
    controls.reserve(table->size());
    for (const QStringList &row : std::as_const(*table)) {
        controls.append(Control2013{row.at(0), row.at(1), splitValues(row.at(2))});
    }
    return controls;
}

} // namespace isms
