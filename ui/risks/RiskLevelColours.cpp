// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "risks/RiskLevelColours.h"

#include "domain/RiskMethod.h"
#include "models/RecordTableModel.h"
#include "services/ChangeNotifier.h"
#include "services/RiskMethodService.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

RiskLevelColours::RiskLevelColours(RecordTableModel *model)
    : QObject(model)
    , m_model(model)
{
    connect(model, &QAbstractItemModel::modelReset, this, &RiskLevelColours::reload);
    reload();
}

RiskLevelColours::~RiskLevelColours() = default;

QHash<QString, QColor> RiskLevelColours::of(const isms::RiskMethod &method)
{
    QHash<QString, QColor> colours;
    for (const isms::RiskLevel &level : method.levels) {
        colours.insert(level.name, QColor::fromRgb(level.colour));
    }
    return colours;
}

void RiskLevelColours::reload()
{
    disconnect(m_methodConnection);
    isms::Database *db = m_model->database();
    QHash<QString, QColor> colours;
    QStringList names;
    if (db) {
        m_methodConnection = connect(db->notifier(),
                                     &isms::ChangeNotifier::riskMethodChanged,
                                     this,
                                     &RiskLevelColours::reload);
        // A method that cannot be read leaves the levels without colour; `check` reports it.
        if (const auto method = isms::RiskMethodService::load(*db)) {
            colours = of(*method);
            for (const isms::RiskLevel &level : method->levels) {
                names.append(level.name);
            }
        }
    }
    m_model->setValueColours(u"level"_s, colours);
    m_model->setValueColours(u"residual_level"_s, colours);
    Q_EMIT levelsChanged(names);
}
