// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// Improvement (10.1): the log of opportunities to improve the ISMS, where they came from and what was
// done about them.
#include "domain/Entities.h"
#include "domain/specs/SpecHelpers.h"
#include "services/MetricRules.h"

#include <QtGlobal>

namespace isms {

using namespace specs;

namespace {

const EnumSpec &improvementSources()
{
    static const EnumSpec spec{
        QStringLiteral("improvement_source"),
        {
            value("audit",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Audit"),
                  0x6A1B9A,
                  {QStringLiteral("internal audit"), QStringLiteral("Audit"), QStringLiteral("audit")}),
            value("review",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Management review"),
                  0x1565C0,
                  {QStringLiteral("management review"),
                   QStringLiteral("Managementbewertung"),
                   QStringLiteral("revue de direction")}),
            value("incident",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Incident"),
                  0xC62828,
                  {QStringLiteral("Vorfall"), QStringLiteral("incident")}),
            value("metric",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Metric"),
                  0x00838F,
                  {QStringLiteral("measurement"), QStringLiteral("Kennzahl"), QStringLiteral("indicateur")}),
            value("suggestion",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Suggestion"),
                  0x2E7D32,
                  {QStringLiteral("idea"), QStringLiteral("Vorschlag"), QStringLiteral("suggestion")}),
            value("other",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Other"),
                  0x757575,
                  {QStringLiteral("sonstige"), QStringLiteral("autre")}),
        }};
    return spec;
}

const EnumSpec &improvementStatuses()
{
    static const EnumSpec spec{
        QStringLiteral("improvement_status"),
        {
            value("proposed",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Proposed"),
                  0x757575,
                  {QStringLiteral("vorgeschlagen"), QStringLiteral("proposé")}),
            value("accepted",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Accepted"),
                  0x6A1B9A,
                  {QStringLiteral("angenommen"), QStringLiteral("accepté")}),
            value("in-progress",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "In progress"),
                  0x1565C0,
                  {QStringLiteral("in Umsetzung"), QStringLiteral("en cours")}),
            value("done",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Done"),
                  0x2E7D32,
                  {QStringLiteral("umgesetzt"), QStringLiteral("erledigt"), QStringLiteral("terminé")}),
            value("rejected",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Rejected"),
                  0x9E9E9E,
                  {QStringLiteral("abgelehnt"), QStringLiteral("rejeté")}),
        }};
    return spec;
}

} // namespace

const EntitySpec &improvementSpec()
{
    static const EntitySpec spec{
        .key = QStringLiteral("improvements"),
        .entity = QStringLiteral("improvement"),
        .table = QStringLiteral("improvement"),
        .refPrefix = QStringLiteral("IMP-"),
        .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Improvement"),
        .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Improvements"),
        .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "improvement"),
        .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "improvements"),
        .fields =
            {
                referenceFieldSpec(),
                {.key = QStringLiteral("raised_on"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Raised on"),
                 .type = FieldType::Date,
                 .flags = DefaultFieldFlags | Required | EditableInTable,
                 .importSynonyms = {QStringLiteral("date"),
                                    QStringLiteral("raised"),
                                    QStringLiteral("erfasst am"),
                                    QStringLiteral("date de saisie")}},
                enumeration(QStringLiteral("source"),
                            QT_TRANSLATE_NOOP("isms::FieldSpec", "Source"),
                            improvementSources(),
                            {QStringLiteral("origin"), QStringLiteral("Quelle"), QStringLiteral("origine")}),
                text(
                    QStringLiteral("title"),
                    QT_TRANSLATE_NOOP("isms::FieldSpec", "Improvement"),
                    Required | Filterable | EditableInTable,
                    {QStringLiteral("name"), QStringLiteral("Verbesserung"), QStringLiteral("amélioration")}),
                longText(QStringLiteral("description"),
                         QT_TRANSLATE_NOOP("isms::FieldSpec", "Description"),
                         {QStringLiteral("Beschreibung")}),
                longText(QStringLiteral("opportunity"),
                         QT_TRANSLATE_NOOP("isms::FieldSpec", "Opportunity"),
                         {QStringLiteral("benefit"),
                          QStringLiteral("Chance"),
                          QStringLiteral("Nutzen"),
                          QStringLiteral("opportunité")}),
                longText(QStringLiteral("action"),
                         QT_TRANSLATE_NOOP("isms::FieldSpec", "Action"),
                         {QStringLiteral("measure"), QStringLiteral("Maßnahme"), QStringLiteral("mesure")}),
                ownerText(),
                date(QStringLiteral("due_date"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Due date"),
                     {QStringLiteral("due"),
                      QStringLiteral("deadline"),
                      QStringLiteral("fällig"),
                      QStringLiteral("échéance")}),
                enumeration(QStringLiteral("status"),
                            QT_TRANSLATE_NOOP("isms::FieldSpec", "Status"),
                            improvementStatuses(),
                            {QStringLiteral("state"), QStringLiteral("statut")}),
                longText(QStringLiteral("result"),
                         QT_TRANSLATE_NOOP("isms::FieldSpec", "Result"),
                         {QStringLiteral("outcome"), QStringLiteral("Ergebnis"), QStringLiteral("résultat")}),
            },
        .validate = &MetricRules::validateImprovement};
    return spec;
}

} // namespace isms
