// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// Performance evaluation (9.1): metrics, the controls and objectives they serve, their measurements
// over time and the evaluations that close each analysis period.
#include "domain/Entities.h"
#include "domain/specs/SpecHelpers.h"
#include "services/MetricRules.h"
#include "services/RiskRules.h"

#include <QtGlobal>

namespace isms {

using namespace specs;

namespace {

/// A decimal number stored as text in plain form (MetricRules::normalDecimal).
FieldSpec decimalField(const QString &key, const char *label, quint32 extraFlags, QStringList synonyms)
{
    FieldSpec field = text(key, label, EditableInTable | NumericText | extraFlags, std::move(synonyms));
    field.maxLength = 20;
    return field;
}

FieldSpec personField(const QString &key, const char *label, QStringList synonyms)
{
    return text(key, label, Filterable | EditableInTable, std::move(synonyms));
}

/// The metric a child record belongs to: removed with it.
FieldSpec metricEnd(quint32 extraFlags = 0)
{
    return FieldSpec{
        .key = QStringLiteral("metric"),
        .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Metric"),
        .type = FieldType::Reference,
        .flags = DefaultFieldFlags | Required | Filterable | CascadeDelete | extraFlags,
        .referenceKind = QStringLiteral("metrics"),
        .importSynonyms = {QStringLiteral("KPI"), QStringLiteral("Kennzahl"), QStringLiteral("indicateur")}};
}

QList<EnumValue> periodValues()
{
    return {
        value("monthly",
              QT_TRANSLATE_NOOP("isms::EnumSpec", "Monthly"),
              0x1565C0,
              {QStringLiteral("month"), QStringLiteral("monatlich"), QStringLiteral("mensuel")}),
        value("quarterly",
              QT_TRANSLATE_NOOP("isms::EnumSpec", "Quarterly"),
              0x00838F,
              {QStringLiteral("quarter"), QStringLiteral("vierteljährlich"), QStringLiteral("trimestriel")}),
        value("half-yearly",
              QT_TRANSLATE_NOOP("isms::EnumSpec", "Half-yearly"),
              0x6A1B9A,
              {QStringLiteral("semi-annual"), QStringLiteral("halbjährlich"), QStringLiteral("semestriel")}),
        value("yearly",
              QT_TRANSLATE_NOOP("isms::EnumSpec", "Yearly"),
              0x4E342E,
              {QStringLiteral("annual"), QStringLiteral("jährlich"), QStringLiteral("annuel")}),
    };
}

const EnumSpec &measurementFrequencies()
{
    static const EnumSpec spec = [] {
        EnumSpec frequencies{QStringLiteral("metric_frequency"), periodValues()};
        frequencies.values.append(
            value("custom",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Custom interval"),
                  0x757575,
                  {QStringLiteral("other"), QStringLiteral("individuell"), QStringLiteral("personnalisé")}));
        return frequencies;
    }();
    return spec;
}

const EnumSpec &analysisFrequencies()
{
    static const EnumSpec spec{QStringLiteral("analysis_frequency"), periodValues()};
    return spec;
}

const EnumSpec &targetDirections()
{
    static const EnumSpec spec{QStringLiteral("target_direction"),
                               {
                                   value("at-least",
                                         QT_TRANSLATE_NOOP("isms::EnumSpec", "At least"),
                                         0x2E7D32,
                                         {QStringLiteral("minimum"),
                                          QStringLiteral("higher is better"),
                                          QStringLiteral("mindestens"),
                                          QStringLiteral("au moins")}),
                                   value("at-most",
                                         QT_TRANSLATE_NOOP("isms::EnumSpec", "At most"),
                                         0xC62828,
                                         {QStringLiteral("maximum"),
                                          QStringLiteral("lower is better"),
                                          QStringLiteral("höchstens"),
                                          QStringLiteral("au plus")}),
                               }};
    return spec;
}

const EnumSpec &metricStatuses()
{
    static const EnumSpec spec{
        QStringLiteral("metric_status"),
        {
            value("active",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Active"),
                  0x2E7D32,
                  {QStringLiteral("aktiv"), QStringLiteral("actif")}),
            value("suspended",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Suspended"),
                  0xEF6C00,
                  {QStringLiteral("paused"), QStringLiteral("ausgesetzt"), QStringLiteral("suspendu")}),
            value("retired",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Retired"),
                  0x9E9E9E,
                  {QStringLiteral("withdrawn"), QStringLiteral("eingestellt"), QStringLiteral("retiré")}),
        }};
    return spec;
}

const EnumSpec &targetMet()
{
    static const EnumSpec spec{
        QStringLiteral("target_met"),
        {
            value("yes",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Met"),
                  0x2E7D32,
                  {QStringLiteral("met"),
                   QStringLiteral("ja"),
                   QStringLiteral("erreicht"),
                   QStringLiteral("oui"),
                   QStringLiteral("atteint")}),
            value("no",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Not met"),
                  0xC62828,
                  {QStringLiteral("not met"),
                   QStringLiteral("nein"),
                   QStringLiteral("verfehlt"),
                   QStringLiteral("non")}),
            value("partly",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Partly met"),
                  0xEF6C00,
                  {QStringLiteral("partial"), QStringLiteral("teilweise"), QStringLiteral("partiellement")}),
        }};
    return spec;
}

} // namespace

const EntitySpec &metricSpec()
{
    static const EntitySpec spec = [] {
        EntitySpec metrics{
            .key = QStringLiteral("metrics"),
            .entity = QStringLiteral("metric"),
            .table = QStringLiteral("metric"),
            .refPrefix = QStringLiteral("M-"),
            .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Metric"),
            .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Metrics"),
            .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "metric"),
            .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "metrics"),
            .fields = {},
        };
        FieldSpec interval{.key = QStringLiteral("interval_days"),
                           .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Every how many days"),
                           .type = FieldType::Integer,
                           .flags = Logged | Exported | Importable,
                           .importSynonyms = {QStringLiteral("interval"),
                                              QStringLiteral("Intervall (Tage)"),
                                              QStringLiteral("intervalle")},
                           .minimum = 1,
                           .maximum = 730,
                           .description =
                               QT_TRANSLATE_NOOP("isms::FieldSpec",
                                                 "Only for a custom frequency: the days between two "
                                                 "measurements.")};
        FieldSpec target =
            decimalField(QStringLiteral("target"),
                         QT_TRANSLATE_NOOP("isms::FieldSpec", "Target value"),
                         0,
                         {QStringLiteral("target"), QStringLiteral("Zielwert"), QStringLiteral("cible")});
        target.description = QT_TRANSLATE_NOOP("isms::FieldSpec",
                                               "The value that counts as met, as a number such as 95 or 2.5; "
                                               "the direction says whether it is a minimum or a maximum.");
        metrics.fields = {
            referenceFieldSpec(),
            text(QStringLiteral("name"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Metric"),
                 Required | Filterable | EditableInTable,
                 {QStringLiteral("KPI"), QStringLiteral("Kennzahl"), QStringLiteral("indicateur")}),
            longText(QStringLiteral("measured"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "What is measured"),
                     {QStringLiteral("description"),
                      QStringLiteral("Messgegenstand"),
                      QStringLiteral("objet de la mesure")}),
            longText(QStringLiteral("method"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Method"),
                     {QStringLiteral("how measured"), QStringLiteral("Methode"), QStringLiteral("méthode")}),
            enumeration(
                QStringLiteral("frequency"),
                QT_TRANSLATE_NOOP("isms::FieldSpec", "Measured"),
                measurementFrequencies(),
                0,
                {QStringLiteral("frequency"), QStringLiteral("Häufigkeit"), QStringLiteral("fréquence")}),
            interval,
            personField(
                QStringLiteral("measured_by"),
                QT_TRANSLATE_NOOP("isms::FieldSpec", "Measured by"),
                {QStringLiteral("measurer"), QStringLiteral("gemessen von"), QStringLiteral("mesuré par")}),
            noColumn(enumeration(
                QStringLiteral("analysis_frequency"),
                QT_TRANSLATE_NOOP("isms::FieldSpec", "Analysed and evaluated"),
                analysisFrequencies(),
                0,
                {QStringLiteral("analysis"), QStringLiteral("Auswertung"), QStringLiteral("analyse")})),
            noColumn(personField(QStringLiteral("analysed_by"),
                                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Analysed by"),
                                 {QStringLiteral("analyst"),
                                  QStringLiteral("ausgewertet von"),
                                  QStringLiteral("analysé par")})),
            noColumn(personField(
                QStringLiteral("evaluated_by"),
                QT_TRANSLATE_NOOP("isms::FieldSpec", "Evaluated by"),
                {QStringLiteral("evaluator"), QStringLiteral("bewertet von"), QStringLiteral("évalué par")})),
            [] {
                FieldSpec unit = text(QStringLiteral("unit"),
                                      QT_TRANSLATE_NOOP("isms::FieldSpec", "Unit"),
                                      EditableInTable,
                                      {QStringLiteral("Einheit"), QStringLiteral("unité")});
                unit.maxLength = 40;
                return unit;
            }(),
            target,
            enumeration(QStringLiteral("direction"),
                        QT_TRANSLATE_NOOP("isms::FieldSpec", "Target is"),
                        targetDirections(),
                        0,
                        {QStringLiteral("direction"), QStringLiteral("Richtung"), QStringLiteral("sens")}),
            enumeration(QStringLiteral("status"),
                        QT_TRANSLATE_NOOP("isms::FieldSpec", "Status"),
                        metricStatuses(),
                        0,
                        {QStringLiteral("state"), QStringLiteral("statut")}),
        };
        metrics.validate = &MetricRules::validateMetric;
        metrics.derive = &MetricRules::deriveMetric;
        metrics.links = {{.key = QStringLiteral("objectives"),
                          .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Objectives served"),
                          .linkKind = QStringLiteral("metric-objectives"),
                          .ownField = QStringLiteral("metric"),
                          .otherField = QStringLiteral("objective"),
                          .importSynonyms = {QStringLiteral("objective"),
                                             QStringLiteral("Ziele"),
                                             QStringLiteral("objectifs")}},
                         {.key = QStringLiteral("controls"),
                          .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Controls served"),
                          .linkKind = QStringLiteral("metric-controls"),
                          .ownField = QStringLiteral("metric"),
                          .otherField = QStringLiteral("control"),
                          .importSynonyms = {QStringLiteral("Annex A controls"),
                                             QStringLiteral("Maßnahmen"),
                                             QStringLiteral("mesures")}}};
        return metrics;
    }();
    return spec;
}

const EntitySpec &metricObjectiveSpec()
{
    // Removing either end removes the link.
    static const EntitySpec spec = linkSpec(QStringLiteral("metric-objectives"),
                                            QStringLiteral("metric_objective"),
                                            QStringLiteral("MO-"),
                                            QT_TRANSLATE_NOOP("isms::EntitySpec", "Metric objective link"),
                                            QT_TRANSLATE_NOOP("isms::EntitySpec", "Metric objective links"),
                                            QT_TRANSLATE_NOOP("isms::EntitySpec", "metric objective link"),
                                            QT_TRANSLATE_NOOP("isms::EntitySpec", "metric objective links"),
                                            metricEnd(ReadOnly),
                                            reference(QStringLiteral("objective"),
                                                      QT_TRANSLATE_NOOP("isms::FieldSpec", "Objective"),
                                                      QStringLiteral("objectives"),
                                                      CascadeDelete,
                                                      {QStringLiteral("Ziel"), QStringLiteral("objectif")}));
    return spec;
}

const EntitySpec &metricControlSpec()
{
    static const EntitySpec spec = [] {
        EntitySpec link = validated(linkSpec(QStringLiteral("metric-controls"),
                                             QStringLiteral("metric_control"),
                                             QStringLiteral("MC-"),
                                             QT_TRANSLATE_NOOP("isms::EntitySpec", "Metric control link"),
                                             QT_TRANSLATE_NOOP("isms::EntitySpec", "Metric control links"),
                                             QT_TRANSLATE_NOOP("isms::EntitySpec", "metric control link"),
                                             QT_TRANSLATE_NOOP("isms::EntitySpec", "metric control links"),
                                             metricEnd(ReadOnly),
                                             controlEnd({QStringLiteral("Annex A control"),
                                                         QStringLiteral("Maßnahme"),
                                                         QStringLiteral("mesure")})),
                                    &RiskRules::validateControlLink);
        link.derive = &RiskRules::deriveControlLink;
        return link;
    }();
    return spec;
}

const EntitySpec &measurementSpec()
{
    static const EntitySpec spec = [] {
        EntitySpec measurements{
            .key = QStringLiteral("measurements"),
            .entity = QStringLiteral("measurement"),
            .table = QStringLiteral("measurement"),
            .refPrefix = QStringLiteral("MS-"),
            .refDigits = 4,
            .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Measurement"),
            .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Measurements"),
            .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "measurement"),
            .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "measurements"),
            .fields = {},
        };
        measurements.fields = {
            referenceFieldSpec(),
            metricEnd(),
            date(QStringLiteral("measured_on"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Measured on"),
                 Required | Filterable,
                 {QStringLiteral("date"),
                  QStringLiteral("Datum"),
                  QStringLiteral("gemessen am"),
                  QStringLiteral("mesuré le")}),
            decimalField(QStringLiteral("value"),
                         QT_TRANSLATE_NOOP("isms::FieldSpec", "Value"),
                         Required,
                         {QStringLiteral("result"), QStringLiteral("Wert"), QStringLiteral("valeur")}),
            personField(
                QStringLiteral("measured_by"),
                QT_TRANSLATE_NOOP("isms::FieldSpec", "Measured by"),
                {QStringLiteral("measurer"), QStringLiteral("gemessen von"), QStringLiteral("mesuré par")}),
            longText(QStringLiteral("note"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Note"),
                     {QStringLiteral("comment"), QStringLiteral("Bemerkung"), QStringLiteral("remarque")}),
        };
        measurements.validate = &MetricRules::validateMeasurement;
        measurements.derive = &MetricRules::deriveMeasurement;
        return measurements;
    }();
    return spec;
}

const EntitySpec &metricEvaluationSpec()
{
    static const EntitySpec spec = [] {
        EntitySpec evaluations{
            .key = QStringLiteral("metric-evaluations"),
            .entity = QStringLiteral("metric_evaluation"),
            .table = QStringLiteral("metric_evaluation"),
            .refPrefix = QStringLiteral("ME-"),
            .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Metric evaluation"),
            .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Metric evaluations"),
            .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "metric evaluation"),
            .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "metric evaluations"),
            .fields = {},
        };
        FieldSpec conclusion = longText(QStringLiteral("conclusion"),
                                        QT_TRANSLATE_NOOP("isms::FieldSpec", "Conclusion"),
                                        {QStringLiteral("result"),
                                         QStringLiteral("Ergebnis"),
                                         QStringLiteral("Fazit"),
                                         QStringLiteral("conclusion")},
                                        Required);
        evaluations.fields = {
            referenceFieldSpec(),
            metricEnd(),
            date(QStringLiteral("period_start"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Period from"),
                 Required,
                 {QStringLiteral("from"),
                  QStringLiteral("start"),
                  QStringLiteral("von"),
                  QStringLiteral("du")}),
            date(QStringLiteral("period_end"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Period to"),
                 Required,
                 {QStringLiteral("to"), QStringLiteral("end"), QStringLiteral("bis"), QStringLiteral("au")}),
            date(QStringLiteral("evaluated_on"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Evaluated on"),
                 Required,
                 {QStringLiteral("evaluation date"),
                  QStringLiteral("bewertet am"),
                  QStringLiteral("évalué le")}),
            personField(
                QStringLiteral("evaluated_by"),
                QT_TRANSLATE_NOOP("isms::FieldSpec", "Evaluated by"),
                {QStringLiteral("evaluator"), QStringLiteral("bewertet von"), QStringLiteral("évalué par")}),
            enumeration(
                QStringLiteral("target_met"),
                QT_TRANSLATE_NOOP("isms::FieldSpec", "Target met"),
                targetMet(),
                0,
                {QStringLiteral("met"), QStringLiteral("Ziel erreicht"), QStringLiteral("cible atteinte")}),
            conclusion,
            longText(QStringLiteral("action_taken"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Action taken"),
                     {QStringLiteral("action"), QStringLiteral("Maßnahme"), QStringLiteral("action menée")}),
        };
        evaluations.validate = &MetricRules::validateEvaluation;
        return evaluations;
    }();
    return spec;
}

} // namespace isms
