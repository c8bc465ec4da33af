// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "domain/RiskMethod.h"

#include "common/TextRules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace isms {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("isms::RiskMethod", text);
}

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidArgument, message, {}};
}

QJsonArray stepsToJson(const QList<ScaleStep> &steps)
{
    QJsonArray array;
    for (const ScaleStep &step : steps) {
        array.append(QJsonObject{{QStringLiteral("label"), step.label},
                                 {QStringLiteral("description"), step.description}});
    }
    return array;
}

QList<ScaleStep> stepsFromJson(const QJsonValue &value)
{
    QList<ScaleStep> steps;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject object = item.toObject();
        steps.append(ScaleStep{object.value(QStringLiteral("label")).toString(),
                               object.value(QStringLiteral("description")).toString()});
    }
    return steps;
}

QString colourText(quint32 colour)
{
    return QStringLiteral("#%1").arg(colour, 6, 16, QLatin1Char('0'));
}

/// Checks one list of named steps: count, labels present, single-line, unique, within limits.
Result<void> validateSteps(const QList<ScaleStep> &steps, const QString &what, int minimum, int maximum)
{
    if (steps.size() < minimum || steps.size() > maximum) {
        return invalid(tr("The %1 needs between %2 and %3 steps; it has %4.")
                           .arg(what)
                           .arg(minimum)
                           .arg(maximum)
                           .arg(steps.size()));
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const ScaleStep &step = steps.at(i);
        const QString label = step.label.trimmed();
        if (label.isEmpty()) {
            return invalid(tr("Step %1 of the %2 needs a label.").arg(i + 1).arg(what));
        }
        if (label.size() > RiskMethod::MaxLabel
            || text::firstForbidden(label, text::Shape::SingleLine) >= 0) {
            return invalid(tr("The label of step %1 of the %2 must be one line of at most %3 characters.")
                               .arg(i + 1)
                               .arg(what)
                               .arg(RiskMethod::MaxLabel));
        }
        if (step.description.size() > RiskMethod::MaxDescription
            || text::firstForbidden(step.description, text::Shape::MultiLine) >= 0) {
            return invalid(tr("The description of step %1 of the %2 must be plain text of at most %3 "
                              "characters.")
                               .arg(i + 1)
                               .arg(what)
                               .arg(RiskMethod::MaxDescription));
        }
        if (seen.contains(label.toCaseFolded())) {
            return invalid(
                tr("Two steps of the %1 are called \"%2\"; give each its own label.").arg(what, label));
        }
        seen.insert(label.toCaseFolded());
    }
    return {};
}

} // namespace

RiskMethod RiskMethod::defaults()
{
    RiskMethod method;
    method.likelihood = {
        {tr("Rare"), tr("Not expected within the next five years; no known occurrence here or at peers.")},
        {tr("Unlikely"), tr("Could happen within five years; it has happened to peers, not to us.")},
        {tr("Possible"), tr("Could happen within two years; it has happened here before.")},
        {tr("Likely"), tr("Expected within the next year.")},
        {tr("Almost certain"), tr("Expected several times a year, or already happening.")},
    };
    method.impact = {
        {tr("Negligible"), tr("No noticeable effect on customers, operations or compliance.")},
        {tr("Minor"), tr("Short disruption or small loss, handled within normal operations.")},
        {tr("Moderate"),
         tr("Disruption of a service for up to a day, a loss that needs management attention, or a "
            "reportable but contained breach.")},
        {tr("Major"),
         tr("Disruption for several days, a significant financial loss, regulatory action or damage "
            "to reputation in the market.")},
        {tr("Severe"),
         tr("The organisation's existence, licence or key customer relationships are at stake.")},
    };
    method.levels = {
        {tr("Low"), 0x2E7D32},
        {tr("Medium"), 0xF9A825},
        {tr("High"), 0xEF6C00},
        {tr("Very high"), 0xC62828},
    };
    for (int l = 1; l <= 5; ++l) {
        QList<int> row;
        for (int i = 1; i <= 5; ++i) {
            const int score = l * i;
            row.append(score <= 4 ? 1 : score <= 9 ? 2 : score <= 16 ? 3 : 4);
        }
        method.matrix.append(row);
    }
    method.acceptanceLevel = 1;
    method.classification = {
        {tr("Public"), tr("May be shared with anyone; disclosure causes no harm.")},
        {tr("Internal"), tr("For staff and contracted partners; disclosure causes little harm.")},
        {tr("Confidential"),
         tr("For named groups with a need to know; disclosure harms the organisation or the people "
            "concerned.")},
        {tr("Strictly confidential"),
         tr("For named people only; disclosure causes severe harm. Encrypted at rest and in transit.")},
    };
    method.reviewMonths = 12;
    method.triggers = {
        tr("A significant change to the scope, the organisation or its processes"),
        tr("A new or changed system, supplier or location that handles classified information"),
        tr("A security incident or a nonconformity that reveals an unassessed risk"),
        tr("A new legal, regulatory or contractual requirement"),
    };
    return method;
}

int RiskMethod::levelOf(int likelihoodValue, int impactValue) const
{
    if (likelihoodValue < 1 || likelihoodValue > matrix.size()) {
        return 0;
    }
    const QList<int> &row = matrix.at(likelihoodValue - 1);
    if (impactValue < 1 || impactValue > row.size()) {
        return 0;
    }
    return row.at(impactValue - 1);
}

QString RiskMethod::levelName(int level) const
{
    return level >= 1 && level <= levels.size() ? levels.at(level - 1).name : QString();
}

Result<void> RiskMethod::validate() const
{
    if (auto ok = validateSteps(likelihood, tr("likelihood scale"), MinScale, MaxScale); !ok) {
        return ok;
    }
    if (auto ok = validateSteps(impact, tr("impact scale"), MinScale, MaxScale); !ok) {
        return ok;
    }
    QList<ScaleStep> levelSteps;
    for (const RiskLevel &level : levels) {
        levelSteps.append(ScaleStep{level.name, {}});
        if (level.colour > 0xFFFFFF) {
            return invalid(tr("The colour of the risk level \"%1\" is not a colour.").arg(level.name));
        }
    }
    if (auto ok = validateSteps(levelSteps, tr("list of risk levels"), MinLevels, MaxLevels); !ok) {
        return ok;
    }
    if (classification.isEmpty()) {
        // a method without a classification scheme is allowed: not every organisation classifies
    } else if (auto ok = validateSteps(classification, tr("classification scheme"), 1, 8); !ok) {
        return ok;
    }
    if (matrix.size() != likelihood.size()) {
        return invalid(tr("The matrix needs one row for each step of the likelihood scale."));
    }
    for (qsizetype l = 0; l < matrix.size(); ++l) {
        if (matrix.at(l).size() != impact.size()) {
            return invalid(tr("The matrix needs one column for each step of the impact scale."));
        }
        for (qsizetype i = 0; i < impact.size(); ++i) {
            const int level = matrix.at(l).at(i);
            if (level < 1 || level > levels.size()) {
                return invalid(tr("The matrix cell for likelihood %1 and impact %2 names no risk level.")
                                   .arg(l + 1)
                                   .arg(i + 1));
            }
        }
    }
    if (acceptanceLevel < 1 || acceptanceLevel > levels.size()) {
        return invalid(tr("The acceptance threshold must be one of the risk levels."));
    }
    if (reviewMonths < 1 || reviewMonths > 60) {
        return invalid(
            tr("Risks must be reviewed at least every 60 months; the interval is %1.").arg(reviewMonths));
    }
    if (triggers.size() > MaxTriggers) {
        return invalid(tr("At most %1 reassessment triggers can be listed.").arg(MaxTriggers));
    }
    for (const QString &trigger : triggers) {
        if (trigger.trimmed().isEmpty() || trigger.size() > MaxDescription
            || text::firstForbidden(trigger, text::Shape::SingleLine) >= 0) {
            return invalid(tr("Each reassessment trigger must be one line of at most %1 characters.")
                               .arg(MaxDescription));
        }
    }
    if (notes.size() > 20000 || text::firstForbidden(notes, text::Shape::MultiLine) >= 0) {
        return invalid(tr("The method's notes must be plain text of at most 20000 characters."));
    }
    return {};
}

QString RiskMethod::toJson() const
{
    QJsonArray levelArray;
    for (const RiskLevel &level : levels) {
        levelArray.append(QJsonObject{{QStringLiteral("name"), level.name},
                                      {QStringLiteral("colour"), colourText(level.colour)}});
    }
    QJsonArray matrixArray;
    for (const QList<int> &row : matrix) {
        QJsonArray cells;
        for (int cell : row) {
            cells.append(cell);
        }
        matrixArray.append(cells);
    }
    const QJsonObject object{
        {QStringLiteral("acceptance_level"), acceptanceLevel},
        {QStringLiteral("classification"), stepsToJson(classification)},
        {QStringLiteral("impact"), stepsToJson(impact)},
        {QStringLiteral("levels"), levelArray},
        {QStringLiteral("likelihood"), stepsToJson(likelihood)},
        {QStringLiteral("matrix"), matrixArray},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("review_months"), reviewMonths},
        {QStringLiteral("triggers"), QJsonArray::fromStringList(triggers)},
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<RiskMethod> RiskMethod::fromJson(const QString &json)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error{ErrorCode::InvalidArgument,
                     tr("The stored risk assessment method is not readable."),
                     parseError.errorString()};
    }
    const QJsonObject object = document.object();
    RiskMethod method;
    method.likelihood = stepsFromJson(object.value(QStringLiteral("likelihood")));
    method.impact = stepsFromJson(object.value(QStringLiteral("impact")));
    for (const QJsonValue &item : object.value(QStringLiteral("levels")).toArray()) {
        const QJsonObject level = item.toObject();
        bool ok = false;
        const QString colour = level.value(QStringLiteral("colour")).toString();
        const quint32 rgb = colour.startsWith(QLatin1Char('#')) ? colour.mid(1).toUInt(&ok, 16) : 0;
        method.levels.append(RiskLevel{level.value(QStringLiteral("name")).toString(), ok ? rgb : 0x1000000});
    }
    for (const QJsonValue &row : object.value(QStringLiteral("matrix")).toArray()) {
        QList<int> cells;
        for (const QJsonValue &cell : row.toArray()) {
            cells.append(cell.toInt(0));
        }
        method.matrix.append(cells);
    }
    method.acceptanceLevel = object.value(QStringLiteral("acceptance_level")).toInt(0);
    method.classification = stepsFromJson(object.value(QStringLiteral("classification")));
    method.reviewMonths = object.value(QStringLiteral("review_months")).toInt(0);
    for (const QJsonValue &trigger : object.value(QStringLiteral("triggers")).toArray()) {
        method.triggers.append(trigger.toString());
    }
    method.notes = object.value(QStringLiteral("notes")).toString();
    if (auto valid = method.validate(); !valid) {
        return valid.error();
    }
    return method;
}

int RiskMethod::remap(int value, int from, int to)
{
    if (value < 1 || from < 2 || to < 2) {
        return value;
    }
    const double position = static_cast<double>(std::min(value, from) - 1) / (from - 1);
    return static_cast<int>(std::lround(position * (to - 1))) + 1;
}

QList<QList<int>> RiskMethod::resizedMatrix(int likelihoodSteps, int impactSteps) const
{
    QList<QList<int>> resized;
    for (int l = 1; l <= likelihoodSteps; ++l) {
        QList<int> row;
        for (int i = 1; i <= impactSteps; ++i) {
            const int level = levelOf(remap(l, likelihoodSteps, static_cast<int>(likelihood.size())),
                                      remap(i, impactSteps, static_cast<int>(impact.size())));
            row.append(std::clamp(level, 1, static_cast<int>(std::max<qsizetype>(levels.size(), 1))));
        }
        resized.append(row);
    }
    return resized;
}

} // namespace isms
