// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "domain/Entities.h"
#include "domain/specs/SpecHelpers.h"

#include <QtGlobal>

namespace isms {

using namespace specs;

namespace {

const EnumSpec &threatCategories()
{
    static const EnumSpec spec{
        QStringLiteral("threat_category"),
        {
            {QStringLiteral("natural"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Natural"),
             0x2E7D32,
             {QStringLiteral("Natur"), QStringLiteral("naturel")}},
            {QStringLiteral("human-deliberate"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Human, deliberate"),
             0xC62828,
             {QStringLiteral("deliberate"), QStringLiteral("vorsätzlich"), QStringLiteral("délibéré")}},
            {QStringLiteral("human-accidental"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Human, accidental"),
             0xEF6C00,
             {QStringLiteral("accidental"), QStringLiteral("versehentlich"), QStringLiteral("accidentel")}},
            {QStringLiteral("technical"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Technical"),
             0x1565C0,
             {QStringLiteral("technisch"), QStringLiteral("technique")}},
            {QStringLiteral("environmental"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Environmental"),
             0x6A1B9A,
             {QStringLiteral("Umwelt"), QStringLiteral("environnemental")}},
        }};
    return spec;
}

} // namespace

const EntitySpec &threatSpec()
{
    static const EntitySpec spec{
        .key = QStringLiteral("threats"),
        .entity = QStringLiteral("threat"),
        .table = QStringLiteral("threat"),
        .refPrefix = QStringLiteral("T-"),
        .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Threat"),
        .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Threats"),
        .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "threat"),
        .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "threats"),
        .fields = {
            referenceFieldSpec(),
            text(QStringLiteral("name"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Name"),
                 Required | Filterable | EditableInTable,
                 {QStringLiteral("threat"),
                  QStringLiteral("title"),
                  QStringLiteral("Bedrohung"),
                  QStringLiteral("menace")}),
            enumeration(QStringLiteral("category"),
                        QT_TRANSLATE_NOOP("isms::FieldSpec", "Category"),
                        threatCategories(),
                        {QStringLiteral("type"), QStringLiteral("Kategorie"), QStringLiteral("catégorie")}),
            longText(QStringLiteral("description"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Description"),
                     {QStringLiteral("Beschreibung"), QStringLiteral("description")}),
            {.key = QStringLiteral("sources"),
             .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Sources"),
             .flags = Logged | Exported | Importable,
             .importSynonyms = {QStringLiteral("source"),
                                QStringLiteral("Quelle"),
                                QStringLiteral("Quellen")}},
        }};
    return spec;
}

} // namespace isms
