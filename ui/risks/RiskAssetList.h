// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "risks/RiskSection.h"

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

/// The assets a risk concerns: a list of the linked assets, a choice of the project's other assets
/// with Add, and Remove. Each add and remove is an undoable, logged step that creates or deletes a
/// risk-asset link.
class RiskAssetList final : public RiskSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RiskAssetList)

public:
    explicit RiskAssetList(QWidget *parent = nullptr);
    ~RiskAssetList() override;

    QListWidget *list() const { return m_list; }

    QComboBox *assetCombo() const { return m_assetCombo; }

    QPushButton *addButton() const { return m_addButton; }

    QPushButton *removeButton() const { return m_removeButton; }

    void onAdd();
    void onRemove();

protected:
    void reload() override;

private:
    void updateButtons();

    QListWidget *m_list = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QComboBox *m_assetCombo = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
};
