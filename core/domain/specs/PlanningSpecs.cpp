// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// Planning (clause 6) beside the risk register: the risks and opportunities of the ISMS itself (6.1.1),
// the information security objectives (6.2) and the planned changes to the ISMS (6.3).
#include "domain/Entities.h"
#include "domain/specs/SpecHelpers.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace isms {

using namespace specs;

namespace {

FieldSpec ownerField()
{
    return text(QStringLiteral("owner"),
                QT_TRANSLATE_NOOP("isms::FieldSpec", "Owner"),
                Filterable | EditableInTable,
                {QStringLiteral("responsible"),
                 QStringLiteral("responsibilities"),
                 QStringLiteral("Verantwortlich"),
                 QStringLiteral("responsable")});
}

FieldSpec dueDateField()
{
    return date(QStringLiteral("due_date"),
                QT_TRANSLATE_NOOP("isms::FieldSpec", "Due date"),
                {QStringLiteral("due"),
                 QStringLiteral("deadline"),
                 QStringLiteral("fällig"),
                 QStringLiteral("Termin"),
                 QStringLiteral("échéance")});
}

FieldSpec resourcesField()
{
    return longText(
        QStringLiteral("resources"),
        QT_TRANSLATE_NOOP("isms::FieldSpec", "Resources"),
        {QStringLiteral("resources needed"), QStringLiteral("Ressourcen"), QStringLiteral("ressources")});
}

const EnumSpec &ismsRiskTypes()
{
    static const EnumSpec spec{QStringLiteral("isms_risk_type"),
                               {
                                   value("risk",
                                         QT_TRANSLATE_NOOP("isms::EnumSpec", "Risk"),
                                         0xC62828,
                                         {QStringLiteral("Risiko"), QStringLiteral("risque")}),
                                   value("opportunity",
                                         QT_TRANSLATE_NOOP("isms::EnumSpec", "Opportunity"),
                                         0x2E7D32,
                                         {QStringLiteral("Chance"), QStringLiteral("opportunité")}),
                               }};
    return spec;
}

const EnumSpec &actionStatuses()
{
    static const EnumSpec spec{
        QStringLiteral("action_status"),
        {
            value("open",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Open"),
                  0x757575,
                  {QStringLiteral("offen"), QStringLiteral("ouvert")}),
            value("in-progress",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "In progress"),
                  0x1565C0,
                  {QStringLiteral("in Bearbeitung"), QStringLiteral("en cours")}),
            value("done",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Done"),
                  0x2E7D32,
                  {QStringLiteral("erledigt"), QStringLiteral("terminé"), QStringLiteral("fait")}),
            value("cancelled",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Cancelled"),
                  0x9E9E9E,
                  {QStringLiteral("canceled"), QStringLiteral("abgebrochen"), QStringLiteral("annulé")}),
        }};
    return spec;
}

const EnumSpec &effectiveness()
{
    static const EnumSpec spec{
        QStringLiteral("action_effective"),
        {
            value("undecided",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Not reviewed yet"),
                  0x757575,
                  {QStringLiteral("open"), QStringLiteral("offen"), QStringLiteral("à évaluer")}),
            value("yes",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Effective"),
                  0x2E7D32,
                  {QStringLiteral("ja"),
                   QStringLiteral("wirksam"),
                   QStringLiteral("oui"),
                   QStringLiteral("efficace")}),
            value("no",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Not effective"),
                  0xC62828,
                  {QStringLiteral("nein"),
                   QStringLiteral("unwirksam"),
                   QStringLiteral("non"),
                   QStringLiteral("inefficace")}),
        }};
    return spec;
}

const EnumSpec &objectiveStatuses()
{
    static const EnumSpec spec{
        QStringLiteral("objective_status"),
        {
            value("planned",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Planned"),
                  0x757575,
                  {QStringLiteral("geplant"), QStringLiteral("prévu")}),
            value("on-track",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "On track"),
                  0x1565C0,
                  {QStringLiteral("im Plan"), QStringLiteral("en bonne voie")}),
            value("at-risk",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "At risk"),
                  0xEF6C00,
                  {QStringLiteral("gefährdet"), QStringLiteral("menacé")}),
            value("achieved",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Achieved"),
                  0x2E7D32,
                  {QStringLiteral("erreicht"), QStringLiteral("atteint")}),
            value("missed",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Missed"),
                  0xC62828,
                  {QStringLiteral("verfehlt"), QStringLiteral("manqué"), QStringLiteral("non atteint")}),
            value("withdrawn",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Withdrawn"),
                  0x9E9E9E,
                  {QStringLiteral("zurückgezogen"), QStringLiteral("abandonné")}),
        }};
    return spec;
}

const EnumSpec &changeStatuses()
{
    static const EnumSpec spec{
        QStringLiteral("change_status"),
        {
            value("proposed",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Proposed"),
                  0x757575,
                  {QStringLiteral("vorgeschlagen"), QStringLiteral("proposé")}),
            value("approved",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Approved"),
                  0x6A1B9A,
                  {QStringLiteral("genehmigt"), QStringLiteral("freigegeben"), QStringLiteral("approuvé")}),
            value("in-progress",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "In progress"),
                  0x1565C0,
                  {QStringLiteral("in Umsetzung"), QStringLiteral("en cours")}),
            value("done",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Done"),
                  0x2E7D32,
                  {QStringLiteral("umgesetzt"), QStringLiteral("abgeschlossen"), QStringLiteral("terminé")}),
            value("cancelled",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Cancelled"),
                  0x9E9E9E,
                  {QStringLiteral("canceled"), QStringLiteral("verworfen"), QStringLiteral("annulé")}),
        }};
    return spec;
}

const EnumSpec &yesNo()
{
    static const EnumSpec spec{
        QStringLiteral("yes_no"),
        {
            value("no",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "No"),
                  0x757575,
                  {QStringLiteral("nein"), QStringLiteral("non"), QStringLiteral("false")}),
            value("yes",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Yes"),
                  0x1565C0,
                  {QStringLiteral("ja"), QStringLiteral("oui"), QStringLiteral("true")}),
        }};
    return spec;
}

/// A decision whether the action worked says what the review found; a review date has passed.
Result<void> validateIsmsRisk(const EntitySpec &spec, const Record &record, const RecordContext & /*context*/)
{
    const QDate reviewed = dateOf(spec, record, u"review_date");
    if (textOf(spec, record, u"effective") != u"undecided"
        && textOf(spec, record, u"review_note").isEmpty()) {
        return invalid(QCoreApplication::translate("isms::PlanningSpecs",
                                                   "Whether the action worked is decided in a review; write "
                                                   "what the review found in \"Review note\"."));
    }
    if (reviewed.isValid() && reviewed > QDate::currentDate()) {
        return invalid(QCoreApplication::translate("isms::PlanningSpecs",
                                                   "The review date %1 lies in the future; give the date on "
                                                   "which the action was reviewed.")
                           .arg(reviewed.toString(Qt::ISODate)));
    }
    return {};
}

/// An achieved or missed objective records how its results were evaluated; it is set before it is due
/// and reviewed after it was set.
Result<void> validateObjective(const EntitySpec &spec,
                               const Record &record,
                               const RecordContext & /*context*/)
{
    const QString status = textOf(spec, record, u"status");
    if ((status == u"achieved" || status == u"missed") && textOf(spec, record, u"evaluation").isEmpty()) {
        return invalid(QCoreApplication::translate("isms::PlanningSpecs",
                                                   "An objective that was achieved or missed records the "
                                                   "evaluation of its results; fill in \"Evaluation of "
                                                   "results\"."));
    }
    const QDate start = dateOf(spec, record, u"start_date");
    const QDate due = dateOf(spec, record, u"due_date");
    const QDate reviewed = dateOf(spec, record, u"last_reviewed");
    if (start.isValid() && due.isValid() && due < start) {
        return invalid(QCoreApplication::translate("isms::PlanningSpecs",
                                                   "The due date %1 lies before the date %2 on which the "
                                                   "objective was set; correct one of them.")
                           .arg(due.toString(Qt::ISODate), start.toString(Qt::ISODate)));
    }
    if (start.isValid() && reviewed.isValid() && reviewed < start) {
        return invalid(QCoreApplication::translate("isms::PlanningSpecs",
                                                   "The objective was last reviewed on %1, before it was "
                                                   "set on %2; correct one of the dates.")
                           .arg(reviewed.toString(Qt::ISODate), start.toString(Qt::ISODate)));
    }
    return {};
}

/// A change is implemented on a day that has come.
Result<void> validatePlannedChange(const EntitySpec &spec,
                                   const Record &record,
                                   const RecordContext & /*context*/)
{
    const QDate implemented = dateOf(spec, record, u"implemented_date");
    if (implemented.isValid() && implemented > QDate::currentDate()) {
        return invalid(QCoreApplication::translate("isms::PlanningSpecs",
                                                   "The implementation date %1 lies in the future; give it "
                                                   "once the change has taken effect, and use \"Planned "
                                                   "date\" until then.")
                           .arg(implemented.toString(Qt::ISODate)));
    }
    return {};
}

} // namespace

const EntitySpec &ismsRiskSpec()
{
    static const EntitySpec spec = [] {
        EntitySpec risks{
            .key = QStringLiteral("isms-risks"),
            .entity = QStringLiteral("isms_risk"),
            .table = QStringLiteral("isms_risk"),
            .refPrefix = QStringLiteral("RO-"),
            .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "ISMS risk or opportunity"),
            .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "ISMS risks and opportunities"),
            .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "ISMS risk or opportunity"),
            .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "ISMS risks and opportunities"),
            .fields = {},
        };
        risks.fields = {
            referenceFieldSpec(),
            enumField(QStringLiteral("type"),
                      QT_TRANSLATE_NOOP("isms::FieldSpec", "Type"),
                      ismsRiskTypes(),
                      Required,
                      {QStringLiteral("Art"), QStringLiteral("Typ"), QStringLiteral("nature")}),
            text(QStringLiteral("title"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Risk or opportunity"),
                 Required | Filterable | EditableInTable,
                 {QStringLiteral("name"),
                  QStringLiteral("Risiko oder Chance"),
                  QStringLiteral("Bezeichnung"),
                  QStringLiteral("intitulé")}),
            longText(QStringLiteral("description"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Description"),
                     {QStringLiteral("Beschreibung")}),
            noColumn(text(QStringLiteral("related_issues"),
                          QT_TRANSLATE_NOOP("isms::FieldSpec", "Related issues"),
                          0,
                          {QStringLiteral("issues"), QStringLiteral("Themen"), QStringLiteral("enjeux")})),
            noColumn(text(QStringLiteral("related_parties"),
                          QT_TRANSLATE_NOOP("isms::FieldSpec", "Related interested parties"),
                          0,
                          {QStringLiteral("interested parties"),
                           QStringLiteral("interessierte Parteien"),
                           QStringLiteral("parties intéressées")})),
            longText(QStringLiteral("action"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Action"),
                     {QStringLiteral("measure"), QStringLiteral("Maßnahme"), QStringLiteral("mesure")}),
            ownerField(),
            dueDateField(),
            enumField(QStringLiteral("status"),
                      QT_TRANSLATE_NOOP("isms::FieldSpec", "Status"),
                      actionStatuses(),
                      Required,
                      {QStringLiteral("state"), QStringLiteral("statut")}),
            unfiltered(enumField(QStringLiteral("effective"),
                                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Action effective"),
                                 effectiveness(),
                                 Required,
                                 {QStringLiteral("effectiveness"),
                                  QStringLiteral("Wirksamkeit"),
                                  QStringLiteral("efficacité")})),
            noColumn(date(QStringLiteral("review_date"),
                          QT_TRANSLATE_NOOP("isms::FieldSpec", "Review date"),
                          {QStringLiteral("reviewed on"),
                           QStringLiteral("Prüfdatum"),
                           QStringLiteral("Wirksamkeitsprüfung am"),
                           QStringLiteral("date de revue")})),
            longText(
                QStringLiteral("review_note"),
                QT_TRANSLATE_NOOP("isms::FieldSpec", "Review note"),
                {QStringLiteral("review"), QStringLiteral("Prüfvermerk"), QStringLiteral("note de revue")}),
        };
        risks.validate = &validateIsmsRisk;
        return risks;
    }();
    return spec;
}

const EntitySpec &objectiveSpec()
{
    static const EntitySpec spec = [] {
        EntitySpec objectives{
            .key = QStringLiteral("objectives"),
            .entity = QStringLiteral("objective"),
            .table = QStringLiteral("objective"),
            .refPrefix = QStringLiteral("OBJ-"),
            .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Objective"),
            .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Objectives"),
            .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "objective"),
            .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "objectives"),
            .fields = {},
        };
        FieldSpec target = text(QStringLiteral("target"),
                                QT_TRANSLATE_NOOP("isms::FieldSpec", "Measurable target"),
                                EditableInTable,
                                {QStringLiteral("measure"),
                                 QStringLiteral("KPI"),
                                 QStringLiteral("Zielwert"),
                                 QStringLiteral("Messgröße"),
                                 QStringLiteral("cible"),
                                 QStringLiteral("indicateur")});
        target.description = QT_TRANSLATE_NOOP("isms::FieldSpec",
                                               "What will show that the objective is met: a number, a "
                                               "date or a state that can be checked.");
        objectives.fields = {
            referenceFieldSpec(),
            text(QStringLiteral("objective"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Objective"),
                 Required | Filterable | EditableInTable,
                 {QStringLiteral("title"), QStringLiteral("Ziel"), QStringLiteral("objectif")}),
            target,
            ownerField(),
            noColumn(date(QStringLiteral("start_date"),
                          QT_TRANSLATE_NOOP("isms::FieldSpec", "Set on"),
                          {QStringLiteral("start"),
                           QStringLiteral("set on"),
                           QStringLiteral("Beginn"),
                           QStringLiteral("festgelegt am"),
                           QStringLiteral("début")})),
            dueDateField(),
            enumField(QStringLiteral("status"),
                      QT_TRANSLATE_NOOP("isms::FieldSpec", "Status"),
                      objectiveStatuses(),
                      Required,
                      {QStringLiteral("state"), QStringLiteral("Stand"), QStringLiteral("statut")}),
            resourcesField(),
            longText(QStringLiteral("evaluation_method"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "How results are evaluated"),
                     {QStringLiteral("evaluation method"),
                      QStringLiteral("Bewertungsmethode"),
                      QStringLiteral("méthode d'évaluation")}),
            noColumn(text(
                QStringLiteral("metrics"),
                QT_TRANSLATE_NOOP("isms::FieldSpec", "Linked metrics"),
                0,
                {QStringLiteral("metric"), QStringLiteral("Kennzahlen"), QStringLiteral("indicateurs")})),
            noColumn(
                text(QStringLiteral("policy_statement"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Policy statement served"),
                     0,
                     {QStringLiteral("policy"), QStringLiteral("Leitlinie"), QStringLiteral("politique")})),
            noColumn(text(QStringLiteral("related_risks"),
                          QT_TRANSLATE_NOOP("isms::FieldSpec", "Related risks"),
                          0,
                          {QStringLiteral("risks"), QStringLiteral("Risiken"), QStringLiteral("risques")})),
            longText(QStringLiteral("communicated"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "How it was communicated"),
                     {QStringLiteral("communication"),
                      QStringLiteral("Kommunikation"),
                      QStringLiteral("communiqué")}),
            longText(QStringLiteral("evaluation"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Evaluation of results"),
                     {QStringLiteral("result"),
                      QStringLiteral("Ergebnis"),
                      QStringLiteral("Bewertung"),
                      QStringLiteral("résultat")}),
            date(QStringLiteral("last_reviewed"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Last reviewed"),
                 {QStringLiteral("last review"),
                  QStringLiteral("letzte Prüfung"),
                  QStringLiteral("dernière revue")}),
        };
        objectives.validate = &validateObjective;
        // The metrics that measure the objective: the other side of the metrics' "Objectives served".
        objectives.links = {{.key = QStringLiteral("measured_by_metrics"),
                             .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Measured by metrics"),
                             .linkKind = QStringLiteral("metric-objectives"),
                             .ownField = QStringLiteral("objective"),
                             .otherField = QStringLiteral("metric")}};
        return objectives;
    }();
    return spec;
}

const EntitySpec &plannedChangeSpec()
{
    static const EntitySpec spec = [] {
        EntitySpec changes{
            .key = QStringLiteral("planned-changes"),
            .entity = QStringLiteral("planned_change"),
            .table = QStringLiteral("planned_change"),
            .refPrefix = QStringLiteral("PC-"),
            .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Planned change"),
            .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Planned changes"),
            .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "planned change"),
            .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "planned changes"),
            .fields = {},
        };
        FieldSpec triggers = enumField(QStringLiteral("triggers_reassessment"),
                                       QT_TRANSLATE_NOOP("isms::FieldSpec", "Significant change"),
                                       yesNo(),
                                       Required,
                                       {QStringLiteral("significant"),
                                        QStringLiteral("reassessment needed"),
                                        QStringLiteral("Neubewertung"),
                                        QStringLiteral("réévaluation")});
        triggers.description = QT_TRANSLATE_NOOP("isms::FieldSpec",
                                                 "Yes when the change meets one of the reassessment "
                                                 "triggers of the risk methodology; its risks are then "
                                                 "assessed again.");
        changes.fields = {
            referenceFieldSpec(),
            text(QStringLiteral("title"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Change"),
                 Required | Filterable | EditableInTable,
                 {QStringLiteral("change"), QStringLiteral("Änderung"), QStringLiteral("changement")}),
            longText(QStringLiteral("purpose"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Purpose"),
                     {QStringLiteral("Zweck"), QStringLiteral("objet"), QStringLiteral("but")}),
            longText(
                QStringLiteral("consequences"),
                QT_TRANSLATE_NOOP("isms::FieldSpec", "Potential consequences"),
                {QStringLiteral("Folgen"), QStringLiteral("Auswirkungen"), QStringLiteral("conséquences")}),
            resourcesField(),
            ownerField(),
            date(QStringLiteral("planned_date"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Planned date"),
                 {QStringLiteral("date"),
                  QStringLiteral("geplant am"),
                  QStringLiteral("Termin"),
                  QStringLiteral("date prévue")}),
            enumField(QStringLiteral("status"),
                      QT_TRANSLATE_NOOP("isms::FieldSpec", "Status"),
                      changeStatuses(),
                      Required,
                      {QStringLiteral("state"), QStringLiteral("statut")}),
            enumField(QStringLiteral("consequences_reviewed"),
                      QT_TRANSLATE_NOOP("isms::FieldSpec", "Consequences reviewed"),
                      yesNo(),
                      Required,
                      {QStringLiteral("reviewed"),
                       QStringLiteral("reviewed for unintended consequences"),
                       QStringLiteral("geprüft"),
                       QStringLiteral("revu")}),
            longText(
                QStringLiteral("review_note"),
                QT_TRANSLATE_NOOP("isms::FieldSpec", "Review note"),
                {QStringLiteral("review"), QStringLiteral("Prüfvermerk"), QStringLiteral("note de revue")}),
            triggers,
            longText(QStringLiteral("reassessment"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Risk reassessment"),
                     {QStringLiteral("risk assessment"),
                      QStringLiteral("Risikobewertung"),
                      QStringLiteral("appréciation des risques")}),
            date(QStringLiteral("implemented_date"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Implemented on"),
                 {QStringLiteral("implemented"),
                  QStringLiteral("umgesetzt am"),
                  QStringLiteral("mis en œuvre le")}),
        };
        changes.validate = &validatePlannedChange;
        changes.fields[changes.indexOf(u"implemented_date")].description =
            QT_TRANSLATE_NOOP("isms::FieldSpec",
                              "When the change took effect; a significant change implemented after the "
                              "latest assessment run calls for a new run.");
        changes.fields[changes.indexOf(u"consequences_reviewed")].description =
            QT_TRANSLATE_NOOP("isms::FieldSpec",
                              "Whether the change was reviewed for unintended consequences, and those "
                              "mitigated where needed.");
        return changes;
    }();
    return spec;
}

} // namespace isms
