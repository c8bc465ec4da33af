// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "io/Xlsx.h"

#include "common/TextRules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>
#include <functional>

namespace isms {

namespace {

/// Parts larger than this are refused when reading: no register comes near it, a zip bomb does.
constexpr qint64 MaxPartBytes = 256LL * 1024 * 1024;

Error notAWorkbook(const QString &path)
{
    return Error{
        ErrorCode::InvalidArgument,
        QCoreApplication::translate("isms::Xlsx",
                                    "\"%1\" is not an Excel workbook that can be read; save it again as "
                                    ".xlsx or export it as CSV.")
            .arg(QFileInfo(path).fileName()),
        {}};
}

Result<QByteArray> readPart(QuaZip &zip, const QString &name)
{
    if (!zip.setCurrentFile(name)) {
        return QByteArray();
    }
    QuaZipFile part(&zip);
    QuaZipFileInfo64 info;
    if (!zip.getCurrentFileInfo(&info) || info.uncompressedSize > MaxPartBytes
        || !part.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::InvalidArgument, {}, name};
    }
    QByteArray bytes = part.read(MaxPartBytes + 1);
    part.close();
    if (bytes.size() > MaxPartBytes) {
        return Error{ErrorCode::InvalidArgument, {}, name};
    }
    return bytes;
}

/// The shared strings of the workbook, in order.
QStringList sharedStrings(const QByteArray &xml)
{
    QStringList strings;
    QXmlStreamReader reader(xml);
    QString current;
    bool inItem = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"si") {
            inItem = true;
            current.clear();
        } else if (reader.isStartElement() && reader.name() == u"t" && inItem) {
            current += reader.readElementText();
        } else if (reader.isStartElement() && (reader.name() == u"rPh" || reader.name() == u"phoneticPr")) {
            reader.skipCurrentElement(); // phonetic guides are not part of the text
        } else if (reader.isEndElement() && reader.name() == u"si") {
            strings.append(current);
            inItem = false;
        }
    }
    return strings;
}

/// The path of the workbook's first worksheet, from the workbook and its relationships.
QString firstSheetPath(QuaZip &zip)
{
    const auto workbook = readPart(zip, QStringLiteral("xl/workbook.xml"));
    const auto relations = readPart(zip, QStringLiteral("xl/_rels/workbook.xml.rels"));
    QString firstId;
    if (workbook) {
        QXmlStreamReader reader(*workbook);
        while (!reader.atEnd() && firstId.isEmpty()) {
            reader.readNext();
            if (reader.isStartElement() && reader.name() == u"sheet") {
                for (const QXmlStreamAttribute &attribute : reader.attributes()) {
                    if (attribute.name() == u"id") {
                        firstId = attribute.value().toString();
                    }
                }
            }
        }
    }
    if (relations && !firstId.isEmpty()) {
        QXmlStreamReader reader(*relations);
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && reader.name() == u"Relationship"
                && reader.attributes().value(QStringLiteral("Id")) == firstId) {
                QString target = reader.attributes().value(QStringLiteral("Target")).toString();
                return target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
            }
        }
    }
    return QStringLiteral("xl/worksheets/sheet1.xml");
}

} // namespace

bool Xlsx::looksLikeFormula(QStringView text)
{
    return !text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front());
}

int Xlsx::columnOf(QStringView cellReference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < cellReference.size() && cellReference[i].isLetter(); ++i) {
        const char16_t c = cellReference[i].toUpper().unicode();
        if (c < u'A' || c > u'Z' || column > 100000) {
            return -1;
        }
        column = column * 26 + (c - u'A' + 1);
    }
    return i == 0 ? -1 : column - 1;
}

namespace {

/// "A", "B", ..., "Z", "AA": the letters of a 0-based column.
QString columnName(qsizetype column)
{
    QString name;
    for (qsizetype n = column + 1; n > 0; n = (n - 1) / 26) {
        name.prepend(QChar(u'A' + static_cast<char16_t>((n - 1) % 26)));
    }
    return name;
}

QByteArray xml(const std::function<void(QXmlStreamWriter &)> &body)
{
    QByteArray bytes;
    QXmlStreamWriter writer(&bytes);
    writer.writeStartDocument(QStringLiteral("1.0"), true);
    body(writer);
    writer.writeEndDocument();
    return bytes;
}

const QString SpreadsheetNs = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
const QString RelationshipNs =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString PackageRelationshipNs =
    QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");

QByteArray contentTypes(qsizetype sheetCount)
{
    return xml([sheetCount](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("Types"));
        w.writeDefaultNamespace(
            QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
        const auto byDefault = [&w](const QString &extension, const QString &type) {
            w.writeEmptyElement(QStringLiteral("Default"));
            w.writeAttribute(QStringLiteral("Extension"), extension);
            w.writeAttribute(QStringLiteral("ContentType"), type);
        };
        const auto byPart = [&w](const QString &part, const QString &type) {
            w.writeEmptyElement(QStringLiteral("Override"));
            w.writeAttribute(QStringLiteral("PartName"), part);
            w.writeAttribute(QStringLiteral("ContentType"), type);
        };
        byDefault(QStringLiteral("rels"),
                  QStringLiteral("application/vnd.openxmlformats-package.relationships+xml"));
        byDefault(QStringLiteral("xml"), QStringLiteral("application/xml"));
        byPart(QStringLiteral("/xl/workbook.xml"),
               QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"));
        byPart(QStringLiteral("/xl/styles.xml"),
               QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"));
        for (qsizetype i = 1; i <= sheetCount; ++i) {
            byPart(
                QStringLiteral("/xl/worksheets/sheet%1.xml").arg(i),
                QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"));
        }
        w.writeEndElement();
    });
}

QByteArray packageRelations()
{
    return xml([](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("Relationships"));
        w.writeDefaultNamespace(PackageRelationshipNs);
        w.writeEmptyElement(QStringLiteral("Relationship"));
        w.writeAttribute(QStringLiteral("Id"), QStringLiteral("rId1"));
        w.writeAttribute(QStringLiteral("Type"), RelationshipNs + QStringLiteral("/officeDocument"));
        w.writeAttribute(QStringLiteral("Target"), QStringLiteral("xl/workbook.xml"));
        w.writeEndElement();
    });
}

QByteArray workbookXml(const QList<XlsxSheet> &sheets, const QStringList &names)
{
    return xml([&](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("workbook"));
        w.writeDefaultNamespace(SpreadsheetNs);
        w.writeNamespace(RelationshipNs, QStringLiteral("r"));
        w.writeStartElement(QStringLiteral("sheets"));
        for (qsizetype i = 0; i < sheets.size(); ++i) {
            w.writeEmptyElement(QStringLiteral("sheet"));
            w.writeAttribute(QStringLiteral("name"), names.at(i));
            w.writeAttribute(QStringLiteral("sheetId"), QString::number(i + 1));
            w.writeAttribute(RelationshipNs, QStringLiteral("id"), QStringLiteral("rId%1").arg(i + 1));
        }
        w.writeEndElement();
        // The autofilter ranges, as spreadsheets expect them.
        w.writeStartElement(QStringLiteral("definedNames"));
        for (qsizetype i = 0; i < sheets.size(); ++i) {
            w.writeStartElement(QStringLiteral("definedName"));
            w.writeAttribute(QStringLiteral("name"), QStringLiteral("_xlnm._FilterDatabase"));
            w.writeAttribute(QStringLiteral("localSheetId"), QString::number(i));
            w.writeAttribute(QStringLiteral("hidden"), QStringLiteral("1"));
            const qsizetype lastColumn = std::max<qsizetype>(sheets.at(i).headers.size() - 1, 0);
            w.writeCharacters(
                QStringLiteral("'%1'!$A$1:$%2$%3")
                    .arg(QString(names.at(i)).replace(u'\'', QStringLiteral("''")), columnName(lastColumn))
                    .arg(sheets.at(i).rows.size() + 1));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    });
}

QByteArray workbookRelations(qsizetype sheetCount)
{
    return xml([sheetCount](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("Relationships"));
        w.writeDefaultNamespace(PackageRelationshipNs);
        for (qsizetype i = 1; i <= sheetCount + 1; ++i) {
            w.writeEmptyElement(QStringLiteral("Relationship"));
            w.writeAttribute(QStringLiteral("Id"), QStringLiteral("rId%1").arg(i));
            const bool isStyles = i == sheetCount + 1;
            w.writeAttribute(QStringLiteral("Type"),
                             RelationshipNs
                                 + (isStyles ? QStringLiteral("/styles") : QStringLiteral("/worksheet")));
            w.writeAttribute(QStringLiteral("Target"),
                             isStyles ? QStringLiteral("styles.xml")
                                      : QStringLiteral("worksheets/sheet%1.xml").arg(i));
        }
        w.writeEndElement();
    });
}

/// Four cell formats: 0 plain, 1 the bold, shaded header, 2 text wrapped at the top of its cell, 3 the
/// same marked as text with a quote prefix (what a spreadsheet itself does for a typed '=...), so that
/// a cell that looks like a formula stays text even when someone edits it.
QByteArray stylesXml()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
        "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>"
        "<fill><patternFill patternType=\"gray125\"/></fill>"
        "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFE8EEF4\"/><bgColor indexed=\"64\"/>"
        "</patternFill></fill></fills>"
        "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
        "<border><left/><right/><top/><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/></border>"
        "</borders>"
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" "
        "borderId=\"0\"/></cellStyleXfs>"
        "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" "
        "applyFill=\"1\" applyBorder=\"1\"/>"
        "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
        "<alignment vertical=\"top\" wrapText=\"1\"/></xf>"
        "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\" "
        "quotePrefix=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf></cellXfs>"
        "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        "</styleSheet>");
}

QByteArray sheetXml(const XlsxSheet &sheet)
{
    // Column widths in characters: the longest line of each column, between its header and 60.
    QList<int> widths;
    for (const QString &header : sheet.headers) {
        widths.append(static_cast<int>(header.size()) + 4);
    }
    for (const QList<QVariant> &cells : sheet.rows) {
        for (qsizetype column = 0; column < cells.size() && column < widths.size(); ++column) {
            int longest = 0;
            for (const QStringView line : QStringView(cells.at(column).toString()).split(u'\n')) {
                longest = std::max(longest, static_cast<int>(line.size()));
            }
            widths[column] = std::max(widths.at(column), std::min(longest + 2, 60));
        }
    }
    return xml([&](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("worksheet"));
        w.writeDefaultNamespace(SpreadsheetNs);
        w.writeStartElement(QStringLiteral("sheetViews"));
        w.writeStartElement(QStringLiteral("sheetView"));
        w.writeAttribute(QStringLiteral("workbookViewId"), QStringLiteral("0"));
        w.writeEmptyElement(QStringLiteral("pane"));
        w.writeAttribute(QStringLiteral("ySplit"), QStringLiteral("1"));
        w.writeAttribute(QStringLiteral("topLeftCell"), QStringLiteral("A2"));
        w.writeAttribute(QStringLiteral("activePane"), QStringLiteral("bottomLeft"));
        w.writeAttribute(QStringLiteral("state"), QStringLiteral("frozen"));
        w.writeEndElement();
        w.writeEndElement();
        if (!widths.isEmpty()) {
            w.writeStartElement(QStringLiteral("cols"));
            for (qsizetype column = 0; column < widths.size(); ++column) {
                w.writeEmptyElement(QStringLiteral("col"));
                w.writeAttribute(QStringLiteral("min"), QString::number(column + 1));
                w.writeAttribute(QStringLiteral("max"), QString::number(column + 1));
                w.writeAttribute(QStringLiteral("width"), QString::number(widths.at(column)));
                w.writeAttribute(QStringLiteral("customWidth"), QStringLiteral("1"));
            }
            w.writeEndElement();
        }
        w.writeStartElement(QStringLiteral("sheetData"));
        const auto writeRow = [&w](qsizetype row, const QList<QVariant> &cells, const QString &style) {
            w.writeStartElement(QStringLiteral("row"));
            w.writeAttribute(QStringLiteral("r"), QString::number(row + 1));
            for (qsizetype column = 0; column < cells.size(); ++column) {
                const QVariant &cell = cells.at(column);
                if (!cell.isValid() || cell.isNull()) {
                    continue;
                }
                w.writeStartElement(QStringLiteral("c"));
                w.writeAttribute(QStringLiteral("r"), columnName(column) + QString::number(row + 1));
                if (cell.typeId() == QMetaType::Bool) {
                    w.writeAttribute(QStringLiteral("t"), QStringLiteral("b"));
                    w.writeTextElement(QStringLiteral("v"),
                                       cell.toBool() ? QStringLiteral("1") : QStringLiteral("0"));
                } else if (cell.typeId() == QMetaType::LongLong || cell.typeId() == QMetaType::Int) {
                    w.writeTextElement(QStringLiteral("v"), QString::number(cell.toLongLong()));
                } else {
                    // Always an inline string, never a formula: "=SUM(A1)" stays text, and is marked
                    // as text for anyone who edits it (quote prefix).
                    const QString text = text::sanitized(cell.toString(), text::Shape::MultiLine);
                    w.writeAttribute(QStringLiteral("s"),
                                     style == u"2" && Xlsx::looksLikeFormula(text) ? QStringLiteral("3")
                                                                                   : style);
                    w.writeAttribute(QStringLiteral("t"), QStringLiteral("inlineStr"));
                    w.writeStartElement(QStringLiteral("is"));
                    w.writeStartElement(QStringLiteral("t"));
                    w.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
                    w.writeCharacters(text);
                    w.writeEndElement();
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        };
        QList<QVariant> header;
        for (const QString &name : sheet.headers) {
            header.append(name);
        }
        writeRow(0, header, QStringLiteral("1"));
        for (qsizetype row = 0; row < sheet.rows.size(); ++row) {
            writeRow(row + 1, sheet.rows.at(row), QStringLiteral("2"));
        }
        w.writeEndElement();
        if (!sheet.headers.isEmpty()) {
            w.writeEmptyElement(QStringLiteral("autoFilter"));
            w.writeAttribute(QStringLiteral("ref"),
                             QStringLiteral("A1:%1%2")
                                 .arg(columnName(sheet.headers.size() - 1))
                                 .arg(sheet.rows.size() + 1));
        }
        w.writeEndElement();
    });
}

bool writePart(QuaZip &zip, const QString &name, const QByteArray &bytes)
{
    QuaZipFile part(&zip);
    if (!part.open(QIODevice::WriteOnly, QuaZipNewInfo(name))) {
        return false;
    }
    const bool written = part.write(bytes) == bytes.size();
    part.close();
    return written && part.getZipError() == 0;
}

} // namespace

Result<void> Xlsx::write(const QString &path, const QList<XlsxSheet> &sheets)
{
    const QFileInfo target(path);
    const Error failed{
        ErrorCode::Io,
        QCoreApplication::translate("isms::Xlsx",
                                    "\"%1\" could not be written; check the folder and the disk "
                                    "space and try again.")
            .arg(target.fileName()),
        {}};
    // Sheet names: at most 31 characters, none of []:*?/\, unique.
    QStringList names;
    for (const XlsxSheet &sheet : sheets) {
        QString name = text::sanitized(sheet.name, text::Shape::SingleLine);
        for (const QChar forbidden : QStringLiteral("[]:*?/\\")) {
            name.replace(forbidden, u' ');
        }
        name = name.left(31).trimmed();
        if (name.isEmpty() || names.contains(name, Qt::CaseInsensitive)) {
            name = QStringLiteral("Sheet%1").arg(names.size() + 1);
        }
        names.append(name);
    }
    // Written under a temporary name and renamed when complete: never half a workbook.
    QSaveFile file(target.absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{failed.code, failed.message, file.errorString()};
    }
    {
        QuaZip zip(&file);
        zip.setAutoClose(false); // QSaveFile must stay open until commit()
        if (!zip.open(QuaZip::mdCreate)) {
            file.cancelWriting();
            return failed;
        }
        bool written =
            writePart(zip, QStringLiteral("[Content_Types].xml"), contentTypes(sheets.size()))
            && writePart(zip, QStringLiteral("_rels/.rels"), packageRelations())
            && writePart(zip, QStringLiteral("xl/workbook.xml"), workbookXml(sheets, names))
            && writePart(zip, QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRelations(sheets.size()))
            && writePart(zip, QStringLiteral("xl/styles.xml"), stylesXml());
        for (qsizetype i = 0; written && i < sheets.size(); ++i) {
            written = writePart(zip,
                                QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
                                sheetXml(sheets.at(i)));
        }
        zip.close();
        if (!written || zip.getZipError() != 0) {
            file.cancelWriting();
            return failed;
        }
    }
    if (!file.commit()) {
        return Error{failed.code, failed.message, file.errorString()};
    }
    return {};
}

Result<XlsxTable> Xlsx::readFirstSheet(const QString &path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        return QFileInfo::exists(path)
                   ? Result<XlsxTable>(notAWorkbook(path))
                   : Result<XlsxTable>(
                       Error{ErrorCode::Io,
                             QCoreApplication::translate("isms::Xlsx",
                                                         "\"%1\" cannot be read; check the file name.")
                                 .arg(QFileInfo(path).fileName()),
                             {}});
    }
    const auto strings = readPart(zip, QStringLiteral("xl/sharedStrings.xml"));
    const QString sheetPath = firstSheetPath(zip);
    const auto sheet = readPart(zip, sheetPath);
    if (!strings || !sheet || sheet->isEmpty()) {
        return notAWorkbook(path);
    }
    const QStringList shared = sharedStrings(*strings);
    XlsxTable table;
    QXmlStreamReader reader(*sheet);
    QStringList row;
    int rowNumber = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"row") {
            row.clear();
            rowNumber = reader.attributes().value(QStringLiteral("r")).toInt();
            if (rowNumber <= 0) {
                rowNumber = table.lines.isEmpty() ? 1 : table.lines.constLast() + 1;
            }
        } else if (reader.isStartElement() && reader.name() == u"c") {
            const int column = columnOf(reader.attributes().value(QStringLiteral("r")));
            const QString type = reader.attributes().value(QStringLiteral("t")).toString();
            QString value;
            while (!(reader.isEndElement() && reader.name() == u"c") && !reader.atEnd()) {
                reader.readNext();
                if (reader.isStartElement() && (reader.name() == u"v" || reader.name() == u"t")) {
                    value += reader.readElementText();
                }
            }
            if (type == u"s") {
                value = shared.value(value.toInt());
            } else if (type == u"b") {
                value = value == u"1" ? QStringLiteral("true") : QStringLiteral("false");
            }
            const int index = column >= 0 ? column : static_cast<int>(row.size());
            if (index > 16384) {
                return notAWorkbook(path);
            }
            while (row.size() < index) {
                row.append(QString());
            }
            if (row.size() == index) {
                row.append(value);
            } else {
                row[index] = value;
            }
        } else if (reader.isEndElement() && reader.name() == u"row") {
            const bool blank =
                std::all_of(row.cbegin(), row.cend(), [](const QString &cell) { return cell.isEmpty(); });
            if (!blank) {
                table.rows.append(row);
                table.lines.append(rowNumber);
            }
        }
    }
    if (reader.hasError()) {
        return notAWorkbook(path);
    }
    return table;
}

} // namespace isms
