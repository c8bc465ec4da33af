// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "domain/Entities.h"
#include "domain/specs/SpecHelpers.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace isms {

using namespace specs;

namespace {

const EnumSpec &controlledReports()
{
    static const EnumSpec spec{
        QStringLiteral("controlled_report"),
        {
            {QStringLiteral("control-status"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Control status report"),
             0,
             {QStringLiteral("controls"),
              QStringLiteral("Maßnahmenstatus"),
              QStringLiteral("état des mesures")}},
            {QStringLiteral("risk-report"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Risk assessment and treatment report"),
             0,
             {QStringLiteral("risks"),
              QStringLiteral("Risikobericht"),
              QStringLiteral("rapport des risques")}},
            {QStringLiteral("treatment-plan"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Risk treatment plan"),
             0,
             {QStringLiteral("Behandlungsplan"), QStringLiteral("plan de traitement")}},
            {QStringLiteral("readiness"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Readiness report"),
             0,
             {QStringLiteral("readiness check"),
              QStringLiteral("Auditbereitschaft"),
              QStringLiteral("préparation")}},
            {QStringLiteral("raci"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Roles and RACI matrix"),
             0,
             {QStringLiteral("roles"), QStringLiteral("Rollen"), QStringLiteral("rôles")}},
            {QStringLiteral("processes"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "ISMS processes"),
             0,
             {QStringLiteral("process map"), QStringLiteral("Prozesse"), QStringLiteral("processus")}},
            {QStringLiteral("metrics"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Metrics report"),
             0,
             {QStringLiteral("Kennzahlen"), QStringLiteral("indicateurs")}},
            {QStringLiteral("audit-report"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Internal audit report"),
             0,
             {QStringLiteral("audit"), QStringLiteral("Auditbericht"), QStringLiteral("rapport d'audit")}},
            {QStringLiteral("review-minutes"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Management review minutes"),
             0,
             {QStringLiteral("minutes"),
              QStringLiteral("Managementbewertung"),
              QStringLiteral("revue de direction")}},
            {QStringLiteral("nonconformities"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Nonconformity and corrective-action register"),
             0,
             {QStringLiteral("corrective actions"),
              QStringLiteral("Nichtkonformitäten"),
              QStringLiteral("non-conformités")}},
            {QStringLiteral("audit-pack"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Audit pack"),
             0,
             {QStringLiteral("Auditpaket"), QStringLiteral("dossier d'audit")}},
        }};
    return spec;
}

const EnumSpec &documentStatuses()
{
    static const EnumSpec spec{
        QStringLiteral("document_control_status"),
        {
            {QStringLiteral("draft"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Draft"),
             0x757575,
             {QStringLiteral("Entwurf"), QStringLiteral("brouillon")}},
            {QStringLiteral("approved"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Approved"),
             0x2E7D32,
             {QStringLiteral("freigegeben"), QStringLiteral("approuvé")}},
            {QStringLiteral("withdrawn"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Withdrawn"),
             0x9E9E9E,
             {QStringLiteral("obsolete"), QStringLiteral("zurückgezogen"), QStringLiteral("retiré")}},
        }};
    return spec;
}

/// An approved document names who approved it and when (not in the future).
Result<void> validateDocumentControl(const EntitySpec &spec,
                                     const Record &record,
                                     const RecordContext & /*context*/)
{
    const auto text = [&](QStringView key) {
        return record.values.at(spec.indexOf(key)).toString().trimmed();
    };
    const QDate approved = record.values.at(spec.indexOf(u"approval_date")).toDate();
    if (text(u"status") == u"approved" && (text(u"approved_by").isEmpty() || !approved.isValid())) {
        return Error{
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("isms::DocumentControlSpec",
                                        "An approved report names who approved it and on which date; "
                                        "fill in \"Approved by\" and \"Approval date\", or keep it a "
                                        "draft."),
            {}};
    }
    if (approved.isValid() && approved > QDate::currentDate()) {
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("isms::DocumentControlSpec",
                                                 "The approval date %1 lies in the future; give the date on "
                                                 "which the report was approved.")
                         .arg(approved.toString(Qt::ISODate)),
                     {}};
    }
    return {};
}

} // namespace

const EntitySpec &documentControlSpec()
{
    static const EntitySpec spec = [] {
        EntitySpec control{
            .key = QStringLiteral("document-controls"),
            .entity = QStringLiteral("document_control"),
            .table = QStringLiteral("document_control"),
            .refPrefix = QStringLiteral("DC-"),
            .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Document control"),
            .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Document control of reports"),
            .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "document control"),
            .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "document controls"),
            .fields = {},
        };
        control.fields = {
            referenceFieldSpec(),
            {.key = QStringLiteral("report"),
             .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Report"),
             .type = FieldType::Enum,
             .flags = DefaultFieldFlags | Required | Unique | Filterable,
             .enumSpec = &controlledReports(),
             .importSynonyms = {QStringLiteral("Bericht"), QStringLiteral("rapport")}},
            {.key = QStringLiteral("document_id"),
             .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Document ID"),
             .flags = DefaultFieldFlags | Required | EditableInTable,
             .maxLength = 40,
             .importSynonyms = {QStringLiteral("document id"),
                                QStringLiteral("Dokument-ID"),
                                QStringLiteral("identifiant")}},
            {.key = QStringLiteral("version"),
             .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Version"),
             .flags = DefaultFieldFlags | Required | EditableInTable,
             .maxLength = 20,
             .importSynonyms = {QStringLiteral("Fassung")}},
            enumeration(QStringLiteral("status"),
                        QT_TRANSLATE_NOOP("isms::FieldSpec", "Status"),
                        documentStatuses(),
                        {QStringLiteral("statut")}),
            text(QStringLiteral("approved_by"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Approved by"),
                 EditableInTable,
                 {QStringLiteral("approver"),
                  QStringLiteral("freigegeben von"),
                  QStringLiteral("approuvé par")}),
            date(QStringLiteral("approval_date"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Approval date"),
                 {QStringLiteral("approved on"), QStringLiteral("Freigabedatum")}),
            longText(QStringLiteral("notes"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Notes"),
                     {QStringLiteral("Notizen"), QStringLiteral("remarques")}),
        };
        control.validate = &validateDocumentControl;
        return control;
    }();
    return spec;
}

} // namespace isms
