// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "catalog/RegisterCatalogue.h"

#include "io/Csv.h"

#include <QCoreApplication>
#include <QFile>

namespace isms {

QString RegisterCatalogue::actor()
{
    return QStringLiteral("ISMS Workbench");
}

Result<QList<Record>> RegisterCatalogue::records(const EntitySpec &spec)
{
    QFile file(QStringLiteral(":/catalogue/%1.csv").arg(spec.key));
    if (!file.exists()) {
        return QList<Record>();
    }
    const Error broken{ErrorCode::Io,
                       QCoreApplication::translate("isms::RegisterCatalogue",
                                                   "The program's starting catalogue of %1 is damaged; "
                                                   "reinstall ISMS Workbench.")
                           .arg(spec.pluralNoun()),
                       file.fileName()};
    if (!file.open(QIODevice::ReadOnly)) {
        return broken;
    }
    const auto rows = Csv::parse(QString::fromUtf8(file.readAll()), u',');
    if (!rows || rows->isEmpty()) {
        return broken;
    }
    QList<int> fieldOfColumn;
    for (const QString &header : rows->constFirst()) {
        fieldOfColumn.append(spec.indexOf(header));
    }
    QList<Record> records;
    for (qsizetype row = 1; row < rows->size(); ++row) {
        Record record = spec.newRecord();
        const QStringList &cells = rows->at(row);
        for (qsizetype column = 0; column < cells.size() && column < fieldOfColumn.size(); ++column) {
            const int index = fieldOfColumn.at(column);
            if (index >= 0) {
                record.values[index] = spec.fields.at(index).fromCanonical(cells.at(column));
            }
        }
        records.append(std::move(record));
    }
    return records;
}

} // namespace isms
