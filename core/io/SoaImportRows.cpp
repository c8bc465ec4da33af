// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "domain/Entities.h"
#include "io/FieldText.h"
#include "io/SoaAnswer.h"
#include "storage/Database.h"

#include <QRegularExpression>

namespace isms {

namespace {

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

const FieldSpec &controlField(QStringView key)
{
    return controlSpec().fields.at(controlSpec().indexOf(key));
}

/// Status words that spreadsheets use beyond the keywords, labels and synonyms of the enum.
const EnumValue *statusOf(const QString &text)
{
    if (const EnumValue *value = implementationStatuses().match(text)) {
        return value;
    }
    static const QHash<QString, QString> words{
        {QStringLiteral("notimplemented"), QStringLiteral("not-started")},
        {QStringLiteral("nichtumgesetzt"), QStringLiteral("not-started")},
        {QStringLiteral("offen"), QStringLiteral("not-started")},
        {QStringLiteral("nonmisenœuvre"), QStringLiteral("not-started")},
        {QStringLiteral("àfaire"), QStringLiteral("not-started")},
        {QStringLiteral("partiallyimplemented"), QStringLiteral("partial")},
        {QStringLiteral("teilweiseumgesetzt"), QStringLiteral("partial")},
        {QStringLiteral("inarbeit"), QStringLiteral("partial")},
        {QStringLiteral("inumsetzung"), QStringLiteral("partial")},
        {QStringLiteral("partiellementmisenœuvre"), QStringLiteral("partial")},
        {QStringLiteral("encours"), QStringLiteral("partial")},
        {QStringLiteral("inplace"), QStringLiteral("implemented")},
        {QStringLiteral("complete"), QStringLiteral("implemented")},
        {QStringLiteral("vollständigumgesetzt"), QStringLiteral("implemented")},
        {QStringLiteral("implémenté"), QStringLiteral("implemented")},
        {QStringLiteral("excluded"), QStringLiteral("not-applicable")},
        {QStringLiteral("ausgeschlossen"), QStringLiteral("not-applicable")},
        {QStringLiteral("exclu"), QStringLiteral("not-applicable")},
        {QStringLiteral("planned"), QStringLiteral("planned")},
        {QStringLiteral("prévu"), QStringLiteral("planned")},
    };
    const auto found = words.constFind(folded(text));
    return found == words.constEnd() ? nullptr : implementationStatuses().find(*found);
}

bool isRiskTreatmentWord(const QString &word)
{
    static const QStringList words{QStringLiteral("risktreatment"),
                                   QStringLiteral("risk"),
                                   QStringLiteral("riskassessment"),
                                   QStringLiteral("risikobehandlung"),
                                   QStringLiteral("traitementdesrisques"),
                                   QStringLiteral("traitementdurisque")};
    return words.contains(folded(word));
}

/// A text cell checked against its field's limits (length, one line).
std::optional<QString> textCell(const SoaReading &reading,
                                const QStringList &cells,
                                int line,
                                const QString &key,
                                const EntitySpec &spec,
                                bool &ok)
{
    if (!reading.has(key)) {
        return std::nullopt;
    }
    const FieldSpec &field = spec.fields.at(spec.indexOf(key));
    auto value = FieldText::parse(field, reading.cell(cells, key));
    if (value) {
        if (auto valid = field.validate(*value); !valid) {
            value = valid.error();
        }
    }
    if (!value) {
        reading.problem(line, key, value.error().message);
        ok = false;
        return std::nullopt;
    }
    return value->toString();
}

} // namespace

/// Yes and no as spreadsheets write them, in English, German and French.
std::optional<bool> soaYesOrNo(const QString &text)
{
    static const QStringList yes{QStringLiteral("y"),
                                 QStringLiteral("yes"),
                                 QStringLiteral("j"),
                                 QStringLiteral("ja"),
                                 QStringLiteral("o"),
                                 QStringLiteral("oui"),
                                 QStringLiteral("true"),
                                 QStringLiteral("wahr"),
                                 QStringLiteral("vrai"),
                                 QStringLiteral("1"),
                                 QStringLiteral("x"),
                                 QStringLiteral("applicable"),
                                 QStringLiteral("included"),
                                 QStringLiteral("anwendbar")};
    static const QStringList no{QStringLiteral("n"),
                                QStringLiteral("no"),
                                QStringLiteral("nein"),
                                QStringLiteral("non"),
                                QStringLiteral("false"),
                                QStringLiteral("falsch"),
                                QStringLiteral("faux"),
                                QStringLiteral("0"),
                                QStringLiteral("excluded"),
                                QStringLiteral("not applicable"),
                                QStringLiteral("n/a"),
                                QStringLiteral("nicht anwendbar"),
                                QStringLiteral("ausgeschlossen"),
                                QStringLiteral("non applicable"),
                                QStringLiteral("exclu")};
    const QString word = text.trimmed().toLower();
    if (yes.contains(word) || word == u"\u2713" || word == u"\u2714") {
        return true;
    }
    if (no.contains(word)) {
        return false;
    }
    return std::nullopt;
}

/// 2022 ids have two numbers ("5.7"), 2013 ids three ("9.2.3").
int soaIdParts(const QString &ref)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{1,2}(\\.\\d{1,2}){1,2}$"));
    return shape.match(ref).hasMatch() ? static_cast<int>(ref.count(u'.')) + 1 : 0;
}

/// "A.9.2.3", "a 9.2.3" and "9.2.3" become "9.2.3"; "Annex A 5.7" becomes "5.7".
QString soaAnnexRef(const QString &typed)
{
    QString ref = typed.trimmed();
    static const QRegularExpression prefix(QStringLiteral("^(annex(e)?\\s*a|anhang\\s*a|a)\\s*[.:]?\\s*"),
                                           QRegularExpression::CaseInsensitiveOption);
    ref.remove(prefix);
    return ref;
}

bool SoaAnswer::isApplicable(const QString &currentStatus) const
{
    if (applicable) {
        return *applicable;
    }
    if (!status.isEmpty()) {
        return status != u"not-applicable";
    }
    return currentStatus != u"not-applicable";
}

QString SoaAnswer::effectiveStatus(const QString &currentStatus) const
{
    if (!isApplicable(currentStatus)) {
        return QStringLiteral("not-applicable");
    }
    if (!status.isEmpty()) {
        return status;
    }
    return currentStatus == u"not-applicable" || currentStatus.isEmpty() ? QStringLiteral("not-started")
                                                                         : currentStatus;
}

/// Reads one row into an answer; false when the row has a problem (recorded).
bool readSoaRow(const SoaReading &reading, const QStringList &cells, int line, SoaAnswer &answer)
{
    bool ok = true;
    answer.line = line;
    answer.id = reading.cell(cells, QStringLiteral("id")).trimmed();
    const QString marked = reading.cell(cells, QStringLiteral("additional"));
    const QString annex = soaAnnexRef(answer.id);
    answer.additional =
        answer.id.startsWith(additionalControlSpec().refPrefix, Qt::CaseInsensitive)
        || soaYesOrNo(marked).value_or(false)
        || (soaIdParts(annex) == 0 && !reading.cell(cells, QStringLiteral("source")).trimmed().isEmpty());
    answer.ref = answer.additional ? answer.id.toUpper() : annex;
    const QString applicable = reading.cell(cells, QStringLiteral("applicable")).trimmed();
    if (!applicable.isEmpty()) {
        answer.applicable = soaYesOrNo(applicable);
        if (!answer.applicable) {
            reading.problem(
                line,
                QStringLiteral("applicable"),
                SoaImport::tr("\"%1\" is neither yes nor no; write Y/N, yes/no, ja/nein, oui/non, "
                              "true/false, 1/0 or x.")
                    .arg(applicable));
            ok = false;
        }
    } else if (reading.has(QStringLiteral("applicable")) && reading.emptyMeansNo) {
        answer.applicable = false;
    }
    const QString status = reading.cell(cells, QStringLiteral("status")).trimmed();
    if (!status.isEmpty()) {
        const EnumValue *value = statusOf(status);
        if (!value) {
            reading.problem(line,
                            QStringLiteral("status"),
                            SoaImport::tr("\"%1\" is not a status; use %2.")
                                .arg(status, implementationStatuses().keywordList()));
            ok = false;
        } else {
            answer.status = value->keyword;
        }
    }
    if (answer.applicable && !answer.status.isEmpty()
        && *answer.applicable == (answer.status == u"not-applicable")) {
        reading.problem(line,
                        QStringLiteral("status"),
                        *answer.applicable
                            ? SoaImport::tr("the row says the control applies but gives the status "
                                            "not-applicable; correct one of the two.")
                            : SoaImport::tr("the row says the control does not apply but gives the status "
                                            "%1; leave the status empty or write not-applicable.")
                                  .arg(answer.status));
        ok = false;
    }
    if (reading.has(QStringLiteral("reasons"))) {
        QStringList keywords;
        for (const QString &part :
             reading.cell(cells, QStringLiteral("reasons"))
                 .split(QRegularExpression(QStringLiteral("[,;\\n]")), Qt::SkipEmptyParts)) {
            const QString word = part.trimmed();
            if (word.isEmpty() || isRiskTreatmentWord(word)) {
                continue; // derived from the risks, never typed
            }
            const EnumValue *reason = inclusionReasons().match(word);
            if (!reason) {
                reading.problem(line,
                                QStringLiteral("reasons"),
                                SoaImport::tr("\"%1\" is not a reason for including a control; use %2.")
                                    .arg(word, inclusionReasons().keywordList()));
                ok = false;
            } else if (!keywords.contains(reason->keyword)) {
                keywords.append(reason->keyword);
            }
        }
        answer.reasons = keywords.join(QStringLiteral(", "));
    }
    if (reading.has(QStringLiteral("last_reviewed"))) {
        const QString text = reading.cell(cells, QStringLiteral("last_reviewed")).trimmed();
        QDate date;
        for (const QString &format : {QStringLiteral("dd.MM.yyyy"), QStringLiteral("dd/MM/yyyy")}) {
            date = date.isValid() ? date : QDate::fromString(text, format);
        }
        auto value = date.isValid() ? Result<QVariant>(QVariant(date))
                                    : FieldText::parse(controlField(u"last_reviewed"), text);
        if (value) {
            if (auto valid = controlField(u"last_reviewed").validate(*value); !valid) {
                value = valid.error();
            }
        }
        if (!value) {
            reading.problem(line, QStringLiteral("last_reviewed"), value.error().message);
            ok = false;
        } else {
            answer.lastReviewed = value->toDate();
        }
    }
    const EntitySpec &spec = answer.additional ? additionalControlSpec() : controlSpec();
    answer.justification = textCell(reading, cells, line, QStringLiteral("justification"), spec, ok);
    answer.owner = textCell(reading, cells, line, QStringLiteral("owner"), spec, ok);
    answer.implementation = textCell(reading, cells, line, QStringLiteral("implementation"), spec, ok);
    answer.documents = textCell(reading, cells, line, QStringLiteral("documents"), spec, ok);
    if (answer.additional) {
        answer.title = textCell(reading, cells, line, QStringLiteral("title"), spec, ok);
        answer.source = textCell(reading, cells, line, QStringLiteral("source"), spec, ok);
        answer.sourceRef = textCell(reading, cells, line, QStringLiteral("source_ref"), spec, ok);
    }
    return ok;
}

/// The record after an answer; nullopt (with a problem) when it breaks a rule.
std::optional<Record> soaAnsweredRecord(const SoaReading &reading,
                                        Database &db,
                                        const EntitySpec &spec,
                                        const Record &current,
                                        const SoaAnswer &answer,
                                        const RecordContext &context)
{
    Record record = current;
    const auto set = [&spec, &record](const QString &key, const QVariant &value) {
        record.values[spec.indexOf(key)] = value;
    };
    const QString currentStatus = current.values.at(spec.indexOf(u"status")).toString();
    set(QStringLiteral("status"), answer.effectiveStatus(currentStatus));
    const std::pair<QString, const std::optional<QString> *> texts[] = {
        {QStringLiteral("justification"), &answer.justification},
        {QStringLiteral("owner"), &answer.owner},
        {QStringLiteral("implementation"), &answer.implementation},
        {QStringLiteral("documents"), &answer.documents},
        {QStringLiteral("reasons"), &answer.reasons},
        {QStringLiteral("title"), &answer.title},
        {QStringLiteral("source"), &answer.source},
        {QStringLiteral("source_ref"), &answer.sourceRef},
    };
    for (const auto &[key, value] : texts) {
        if (value->has_value()) {
            set(key, **value);
        }
    }
    if (answer.lastReviewed) {
        set(QStringLiteral("last_reviewed"),
            answer.lastReviewed->isValid() ? QVariant(*answer.lastReviewed) : QVariant());
    }
    if (spec.derive) {
        spec.derive(spec, record, context);
    }
    if (record.values.at(spec.indexOf(u"status")).toString() == u"not-applicable"
        && record.values.at(spec.indexOf(u"justification")).toString().trimmed().isEmpty()) {
        reading.problem(
            answer.line,
            reading.has(QStringLiteral("justification")) ? QStringLiteral("justification") : QString(),
            SoaImport::tr("%1 is excluded, so it needs a justification; say why it does not apply.")
                .arg(answer.id));
        return std::nullopt;
    }
    if (auto valid = RecordService(db, spec).validate(record, context); !valid) {
        reading.problem(answer.line, {}, valid.error().message);
        return std::nullopt;
    }
    return record;
}

/// The fields of `after` that differ from `before`.
QHash<QString, QVariant> soaChangedValues(const EntitySpec &spec, const Record &before, const Record &after)
{
    QHash<QString, QVariant> values;
    for (int i = 1; i < spec.fields.size(); ++i) {
        const FieldSpec &field = spec.fields.at(i);
        if (field.has(Derived) || field.has(FromCatalogue)) {
            continue;
        }
        if (field.canonical(before.values.at(i)) != field.canonical(after.values.at(i))) {
            values.insert(field.key, after.values.at(i));
        }
    }
    return values;
}

} // namespace isms
