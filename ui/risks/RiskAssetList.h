// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "risks/RiskSection.h"

#include <QHash>
#include <QList>

namespace isms {
class RecordLoader;
struct Record;
} // namespace isms

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

    /// True while the project's assets for the choice are read on a worker thread (a project with
    /// more than RecordTableModel::FirstRows assets); the choice is empty until then.
    bool isLoadingChoice() const { return m_choiceLoading; }

Q_SIGNALS:
    /// The assets for the choice have been read (after isLoadingChoice()).
    void choiceLoaded();

protected:
    void reload() override;
    void kindChanged(const QString &kind) override;

private:
    void updateButtons();
    void setChoice(const QList<isms::Record> &assets);
    void dropChoice();

    QListWidget *m_list = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QComboBox *m_assetCombo = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    /// The project's assets as the choice shows them ("AS-003 — Customer database"), in id order; read
    /// once per project and again when assets change, not at every risk shown.
    QList<std::pair<qint64, QString>> m_choice;
    QHash<qint64, QString> m_choiceNames;
    bool m_hasChoice = false;
    bool m_choiceLoading = false;
    isms::Database *m_choiceDb = nullptr;
    isms::RecordLoader *m_choiceLoader = nullptr;
};
