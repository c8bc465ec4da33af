// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "io/RecordImportRows.h"

#include "common/Translations.h"
#include "domain/Entities.h"
#include "io/FieldText.h"
#include "io/ImportTable.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>

#include <future>
#include <map>

namespace isms {

namespace {

/// Whether two lists name the same other ends, in any order and case.
bool sameEnds(QStringList a, QStringList b)
{
    for (QStringList *list : {&a, &b}) {
        for (QString &end : *list) {
            end = end.toUpper();
        }
        list->sort();
    }
    return a == b;
}

/// Appends what `later` found after what `earlier` found; `later`'s new records follow `earlier`'s.
void append(ImportRows::Outcome &earlier, ImportRows::Outcome &&later)
{
    if (earlier.readFailed && later.readFailed
        && later.problems.constFirst().message == earlier.problems.constFirst().message) {
        later.problems.removeFirst(); // the register that could not be read, said once
    }
    earlier.readFailed = earlier.readFailed || later.readFailed;
    earlier.problems.append(std::move(later.problems));
    for (const QString &note : std::as_const(later.readAs)) {
        if (!earlier.readAs.contains(note)) {
            earlier.readAs.append(note);
        }
    }
    const qsizetype offset = earlier.creates.size();
    for (LinkAssignment &link : later.links) {
        if (link.createIndex >= 0) {
            link.createIndex += offset;
        }
    }
    earlier.links.append(std::move(later.links));
    earlier.creates.append(std::move(later.creates));
    earlier.createLines.append(std::move(later.createLines));
    earlier.updates.append(std::move(later.updates));
    earlier.createsWithoutRequired = earlier.createsWithoutRequired || later.createsWithoutRequired;
}

} // namespace

ImportRows::ImportRows(const EntitySpec &spec,
                       const ImportTable &table,
                       const ImportPreview &preview,
                       TextHash<Record> existing,
                       std::optional<QList<LinkValues>> currentLinks,
                       QStringList missingRequired)
    : m_spec(spec)
    , m_table(table)
    , m_preview(preview)
    , m_existing(std::move(existing))
    , m_currentLinks(std::move(currentLinks))
    , m_missingRequired(std::move(missingRequired))
{
    for (const QString &key : std::as_const(preview.linkOfColumn)) {
        m_linkColumns.append(key.isEmpty() ? nullptr : RecordLinks::columnForHeader(spec, key));
    }
}

void ImportRows::settleReferences(int refColumn)
{
    const QStringList &headers = m_preview.headers;
    m_starts = QList<RowStart>(std::max<qsizetype>(m_table.rowCount(), 1));
    TextHash<int> seenRefs;
    for (qsizetype row = 1; row < m_table.rowCount(); ++row) {
        RowStart &start = m_starts[row];
        const int line = m_table.line(row);
        const qsizetype cellCount = m_table.cellCount(row);
        if (cellCount > headers.size()) {
            start.problem = ImportProblem{
                line,
                {},
                QCoreApplication::translate("isms::RecordImport",
                                            "the row has %1 cells but the header only %2 columns; check the "
                                            "separators and quotes in this row.")
                    .arg(cellCount)
                    .arg(headers.size())};
            continue;
        }
        start.ref = refColumn >= 0 ? m_spec.storedRef(m_table.text(row, refColumn)) : QString();
        const QString upper = start.ref.toUpper();
        if (m_spec.isCatalogue() && !m_existing.contains(upper)) {
            // Clauses and controls are fixed: a row can only change one of them.
            start.problem = ImportProblem{
                line,
                refColumn >= 0 ? headers.at(refColumn) : QString(),
                QCoreApplication::translate("isms::RecordImport",
                                            "\"%1\" is none of the %2; give a reference such as %3.")
                    .arg(m_table.cell(row, refColumn).trimmed().toString(),
                         m_spec.pluralNoun(),
                         m_spec.sampleRef())};
            continue;
        }
        if (!start.ref.isEmpty()) {
            if (const auto seen = seenRefs.constFind(upper); seen != seenRefs.constEnd()) {
                start.problem =
                    ImportProblem{line,
                                  headers.at(refColumn),
                                  QCoreApplication::translate("isms::RecordImport",
                                                              "%1 appears twice in the file (also "
                                                              "line %2).")
                                      .arg(start.ref)
                                      .arg(*seen)};
                continue;
            }
            seenRefs.insert(upper, line);
        }
    }
}

ImportRows::Outcome ImportRows::read(Database &db, qsizetype minRowsForTwoThreads) const
{
    const qsizetype rows = m_table.rowCount();
    // A register without hooks checks each row by its fields alone.
    const bool apart = m_spec.rowsCheckedApart || (!m_spec.validate && !m_spec.derive && !m_spec.parseWord);
    // Inside a transaction another connection would not see what it wrote so far.
    if (!apart || db.inTransaction() || rows - 1 < std::max<qsizetype>(minRowsForTwoThreads, 2)) {
        return readRows(db, 1, rows);
    }
    // Where the change log ends, for the worker to see that it reads the same project as it stands.
    const auto position = RecordImport::changeLogPosition(db);
    if (!position) {
        return readRows(db, 1, rows);
    }
    // The second half on a worker thread, through a connection and caches of its own (a connection
    // serves only the thread that opened it), in this thread's report language. When it cannot have a
    // connection, or that connection shows another file or another state of it (a file renamed over
    // the project, a change saved by another program meanwhile), or a read fails, this thread reads
    // that half too.
    const qsizetype middle = 1 + (rows - 1) / 2;
    const QString path = db.readPath();
    const QString language = reportLanguage();
    const auto readSecondHalf = [this, path, language, expected = *position, middle, rows]() {
        std::optional<ScopedLanguage> inLanguage;
        if (!language.isEmpty()) {
            inLanguage.emplace(language);
        }
        const auto reader = Database::openReader(path);
        const auto atPosition = [&reader, &expected] {
            const auto seen = RecordImport::changeLogPosition(**reader);
            return seen && *seen == expected;
        };
        std::optional<Outcome> outcome;
        if (reader && atPosition()) {
            outcome = readRows(**reader, middle, rows);
            if (outcome->readFailed || !atPosition()) {
                outcome.reset();
            }
        }
        return outcome;
    };
    std::future<std::optional<Outcome>> second;
    try {
        second = std::async(std::launch::async, readSecondHalf);
    } catch (const std::system_error &) {
        return readRows(db, 1, rows); // no thread to be had: this one reads every row
    }
    Outcome outcome = readRows(db, 1, middle);
    std::optional<Outcome> rest = second.get();
    outcome.threads = rest ? 2 : 1;
    append(outcome, rest ? std::move(*rest) : readRows(db, middle, rows));
    return outcome;
}

ImportRows::Outcome ImportRows::readRows(Database &db, qsizetype begin, qsizetype end) const
{
    Outcome outcome;
    const auto problem = [&outcome](int line, const QString &column, const QString &message) {
        outcome.problems.append({line, column, message});
    };
    const QStringList &headers = m_preview.headers;
    const auto linksOf = [this](const QString &key, RecordId id) {
        for (const LinkValues &values : *m_currentLinks) {
            if (values.key == key) {
                return values.values.value(id);
            }
        }
        return QStringList();
    };
    TextHash<TextHash<RecordId>> targets; // referenced registers, read on demand
    std::optional<Error> readError;       // the first register that could not be read
    const auto idsOf = [&db, &targets, &readError](const QString &kind) -> const TextHash<RecordId> & {
        auto found = targets.constFind(kind);
        if (found == targets.constEnd()) {
            const EntitySpec *target = Entities::find(kind);
            const auto ids = target ? RecordRepository(db, *target).idsByRef()
                                    : Result<TextHash<RecordId>>(TextHash<RecordId>());
            if (!ids && !readError) {
                readError = ids.error();
            }
            found = targets.insert(kind, ids ? *ids : TextHash<RecordId>());
        }
        return *found;
    };
    const FieldText::RefToId refToId = [&idsOf](const QString &kind, const QString &ref) {
        return idsOf(kind).value(ref.trimmed().toUpper());
    };
    // The registers the file's reference columns name are read first: when one cannot be read, that is
    // said once, and its references are not reported as unknown row by row.
    for (int column = 0; column < headers.size(); ++column) {
        const int field = m_preview.fieldOfColumn.value(column, -1);
        if (field > 0 && m_spec.fields.at(field).type == FieldType::Reference) {
            idsOf(m_spec.fields.at(field).referenceKind);
        }
    }
    if (readError) {
        outcome.readFailed = true;
        outcome.problems.append({0, {}, readError->message});
        return outcome;
    }
    std::map<int, QStringList> texts; // a column's cells, gathered when a word is read in it
    const auto columnTexts = [&texts, this](int column) -> const QStringList & {
        auto found = texts.find(column);
        if (found == texts.end()) {
            QStringList cells;
            cells.reserve(m_table.rowCount());
            for (qsizetype row = 1; row < m_table.rowCount(); ++row) {
                cells.append(m_table.text(row, column));
            }
            found = texts.emplace(column, std::move(cells)).first;
        }
        return found->second;
    };

    const RecordContext wordContext{&db};
    const RecordService service(db, m_spec);
    const RecordContext context{&db};          // the risk method and the dependency graph, read once per file
    const Record blank = m_spec.newRecord();   // each new record starts as a copy of it
    QList<bool> checked(m_spec.fields.size()); // the fields of a row whose value was checked when read
    for (qsizetype row = begin; row < end; ++row) {
        const RowStart &start = m_starts.at(row);
        if (start.problem) {
            outcome.problems.append(*start.problem);
            continue;
        }
        const int line = m_table.line(row);
        const QString &ref = start.ref;
        const auto current = m_existing.constFind(ref.toUpper());
        const bool isUpdate = !ref.isEmpty() && current != m_existing.constEnd();
        Record record = isUpdate ? *current : blank;
        record.values[0] = isUpdate ? EntitySpec::refOf(*current) : ref;
        QHash<QString, QVariant> values;
        QList<std::pair<QString, QStringList>> rowLinks;
        checked.fill(false);
        bool rowOk = true;
        for (int column = 0; column < headers.size(); ++column) {
            const int field = m_preview.fieldOfColumn.value(column, -1);
            if (field == ImportPreview::LinkColumn) {
                const QString key = m_preview.linkOfColumn.value(column);
                const LinkColumn *link = m_linkColumns.value(column);
                auto ends = link ? RecordLinks::parse(db, *link, m_table.text(row, column), &targets)
                                 : Result<QStringList>(QStringList());
                if (!ends && ends.error().code != ErrorCode::InvalidArgument) {
                    readError = readError ? readError : ends.error(); // the register, not the cell
                    rowOk = false;
                } else if (!ends) {
                    problem(line, headers.at(column), ends.error().message);
                    rowOk = false;
                } else if (!isUpdate || !sameEnds(*ends, linksOf(key, current->id))) {
                    rowLinks.append({key, *ends});
                }
                continue;
            }
            if (field <= 0) {
                continue;
            }
            const FieldSpec &fieldSpec = m_spec.fields.at(field);
            QString note;
            auto value = FieldText::parseFor(
                m_spec,
                fieldSpec,
                m_table.text(row, column),
                refToId,
                [&columnTexts, column]() -> const QStringList & { return columnTexts(column); },
                wordContext,
                &note);
            if (!note.isEmpty() && !outcome.readAs.contains(note)) {
                outcome.readAs.append(note);
            }
            if (value) {
                if (auto valid = fieldSpec.validate(*value); !valid) {
                    value = valid.error();
                }
            }
            if (!value) {
                problem(line, headers.at(column), value.error().message);
                rowOk = false;
                continue;
            }
            // A change names only what differs, so that importing the same file twice changes nothing.
            // (A new record needs no list of changes: it is written whole.)
            if (isUpdate && fieldSpec.canonical(*value) != fieldSpec.canonical(record.values.at(field))) {
                values.insert(fieldSpec.key, *value);
            }
            record.values[field] = *value;
            checked[field] = true;
        }
        if (!rowOk) {
            continue;
        }
        if (!isUpdate && !m_missingRequired.isEmpty()) {
            outcome.createsWithoutRequired = true;
            continue;
        }
        // The derived fields are worked out here, once, so that the preview shows them.
        if (auto valid = service.validateImported(record, context, checked); !valid) {
            problem(line, {}, valid.error().message);
            continue;
        }
        for (const auto &[key, ends] : std::as_const(rowLinks)) {
            outcome.links.append(LinkAssignment{isUpdate ? -1 : outcome.creates.size(),
                                                isUpdate ? current->id : RecordId{},
                                                key,
                                                ends});
        }
        if (isUpdate) {
            if (!values.isEmpty()) {
                outcome.updates.append({current->id, values});
            }
        } else {
            outcome.creates.append(record);
            outcome.createLines.append(line);
        }
    }
    if (readError) {
        // Said once, before the rows' problems: the references it left unknown are no fault of the file.
        outcome.readFailed = true;
        outcome.problems.prepend({0, {}, readError->message});
    }
    return outcome;
}

} // namespace isms
