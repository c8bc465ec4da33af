// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "domain/Entities.h"
#include "domain/RiskMethod.h"
#include "services/RiskRules.h"

#include <QtGlobal>

namespace isms {

namespace {

const EnumSpec &treatments()
{
    static const EnumSpec spec{
        QStringLiteral("risk_treatment"),
        {
            {QStringLiteral("modify"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Modify"),
             0x1565C0,
             {QStringLiteral("mitigate"),
              QStringLiteral("reduce"),
              QStringLiteral("treat"),
              QStringLiteral("control"),
              QStringLiteral("reduzieren"),
              QStringLiteral("mindern"),
              QStringLiteral("behandeln"),
              QStringLiteral("réduire"),
              QStringLiteral("atténuer"),
              QStringLiteral("modifier")}},
            {QStringLiteral("retain"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Retain"),
             0x2E7D32,
             {QStringLiteral("accept"),
              QStringLiteral("tolerate"),
              QStringLiteral("akzeptieren"),
              QStringLiteral("tragen"),
              QStringLiteral("accepter"),
              QStringLiteral("conserver"),
              QStringLiteral("maintenir")}},
            {QStringLiteral("avoid"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Avoid"),
             0x6A1B9A,
             {QStringLiteral("terminate"),
              QStringLiteral("eliminate"),
              QStringLiteral("vermeiden"),
              QStringLiteral("éviter"),
              QStringLiteral("refuser")}},
            {QStringLiteral("share"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Share"),
             0x00838F,
             {QStringLiteral("transfer"),
              QStringLiteral("insure"),
              QStringLiteral("übertragen"),
              QStringLiteral("transferieren"),
              QStringLiteral("teilen"),
              QStringLiteral("transférer"),
              QStringLiteral("partager")}},
        }};
    return spec;
}

const EnumSpec &riskStatuses()
{
    static const EnumSpec spec{
        QStringLiteral("risk_status"),
        {
            {QStringLiteral("identified"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Identified"),
             0x757575,
             {QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("identifiziert"), QStringLiteral("identifié")}},
            {QStringLiteral("assessed"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Assessed"),
             0x1565C0,
             {QStringLiteral("analysed"), QStringLiteral("bewertet"), QStringLiteral("évalué")}},
            {QStringLiteral("in-treatment"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "In treatment"),
             0xEF6C00,
             {QStringLiteral("treatment"),
              QStringLiteral("in progress"),
              QStringLiteral("in Behandlung"),
              QStringLiteral("en traitement")}},
            {QStringLiteral("accepted"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Accepted"),
             0x2E7D32,
             {QStringLiteral("akzeptiert"), QStringLiteral("accepté")}},
            {QStringLiteral("closed"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Closed"),
             0x455A64,
             {QStringLiteral("geschlossen"), QStringLiteral("erledigt"), QStringLiteral("clos"), QStringLiteral("fermé")}},
        }};
    return spec;
}

/// A rating from 1 to the number of steps of the project's scale (at most 7), also accepted by the
/// scale's words on import.
FieldSpec rating(const char *key, const char *label, QStringList synonyms, const char *description)
{
    return FieldSpec{.key = QString::fromLatin1(key),
                     .label = label,
                     .type = FieldType::Integer,
                     .flags = DefaultFieldFlags | Filterable | EditableInTable,
                     .importSynonyms = std::move(synonyms),
                     .minimum = 1,
                     .maximum = RiskMethod::MaxScale,
                     .description = description};
}

/// The name of the level the matrix gives (derived; sorted by its rank).
FieldSpec levelName(const char *key, const char *label, const char *rankKey, QStringList synonyms)
{
    return FieldSpec{.key = QString::fromLatin1(key),
                     .label = label,
                     .flags = Logged | InTable | Exported | Filterable | Derived,
                     .maxLength = RiskMethod::MaxLabel,
                     .importSynonyms = std::move(synonyms),
                     .sortKey = QString::fromLatin1(rankKey)};
}

/// The level's number (1 the lowest), derived with its name.
FieldSpec levelRank(const char *key, const char *label)
{
    return FieldSpec{.key = QString::fromLatin1(key),
                     .label = label,
                     .type = FieldType::Integer,
                     .flags = Logged | Derived,
                     .minimum = 1,
                     .maximum = RiskMethod::MaxLevels};
}

} // namespace

const EntitySpec &riskSpec()
{
    static const EntitySpec spec{
        .key = QStringLiteral("risks"),
        .entity = QStringLiteral("risk"),
        .table = QStringLiteral("risk"),
        .refPrefix = QStringLiteral("R-"),
        .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Risk"),
        .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Risks"),
        .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "risk"),
        .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "risks"),
        .fields =
            {
                referenceFieldSpec(),
                {.key = QStringLiteral("title"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Title"),
                 .flags = DefaultFieldFlags | Required | Filterable | EditableInTable,
                 .importSynonyms = {QStringLiteral("risk"),
                                    QStringLiteral("name"),
                                    QStringLiteral("risk title"),
                                    QStringLiteral("Risiko"),
                                    QStringLiteral("Titel"),
                                    QStringLiteral("Bezeichnung"),
                                    QStringLiteral("risque"),
                                    QStringLiteral("titre"),
                                    QStringLiteral("intitulé")}},
                {.key = QStringLiteral("description"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Description"),
                 .type = FieldType::MultilineText,
                 .flags = Logged | Exported | Importable,
                 .maxLength = 20000,
                 .importSynonyms = {QStringLiteral("scenario"),
                                    QStringLiteral("details"),
                                    QStringLiteral("Beschreibung"),
                                    QStringLiteral("Szenario"),
                                    QStringLiteral("scénario")}},
                {.key = QStringLiteral("threat"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Threat"),
                 .type = FieldType::Reference,
                 .flags = Logged | Exported | Importable | Filterable,
                 .referenceKind = QStringLiteral("threats"),
                 .importSynonyms = {QStringLiteral("Bedrohung"), QStringLiteral("Gefährdung"), QStringLiteral("menace")}},
                {.key = QStringLiteral("vulnerability"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Vulnerability"),
                 .type = FieldType::Reference,
                 .flags = Logged | Exported | Importable | Filterable,
                 .referenceKind = QStringLiteral("vulnerabilities"),
                 .importSynonyms = {QStringLiteral("weakness"),
                                    QStringLiteral("Schwachstelle"),
                                    QStringLiteral("vulnérabilité")}},
                {.key = QStringLiteral("owner"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Owner"),
                 .flags = DefaultFieldFlags | Filterable | EditableInTable,
                 .importSynonyms = {QStringLiteral("risk owner"),
                                    QStringLiteral("responsible"),
                                    QStringLiteral("Eigentümer"),
                                    QStringLiteral("Risikoeigentümer"),
                                    QStringLiteral("Verantwortlich"),
                                    QStringLiteral("propriétaire"),
                                    QStringLiteral("propriétaire du risque"),
                                    QStringLiteral("responsable")}},
                rating("likelihood",
                       QT_TRANSLATE_NOOP("isms::FieldSpec", "Likelihood"),
                       {QStringLiteral("probability"),
                        QStringLiteral("L"),
                        QStringLiteral("Wahrscheinlichkeit"),
                        QStringLiteral("Eintrittswahrscheinlichkeit"),
                        QStringLiteral("vraisemblance"),
                        QStringLiteral("probabilité")},
                       QT_TRANSLATE_NOOP("isms::FieldSpec",
                                         "How likely the risk is with the existing controls in place, on "
                                         "the method's scale")),
                rating("impact",
                       QT_TRANSLATE_NOOP("isms::FieldSpec", "Impact"),
                       {QStringLiteral("consequence"),
                        QStringLiteral("severity"),
                        QStringLiteral("I"),
                        QStringLiteral("Auswirkung"),
                        QStringLiteral("Schadenshöhe"),
                        QStringLiteral("Schaden"),
                        QStringLiteral("conséquence"),
                        QStringLiteral("gravité")},
                       QT_TRANSLATE_NOOP("isms::FieldSpec",
                                         "How severe the consequences would be, on the method's scale")),
                levelName("level",
                          QT_TRANSLATE_NOOP("isms::FieldSpec", "Level"),
                          "level_rank",
                          {QStringLiteral("risk level"), QStringLiteral("Risikostufe"), QStringLiteral("niveau")}),
                levelRank("level_rank", QT_TRANSLATE_NOOP("isms::FieldSpec", "Level number")),
                {.key = QStringLiteral("treatment"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Treatment"),
                 .type = FieldType::Enum,
                 .flags = DefaultFieldFlags | Filterable | EditableInTable,
                 .enumSpec = &treatments(),
                 .importSynonyms = {QStringLiteral("treatment option"),
                                    QStringLiteral("response"),
                                    QStringLiteral("Behandlung"),
                                    QStringLiteral("Risikobehandlung"),
                                    QStringLiteral("Maßnahme"),
                                    QStringLiteral("traitement"),
                                    QStringLiteral("option de traitement")}},
                rating("residual_likelihood",
                       QT_TRANSLATE_NOOP("isms::FieldSpec", "Residual likelihood"),
                       {QStringLiteral("residual probability"),
                        QStringLiteral("Restwahrscheinlichkeit"),
                        QStringLiteral("vraisemblance résiduelle")},
                       QT_TRANSLATE_NOOP("isms::FieldSpec", "How likely the risk is once the treatment is in place")),
                rating("residual_impact",
                       QT_TRANSLATE_NOOP("isms::FieldSpec", "Residual impact"),
                       {QStringLiteral("residual consequence"),
                        QStringLiteral("Restauswirkung"),
                        QStringLiteral("impact résiduel")},
                       QT_TRANSLATE_NOOP("isms::FieldSpec", "How severe the consequences would be once treated")),
                levelName("residual_level",
                          QT_TRANSLATE_NOOP("isms::FieldSpec", "Residual level"),
                          "residual_level_rank",
                          {QStringLiteral("residual risk"), QStringLiteral("Restrisiko"), QStringLiteral("risque résiduel")}),
                levelRank("residual_level_rank", QT_TRANSLATE_NOOP("isms::FieldSpec", "Residual level number")),
                {.key = QStringLiteral("status"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Status"),
                 .type = FieldType::Enum,
                 .flags = DefaultFieldFlags | Required | Filterable | EditableInTable,
                 .enumSpec = &riskStatuses(),
                 .importSynonyms = {QStringLiteral("state"), QStringLiteral("Zustand"), QStringLiteral("statut"), QStringLiteral("état")}},
                {.key = QStringLiteral("next_review"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Next review"),
                 .type = FieldType::Date,
                 .flags = DefaultFieldFlags | EditableInTable,
                 .importSynonyms = {QStringLiteral("review date"),
                                    QStringLiteral("review"),
                                    QStringLiteral("nächste Überprüfung"),
                                    QStringLiteral("Wiedervorlage"),
                                    QStringLiteral("prochaine revue")}},
                {.key = QStringLiteral("signoff_by"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Signed off by"),
                 .flags = Logged | Exported | Importable | Filterable,
                 .importSynonyms = {QStringLiteral("approved by"),
                                    QStringLiteral("sign-off"),
                                    QStringLiteral("freigegeben von"),
                                    QStringLiteral("approuvé par")},
                 .description = QT_TRANSLATE_NOOP("isms::FieldSpec",
                                                   "The risk owner who approved the treatment plan and "
                                                   "accepted the residual risk")},
                {.key = QStringLiteral("signoff_date"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Sign-off date"),
                 .type = FieldType::Date,
                 .flags = Logged | Exported | Importable,
                 .importSynonyms = {QStringLiteral("approval date"),
                                    QStringLiteral("Freigabedatum"),
                                    QStringLiteral("date d'approbation")}},
                {.key = QStringLiteral("signoff_comment"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Sign-off comment"),
                 .type = FieldType::MultilineText,
                 .flags = Logged | Exported | Importable,
                 .maxLength = 2000,
                 .importSynonyms = {QStringLiteral("approval comment"), QStringLiteral("Freigabekommentar")}},
                {.key = QStringLiteral("acceptance_rationale"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Acceptance rationale"),
                 .type = FieldType::MultilineText,
                 .flags = Logged | Exported | Importable,
                 .maxLength = 2000,
                 .importSynonyms = {QStringLiteral("rationale"),
                                    QStringLiteral("justification"),
                                    QStringLiteral("Begründung"),
                                    QStringLiteral("Akzeptanzbegründung")},
                 .description = QT_TRANSLATE_NOOP("isms::FieldSpec",
                                                   "Why a residual risk above the acceptance threshold is "
                                                   "accepted; needed for its sign-off")},
            },
        .validate = &RiskRules::validateRisk,
        .derive = &RiskRules::deriveLevels};
    return spec;
}

} // namespace isms
