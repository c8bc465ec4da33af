// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/RiskRules.h"

#include "catalog/Catalogue.h"
#include "services/RecordService.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <array>

namespace isms {

namespace {

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidArgument, message, {}};
}

int intAt(const EntitySpec &spec, const Record &record, QStringView key)
{
    const int index = spec.indexOf(key);
    return index < 0 ? 0 : record.values.at(index).toInt();
}

/// The index of the field `key`, found at `remembered` (the index it had the last time) without a
/// search when the field there still has that key: deriving levels looks up eight fields per risk.
int indexOf(const EntitySpec &spec, QStringView key, int &remembered)
{
    if (remembered < 0 || remembered >= spec.fields.size() || spec.fields.at(remembered).key != key) {
        remembered = spec.indexOf(key);
    }
    return remembered;
}

/// The fields of one level (its likelihood, impact, name and rank) and where they were last found.
struct LevelFields
{
    std::array<QStringView, 4> keys;
    std::array<int, 4> remembered{-1, -1, -1, -1};
};

void setLevel(const EntitySpec &spec, Record &record, const RiskMethod &method, LevelFields &fields)
{
    const auto valueAt = [&](int which) {
        const int index = indexOf(spec, fields.keys.at(which), fields.remembered.at(which));
        return index < 0 ? 0 : record.values.at(index).toInt();
    };
    const int rank = method.levelOf(valueAt(0), valueAt(1));
    record.values[indexOf(spec, fields.keys.at(2), fields.remembered.at(2))] = method.levelName(rank);
    record.values[indexOf(spec, fields.keys.at(3), fields.remembered.at(3))] =
        rank > 0 ? QVariant(qint64{rank}) : QVariant();
}

Result<void> checkRating(const EntitySpec &spec,
                         const Record &record,
                         QStringView key,
                         const QList<ScaleStep> &scale)
{
    const int index = spec.indexOf(key);
    const QVariant value = record.values.at(index);
    if (value.isNull() || !value.isValid()) {
        return {};
    }
    const qint64 number = value.toLongLong();
    if (number >= 1 && number <= scale.size()) {
        return {};
    }
    QStringList steps;
    for (qsizetype i = 0; i < scale.size(); ++i) {
        steps.append(QStringLiteral("%1 %2").arg(i + 1).arg(scale.at(i).label));
    }
    return invalid(RiskRules::tr("%1 must be a step of the method's scale (%2); %3 is not one.")
                       .arg(spec.fields.at(index).labelText(), steps.join(QStringLiteral(", ")))
                       .arg(number));
}

QString foldedWord(const QString &text)
{
    QString word = text.simplified().toCaseFolded();
    word.replace(u'-', u' ');
    word.replace(u'_', u' ');
    return word;
}

/// The steps of a common scale, lowest first; each step lists its words in English, German and French.
using WordScale = QList<QStringList>;

const WordScale &likelihoodWords()
{
    static const WordScale words{
        {QStringLiteral("rare"),
         QStringLiteral("very unlikely"),
         QStringLiteral("remote"),
         QStringLiteral("selten"),
         QStringLiteral("sehr unwahrscheinlich"),
         QStringLiteral("très improbable"),
         QStringLiteral("très peu probable")},
        {QStringLiteral("unlikely"),
         QStringLiteral("improbable"),
         QStringLiteral("unwahrscheinlich"),
         QStringLiteral("peu probable"),
         QStringLiteral("gelegentlich")},
        {QStringLiteral("possible"),
         QStringLiteral("occasional"),
         QStringLiteral("möglich"),
         QStringLiteral("denkbar")},
        {QStringLiteral("likely"),
         QStringLiteral("probable"),
         QStringLiteral("wahrscheinlich"),
         QStringLiteral("häufig")},
        {QStringLiteral("almost certain"),
         QStringLiteral("very likely"),
         QStringLiteral("certain"),
         QStringLiteral("frequent"),
         QStringLiteral("fast sicher"),
         QStringLiteral("sehr wahrscheinlich"),
         QStringLiteral("sehr häufig"),
         QStringLiteral("quasi certain"),
         QStringLiteral("presque certain"),
         QStringLiteral("très probable")},
    };
    return words;
}

const WordScale &impactWords()
{
    static const WordScale words{
        {QStringLiteral("negligible"),
         QStringLiteral("insignificant"),
         QStringLiteral("vernachlässigbar"),
         QStringLiteral("unbedeutend"),
         QStringLiteral("négligeable"),
         QStringLiteral("insignifiant")},
        {QStringLiteral("minor"),
         QStringLiteral("limited"),
         QStringLiteral("geringfügig"),
         QStringLiteral("begrenzt"),
         QStringLiteral("mineur"),
         QStringLiteral("limité")},
        {QStringLiteral("moderate"),
         QStringLiteral("moderat"),
         QStringLiteral("spürbar"),
         QStringLiteral("modéré"),
         QStringLiteral("significatif")},
        {QStringLiteral("major"),
         QStringLiteral("significant"),
         QStringLiteral("serious"),
         QStringLiteral("erheblich"),
         QStringLiteral("beträchtlich"),
         QStringLiteral("schwerwiegend"),
         QStringLiteral("majeur"),
         QStringLiteral("important"),
         QStringLiteral("grave")},
        {QStringLiteral("severe"),
         QStringLiteral("catastrophic"),
         QStringLiteral("critical"),
         QStringLiteral("katastrophal"),
         QStringLiteral("existenzbedrohend"),
         QStringLiteral("kritisch"),
         QStringLiteral("sévère"),
         QStringLiteral("catastrophique"),
         QStringLiteral("critique")},
    };
    return words;
}

/// very low ... very high: a 5-step scale.
const WordScale &fiveStepWords()
{
    static const WordScale words{
        {QStringLiteral("very low"),
         QStringLiteral("sehr niedrig"),
         QStringLiteral("sehr gering"),
         QStringLiteral("très faible"),
         QStringLiteral("très bas")},
        {QStringLiteral("low"),
         QStringLiteral("niedrig"),
         QStringLiteral("gering"),
         QStringLiteral("faible"),
         QStringLiteral("bas")},
        {QStringLiteral("medium"),
         QStringLiteral("mittel"),
         QStringLiteral("moyen"),
         QStringLiteral("moyenne")},
        {QStringLiteral("high"),
         QStringLiteral("hoch"),
         QStringLiteral("élevé"),
         QStringLiteral("élevée"),
         QStringLiteral("fort")},
        {QStringLiteral("very high"),
         QStringLiteral("sehr hoch"),
         QStringLiteral("très élevé"),
         QStringLiteral("très élevée"),
         QStringLiteral("très fort")},
    };
    return words;
}

/// The step (from 1) of `word` on `scale`, or 0.
int stepOf(const WordScale &scale, const QString &word)
{
    for (qsizetype step = 0; step < scale.size(); ++step) {
        for (const QString &candidate : scale.at(step)) {
            if (foldedWord(candidate) == word) {
                return static_cast<int>(step) + 1;
            }
        }
    }
    return 0;
}

} // namespace

std::optional<std::pair<qint64, QString>> RiskRules::parseRating(const EntitySpec &,
                                                                 const FieldSpec &field,
                                                                 const QString &text,
                                                                 const QStringList &columnTexts,
                                                                 const RecordContext &context)
{
    const RiskMethod &method = riskMethodOf(context);
    const bool isImpact = field.key.endsWith(u"impact");
    const QList<ScaleStep> &scale = isImpact ? method.impact : method.likelihood;
    const auto steps = static_cast<int>(scale.size());
    const QString word = foldedWord(text);
    const auto result = [&](int value) {
        value = std::clamp(value, 1, steps);
        return std::pair<qint64, QString>{
            value,
            QCoreApplication::translate("isms::RiskRules", "%1: \"%2\" read as %3 %4")
                .arg(field.labelText(), text.trimmed())
                .arg(value)
                .arg(scale.at(value - 1).label)};
    };
    for (int step = 1; step <= steps; ++step) {
        if (foldedWord(scale.at(step - 1).label) == word) {
            return result(step);
        }
    }
    const WordScale &own = isImpact ? impactWords() : likelihoodWords();
    if (const int step = stepOf(own, word); step > 0) {
        return result(RiskMethod::remap(step, static_cast<int>(own.size()), steps));
    }
    const int generic = stepOf(fiveStepWords(), word);
    if (generic == 0) {
        return std::nullopt;
    }
    // Without a "very" word in the column, low, medium and high are the three steps of a 3-step scale.
    const bool fiveSteps = std::any_of(columnTexts.cbegin(), columnTexts.cend(), [](const QString &cell) {
        const int step = stepOf(fiveStepWords(), foldedWord(cell));
        return step == 1 || step == 5;
    });
    if (fiveSteps) {
        return result(RiskMethod::remap(generic, 5, steps));
    }
    return result(RiskMethod::remap(generic - 1, 3, steps));
}

void RiskRules::deriveLevels(const EntitySpec &spec, Record &record, const RecordContext &context)
{
    const RiskMethod &method = riskMethodOf(context);
    thread_local LevelFields inherent{{u"likelihood", u"impact", u"level", u"level_rank"}};
    thread_local LevelFields residual{
        {u"residual_likelihood", u"residual_impact", u"residual_level", u"residual_level_rank"}};
    setLevel(spec, record, method, inherent);
    setLevel(spec, record, method, residual);
}

int RiskRules::acceptanceRank(const EntitySpec &spec, const Record &record)
{
    const int residual = intAt(spec, record, u"residual_level_rank");
    return residual > 0 ? residual : intAt(spec, record, u"level_rank");
}

Result<void> RiskRules::validateRisk(const EntitySpec &spec,
                                     const Record &record,
                                     const RecordContext &context)
{
    const RiskMethod &method = riskMethodOf(context);
    for (const auto &[key, scale] : {std::pair{u"likelihood", &method.likelihood},
                                     std::pair{u"impact", &method.impact},
                                     std::pair{u"residual_likelihood", &method.likelihood},
                                     std::pair{u"residual_impact", &method.impact}}) {
        if (auto ok = checkRating(spec, record, key, *scale); !ok) {
            return ok;
        }
    }
    const QString signedBy = record.values.at(spec.indexOf(u"signoff_by")).toString().trimmed();
    const QVariant signedOn = record.values.at(spec.indexOf(u"signoff_date"));
    const bool hasDate = signedOn.isValid() && !signedOn.isNull() && signedOn.toDate().isValid();
    if (signedBy.isEmpty() != !hasDate) {
        return invalid(tr("A sign-off needs both the risk owner's name and the date; give both or neither."));
    }
    if (signedBy.isEmpty()) {
        return {};
    }
    const int rank = acceptanceRank(spec, record);
    const QString rationale = record.values.at(spec.indexOf(u"acceptance_rationale")).toString().trimmed();
    if (method.needsRationale(rank) && rationale.isEmpty()) {
        return invalid(
            tr("The residual level %1 is above the acceptance threshold (%2): write the acceptance "
               "rationale before the risk owner signs off.")
                .arg(method.levelName(rank), method.levelName(method.acceptanceLevel)));
    }
    return {};
}

QString RiskRules::storedControl(const QString &typed)
{
    static const QRegularExpression annexPrefix(QStringLiteral("^A\\.?\\s*(?=\\d)"),
                                                QRegularExpression::CaseInsensitiveOption);
    QString control = typed.trimmed();
    control.remove(annexPrefix);
    return control;
}

void RiskRules::deriveControlLink(const EntitySpec &spec, Record &record, const RecordContext &)
{
    const int field = spec.indexOf(u"control");
    if (field >= 0 && record.values.at(field).isValid()) {
        record.values[field] = storedControl(record.values.at(field).toString());
    }
}

Result<void> RiskRules::validateControlLink(const EntitySpec &spec,
                                            const Record &record,
                                            const RecordContext &)
{
    static const QSet<QString> controls = [] {
        QSet<QString> refs;
        if (const auto catalogue = Catalogue::annexA2022()) {
            for (const Control &control : *catalogue) {
                refs.insert(control.ref);
            }
        }
        return refs;
    }();
    const QString typed = record.values.at(spec.indexOf(u"control")).toString().trimmed();
    const QString control = storedControl(typed);
    if (!controls.contains(control)) {
        return invalid(
            tr("\"%1\" is not an Annex A control; use its number, such as 5.15 or 8.24.").arg(typed));
    }
    return {};
}

} // namespace isms
