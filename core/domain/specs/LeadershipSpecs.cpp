// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// Leadership (5.1, 5.2): top management's duties as a checklist, and who acknowledged which policy.
#include "domain/Entities.h"
#include "domain/specs/SpecHelpers.h"
#include "services/DocumentRules.h"

#include <QtGlobal>

namespace isms {

using namespace specs;

namespace {

const EnumSpec &channels()
{
    static const EnumSpec spec{
        QStringLiteral("acknowledgement_channel"),
        {
            {QStringLiteral("email"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "E-mail"),
             0x1565C0,
             {QStringLiteral("e-mail"), QStringLiteral("mail"), QStringLiteral("courriel")}},
            {QStringLiteral("intranet"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Intranet"),
             0x00838F,
             {QStringLiteral("portal"), QStringLiteral("wiki")}},
            {QStringLiteral("meeting"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Meeting"),
             0x6A1B9A,
             {QStringLiteral("briefing"), QStringLiteral("Besprechung"), QStringLiteral("réunion")}},
            {QStringLiteral("training"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Training"),
             0x2E7D32,
             {QStringLiteral("course"), QStringLiteral("Schulung"), QStringLiteral("formation")}},
            {QStringLiteral("signed_copy"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Signed copy"),
             0xEF6C00,
             {QStringLiteral("signature"), QStringLiteral("unterschrieben"), QStringLiteral("signé")}},
            {QStringLiteral("other"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Other"),
             0x757575,
             {QStringLiteral("sonstige"), QStringLiteral("autre")}},
        }};
    return spec;
}

const EnumSpec &dutyStatuses()
{
    static const EnumSpec spec{
        QStringLiteral("leadership_duty_status"),
        {
            {QStringLiteral("not_shown"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Not shown"),
             0xC62828,
             {QStringLiteral("open"), QStringLiteral("nicht nachgewiesen"), QStringLiteral("non démontré")}},
            {QStringLiteral("partly_shown"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Partly shown"),
             0xEF6C00,
             {QStringLiteral("partial"), QStringLiteral("teilweise"), QStringLiteral("partiel")}},
            {QStringLiteral("shown"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Shown"),
             0x2E7D32,
             {QStringLiteral("demonstrated"), QStringLiteral("nachgewiesen"), QStringLiteral("démontré")}},
        }};
    return spec;
}

} // namespace

const EntitySpec &acknowledgementSpec()
{
    static const EntitySpec spec{
        .key = QStringLiteral("acknowledgements"),
        .entity = QStringLiteral("acknowledgement"),
        .table = QStringLiteral("acknowledgement"),
        .refPrefix = QStringLiteral("ACK-"),
        .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Policy acknowledgement"),
        .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Policy acknowledgements"),
        .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "policy acknowledgement"),
        .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "policy acknowledgements"),
        .fields =
            {
                referenceFieldSpec(),
                {.key = QStringLiteral("document"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Policy"),
                 .type = FieldType::Reference,
                 .flags = DefaultFieldFlags | Required | Filterable | CascadeDelete,
                 .referenceKind = QStringLiteral("documents"),
                 .importSynonyms = {QStringLiteral("policy"),
                                    QStringLiteral("Richtlinie"),
                                    QStringLiteral("politique")}},
                {.key = QStringLiteral("person"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Person"),
                 .type = FieldType::Reference,
                 .flags = DefaultFieldFlags | Required | Filterable,
                 .referenceKind = QStringLiteral("people"),
                 .importSynonyms = {QStringLiteral("name"),
                                    QStringLiteral("Mitarbeiter"),
                                    QStringLiteral("personne")}},
                {.key = QStringLiteral("acknowledged_on"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Acknowledged on"),
                 .type = FieldType::Date,
                 .flags = DefaultFieldFlags | Required | EditableInTable,
                 .importSynonyms = {QStringLiteral("date"),
                                    QStringLiteral("bestätigt am"),
                                    QStringLiteral("date")}},
                enumeration(QStringLiteral("channel"),
                            QT_TRANSLATE_NOOP("isms::FieldSpec", "Communicated by"),
                            channels(),
                            {QStringLiteral("how"), QStringLiteral("communication"), QStringLiteral("Weg")}),
                longText(
                    QStringLiteral("notes"),
                    QT_TRANSLATE_NOOP("isms::FieldSpec", "Notes"),
                    {QStringLiteral("comment"), QStringLiteral("Bemerkungen"), QStringLiteral("remarques")}),
            },
        .validate = &DocumentRules::validateAcknowledgement};
    return spec;
}

const EntitySpec &leadershipDutySpec()
{
    static const EntitySpec spec{
        .key = QStringLiteral("leadership-duties"),
        .entity = QStringLiteral("leadership_duty"),
        .table = QStringLiteral("leadership_duty"),
        .refPrefix = QStringLiteral("LD-"),
        .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Leadership duty"),
        .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Leadership duties"),
        .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "leadership duty"),
        .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "leadership duties"),
        .fields =
            {
                referenceFieldSpec(),
                text(QStringLiteral("duty"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Duty"),
                     Required,
                     {QStringLiteral("commitment"), QStringLiteral("Pflicht"), QStringLiteral("devoir")}),
                {.key = QStringLiteral("item"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Clause item"),
                 .flags = DefaultFieldFlags,
                 .maxLength = 20,
                 .importSynonyms = {QStringLiteral("clause"),
                                    QStringLiteral("Punkt"),
                                    QStringLiteral("point")}},
                enumeration(QStringLiteral("status"),
                            QT_TRANSLATE_NOOP("isms::FieldSpec", "Status"),
                            dutyStatuses(),
                            {QStringLiteral("state"), QStringLiteral("statut")}),
                longText(
                    QStringLiteral("how_shown"),
                    QT_TRANSLATE_NOOP("isms::FieldSpec", "How it is shown"),
                    {QStringLiteral("how"), QStringLiteral("demonstration"), QStringLiteral("Nachweis")}),
                ownerText(),
                date(QStringLiteral("last_reviewed"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Last reviewed"),
                     {QStringLiteral("reviewed"), QStringLiteral("geprüft am"), QStringLiteral("revu le")}),
            },
        .validate = &DocumentRules::validateDuty};
    return spec;
}

} // namespace isms
