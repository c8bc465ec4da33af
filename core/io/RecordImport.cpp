// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "io/RecordImport.h"

#include "domain/Entities.h"
#include "io/Csv.h"
#include "io/FieldText.h"
#include "io/RecordImportRows.h"
#include "io/Xlsx.h"
#include "services/RecordLinks.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>

namespace isms {

namespace {

/// Files larger than this are refused before they are read: a register of 100,000 rows is far smaller.
constexpr qint64 MaxImportBytes = 256LL * 1024 * 1024;

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidArgument, message, {}};
}

/// Lower case letters and digits only: "Risk owner", "risk_owner" and "RISK-OWNER" meet.
QString folded(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            result.append(c.toLower());
        }
    }
    return result;
}

/// The table of a CSV text, decoded already: the text is parsed in place and kept as the cells' store.
Result<ImportTable> csvTable(QString text)
{
    QList<CsvCell> cells;
    QList<qsizetype> rowStarts;
    QList<int> lines;
    const QChar separator = Csv::detectSeparator(text);
    if (auto parsed = Csv::parseInPlace(text, separator, cells, rowStarts, &lines); !parsed) {
        return parsed.error();
    }
    if (rowStarts.size() < 2) {
        return invalid(QCoreApplication::translate("isms::RecordImport",
                                                   "The file is empty; it needs a header row and one row per "
                                                   "record."));
    }
    ImportTable table(std::move(text), std::move(cells), std::move(rowStarts), std::move(lines));
    table.unneutralise();
    return table;
}

Result<QString> decodedCsv(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        return invalid(
            QCoreApplication::translate("isms::RecordImport",
                                        "The file is not UTF-8 text; save it again as \"CSV UTF-8\" "
                                        "and import that."));
    }
    return text;
}

/// Every name a file may give each importable field (key, label, translated label, synonyms), folded,
/// worked out once for all the headers of a file.
QList<std::pair<int, QString>> importNames(const EntitySpec &spec)
{
    QList<std::pair<int, QString>> names;
    for (int i = 0; i < spec.fields.size(); ++i) {
        const FieldSpec &field = spec.fields.at(i);
        if (!field.has(Importable) || field.has(Derived)) {
            continue;
        }
        names.append({i, folded(field.key)});
        names.append({i, folded(QString::fromUtf8(field.label))});
        names.append({i, folded(field.labelText())});
        for (const QString &synonym : field.importSynonyms) {
            names.append({i, folded(synonym)});
        }
    }
    return names;
}

int fieldForHeader(const QList<std::pair<int, QString>> &names, const QString &header)
{
    const QString wanted = folded(header);
    if (wanted.isEmpty()) {
        return -1;
    }
    for (const auto &[field, name] : names) {
        if (name == wanted) {
            return field;
        }
    }
    return -1;
}

/// True when `header` names a field the program computes or a fact of the catalogue (exports write it;
/// imports derive it again or leave it as the catalogue has it).
bool isComputedHeader(const EntitySpec &spec, const QString &header)
{
    const QString wanted = folded(header);
    for (const FieldSpec &field : spec.fields) {
        if ((field.has(Derived) || field.has(FromCatalogue))
            && (folded(field.key) == wanted || folded(field.labelText()) == wanted)) {
            return true;
        }
    }
    for (const QString &key : spec.computedKeys) {
        if (folded(key) == wanted) {
            return true;
        }
    }
    return false;
}

} // namespace

QString ImportProblem::text() const
{
    return column.isEmpty() ? QStringLiteral("line %1: %2").arg(line).arg(message)
                            : QStringLiteral("line %1: %2: %3").arg(line).arg(column, message);
}

QStringList ImportPreview::ignoredColumns() const
{
    QStringList ignored;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (fieldOfColumn.value(i, -1) == -1) {
            ignored.append(headers.at(i));
        }
    }
    return ignored;
}

Result<ImportTable> RecordImport::readFile(const QString &path, const EntitySpec &spec)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{
            ErrorCode::Io,
            QCoreApplication::translate("isms::RecordImport",
                                        "\"%1\" cannot be read; check the file name and that you may "
                                        "read it.")
                .arg(name),
            file.errorString()};
    }
    if (file.size() > MaxImportBytes) {
        return invalid(
            QCoreApplication::translate("isms::RecordImport",
                                        "\"%1\" is larger than %2 MB; split it into smaller files.")
                .arg(name)
                .arg(MaxImportBytes / (1024 * 1024)));
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv" || suffix == u"txt") {
        // The file's bytes go as soon as they are decoded.
        auto text = decodedCsv(file.readAll());
        file.close();
        if (!text) {
            return text.error();
        }
        return csvTable(std::move(text).value());
    }
    if (suffix == u"json") {
        return readJson(file.readAll(), spec);
    }
    if (suffix == u"xlsx") {
        auto sheet = Xlsx::readFirstSheet(path);
        if (!sheet) {
            return sheet.error();
        }
        if (sheet->rows.isEmpty()) {
            return invalid(
                QCoreApplication::translate("isms::RecordImport",
                                            "The first worksheet is empty; it needs a header row and one "
                                            "row per record."));
        }
        return ImportTable(sheet->rows, sheet->lines);
    }
    return invalid(
        QCoreApplication::translate("isms::RecordImport",
                                    "\"%1\" is not a file that can be imported; use a .csv, .xlsx or "
                                    ".json file.")
            .arg(name));
}

Result<ImportTable> RecordImport::readCsv(const QByteArray &bytes)
{
    auto text = decodedCsv(bytes);
    if (!text) {
        return text.error();
    }
    return csvTable(std::move(text).value());
}

Result<ImportTable> RecordImport::readJson(const QByteArray &bytes, const EntitySpec &spec)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()) {
        return invalid(QCoreApplication::translate("isms::RecordImport",
                                                   "The file is not a JSON array of objects (%1); export one "
                                                   "with \"isms-cli list %2 FILE --format json\" to see the "
                                                   "form.")
                           .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                                        : QStringLiteral("no array"),
                                spec.key));
    }
    const QJsonArray array = document.array();
    // The columns: every key any object has, in the order they first appear.
    QStringList headers;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!headers.contains(it.key())) {
                headers.append(it.key());
            }
        }
    }
    QList<QStringList> rows{headers};
    QList<int> lines{1};
    int line = 1;
    for (const QJsonValue &value : array) {
        ++line; // our JSON writes one object per line after the opening bracket
        if (!value.isObject()) {
            return invalid(QCoreApplication::translate("isms::RecordImport",
                                                       "Entry %1 of the JSON array is not an object.")
                               .arg(line - 1));
        }
        const QJsonObject object = value.toObject();
        QStringList row;
        for (const QString &header : std::as_const(headers)) {
            const QJsonValue cell = object.value(header);
            if (cell.isDouble()) {
                row.append(QString::number(cell.toInteger()));
            } else if (cell.isBool()) {
                row.append(cell.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
            } else if (cell.isArray()) {
                QStringList items;
                for (const QJsonValue &item : cell.toArray()) {
                    items.append(item.isDouble() ? QString::number(item.toInteger()) : item.toString());
                }
                row.append(items.join(QStringLiteral(", ")));
            } else {
                row.append(cell.toString());
            }
        }
        rows.append(row);
        lines.append(line);
    }
    return ImportTable(rows, std::move(lines));
}

Result<QHash<QString, QString>> RecordImport::parseMap(const QString &text, const EntitySpec &spec)
{
    QHash<QString, QString> map;
    for (const QString &pair : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.lastIndexOf(u'=');
        const QString header = pair.left(equals).trimmed();
        const QString key = pair.mid(equals + 1).trimmed();
        // 'Header=' with no field leaves the column out.
        if (equals < 1 || (!key.isEmpty() && !spec.field(key) && !RecordLinks::columnForHeader(spec, key))) {
            return invalid(QCoreApplication::translate("isms::RecordImport",
                                                       "\"%1\" is not a mapping; write 'Header=field' with a "
                                                       "field of %2.")
                               .arg(pair.trimmed(), spec.key));
        }
        map.insert(header, key);
    }
    return map;
}

ImportPreview RecordImport::preview(Database &db,
                                    const EntitySpec &spec,
                                    const ImportTable &table,
                                    const QHash<QString, QString> &overrides,
                                    qsizetype rowsForTwoThreads)
{
    ImportPreview preview;
    preview.headers = table.row(0);
    const auto problem = [&preview](int line, const QString &column, const QString &message) {
        preview.problems.append({line, column, message});
    };

    // Columns to fields: by hand first, then by key, label and synonym.
    QHash<QString, QString> mapped;
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
        mapped.insert(folded(it.key()), it.value());
    }
    QHash<int, int> columnOfField;
    const QList<std::pair<int, QString>> names = importNames(spec);
    for (int column = 0; column < preview.headers.size(); ++column) {
        const QString &header = preview.headers.at(column);
        const auto byHand = mapped.constFind(folded(header));
        const int field = byHand != mapped.constEnd() ? spec.indexOf(*byHand) : fieldForHeader(names, header);
        if (field >= 0 && columnOfField.contains(field)) {
            problem(
                1,
                header,
                QCoreApplication::translate("isms::RecordImport",
                                            "this column and \"%1\" both give %2; remove one or map it to "
                                            "another field with --map.")
                    .arg(preview.headers.at(columnOfField.value(field)), spec.fields.at(field).labelText()));
            preview.fieldOfColumn.append(-1);
            continue;
        }
        if (field >= 0) {
            columnOfField.insert(field, column);
        }
        const LinkColumn *link =
            field < 0 ? RecordLinks::columnForHeader(spec, byHand != mapped.constEnd() ? *byHand : header)
                      : nullptr;
        preview.linkOfColumn.append(link ? link->key : QString());
        if (link) {
            preview.fieldOfColumn.append(ImportPreview::LinkColumn);
        } else {
            preview.fieldOfColumn.append(
                field < 0 && isComputedHeader(spec, header) ? ImportPreview::ComputedColumn : field);
        }
    }
    QStringList missingRequired;
    for (int field = 1; field < spec.fields.size(); ++field) {
        const FieldSpec &fieldSpec = spec.fields.at(field);
        if (fieldSpec.has(Required) && !fieldSpec.has(Derived) && !columnOfField.contains(field)
            && fieldSpec.type != FieldType::Enum) {
            missingRequired.append(fieldSpec.labelText());
        }
    }

    const RecordRepository repository(db, spec);
    auto existing = repository.all();
    if (!existing) {
        problem(0, {}, existing.error().message);
        return preview;
    }
    TextHash<Record> byRef;
    for (const Record &record : std::as_const(*existing)) {
        byRef.insert(EntitySpec::refOf(record).toUpper(), record);
    }
    std::optional<QList<LinkValues>> currentLinks; // read when the file has a link column
    if (!spec.links.isEmpty() && preview.fieldOfColumn.contains(ImportPreview::LinkColumn)) {
        auto read = RecordLinks::read(db, spec);
        if (!read) {
            problem(0, {}, read.error().message);
            return preview;
        }
        currentLinks = *read;
    }

    const auto position = changeLogPosition(db);
    ImportRows rows(spec, table, preview, std::move(byRef), std::move(currentLinks), missingRequired);
    rows.settleReferences(columnOfField.value(0, -1));
    ImportRows::Outcome read = rows.read(db, rowsForTwoThreads);
    preview.problems.append(std::move(read.problems));
    preview.readAs = std::move(read.readAs);
    preview.creates = std::move(read.creates);
    preview.updates = std::move(read.updates);
    preview.links = std::move(read.links);
    const QList<int> &createLines = read.createLines;
    const bool createsWithoutRequired = read.createsWithoutRequired;
    if (spec.validateBatch && preview.problems.isEmpty()) {
        const RecordContext batchContext{&db};
        for (const auto &[index, error] : spec.validateBatch(spec, preview.creates, batchContext)) {
            problem(createLines.value(index), {}, error.message);
        }
    }
    if (createsWithoutRequired) {
        problem(
            1,
            {},
            QCoreApplication::translate("isms::RecordImport",
                                        "the file has no column for %1, which every new %2 needs; add the "
                                        "column or map one to it with --map.")
                .arg(missingRequired.join(QStringLiteral(", ")), spec.singularNoun()));
    }
    if (position && preview.problems.isEmpty()) {
        preview.validatedAt = *position;
    }
    return preview;
}

} // namespace isms
