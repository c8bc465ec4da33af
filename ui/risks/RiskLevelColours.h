// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QColor>
#include <QHash>
#include <QMetaObject>
#include <QObject>
#include <QString>
#include <QStringList>

namespace isms {
struct RiskMethod;
}

class RecordTableModel;

/// Gives a model of the risk register the colours of the project's risk levels for its level and
/// residual level columns, read from the project's method whenever the model gets a project and
/// whenever the method changes.
class RiskLevelColours final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RiskLevelColours)

public:
    /// Follows `model`, which must be a model of the risk register; a child of it.
    explicit RiskLevelColours(RecordTableModel *model);
    ~RiskLevelColours() override;

    /// The colour of each level of `method`, by name.
    static QHash<QString, QColor> of(const isms::RiskMethod &method);

    /// Reads the method of the model's project again and sets the colours.
    void reload();

Q_SIGNALS:
    /// The level names of the method, lowest first, after each reload (empty without a project).
    void levelsChanged(const QStringList &names);

private:
    RecordTableModel *m_model;
    QMetaObject::Connection m_methodConnection;
};
