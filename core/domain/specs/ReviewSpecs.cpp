// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// Management reviews (9.3): the review with its chair, attendees and the discussion of each input of
// 9.3.2, and the review actions that carry its outputs (9.3.3). The inputs themselves are compiled by
// ReviewInputs and frozen beside a review when it is held (ReviewService).
#include "domain/Entities.h"
#include "domain/specs/SpecHelpers.h"
#include "services/ReviewService.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace isms {

using namespace specs;

namespace {

/// A person of the people register, chosen in the form only (not edited in the table).
FieldSpec personRef(const QString &key, const char *label, QStringList synonyms)
{
    return reference(key, label, QStringLiteral("people"), 0, std::move(synonyms));
}

const EnumSpec &reviewStatuses()
{
    static const EnumSpec spec{
        QStringLiteral("review_status"),
        {
            {QStringLiteral("planned"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Planned"),
             0xEF6C00,
             {QStringLiteral("geplant"), QStringLiteral("prévue"), QStringLiteral("planifiée")}},
            {QStringLiteral("held"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Held"),
             0x1565C0,
             {QStringLiteral("done"), QStringLiteral("durchgeführt"), QStringLiteral("tenue")}},
            {QStringLiteral("minutes-approved"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Minutes approved"),
             0x2E7D32,
             {QStringLiteral("approved"),
              QStringLiteral("Protokoll freigegeben"),
              QStringLiteral("compte rendu approuvé")}},
        }};
    return spec;
}

const EnumSpec &actionTypes()
{
    static const EnumSpec spec{
        QStringLiteral("review_action_type"),
        {
            {QStringLiteral("improvement"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Improvement decision"),
             0x2E7D32,
             {QStringLiteral("improvement opportunity"),
              QStringLiteral("Verbesserung"),
              QStringLiteral("amélioration")}},
            {QStringLiteral("change"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Change needed"),
             0x1565C0,
             {QStringLiteral("change needed"), QStringLiteral("Änderung"), QStringLiteral("changement")}},
            {QStringLiteral("resource"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Resource need"),
             0x6A1B9A,
             {QStringLiteral("resources"), QStringLiteral("Ressourcen"), QStringLiteral("ressources")}},
            {QStringLiteral("other"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Other"),
             0x757575,
             {QStringLiteral("sonstige"), QStringLiteral("autre")}},
        }};
    return spec;
}

const EnumSpec &actionStatuses()
{
    static const EnumSpec spec{
        QStringLiteral("review_action_status"),
        {
            {QStringLiteral("open"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Open"),
             0xEF6C00,
             {QStringLiteral("offen"), QStringLiteral("ouverte")}},
            {QStringLiteral("in-progress"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "In progress"),
             0x1565C0,
             {QStringLiteral("in progress"), QStringLiteral("in Arbeit"), QStringLiteral("en cours")}},
            {QStringLiteral("done"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Done"),
             0x2E7D32,
             {QStringLiteral("closed"), QStringLiteral("erledigt"), QStringLiteral("terminée")}},
            {QStringLiteral("cancelled"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Cancelled"),
             0x9E9E9E,
             {QStringLiteral("canceled"), QStringLiteral("abgebrochen"), QStringLiteral("annulée")}},
        }};
    return spec;
}

} // namespace

const EntitySpec &managementReviewSpec()
{
    static const EntitySpec spec = [] {
        EntitySpec review{
            .key = QStringLiteral("management-reviews"),
            .entity = QStringLiteral("management_review"),
            .table = QStringLiteral("management_review"),
            .refPrefix = QStringLiteral("MR-"),
            .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Management review"),
            .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Management reviews"),
            .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "management review"),
            .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "management reviews"),
            .fields = {},
        };
        // The discussion of each input of 9.3.2 is a column of the review (a fixed set of nine, so
        // columns rather than a child register); ReviewInputs::notesField() names the column of each.
        const auto notes = [](const QString &key, const char *label) { return longText(key, label); };
        review.fields = {
            referenceFieldSpec(),
            text(QStringLiteral("title"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Review"),
                 Required | Filterable | EditableInTable,
                 {QStringLiteral("name"), QStringLiteral("Titel"), QStringLiteral("titre")}),
            date(QStringLiteral("planned_date"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Planned date"),
                 {QStringLiteral("planned"), QStringLiteral("geplant am"), QStringLiteral("date prévue")}),
            date(QStringLiteral("held_on"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Held on"),
                 {QStringLiteral("date"),
                  QStringLiteral("held"),
                  QStringLiteral("durchgeführt am"),
                  QStringLiteral("tenue le")}),
            personRef(QStringLiteral("chair"),
                      QT_TRANSLATE_NOOP("isms::FieldSpec", "Chair"),
                      {QStringLiteral("chaired by"), QStringLiteral("Vorsitz"), QStringLiteral("président")}),
            FieldSpec{.key = QStringLiteral("status"),
                      .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Status"),
                      .type = FieldType::Enum,
                      .flags = DefaultFieldFlags | Required | Filterable,
                      .enumSpec = &reviewStatuses(),
                      .importSynonyms = {QStringLiteral("state"), QStringLiteral("statut")},
                      .description = QT_TRANSLATE_NOOP("isms::FieldSpec",
                                                       "Holding a review freezes its inputs as the project "
                                                       "stands on that day; a held review cannot be "
                                                       "planned or held again.")},
            personRef(QStringLiteral("minutes_approved_by"),
                      QT_TRANSLATE_NOOP("isms::FieldSpec", "Minutes approved by"),
                      {QStringLiteral("approved by"),
                       QStringLiteral("freigegeben von"),
                       QStringLiteral("approuvé par")}),
            date(QStringLiteral("minutes_approved_on"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Minutes approved on"),
                 {QStringLiteral("approved on"),
                  QStringLiteral("freigegeben am"),
                  QStringLiteral("approuvé le")}),
            notes(QStringLiteral("notes_actions"),
                  QT_TRANSLATE_NOOP("isms::FieldSpec", "Notes: previous actions")),
            notes(QStringLiteral("notes_context"),
                  QT_TRANSLATE_NOOP("isms::FieldSpec", "Notes: issues, parties")),
            notes(QStringLiteral("notes_nonconformities"),
                  QT_TRANSLATE_NOOP("isms::FieldSpec", "Notes: nonconformities")),
            notes(QStringLiteral("notes_monitoring"),
                  QT_TRANSLATE_NOOP("isms::FieldSpec", "Notes: monitoring")),
            notes(QStringLiteral("notes_audits"), QT_TRANSLATE_NOOP("isms::FieldSpec", "Notes: audits")),
            notes(QStringLiteral("notes_objectives"),
                  QT_TRANSLATE_NOOP("isms::FieldSpec", "Notes: objectives")),
            notes(QStringLiteral("notes_feedback"), QT_TRANSLATE_NOOP("isms::FieldSpec", "Notes: feedback")),
            notes(QStringLiteral("notes_risks"), QT_TRANSLATE_NOOP("isms::FieldSpec", "Notes: risks")),
            notes(QStringLiteral("notes_improvement"),
                  QT_TRANSLATE_NOOP("isms::FieldSpec", "Notes: improvement")),
            longText(QStringLiteral("conclusions"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Conclusions"),
                     {QStringLiteral("summary"), QStringLiteral("Ergebnis"), QStringLiteral("conclusions")}),
        };
        review.links = {{.key = QStringLiteral("attendees"),
                         .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Attendees"),
                         .linkKind = QStringLiteral("review-attendees"),
                         .ownField = QStringLiteral("review"),
                         .otherField = QStringLiteral("person"),
                         .importSynonyms = {QStringLiteral("participants"),
                                            QStringLiteral("Teilnehmer"),
                                            QStringLiteral("participants")}}};
        review.validate = &ReviewService::validateReview;
        review.afterWrite = &ReviewService::afterReviewsWritten;
        review.afterRemove = &ReviewService::afterReviewsRemoved;
        return review;
    }();
    return spec;
}

const EntitySpec &reviewAttendeeSpec()
{
    // Removing the review removes the link; a person who attended a review is kept while the review
    // names them.
    static const EntitySpec spec = linkSpec(
        QStringLiteral("review-attendees"),
        QStringLiteral("review_attendee"),
        QStringLiteral("RAT-"),
        QT_TRANSLATE_NOOP("isms::EntitySpec", "Review attendee"),
        QT_TRANSLATE_NOOP("isms::EntitySpec", "Review attendees"),
        QT_TRANSLATE_NOOP("isms::EntitySpec", "review attendee"),
        QT_TRANSLATE_NOOP("isms::EntitySpec", "review attendees"),
        reference(QStringLiteral("review"),
                  QT_TRANSLATE_NOOP("isms::FieldSpec", "Management review"),
                  QStringLiteral("management-reviews"),
                  0,
                  {QStringLiteral("management review"),
                   QStringLiteral("Managementbewertung"),
                   QStringLiteral("revue de direction")}),
        personRef(QStringLiteral("person"),
                  QT_TRANSLATE_NOOP("isms::FieldSpec", "Person"),
                  {QStringLiteral("attendee"), QStringLiteral("Teilnehmer"), QStringLiteral("participant")}));
    return spec;
}

const EntitySpec &reviewActionSpec()
{
    static const EntitySpec spec = [] {
        EntitySpec actions{
            .key = QStringLiteral("review-actions"),
            .entity = QStringLiteral("review_action"),
            .table = QStringLiteral("review_action"),
            .refPrefix = QStringLiteral("RA-"),
            .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Review action"),
            .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Review actions"),
            .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "review action"),
            .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "review actions"),
            .fields = {},
        };
        actions.fields = {
            referenceFieldSpec(),
            {.key = QStringLiteral("review"),
             .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Management review"),
             .type = FieldType::Reference,
             .flags = DefaultFieldFlags | Required | Filterable | CascadeDelete,
             .referenceKind = QStringLiteral("management-reviews"),
             .importSynonyms = {QStringLiteral("management review"),
                                QStringLiteral("Managementbewertung"),
                                QStringLiteral("revue de direction")}},
            {.key = QStringLiteral("type"),
             .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Output"),
             .type = FieldType::Enum,
             .flags = DefaultFieldFlags | Required | Filterable | EditableInTable,
             .enumSpec = &actionTypes(),
             .importSynonyms = {QStringLiteral("output"), QStringLiteral("kind"), QStringLiteral("Art")},
             .description = QT_TRANSLATE_NOOP("isms::FieldSpec",
                                              "What the review decided: an improvement, a change to the "
                                              "ISMS (which becomes a planned change), a resource, or "
                                              "something else.")},
            {.key = QStringLiteral("decision"),
             .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Decision"),
             .flags = DefaultFieldFlags | Required | Filterable,
             .maxLength = 2000,
             .importSynonyms = {QStringLiteral("action"),
                                QStringLiteral("Entscheidung"),
                                QStringLiteral("décision")}},
            personRef(QStringLiteral("owner"),
                      QT_TRANSLATE_NOOP("isms::FieldSpec", "Owner"),
                      {QStringLiteral("responsible"),
                       QStringLiteral("Verantwortlich"),
                       QStringLiteral("responsable")}),
            date(QStringLiteral("due_date"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Due date"),
                 {QStringLiteral("due"), QStringLiteral("fällig am"), QStringLiteral("échéance")}),
            enumeration(QStringLiteral("status"),
                        QT_TRANSLATE_NOOP("isms::FieldSpec", "Status"),
                        actionStatuses(),
                        {QStringLiteral("state"), QStringLiteral("statut")}),
            date(QStringLiteral("done_on"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Done on"),
                 {QStringLiteral("completed"), QStringLiteral("erledigt am"), QStringLiteral("terminée le")}),
            {.key = QStringLiteral("planned_change"),
             .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Planned change"),
             .type = FieldType::Reference,
             .flags = DefaultFieldFlags | Filterable,
             .referenceKind = QStringLiteral("planned-changes"),
             .importSynonyms = {QStringLiteral("change"),
                                QStringLiteral("geplante Änderung"),
                                QStringLiteral("changement planifié")},
             .description = QT_TRANSLATE_NOOP("isms::FieldSpec",
                                              "The planned change (6.3) that carries out a change needed; "
                                              "\"Make planned change\" creates it.")},
        };
        actions.validate = &ReviewService::validateAction;
        return actions;
    }();
    return spec;
}

} // namespace isms
