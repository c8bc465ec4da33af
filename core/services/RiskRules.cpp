// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/RiskRules.h"

#include "catalog/Catalogue.h"
#include "services/RecordService.h"

#include <QCoreApplication>
#include <QSet>

namespace isms {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("isms::RiskRules", text);
}

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidArgument, message, {}};
}

int intAt(const EntitySpec &spec, const Record &record, QStringView key)
{
    const int index = spec.indexOf(key);
    return index < 0 ? 0 : record.values.at(index).toInt();
}

void setLevel(const EntitySpec &spec,
              Record &record,
              const RiskMethod &method,
              QStringView likelihoodKey,
              QStringView impactKey,
              QStringView nameKey,
              QStringView rankKey)
{
    const int rank = method.levelOf(intAt(spec, record, likelihoodKey), intAt(spec, record, impactKey));
    record.values[spec.indexOf(nameKey)] = method.levelName(rank);
    record.values[spec.indexOf(rankKey)] = rank > 0 ? QVariant(qint64{rank}) : QVariant();
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
    return invalid(tr("%1 must be a step of the method's scale (%2); %3 is not one.")
                       .arg(spec.fields.at(index).labelText(), steps.join(QStringLiteral(", ")))
                       .arg(number));
}

} // namespace

void RiskRules::deriveLevels(const EntitySpec &spec, Record &record, const RecordContext &context)
{
    const RiskMethod &method = riskMethodOf(context);
    setLevel(spec, record, method, u"likelihood", u"impact", u"level", u"level_rank");
    setLevel(spec,
             record,
             method,
             u"residual_likelihood",
             u"residual_impact",
             u"residual_level",
             u"residual_level_rank");
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
    const QString control = record.values.at(spec.indexOf(u"control")).toString().trimmed();
    if (!controls.contains(control)) {
        return invalid(
            tr("\"%1\" is not an Annex A control; use its number, such as 5.15 or 8.24.").arg(control));
    }
    return {};
}

} // namespace isms
