// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/RecordExtras.h"

#include "domain/Entities.h"
#include "services/ApplicabilityRules.h"
#include "services/AssetGraph.h"
#include "services/RecordLinks.h"
#include "storage/RecordRepository.h"

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

namespace {

/// A risk's controls, existing and planned together (the key scripts read; SoA reasons derive from it).
Result<QList<ExtraColumn>> riskExtras(const Database &db, const EntitySpec &spec)
{
    auto links = RecordLinks::read(db, spec);
    if (!links) {
        return links.error();
    }
    ExtraColumn controls{QStringLiteral("controls"), QT_TRANSLATE_NOOP("isms::RecordExtras", "Controls"), {}};
    QHash<RecordId, QStringList> all;
    auto risks = RecordRepository(db, spec).idsByRef();
    if (!risks) {
        return risks.error();
    }
    for (const RecordId id : std::as_const(*risks)) {
        all.insert(id, {}); // every risk has the key, an empty array when it names no control
    }
    for (const LinkValues &link : std::as_const(*links)) {
        if (link.key != u"existing_controls" && link.key != u"planned_controls") {
            continue;
        }
        for (auto it = link.values.constBegin(); it != link.values.constEnd(); ++it) {
            QStringList &list = all[it.key()];
            for (const QString &control : it.value()) {
                if (!list.contains(control)) {
                    list.append(control);
                }
            }
        }
    }
    for (auto it = all.begin(); it != all.end(); ++it) {
        std::sort(it->begin(), it->end(), [](const QString &a, const QString &b) {
            const QStringList x = a.split(u'.');
            const QStringList y = b.split(u'.');
            return std::pair{x.value(0).toInt(), x.value(1).toInt()}
                   < std::pair{y.value(0).toInt(), y.value(1).toInt()};
        });
        controls.values.insert(it.key(), *it);
    }
    return QList<ExtraColumn>{controls};
}

} // namespace

/// The risks that name a control as existing or planned: its risk-treatment reason.
Result<QList<ExtraColumn>> controlExtras(const Database &db, const EntitySpec &spec)
{
    const auto use = ApplicabilityRules::controlUse(db);
    if (!use) {
        return use.error();
    }
    const auto controls = RecordRepository(db, spec).idsByRef();
    if (!controls) {
        return controls.error();
    }
    ExtraColumn risks{QStringLiteral("risks"), QT_TRANSLATE_NOOP("isms::RecordExtras", "Risks"), {}};
    for (auto it = controls->constBegin(); it != controls->constEnd(); ++it) {
        risks.values.insert(it.value(), use->namingRisks.value(it.key()));
    }
    return QList<ExtraColumn>{risks};
}

Result<QList<ExtraColumn>> RecordExtras::of(const Database &db, const EntitySpec &spec)
{
    if (spec.key == controlSpec().key) {
        return controlExtras(db, spec);
    }
    if (&spec == &riskSpec()) {
        return riskExtras(db, spec);
    }
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
