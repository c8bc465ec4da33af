// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "risks/RiskSection.h"

#include <QHash>

#include <array>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

/// The Annex A controls of a risk in two lists: those already in place ("existing") and those the
/// treatment plans ("planned"). A control is picked by number or title from the Annex A 2022
/// catalogue and added to either list; each add and remove is an undoable, logged step that creates
/// or deletes a risk-control link.
class RiskControlLists final : public RiskSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RiskControlLists)

public:
    enum class Role
    {
        Existing,
        Planned,
    };

    explicit RiskControlLists(QWidget *parent = nullptr);
    ~RiskControlLists() override;

    QListWidget *list(Role role) const;

    QPushButton *addButton(Role role) const;

    QPushButton *removeButton(Role role) const;

    QComboBox *controlCombo() const { return m_controlCombo; }

    /// Chooses the control `ref` ("5.15" or "A.5.15") in the picker; false when there is none.
    bool chooseControl(const QString &ref);

    /// The control chosen or typed in the picker ("5.15"), or an empty string.
    QString chosenControl() const;

    void add(Role role);
    void remove(Role role);

    /// The keyword stored for `role`.
    static QString keyword(Role role);

protected:
    void reload() override;

private:
    void updateButtons();

    QHash<QString, QString> m_titles; ///< control ref → title, from the catalogue
    std::array<QListWidget *, 2> m_lists{};
    std::array<QLabel *, 2> m_headings{};
    std::array<QPushButton *, 2> m_addButtons{};
    std::array<QPushButton *, 2> m_removeButtons{};
    QComboBox *m_controlCombo = nullptr;
};
