// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "domain/Entities.h"
#include "domain/specs/SpecHelpers.h"

#include <QtGlobal>

namespace isms {

using namespace specs;

namespace {

const EnumSpec &assetTypes()
{
    static const EnumSpec spec{
        QStringLiteral("asset_type"),
        {
            {QStringLiteral("information"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Information"),
             0x1565C0,
             {QStringLiteral("data"),
              QStringLiteral("Daten"),
              QStringLiteral("Information"),
              QStringLiteral("données")}},
            {QStringLiteral("software"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Software"),
             0x6A1B9A,
             {QStringLiteral("application"), QStringLiteral("Anwendung"), QStringLiteral("logiciel")}},
            {QStringLiteral("hardware"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Hardware"),
             0x455A64,
             {QStringLiteral("device"), QStringLiteral("Gerät"), QStringLiteral("matériel")}},
            {QStringLiteral("service"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Service"),
             0x00838F,
             {QStringLiteral("Dienst"), QStringLiteral("Dienstleistung")}},
            {QStringLiteral("people"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "People"),
             0xEF6C00,
             {QStringLiteral("person"),
              QStringLiteral("Personal"),
              QStringLiteral("Personen"),
              QStringLiteral("personnel")}},
            {QStringLiteral("site"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Site"),
             0x2E7D32,
             {QStringLiteral("location"),
              QStringLiteral("facility"),
              QStringLiteral("Standort"),
              QStringLiteral("Gebäude"),
              QStringLiteral("site physique")}},
            {QStringLiteral("supplier"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Supplier"),
             0x8D6E63,
             {QStringLiteral("vendor"),
              QStringLiteral("Lieferant"),
              QStringLiteral("Dienstleister"),
              QStringLiteral("fournisseur")}},
        }};
    return spec;
}

const EnumSpec &classifications()
{
    static const EnumSpec spec{
        QStringLiteral("classification"),
        {
            {QStringLiteral("public"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Public"),
             0x2E7D32,
             {QStringLiteral("öffentlich"), QStringLiteral("offen"), QStringLiteral("publique")}},
            {QStringLiteral("internal"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Internal"),
             0x1565C0,
             {QStringLiteral("intern"), QStringLiteral("interne"), QStringLiteral("internal use")}},
            {QStringLiteral("confidential"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Confidential"),
             0xEF6C00,
             {QStringLiteral("vertraulich"), QStringLiteral("confidentiel"), QStringLiteral("restricted")}},
            {QStringLiteral("strictly-confidential"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Strictly confidential"),
             0xC62828,
             {QStringLiteral("secret"),
              QStringLiteral("streng vertraulich"),
              QStringLiteral("geheim"),
              QStringLiteral("strictement confidentiel")}},
        }};
    return spec;
}

const EnumSpec &requirementLevels()
{
    static const EnumSpec spec{
        QStringLiteral("requirement_level"),
        {
            {QStringLiteral("1"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Low"),
             0,
             {QStringLiteral("niedrig"),
              QStringLiteral("gering"),
              QStringLiteral("faible"),
              QStringLiteral("bas")}},
            {QStringLiteral("2"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Medium"),
             0,
             {QStringLiteral("normal"),
              QStringLiteral("mittel"),
              QStringLiteral("moyen"),
              QStringLiteral("modéré")}},
            {QStringLiteral("3"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "High"),
             0,
             {QStringLiteral("hoch"), QStringLiteral("élevé"), QStringLiteral("fort")}},
            {QStringLiteral("4"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Very high"),
             0,
             {QStringLiteral("sehr hoch"),
              QStringLiteral("critical"),
              QStringLiteral("kritisch"),
              QStringLiteral("très élevé"),
              QStringLiteral("critique")}},
        }};
    return spec;
}

/// A protection requirement from 1 (low) to 4 (very high), also accepted by name; empty while not
/// assessed.
FieldSpec requirement(const char *key, const char *label, QStringList synonyms)
{
    return FieldSpec{.key = QString::fromLatin1(key),
                     .label = label,
                     .type = FieldType::Integer,
                     .flags = DefaultFieldFlags | Filterable | EditableInTable,
                     .enumSpec = &requirementLevels(),
                     .importSynonyms = std::move(synonyms),
                     .minimum = 1,
                     .maximum = 4,
                     .description = QT_TRANSLATE_NOOP("isms::FieldSpec",
                                                      "1 low, 2 medium, 3 high, 4 very high; empty while "
                                                      "not assessed")};
}

} // namespace

const EntitySpec &assetSpec()
{
    static const EntitySpec spec{
        .key = QStringLiteral("assets"),
        .entity = QStringLiteral("asset"),
        .table = QStringLiteral("asset"),
        .refPrefix = QStringLiteral("AS-"),
        .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Asset"),
        .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Assets"),
        .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "asset"),
        .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "assets"),
        .fields = {
            referenceFieldSpec(),
            text(QStringLiteral("name"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Name"),
                 Required | Filterable | EditableInTable,
                 {QStringLiteral("asset"),
                  QStringLiteral("asset name"),
                  QStringLiteral("title"),
                  QStringLiteral("Wert"),
                  QStringLiteral("Objekt"),
                  QStringLiteral("Bezeichnung"),
                  QStringLiteral("actif"),
                  QStringLiteral("nom")}),
            enumeration(QStringLiteral("type"),
                        QT_TRANSLATE_NOOP("isms::FieldSpec", "Type"),
                        assetTypes(),
                        {QStringLiteral("asset type"),
                         QStringLiteral("category"),
                         QStringLiteral("Typ"),
                         QStringLiteral("Art"),
                         QStringLiteral("Kategorie"),
                         QStringLiteral("type d'actif")}),
            text(QStringLiteral("owner"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Owner"),
                 Filterable | EditableInTable,
                 {QStringLiteral("asset owner"),
                  QStringLiteral("responsible"),
                  QStringLiteral("Eigentümer"),
                  QStringLiteral("Verantwortlich"),
                  QStringLiteral("Verantwortlicher"),
                  QStringLiteral("propriétaire"),
                  QStringLiteral("responsable")}),
            {.key = QStringLiteral("classification"),
             .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Classification"),
             .type = FieldType::Enum,
             .flags = DefaultFieldFlags | Filterable | EditableInTable,
             .enumSpec = &classifications(),
             .importSynonyms = {QStringLiteral("Klassifizierung"),
                                QStringLiteral("Klassifikation"),
                                QStringLiteral("Schutzklasse"),
                                QStringLiteral("Einstufung")}},
            requirement(
                "confidentiality",
                QT_TRANSLATE_NOOP("isms::FieldSpec", "Confidentiality"),
                {QStringLiteral("C"), QStringLiteral("Vertraulichkeit"), QStringLiteral("confidentialité")}),
            requirement("integrity",
                        QT_TRANSLATE_NOOP("isms::FieldSpec", "Integrity"),
                        {QStringLiteral("I"), QStringLiteral("Integrität"), QStringLiteral("intégrité")}),
            requirement(
                "availability",
                QT_TRANSLATE_NOOP("isms::FieldSpec", "Availability"),
                {QStringLiteral("A"), QStringLiteral("Verfügbarkeit"), QStringLiteral("disponibilité")}),
            {.key = QStringLiteral("location"),
             .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Location"),
             .flags = Logged | Exported | Importable | Filterable,
             .importSynonyms = {QStringLiteral("site"),
                                QStringLiteral("place"),
                                QStringLiteral("Ort"),
                                QStringLiteral("Standort"),
                                QStringLiteral("emplacement"),
                                QStringLiteral("lieu")}},
            longText(QStringLiteral("notes"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Notes"),
                     {QStringLiteral("note"),
                      QStringLiteral("comment"),
                      QStringLiteral("description"),
                      QStringLiteral("Bemerkung"),
                      QStringLiteral("Bemerkungen"),
                      QStringLiteral("Notizen"),
                      QStringLiteral("Beschreibung"),
                      QStringLiteral("remarques"),
                      QStringLiteral("commentaire")}),
        }};
    return spec;
}

} // namespace isms
