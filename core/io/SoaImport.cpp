// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "io/SoaImport.h"

#include "domain/Entities.h"
#include "io/FieldText.h"
#include "io/SoaAnswer.h"
#include "services/RequirementService.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QRegularExpression>
#include <QSet>

namespace isms {

namespace {

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidArgument, message, {}};
}

/// Lower case letters and digits only: "Last review", "last_review" and "LAST-REVIEW" meet.
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

/// The names a column of each SoA key goes by, besides the key itself and the spec's synonyms.
const QList<std::pair<QString, QStringList>> &columnNames()
{
    static const QList<std::pair<QString, QStringList>> names{
        {QStringLiteral("id"),
         {QStringLiteral("ref"),         QStringLiteral("reference"),  QStringLiteral("control"),
          QStringLiteral("control id"),  QStringLiteral("control no"), QStringLiteral("control number"),
          QStringLiteral("control ref"), QStringLiteral("annex a"),    QStringLiteral("annex a control"),
          QStringLiteral("nr"),          QStringLiteral("no"),         QStringLiteral("number"),
          QStringLiteral("Nummer"),      QStringLiteral("Maßnahme"),   QStringLiteral("Control-Nr"),
          QStringLiteral("Anhang A"),    QStringLiteral("mesure"),     QStringLiteral("référence"),
          QStringLiteral("numéro"),      QStringLiteral("annexe A")}},
        {QStringLiteral("title"),
         {QStringLiteral("name"),
          QStringLiteral("control title"),
          QStringLiteral("control name"),
          QStringLiteral("Titel"),
          QStringLiteral("Bezeichnung"),
          QStringLiteral("Maßnahmentitel"),
          QStringLiteral("titre"),
          QStringLiteral("intitulé"),
          QStringLiteral("nom")}},
        {QStringLiteral("applicable"),
         {QStringLiteral("applicability"),
          QStringLiteral("applicable (Y/N)"),
          QStringLiteral("applies"),
          QStringLiteral("included"),
          QStringLiteral("selected"),
          QStringLiteral("in scope"),
          QStringLiteral("anwendbar"),
          QStringLiteral("Anwendbarkeit"),
          QStringLiteral("zutreffend"),
          QStringLiteral("applicabilité"),
          QStringLiteral("inclus"),
          QStringLiteral("retenu")}},
        {QStringLiteral("reasons"),
         {QStringLiteral("reasons for inclusion"), QStringLiteral("reason for selection")}},
        {QStringLiteral("justification"),
         {QStringLiteral("exclusion justification"),
          QStringLiteral("justification for exclusion"),
          QStringLiteral("Ausschlussbegründung")}},
        {QStringLiteral("status"),
         {QStringLiteral("Status"),
          QStringLiteral("Umsetzungsstatus"),
          QStringLiteral("état"),
          QStringLiteral("statut de mise en œuvre")}},
        {QStringLiteral("owner"),
         {QStringLiteral("Verantwortlicher"), QStringLiteral("Eigentümer"), QStringLiteral("control owner")}},
        {QStringLiteral("implementation"),
         {QStringLiteral("implementation notes"),
          QStringLiteral("how implemented"),
          QStringLiteral("description de la mise en œuvre")}},
        {QStringLiteral("documents"),
         {QStringLiteral("related documents"),
          QStringLiteral("documentation"),
          QStringLiteral("Dokumente"),
          QStringLiteral("documents associés")}},
        {QStringLiteral("last_reviewed"),
         {QStringLiteral("review date"),
          QStringLiteral("last review date"),
          QStringLiteral("letzte Überprüfung"),
          QStringLiteral("date de revue")}},
        {QStringLiteral("source"), {}},
        {QStringLiteral("source_ref"), {}},
        {QStringLiteral("additional"),
         {QStringLiteral("additional control"),
          QStringLiteral("zusätzlich"),
          QStringLiteral("supplémentaire")}},
    };
    return names;
}

/// Columns our own export writes that the program computes: read past without a word.
bool isComputedColumn(const QString &header)
{
    const QString name = folded(header);
    return name == u"theme" || name == u"evidence" || name == u"thema" || name == u"thème";
}

QString keyForHeader(const QString &header)
{
    const QString wanted = folded(header);
    if (wanted.isEmpty()) {
        return {};
    }
    for (const auto &[key, names] : columnNames()) {
        QStringList all = names;
        all.append(key);
        for (const EntitySpec *spec : {&controlSpec(), &additionalControlSpec()}) {
            const FieldSpec *field = spec->field(key);
            if (field && key != u"title" && key != u"id") {
                all.append(field->importSynonyms);
                all.append(QString::fromUtf8(field->label));
            }
        }
        for (const QString &name : std::as_const(all)) {
            if (folded(name) == wanted) {
                return key;
            }
        }
    }
    return {};
}

} // namespace

const QStringList &SoaImport::fieldKeys()
{
    static const QStringList keys = [] {
        QStringList list;
        for (const auto &[key, names] : columnNames()) {
            list.append(key);
        }
        return list;
    }();
    return keys;
}

Result<ImportTable> SoaImport::readFile(const QString &path)
{
    return RecordImport::readFile(path, controlSpec());
}

Result<QHash<QString, QString>> SoaImport::parseMap(const QString &text)
{
    QHash<QString, QString> map;
    for (const QString &pair : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.lastIndexOf(u'=');
        const QString header = pair.left(equals).trimmed();
        const QString key = pair.mid(equals + 1).trimmed();
        if (equals < 1 || (!key.isEmpty() && !fieldKeys().contains(key))) {
            return invalid(tr("\"%1\" is not a mapping; write 'Header=field' with one of %2.")
                               .arg(pair.trimmed(), fieldKeys().join(QStringLiteral(", "))));
        }
        map.insert(folded(header), key);
    }
    return map;
}

SoaImportPreview SoaImport::preview(Database &db,
                                    const ImportTable &table,
                                    const QHash<QString, QString> &overrides,
                                    SoaEdition edition)
{
    SoaImportPreview preview;
    preview.headers = table.row(0);
    SoaReading reading{table, preview};

    // Columns to SoA keys: by hand first, then by key and the usual names.
    for (int column = 0; column < preview.headers.size(); ++column) {
        const QString &header = preview.headers.at(column);
        const auto byHand = overrides.constFind(folded(header));
        const QString key = byHand != overrides.constEnd() ? *byHand : keyForHeader(header);
        if (key.isEmpty()) {
            if (byHand == overrides.constEnd() && !isComputedColumn(header) && !header.trimmed().isEmpty()) {
                preview.ignoredColumns.append(header);
            }
            continue;
        }
        if (reading.columnOf.contains(key)) {
            preview.problems.append({1,
                                     header,
                                     tr("this column and \"%1\" both give %2; remove one or map it to "
                                        "another field with --map.")
                                         .arg(reading.header(key), key)});
            continue;
        }
        reading.columnOf.insert(key, column);
    }
    if (!reading.has(QStringLiteral("id"))) {
        preview.problems.append({1,
                                 {},
                                 tr("the file has no column of control ids (such as \"id\" or \"Control\"); "
                                    "add one or name it with --map.")});
        return preview;
    }
    // A column of x marks: an empty cell is "no".
    if (reading.has(QStringLiteral("applicable"))) {
        bool marks = false;
        bool words = false;
        for (qsizetype row = 1; row < table.rowCount(); ++row) {
            const QString cell = reading.cell(table.row(row), QStringLiteral("applicable")).trimmed();
            const bool isMark =
                cell.compare(u"x", Qt::CaseInsensitive) == 0 || cell == u"\u2713" || cell == u"\u2714";
            marks = marks || isMark;
            words = words || (!cell.isEmpty() && !isMark);
        }
        reading.emptyMeansNo = marks && !words;
    }

    // Every row into an answer.
    QList<SoaAnswer> annex;
    QList<SoaAnswer> additional;
    QHash<QString, int> seen;
    int parts2013 = 0;
    int parts2022 = 0;
    for (qsizetype row = 1; row < table.rowCount(); ++row) {
        const QStringList cells = table.row(row);
        const int line = table.line(row);
        if (std::all_of(cells.cbegin(), cells.cend(), [](const QString &cell) {
                return cell.trimmed().isEmpty();
            })) {
            continue;
        }
        ++preview.rows;
        if (cells.size() > preview.headers.size()) {
            preview.problems.append({line,
                                     {},
                                     tr("the row has %1 cells but the header only %2 columns; check the "
                                        "separators and quotes in this row.")
                                         .arg(cells.size())
                                         .arg(preview.headers.size())});
            continue;
        }
        SoaAnswer answer;
        if (!readSoaRow(reading, cells, line, answer)) {
            continue;
        }
        if (!answer.additional && answer.ref.isEmpty()) {
            reading.problem(line, QStringLiteral("id"), tr("the row has no control id."));
            continue;
        }
        if (!answer.ref.isEmpty()) {
            const QString key = (answer.additional ? QStringLiteral("+") : QString()) + answer.ref.toUpper();
            if (seen.contains(key)) {
                reading.problem(
                    line,
                    QStringLiteral("id"),
                    tr("%1 appears twice in the file (also line %2).").arg(answer.id).arg(seen.value(key)));
                continue;
            }
            seen.insert(key, line);
        }
        if (answer.additional) {
            additional.append(answer);
            continue;
        }
        parts2013 += soaIdParts(answer.ref) == 3 ? 1 : 0;
        parts2022 += soaIdParts(answer.ref) == 2 ? 1 : 0;
        annex.append(answer);
    }
    if (edition == SoaEdition::Detect) {
        edition = parts2013 > parts2022 ? SoaEdition::Iso2013 : SoaEdition::Iso2022;
    }
    preview.edition = edition;

    // The project's controls, and the 2013 mapping.
    const auto controls = RecordRepository(db, controlSpec()).all();
    const auto extra = RecordRepository(db, additionalControlSpec()).all();
    const auto mapping = RequirementService(db).controls2013();
    if (!controls || !extra || !mapping) {
        preview.problems.append({0,
                                 {},
                                 (!controls ? controls.error()
                                  : !extra  ? extra.error()
                                            : mapping.error())
                                     .message});
        return preview;
    }
    QHash<QString, Record> controlByRef;
    QHash<QString, QString> statusByRef;
    QList<std::pair<QString, QString>> titles;
    const int statusField = controlSpec().indexOf(u"status");
    for (const Record &record : *controls) {
        const QString ref = EntitySpec::refOf(record);
        controlByRef.insert(ref.toUpper(), record);
        statusByRef.insert(ref, record.values.at(statusField).toString());
        titles.append({ref, record.values.at(controlSpec().indexOf(u"title")).toString()});
    }
    QSet<QString> refs2013;
    for (const Control2013 &control : *mapping) {
        refs2013.insert(control.ref.toUpper());
    }

    // Ids the edition does not know.
    QList<SoaAnswer> known;
    for (SoaAnswer &answer : annex) {
        if (edition == SoaEdition::Iso2013) {
            answer.ref = QStringLiteral("A.") + answer.ref;
            if (refs2013.contains(answer.ref.toUpper())) {
                // A 2013 row that excludes a control must say why, as any SoA row.
                if (!answer.isApplicable(QStringLiteral("not-started"))
                    && answer.justification.value_or(QString()).trimmed().isEmpty()) {
                    reading.problem(answer.line,
                                    reading.has(QStringLiteral("justification"))
                                        ? QStringLiteral("justification")
                                        : QString(),
                                    tr("%1 is excluded, so it needs a justification; say why it does not "
                                       "apply.")
                                        .arg(answer.id));
                    continue;
                }
                known.append(answer);
                continue;
            }
            reading.problem(answer.line,
                            QStringLiteral("id"),
                            tr("\"%1\" is none of the 114 Annex A controls of ISO/IEC 27001:2013; give an id "
                               "such as A.9.2.3.")
                                .arg(answer.id));
            continue;
        }
        if (controlByRef.contains(answer.ref.toUpper())) {
            known.append(answer);
            continue;
        }
        reading.problem(
            answer.line,
            QStringLiteral("id"),
            refs2013.contains(QStringLiteral("A.") + answer.ref.toUpper())
                ? tr("\"%1\" is a control of ISO/IEC 27001:2013, not 2022; import the whole file "
                     "as a 2013 SoA (--edition 2013) to carry it over.")
                      .arg(answer.id)
                : tr("\"%1\" is none of the 93 Annex A controls; give an id such as A.5.7 or 5.7.")
                      .arg(answer.id));
    }
    if (edition == SoaEdition::Iso2013) {
        known = SoaCarryOver::carryOver(known, *mapping, titles, statusByRef, preview.review);
    }

    // Answers to changes.
    const RecordContext context{&db};
    for (const SoaAnswer &answer : std::as_const(known)) {
        const Record &current = controlByRef[answer.ref.toUpper()];
        const auto after = soaAnsweredRecord(reading, db, controlSpec(), current, answer, context);
        if (!after) {
            continue;
        }
        const QHash<QString, QVariant> values = soaChangedValues(controlSpec(), current, *after);
        if (!values.isEmpty()) {
            preview.controlChanges.append({current.id, values});
        }
    }
    QHash<QString, Record> additionalByRef;
    for (const Record &record : *extra) {
        additionalByRef.insert(EntitySpec::refOf(record).toUpper(), record);
    }
    for (const SoaAnswer &answer : std::as_const(additional)) {
        const auto current = additionalByRef.constFind(answer.ref);
        const bool exists = !answer.ref.isEmpty() && current != additionalByRef.constEnd();
        Record before = exists ? *current : additionalControlSpec().newRecord();
        if (!exists) {
            before.values[0] = answer.ref;
        }
        const auto after = soaAnsweredRecord(reading, db, additionalControlSpec(), before, answer, context);
        if (!after) {
            continue;
        }
        if (!exists) {
            preview.additionalCreates.append(*after);
        } else if (const auto values = soaChangedValues(additionalControlSpec(), before, *after);
                   !values.isEmpty()) {
            preview.additionalUpdates.append({current->id, values});
        }
    }
    std::stable_sort(preview.problems.begin(),
                     preview.problems.end(),
                     [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
    return preview;
}

Result<SoaImportOutcome> SoaImport::apply(Database &db, const SoaImportPreview &preview)
{
    if (!preview.isClean()) {
        return invalid(
            tr("The import has problems, so nothing was imported; correct the file and try again."));
    }
    return RequirementService(db).writeSoa(preview.controlChanges,
                                           preview.additionalCreates,
                                           preview.additionalUpdates);
}

} // namespace isms
