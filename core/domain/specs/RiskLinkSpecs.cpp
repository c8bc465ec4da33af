// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "domain/Entities.h"
#include "services/RiskRules.h"

#include <QtGlobal>

namespace isms {

namespace {

/// The risk end of a link: removed with its risk.
FieldSpec riskEnd()
{
    return FieldSpec{.key = QStringLiteral("risk"),
                     .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Risk"),
                     .type = FieldType::Reference,
                     .flags = DefaultFieldFlags | Required | Filterable | ReadOnly | CascadeDelete,
                     .referenceKind = QStringLiteral("risks"),
                     .importSynonyms = {QStringLiteral("Risiko"), QStringLiteral("risque")}};
}

const EnumSpec &controlRoles()
{
    static const EnumSpec spec{QStringLiteral("control_role"),
                               {
                                   {QStringLiteral("existing"),
                                    QT_TRANSLATE_NOOP("isms::EnumSpec", "Existing"),
                                    0x2E7D32,
                                    {QStringLiteral("in place"),
                                     QStringLiteral("current"),
                                     QStringLiteral("vorhanden"),
                                     QStringLiteral("existant")}},
                                   {QStringLiteral("planned"),
                                    QT_TRANSLATE_NOOP("isms::EnumSpec", "Planned"),
                                    0x1565C0,
                                    {QStringLiteral("treatment"),
                                     QStringLiteral("geplant"),
                                     QStringLiteral("prévu"),
                                     QStringLiteral("planifié")}},
                               }};
    return spec;
}

} // namespace

const EntitySpec &riskAssetSpec()
{
    // A link: created and deleted, never changed (REGISTERS.md decision 4).
    static const EntitySpec spec{
        .key = QStringLiteral("risk-assets"),
        .entity = QStringLiteral("risk_asset"),
        .table = QStringLiteral("risk_asset"),
        .refPrefix = QStringLiteral("RA-"),
        .refDigits = 4,
        .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Risk asset link"),
        .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Risk asset links"),
        .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "risk asset link"),
        .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "risk asset links"),
        .fields = {
            referenceFieldSpec(ReadOnly),
            riskEnd(),
            {.key = QStringLiteral("asset"),
             .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Asset"),
             .type = FieldType::Reference,
             .flags = DefaultFieldFlags | Required | Filterable | ReadOnly,
             .referenceKind = QStringLiteral("assets"),
             .importSynonyms = {QStringLiteral("Wert"), QStringLiteral("Objekt"), QStringLiteral("actif")}},
        }};
    return spec;
}

const EntitySpec &riskControlSpec()
{
    static const EntitySpec spec{
        .key = QStringLiteral("risk-controls"),
        .entity = QStringLiteral("risk_control"),
        .table = QStringLiteral("risk_control"),
        .refPrefix = QStringLiteral("RC-"),
        .refDigits = 4,
        .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Risk control link"),
        .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Risk control links"),
        .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "risk control link"),
        .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "risk control links"),
        .fields =
            {
                referenceFieldSpec(ReadOnly),
                riskEnd(),
                {.key = QStringLiteral("control"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Control"),
                 .flags = DefaultFieldFlags | Required | Filterable | ReadOnly,
                 .maxLength = 10,
                 .importSynonyms = {QStringLiteral("Annex A control"),
                                    QStringLiteral("Maßnahme"),
                                    QStringLiteral("Control"),
                                    QStringLiteral("mesure")}},
                {.key = QStringLiteral("role"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Role"),
                 .type = FieldType::Enum,
                 .flags = DefaultFieldFlags | Required | Filterable | ReadOnly,
                 .enumSpec = &controlRoles(),
                 .importSynonyms = {QStringLiteral("kind"), QStringLiteral("Art"), QStringLiteral("rôle")}},
            },
        .validate = &RiskRules::validateControlLink,
        .derive = &RiskRules::deriveControlLink};
    return spec;
}

} // namespace isms
