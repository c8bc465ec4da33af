// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// Internal audit (9.2): the audit programme over its cycle, the audits, and the clauses, controls and
// auditors each audit covers or names (link registers).
#include "domain/Entities.h"
#include "domain/specs/SpecHelpers.h"
#include "services/AuditRules.h"
#include "services/RiskRules.h"

#include <QtGlobal>

namespace isms {

using namespace specs;

namespace {

/// The audit end of a link: removed with its audit, never changed.
FieldSpec auditEnd()
{
    return FieldSpec{.key = QStringLiteral("audit"),
                     .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Audit"),
                     .type = FieldType::Reference,
                     .flags = DefaultFieldFlags | Required | Filterable | ReadOnly | CascadeDelete,
                     .referenceKind = QStringLiteral("audits"),
                     .importSynonyms = {QStringLiteral("Audit"), QStringLiteral("audit")}};
}

const EnumSpec &programmeStatuses()
{
    static const EnumSpec spec{
        QStringLiteral("audit_programme_status"),
        {
            {QStringLiteral("draft"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Draft"),
             0x9E9E9E,
             {QStringLiteral("Entwurf"), QStringLiteral("brouillon")}},
            {QStringLiteral("approved"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Approved"),
             0x2E7D32,
             {QStringLiteral("active"), QStringLiteral("freigegeben"), QStringLiteral("approuvé")}},
            {QStringLiteral("completed"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Completed"),
             0x1565C0,
             {QStringLiteral("closed"), QStringLiteral("abgeschlossen"), QStringLiteral("terminé")}},
        }};
    return spec;
}

const EnumSpec &auditMethods()
{
    static const EnumSpec spec{
        QStringLiteral("audit_method"),
        {
            {QStringLiteral("on_site"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "On site"),
             0x1565C0,
             {QStringLiteral("on-site"), QStringLiteral("vor Ort"), QStringLiteral("sur site")}},
            {QStringLiteral("remote"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Remote"),
             0x6A1B9A,
             {QStringLiteral("online"), QStringLiteral("aus der Ferne"), QStringLiteral("à distance")}},
            {QStringLiteral("document_review"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Document review"),
             0x00838F,
             {QStringLiteral("desk review"),
              QStringLiteral("Dokumentenprüfung"),
              QStringLiteral("revue documentaire")}},
            {QStringLiteral("combined"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Combined"),
             0x455A64,
             {QStringLiteral("mixed"), QStringLiteral("kombiniert"), QStringLiteral("mixte")}},
        }};
    return spec;
}

const EnumSpec &auditStatuses()
{
    static const EnumSpec spec{
        QStringLiteral("audit_status"),
        {
            {QStringLiteral("planned"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Planned"),
             0xEF6C00,
             {QStringLiteral("geplant"), QStringLiteral("planifié"), QStringLiteral("prévu")}},
            {QStringLiteral("in_progress"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "In progress"),
             0x1565C0,
             {QStringLiteral("in progress"),
              QStringLiteral("ongoing"),
              QStringLiteral("laufend"),
              QStringLiteral("en cours")}},
            {QStringLiteral("reported"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Reported"),
             0x2E7D32,
             {QStringLiteral("berichtet"), QStringLiteral("rapporté")}},
            {QStringLiteral("closed"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Closed"),
             0x9E9E9E,
             {QStringLiteral("done"), QStringLiteral("abgeschlossen"), QStringLiteral("clos")}},
        }};
    return spec;
}

} // namespace

const EntitySpec &auditProgrammeSpec()
{
    static const EntitySpec spec = [] {
        EntitySpec programme{
            .key = QStringLiteral("audit-programme"),
            .entity = QStringLiteral("audit_programme"),
            .table = QStringLiteral("audit_programme"),
            .refPrefix = QStringLiteral("AP-"),
            .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Audit programme"),
            .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Audit programmes"),
            .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "audit programme"),
            .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "audit programmes"),
            .fields = {},
        };
        programme.fields = {
            referenceFieldSpec(),
            text(QStringLiteral("title"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Programme"),
                 Required | Filterable | EditableInTable,
                 {QStringLiteral("name"), QStringLiteral("Programm"), QStringLiteral("programme")}),
            date(QStringLiteral("cycle_start"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Cycle starts"),
                 Required,
                 {QStringLiteral("start"), QStringLiteral("Beginn"), QStringLiteral("début")}),
            date(QStringLiteral("cycle_end"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Cycle ends"),
                 Required,
                 {QStringLiteral("end"), QStringLiteral("Ende"), QStringLiteral("fin")}),
            longText(QStringLiteral("objectives"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Objectives"),
                     {QStringLiteral("Ziele"), QStringLiteral("objectifs")}),
            longText(QStringLiteral("methods"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Methods"),
                     {QStringLiteral("Methoden"), QStringLiteral("méthodes")},
                     QT_TRANSLATE_NOOP("isms::FieldSpec",
                                       "How audits gather evidence: on site, remote, document review, "
                                       "sampling, interviews.")),
            longText(
                QStringLiteral("weighting"),
                QT_TRANSLATE_NOOP("isms::FieldSpec", "Weighting"),
                {QStringLiteral("priorities"), QStringLiteral("Gewichtung"), QStringLiteral("pondération")},
                QT_TRANSLATE_NOOP("isms::FieldSpec",
                                  "How the importance of the processes and the results of earlier "
                                  "audits decide what is audited when and how often.")),
            person(QStringLiteral("owner"),
                   QT_TRANSLATE_NOOP("isms::FieldSpec", "Programme owner"),
                   {QStringLiteral("responsible"),
                    QStringLiteral("Verantwortlich"),
                    QStringLiteral("responsable")}),
            date(QStringLiteral("reported_on"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Results reported on"),
                 0,
                 {QStringLiteral("reported"), QStringLiteral("berichtet am"), QStringLiteral("rapporté le")}),
            person(QStringLiteral("reported_to"),
                   QT_TRANSLATE_NOOP("isms::FieldSpec", "Reported to"),
                   {QStringLiteral("berichtet an"), QStringLiteral("rapporté à")}),
            enumeration(QStringLiteral("status"),
                        QT_TRANSLATE_NOOP("isms::FieldSpec", "Status"),
                        programmeStatuses(),
                        {QStringLiteral("state"), QStringLiteral("statut")}),
        };
        programme.validate = &AuditRules::validateProgramme;
        return programme;
    }();
    return spec;
}

const EntitySpec &auditSpec()
{
    static const EntitySpec spec = [] {
        EntitySpec audit{
            .key = QStringLiteral("audits"),
            .entity = QStringLiteral("audit"),
            .table = QStringLiteral("audit"),
            .refPrefix = QStringLiteral("AUD-"),
            .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Internal audit"),
            .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Internal audits"),
            .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "audit"),
            .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "audits"),
            .fields = {},
        };
        audit.fields = {
            referenceFieldSpec(),
            text(QStringLiteral("title"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Audit"),
                 Required | Filterable | EditableInTable,
                 {QStringLiteral("name"), QStringLiteral("Titel"), QStringLiteral("titre")}),
            FieldSpec{.key = QStringLiteral("programme"),
                      .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Programme"),
                      .type = FieldType::Reference,
                      .flags = DefaultFieldFlags | Filterable,
                      .referenceKind = QStringLiteral("audit-programme"),
                      .importSynonyms = {QStringLiteral("audit programme"),
                                         QStringLiteral("Programm"),
                                         QStringLiteral("programme")}},
            FieldSpec{.key = QStringLiteral("full_scope"),
                      .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Full scope"),
                      .type = FieldType::Boolean,
                      .flags = DefaultFieldFlags | Filterable | EditableInTable,
                      .importSynonyms = {QStringLiteral("full"),
                                         QStringLiteral("Gesamtaudit"),
                                         QStringLiteral("périmètre complet")},
                      .description = QT_TRANSLATE_NOOP("isms::FieldSpec",
                                                       "The audit covers every clause from 4 to 10 and every "
                                                       "applicable Annex A control.")},
            longText(QStringLiteral("scope"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Scope"),
                     {QStringLiteral("Umfang"), QStringLiteral("périmètre")}),
            longText(
                QStringLiteral("criteria"),
                QT_TRANSLATE_NOOP("isms::FieldSpec", "Criteria"),
                {QStringLiteral("audit criteria"), QStringLiteral("Kriterien"), QStringLiteral("critères")}),
            enumeration(QStringLiteral("method"),
                        QT_TRANSLATE_NOOP("isms::FieldSpec", "Method"),
                        auditMethods(),
                        {QStringLiteral("Methode"), QStringLiteral("méthode")}),
            date(QStringLiteral("planned_start"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Planned start"),
                 0,
                 {QStringLiteral("geplanter Beginn"), QStringLiteral("début prévu")}),
            date(QStringLiteral("planned_end"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Planned end"),
                 0,
                 {QStringLiteral("geplantes Ende"), QStringLiteral("fin prévue")}),
            date(QStringLiteral("actual_start"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Actual start"),
                 0,
                 {QStringLiteral("tatsächlicher Beginn"), QStringLiteral("début réel")}),
            date(QStringLiteral("actual_end"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Actual end"),
                 0,
                 {QStringLiteral("tatsächliches Ende"), QStringLiteral("fin réelle")}),
            person(QStringLiteral("lead_auditor"),
                   QT_TRANSLATE_NOOP("isms::FieldSpec", "Lead auditor"),
                   {QStringLiteral("lead"),
                    QStringLiteral("Auditleiter"),
                    QStringLiteral("auditeur responsable")}),
            enumeration(QStringLiteral("status"),
                        QT_TRANSLATE_NOOP("isms::FieldSpec", "Status"),
                        auditStatuses(),
                        {QStringLiteral("state"), QStringLiteral("statut")}),
            date(QStringLiteral("report_date"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Report date"),
                 0,
                 {QStringLiteral("reported on"),
                  QStringLiteral("Berichtsdatum"),
                  QStringLiteral("date du rapport")}),
            longText(QStringLiteral("conclusion"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Conclusion"),
                     {QStringLiteral("result"), QStringLiteral("Fazit"), QStringLiteral("conclusion")}),
        };
        audit.validate = &AuditRules::validateAudit;
        audit.links = {{.key = QStringLiteral("clauses"),
                        .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Clauses covered"),
                        .linkKind = QStringLiteral("audit-clauses"),
                        .ownField = QStringLiteral("audit"),
                        .otherField = QStringLiteral("clause"),
                        .importSynonyms = {QStringLiteral("Abschnitte"), QStringLiteral("articles")}},
                       {.key = QStringLiteral("controls"),
                        .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Controls covered"),
                        .linkKind = QStringLiteral("audit-controls"),
                        .ownField = QStringLiteral("audit"),
                        .otherField = QStringLiteral("control"),
                        .importSynonyms = {QStringLiteral("Annex A controls"),
                                           QStringLiteral("Maßnahmen"),
                                           QStringLiteral("mesures")}},
                       {.key = QStringLiteral("auditors"),
                        .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Auditors"),
                        .linkKind = QStringLiteral("audit-auditors"),
                        .ownField = QStringLiteral("audit"),
                        .otherField = QStringLiteral("person"),
                        .importSynonyms = {QStringLiteral("audit team"),
                                           QStringLiteral("Auditoren"),
                                           QStringLiteral("auditeurs")}}};
        return audit;
    }();
    return spec;
}

const EntitySpec &auditClauseSpec()
{
    static const EntitySpec spec =
        validated(linkSpec(QStringLiteral("audit-clauses"),
                           QStringLiteral("audit_clause"),
                           QStringLiteral("ACL-"),
                           QT_TRANSLATE_NOOP("isms::EntitySpec", "Audit clause link"),
                           QT_TRANSLATE_NOOP("isms::EntitySpec", "Audit clause links"),
                           QT_TRANSLATE_NOOP("isms::EntitySpec", "audit clause link"),
                           QT_TRANSLATE_NOOP("isms::EntitySpec", "audit clause links"),
                           auditEnd(),
                           [] {
                               FieldSpec clause =
                                   text(QStringLiteral("clause"),
                                        QT_TRANSLATE_NOOP("isms::FieldSpec", "Clause"),
                                        Filterable,
                                        {QStringLiteral("Abschnitt"), QStringLiteral("article")});
                               clause.maxLength = 10;
                               return clause;
                           }()),
                  &AuditRules::validateClauseLink);
    return spec;
}

const EntitySpec &auditControlSpec()
{
    static const EntitySpec spec = [] {
        EntitySpec link = validated(linkSpec(QStringLiteral("audit-controls"),
                                             QStringLiteral("audit_control"),
                                             QStringLiteral("ACT-"),
                                             QT_TRANSLATE_NOOP("isms::EntitySpec", "Audit control link"),
                                             QT_TRANSLATE_NOOP("isms::EntitySpec", "Audit control links"),
                                             QT_TRANSLATE_NOOP("isms::EntitySpec", "audit control link"),
                                             QT_TRANSLATE_NOOP("isms::EntitySpec", "audit control links"),
                                             auditEnd(),
                                             controlEnd({QStringLiteral("Annex A control"),
                                                         QStringLiteral("Maßnahme"),
                                                         QStringLiteral("mesure")})),
                                    &RiskRules::validateControlLink);
        link.derive = &RiskRules::deriveControlLink;
        return link;
    }();
    return spec;
}

const EntitySpec &auditAuditorSpec()
{
    static const EntitySpec spec = linkSpec(
        QStringLiteral("audit-auditors"),
        QStringLiteral("audit_auditor"),
        QStringLiteral("AA-"),
        QT_TRANSLATE_NOOP("isms::EntitySpec", "Audit team member"),
        QT_TRANSLATE_NOOP("isms::EntitySpec", "Audit team members"),
        QT_TRANSLATE_NOOP("isms::EntitySpec", "audit team member"),
        QT_TRANSLATE_NOOP("isms::EntitySpec", "audit team members"),
        auditEnd(),
        reference(QStringLiteral("person"),
                  QT_TRANSLATE_NOOP("isms::FieldSpec", "Auditor"),
                  QStringLiteral("people"),
                  0,
                  {QStringLiteral("auditor"), QStringLiteral("Auditor"), QStringLiteral("auditeur")}));
    return spec;
}

} // namespace isms
