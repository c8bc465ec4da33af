// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The work of an internal audit (9.2): its checklist and its findings, both children of the audit.
#include "domain/Entities.h"
#include "domain/specs/SpecHelpers.h"
#include "services/AuditRules.h"

#include <QtGlobal>

namespace isms {

using namespace specs;

namespace {

FieldSpec auditParent()
{
    return FieldSpec{.key = QStringLiteral("audit"),
                     .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Audit"),
                     .type = FieldType::Reference,
                     .flags = DefaultFieldFlags | Required | Filterable | CascadeDelete,
                     .referenceKind = QStringLiteral("audits"),
                     .importSynonyms = {QStringLiteral("Audit"), QStringLiteral("audit")}};
}

FieldSpec requirementField(quint32 extraFlags)
{
    return FieldSpec{.key = QStringLiteral("requirement"),
                     .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Requirement"),
                     .flags = DefaultFieldFlags | Filterable | extraFlags,
                     .maxLength = 40,
                     .importSynonyms = {QStringLiteral("clause"),
                                        QStringLiteral("control"),
                                        QStringLiteral("Anforderung"),
                                        QStringLiteral("exigence")},
                     .description = QT_TRANSLATE_NOOP("isms::FieldSpec",
                                                      "A clause (9.2), an Annex A control (A.5.15) or a "
                                                      "document of your own (DOC-004).")};
}

const EnumSpec &checklistResults()
{
    static const EnumSpec spec{
        QStringLiteral("checklist_result"),
        {
            {QStringLiteral("not_assessed"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Not assessed"),
             0x9E9E9E,
             {QStringLiteral("open"), QStringLiteral("nicht bewertet"), QStringLiteral("non évalué")}},
            {QStringLiteral("conforming"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Conforming"),
             0x2E7D32,
             {QStringLiteral("ok"), QStringLiteral("konform"), QStringLiteral("conforme")}},
            {QStringLiteral("nonconformity"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Nonconformity"),
             0xC62828,
             {QStringLiteral("NC"), QStringLiteral("Abweichung"), QStringLiteral("non-conformité")}},
            {QStringLiteral("observation"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Observation"),
             0xEF6C00,
             {QStringLiteral("Beobachtung"), QStringLiteral("remarque")}},
            {QStringLiteral("improvement"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Opportunity for improvement"),
             0x1565C0,
             {QStringLiteral("OFI"),
              QStringLiteral("opportunity"),
              QStringLiteral("Verbesserungspotenzial"),
              QStringLiteral("piste de progrès")}},
        }};
    return spec;
}

const EnumSpec &ncGrades()
{
    static const EnumSpec spec{QStringLiteral("nc_grade"),
                               {
                                   {QStringLiteral("major"),
                                    QT_TRANSLATE_NOOP("isms::EnumSpec", "Major"),
                                    0xC62828,
                                    {QStringLiteral("Haupt"), QStringLiteral("majeure")}},
                                   {QStringLiteral("minor"),
                                    QT_TRANSLATE_NOOP("isms::EnumSpec", "Minor"),
                                    0xEF6C00,
                                    {QStringLiteral("Neben"), QStringLiteral("mineure")}},
                               }};
    return spec;
}

const EnumSpec &findingTypes()
{
    static const EnumSpec spec{QStringLiteral("finding_type"),
                               {
                                   {QStringLiteral("major_nc"),
                                    QT_TRANSLATE_NOOP("isms::EnumSpec", "Major nonconformity"),
                                    0xC62828,
                                    {QStringLiteral("major"),
                                     QStringLiteral("Hauptabweichung"),
                                     QStringLiteral("non-conformité majeure")}},
                                   {QStringLiteral("minor_nc"),
                                    QT_TRANSLATE_NOOP("isms::EnumSpec", "Minor nonconformity"),
                                    0xEF6C00,
                                    {QStringLiteral("minor"),
                                     QStringLiteral("Nebenabweichung"),
                                     QStringLiteral("non-conformité mineure")}},
                                   {QStringLiteral("observation"),
                                    QT_TRANSLATE_NOOP("isms::EnumSpec", "Observation"),
                                    0xF9A825,
                                    {QStringLiteral("Beobachtung"), QStringLiteral("remarque")}},
                                   {QStringLiteral("improvement"),
                                    QT_TRANSLATE_NOOP("isms::EnumSpec", "Opportunity for improvement"),
                                    0x1565C0,
                                    {QStringLiteral("OFI"),
                                     QStringLiteral("Verbesserungspotenzial"),
                                     QStringLiteral("piste de progrès")}},
                               }};
    return spec;
}

const EnumSpec &findingStatuses()
{
    static const EnumSpec spec{QStringLiteral("finding_status"),
                               {
                                   {QStringLiteral("open"),
                                    QT_TRANSLATE_NOOP("isms::EnumSpec", "Open"),
                                    0xEF6C00,
                                    {QStringLiteral("offen"), QStringLiteral("ouvert")}},
                                   {QStringLiteral("in_treatment"),
                                    QT_TRANSLATE_NOOP("isms::EnumSpec", "In treatment"),
                                    0x1565C0,
                                    {QStringLiteral("in treatment"),
                                     QStringLiteral("in Bearbeitung"),
                                     QStringLiteral("en traitement")}},
                                   {QStringLiteral("closed"),
                                    QT_TRANSLATE_NOOP("isms::EnumSpec", "Closed"),
                                    0x2E7D32,
                                    {QStringLiteral("geschlossen"), QStringLiteral("clos")}},
                               }};
    return spec;
}

} // namespace

const EntitySpec &checklistItemSpec()
{
    static const EntitySpec spec = [] {
        EntitySpec item{
            .key = QStringLiteral("checklist-items"),
            .entity = QStringLiteral("checklist_item"),
            .table = QStringLiteral("checklist_item"),
            .refPrefix = QStringLiteral("CL-"),
            .refDigits = 4,
            .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Checklist item"),
            .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Audit checklist"),
            .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "checklist item"),
            .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "checklist items"),
            .fields = {},
        };
        item.fields = {
            referenceFieldSpec(),
            auditParent(),
            requirementField(Required),
            longText(QStringLiteral("question"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Question"),
                     {QStringLiteral("Frage")},
                     InTable | Required),
            enumeration(QStringLiteral("result"),
                        QT_TRANSLATE_NOOP("isms::FieldSpec", "Result"),
                        checklistResults(),
                        {QStringLiteral("Ergebnis"), QStringLiteral("résultat")}),
            FieldSpec{.key = QStringLiteral("grade"),
                      .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Grade"),
                      .type = FieldType::Enum,
                      .flags = DefaultFieldFlags | Filterable | EditableInTable,
                      .enumSpec = &ncGrades(),
                      .importSynonyms = {QStringLiteral("severity"),
                                         QStringLiteral("Schwere"),
                                         QStringLiteral("gravité")},
                      .description = QT_TRANSLATE_NOOP("isms::FieldSpec",
                                                       "Your own grading of a nonconformity: major or minor. "
                                                       "Only a nonconformity has a grade.")},
            longText(QStringLiteral("notes"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Notes"),
                     {QStringLiteral("Notizen"), QStringLiteral("remarques")}),
            longText(QStringLiteral("evidence"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Evidence seen"),
                     {QStringLiteral("evidence"), QStringLiteral("Nachweis"), QStringLiteral("preuve")}),
        };
        item.validate = &AuditRules::validateChecklistItem;
        return item;
    }();
    return spec;
}

const EntitySpec &findingSpec()
{
    static const EntitySpec spec = [] {
        EntitySpec finding{
            .key = QStringLiteral("findings"),
            .entity = QStringLiteral("finding"),
            .table = QStringLiteral("finding"),
            .refPrefix = QStringLiteral("F-"),
            .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Audit finding"),
            .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Audit findings"),
            .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "finding"),
            .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "findings"),
            .fields = {},
        };
        finding.fields = {
            referenceFieldSpec(),
            auditParent(),
            FieldSpec{
                .key = QStringLiteral("type"),
                .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Type"),
                .type = FieldType::Enum,
                .flags = DefaultFieldFlags | Required | Filterable | EditableInTable,
                .enumSpec = &findingTypes(),
                .importSynonyms = {QStringLiteral("grade"), QStringLiteral("Art"), QStringLiteral("type")}},
            requirementField(0),
            longText(
                QStringLiteral("description"),
                QT_TRANSLATE_NOOP("isms::FieldSpec", "Description"),
                {QStringLiteral("finding"), QStringLiteral("Beschreibung"), QStringLiteral("description")},
                InTable | Required),
            longText(QStringLiteral("evidence"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Evidence"),
                     {QStringLiteral("Nachweis"), QStringLiteral("preuve")}),
            FieldSpec{.key = QStringLiteral("checklist_item"),
                      .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Checklist item"),
                      .type = FieldType::Reference,
                      .flags = DefaultFieldFlags | Filterable,
                      .referenceKind = QStringLiteral("checklist-items"),
                      .importSynonyms = {QStringLiteral("item"),
                                         QStringLiteral("Prüfpunkt"),
                                         QStringLiteral("point")}},
            enumeration(QStringLiteral("status"),
                        QT_TRANSLATE_NOOP("isms::FieldSpec", "Status"),
                        findingStatuses(),
                        {QStringLiteral("state"), QStringLiteral("statut")}),
            FieldSpec{.key = QStringLiteral("nonconformity"),
                      .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Nonconformity"),
                      .type = FieldType::Reference,
                      .flags = DefaultFieldFlags | Filterable,
                      .referenceKind = QStringLiteral("nonconformities"),
                      .importSynonyms = {QStringLiteral("NC"),
                                         QStringLiteral("Nichtkonformität"),
                                         QStringLiteral("non-conformité")}},
        };
        finding.validate = &AuditRules::validateFinding;
        return finding;
    }();
    return spec;
}

} // namespace isms
