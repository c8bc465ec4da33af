// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/RecordExtras.h"

#include "domain/Entities.h"
#include "services/AssetGraph.h"

#include <QCoreApplication>

namespace isms {

QString ExtraColumn::labelText() const
{
    return QCoreApplication::translate("isms::RecordExtras", label);
}

QString ExtraColumn::text(RecordId id) const
{
    const QVariant value = values.value(id);
    if (value.typeId() == QMetaType::QStringList) {
        return value.toStringList().join(QStringLiteral(", "));
    }
    return value.isValid() ? QString::number(value.toLongLong()) : QString();
}

Result<QList<ExtraColumn>> RecordExtras::of(const Database &db, const EntitySpec &spec)
{
    if (&spec != &assetSpec()) {
        return QList<ExtraColumn>{};
    }
    const auto graph = AssetGraph::load(db);
    if (!graph) {
        return graph.error();
    }
    QList<ExtraColumn> columns{
        {QStringLiteral("depends_on"), QT_TRANSLATE_NOOP("isms::RecordExtras", "Depends on"), {}},
        {QStringLiteral("effective_confidentiality"),
         QT_TRANSLATE_NOOP("isms::RecordExtras", "Effective confidentiality"),
         {}},
        {QStringLiteral("effective_integrity"),
         QT_TRANSLATE_NOOP("isms::RecordExtras", "Effective integrity"),
         {}},
        {QStringLiteral("effective_availability"),
         QT_TRANSLATE_NOOP("isms::RecordExtras", "Effective availability"),
         {}},
    };
    for (const AssetRequirements &asset : graph->requirements()) {
        columns[0].values.insert(asset.asset, graph->dependsOn(asset.asset));
        for (int k = 0; k < ProtectionCount; ++k) {
            const int level = asset.effective.at(static_cast<size_t>(k));
            columns[k + 1].values.insert(asset.asset, level > 0 ? QVariant(qint64{level}) : QVariant());
        }
    }
    return columns;
}

} // namespace isms
