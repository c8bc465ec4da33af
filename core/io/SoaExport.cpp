// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "io/SoaExport.h"

#include "io/Csv.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace isms {

namespace {

/// One JSON value as text (Qt writes only whole documents, so the value is written in an array).
QString jsonText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

} // namespace

QStringList SoaExport::columns()
{
    return {QStringLiteral("id"),
            QStringLiteral("title"),
            QStringLiteral("applicable"),
            QStringLiteral("reasons"),
            QStringLiteral("justification"),
            QStringLiteral("status"),
            QStringLiteral("owner"),
            QStringLiteral("implementation"),
            QStringLiteral("documents"),
            QStringLiteral("last_reviewed"),
            QStringLiteral("theme"),
            QStringLiteral("source"),
            QStringLiteral("source_ref"),
            QStringLiteral("evidence"),
            QStringLiteral("additional")};
}

QStringList SoaExport::cells(const SoaEntry &entry)
{
    const QString yes = QStringLiteral("yes");
    const QString no = QStringLiteral("no");
    return {entry.id,
            entry.title,
            entry.applicable ? yes : no,
            entry.reasons.join(QStringLiteral(", ")),
            entry.justification,
            entry.status,
            entry.owner,
            entry.implementation,
            entry.documents,
            entry.lastReviewed.isValid() ? entry.lastReviewed.toString(Qt::ISODate) : QString(),
            entry.theme,
            entry.source,
            entry.sourceRef,
            QString::number(entry.evidence),
            entry.additional ? yes : no};
}

QString SoaExport::csv(const QList<SoaEntry> &entries)
{
    QString text = Csv::exportLine(columns()) + QStringLiteral("\r\n");
    for (const SoaEntry &entry : entries) {
        text += Csv::exportLine(cells(entry)) + QStringLiteral("\r\n");
    }
    return text;
}

QString SoaExport::json(const QList<SoaEntry> &entries)
{
    const QStringList keys = columns();
    QString text = QStringLiteral("[");
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject object = SoaRegister::toJson(entries.at(i));
        QStringList fields;
        for (const QString &key : keys) {
            fields.append(jsonText(QJsonValue(key)) + QStringLiteral(": ") + jsonText(object.value(key)));
        }
        text += (i == 0 ? QStringLiteral("\n  {") : QStringLiteral(",\n  {"))
                + fields.join(QStringLiteral(", ")) + u'}';
    }
    text += entries.isEmpty() ? QStringLiteral("]\n") : QStringLiteral("\n]\n");
    return text;
}

XlsxSheet SoaExport::sheet(const QList<SoaEntry> &entries)
{
    XlsxSheet sheet{QStringLiteral("SoA"), columns(), {}};
    sheet.rows.reserve(entries.size());
    for (const SoaEntry &entry : entries) {
        QList<QVariant> row;
        const QStringList text = cells(entry);
        for (qsizetype i = 0; i < text.size(); ++i) {
            // The evidence count is a number a spreadsheet can sum; everything else is text.
            row.append(i == 12 ? QVariant(static_cast<qint64>(entry.evidence)) : QVariant(text.at(i)));
        }
        sheet.rows.append(row);
    }
    return sheet;
}

bool SoaExport::isSupported(const QString &path)
{
    const QString suffix = suffixOf(path);
    return suffix == u"csv" || suffix == u"xlsx" || suffix == u"json";
}

Result<void> SoaExport::write(const QString &path, const QList<SoaEntry> &entries)
{
    const QString suffix = suffixOf(path);
    if (!isSupported(path)) {
        return Error{ErrorCode::InvalidArgument,
                     tr("The Statement of Applicability is written as PDF, CSV, XLSX or JSON; give an output "
                        "file name that ends in one of these."),
                     {}};
    }
    if (suffix == u"xlsx") {
        return Xlsx::write(path, {sheet(entries)});
    }
    // Written whole or not at all: a failed export never leaves half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{
            ErrorCode::Io,
            tr("%1 cannot be written; choose a folder you can write to.").arg(QDir::toNativeSeparators(path)),
            file.errorString()};
    }
    file.write((suffix == u"csv" ? csv(entries) : json(entries)).toUtf8());
    if (!file.commit()) {
        return Error{ErrorCode::Io,
                     tr("%1 could not be written; check the disk space and try again.")
                         .arg(QDir::toNativeSeparators(path)),
                     file.errorString()};
    }
    return {};
}

} // namespace isms
