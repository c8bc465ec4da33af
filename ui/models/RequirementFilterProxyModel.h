// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "domain/ImplementationStatus.h"

#include <QCollator>
#include <QSortFilterProxyModel>

#include <optional>

class RequirementTableModel;

/// Filters requirements by free text (reference, title, owner, notes), theme and status, and sorts
/// them by RequirementTableModel::SortRole (references in catalogue order, text with QCollator).
class RequirementFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequirementFilterProxyModel)

public:
    explicit RequirementFilterProxyModel(QObject *parent = nullptr);
    ~RequirementFilterProxyModel() override;

    void setSourceRequirementModel(RequirementTableModel *model);

    void setFilterText(const QString &text);
    void setThemeFilter(std::optional<isms::Theme> theme);
    void setStatusFilter(std::optional<isms::ImplementationStatus> status);

    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    RequirementTableModel *m_model = nullptr;
    QString m_text;
    std::optional<isms::Theme> m_theme;
    std::optional<isms::ImplementationStatus> m_status;
    QCollator m_collator;
};
