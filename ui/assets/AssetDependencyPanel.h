// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "records/RecordPanel.h"

#include <QHash>
#include <QPointer>

#include <array>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

/// Beside an asset's form: its own and effective confidentiality, integrity and availability (with the
/// asset each inherited level comes from), the assets it depends on (add and remove are undoable steps
/// that create and delete asset-dependency links), the assets that depend on it, and any cycle.
class AssetDependencyPanel final : public RecordPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssetDependencyPanel)

public:
    explicit AssetDependencyPanel(QWidget *parent = nullptr);
    ~AssetDependencyPanel() override;

    void setContext(isms::Database *db, QUndoStack *undoStack) override;
    void showRecord(isms::RecordId id) override;

    /// The effective level shown for confidentiality (0), integrity (1) or availability (2), as text.
    QString effectiveText(int protection) const;

    QListWidget *dependsOnList() const { return m_dependsOn; }

    QComboBox *assetCombo() const { return m_assetCombo; }

    QPushButton *addButton() const { return m_addButton; }

    QPushButton *removeButton() const { return m_removeButton; }

    void onAdd();
    void onRemove();

private:
    void reload();
    void onRecordsTouched(const QString &kind);
    void updateButtons();
    bool isEditable() const;

    isms::Database *m_db = nullptr;
    QPointer<QUndoStack> m_undoStack;
    isms::RecordId m_current;
    std::array<QLabel *, 3> m_own{};
    std::array<QLabel *, 3> m_effective{};
    std::array<QLabel *, 3> m_source{};
    QListWidget *m_dependsOn = nullptr;
    QComboBox *m_assetCombo = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_dependents = nullptr;
    QLabel *m_cycles = nullptr;
};
