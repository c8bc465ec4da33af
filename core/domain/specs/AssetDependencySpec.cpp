// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "domain/Entities.h"
#include "services/AssetGraph.h"

#include <QtGlobal>

namespace isms {

const EntitySpec &assetDependencySpec()
{
    // A link: created and deleted, never changed (REGISTERS.md decision 4), so both ends are ReadOnly.
    static const EntitySpec spec{
        .key = QStringLiteral("asset-dependencies"),
        .entity = QStringLiteral("asset_dependency"),
        .table = QStringLiteral("asset_dependency"),
        .refPrefix = QStringLiteral("AD-"),
        .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Asset dependency"),
        .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Asset dependencies"),
        .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "asset dependency"),
        .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "asset dependencies"),
        .fields =
            {
                referenceFieldSpec(ReadOnly),
                {.key = QStringLiteral("asset"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Asset"),
                 .type = FieldType::Reference,
                 .flags = DefaultFieldFlags | Required | Filterable | ReadOnly,
                 .referenceKind = QStringLiteral("assets"),
                 .importSynonyms = {QStringLiteral("dependent asset"),
                                    QStringLiteral("from"),
                                    QStringLiteral("Wert"),
                                    QStringLiteral("Objekt"),
                                    QStringLiteral("actif")}},
                {.key = QStringLiteral("depends_on"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Depends on"),
                 .type = FieldType::Reference,
                 .flags = DefaultFieldFlags | Required | Filterable | ReadOnly,
                 .referenceKind = QStringLiteral("assets"),
                 .importSynonyms = {QStringLiteral("depends on"),
                                    QStringLiteral("supporting asset"),
                                    QStringLiteral("to"),
                                    QStringLiteral("hängt ab von"),
                                    QStringLiteral("abhängig von"),
                                    QStringLiteral("dépend de")}},
            },
        .validate = &AssetGraph::validateLink,
        .validateBatch = &AssetGraph::validateLinks};
    return spec;
}

} // namespace isms
