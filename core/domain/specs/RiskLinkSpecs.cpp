// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "domain/Entities.h"
#include "domain/specs/SpecHelpers.h"
#include "services/RiskRules.h"

#include <QtGlobal>

namespace isms {

using namespace specs;

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
    static const EntitySpec spec =
        linkSpec(QStringLiteral("risk-assets"),
                 QStringLiteral("risk_asset"),
                 QStringLiteral("RA-"),
                 QT_TRANSLATE_NOOP("isms::EntitySpec", "Risk asset link"),
                 QT_TRANSLATE_NOOP("isms::EntitySpec", "Risk asset links"),
                 QT_TRANSLATE_NOOP("isms::EntitySpec", "risk asset link"),
                 QT_TRANSLATE_NOOP("isms::EntitySpec", "risk asset links"),
                 riskEnd(),
                 reference(QStringLiteral("asset"),
                           QT_TRANSLATE_NOOP("isms::FieldSpec", "Asset"),
                           QStringLiteral("assets"),
                           0,
                           {QStringLiteral("Wert"), QStringLiteral("Objekt"), QStringLiteral("actif")}));
    return spec;
}

const EntitySpec &riskControlSpec()
{
    static const EntitySpec spec = [] {
        EntitySpec link = validated(linkSpec(QStringLiteral("risk-controls"),
                                             QStringLiteral("risk_control"),
                                             QStringLiteral("RC-"),
                                             QT_TRANSLATE_NOOP("isms::EntitySpec", "Risk control link"),
                                             QT_TRANSLATE_NOOP("isms::EntitySpec", "Risk control links"),
                                             QT_TRANSLATE_NOOP("isms::EntitySpec", "risk control link"),
                                             QT_TRANSLATE_NOOP("isms::EntitySpec", "risk control links"),
                                             riskEnd(),
                                             controlEnd({QStringLiteral("Annex A control"),
                                                         QStringLiteral("Maßnahme"),
                                                         QStringLiteral("Control"),
                                                         QStringLiteral("mesure")})),
                                    &RiskRules::validateControlLink);
        // Whether the control is in place or planned: fixed with the link, as its ends.
        link.fields.append(
            {.key = QStringLiteral("role"),
             .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Role"),
             .type = FieldType::Enum,
             .flags = DefaultFieldFlags | Required | Filterable | ReadOnly,
             .enumSpec = &controlRoles(),
             .importSynonyms = {QStringLiteral("kind"), QStringLiteral("Art"), QStringLiteral("rôle")}});
        link.derive = &RiskRules::deriveControlLink;
        return link;
    }();
    return spec;
}

} // namespace isms
