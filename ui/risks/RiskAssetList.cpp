// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "risks/RiskAssetList.h"

#include "commands/CreateRecordCommand.h"
#include "commands/RemoveRecordsCommand.h"
#include "common/TextRules.h"
#include "domain/Entities.h"
#include "models/RecordTableModel.h"
#include "services/RecordLoader.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QUndoStack>
#include <QVBoxLayout>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr int LinkIdRole = Qt::UserRole;
constexpr int LinkRefRole = Qt::UserRole + 1;

/// An asset in the list and the choice: "AS-003 — Customer database".
QString choiceText(const isms::Record &asset)
{
    static const int nameField = isms::assetSpec().indexOf(u"name");
    //: An asset in a list: reference and name, "AS-003 — Customer database"
    return RiskAssetList::tr("%1 — %2").arg(
        isms::EntitySpec::refOf(asset),
        isms::text::forDisplay(asset.values.at(nameField).toString(), isms::text::Shape::SingleLine, 120));
}

} // namespace

RiskAssetList::RiskAssetList(QWidget *parent)
    : RiskSection({isms::assetSpec().key, isms::riskAssetSpec().key}, parent)
{
    setObjectName(u"riskAssetList"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 8, 4, 4);
    layout->setSpacing(6);
    auto *intro = new QLabel(tr("The assets this risk threatens."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"riskAssetsList"_s);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAlternatingRowColors(true);
    layout->addWidget(m_list, 1);
    m_emptyLabel = new QLabel(tr("No asset linked yet. Choose one below and click Add."), this);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false);
    layout->addWidget(m_emptyLabel);

    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    m_assetCombo = new QComboBox(this);
    m_assetCombo->setObjectName(u"riskAssetComboBox"_s);
    m_assetCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_assetCombo->setMinimumContentsLength(16);
    m_addButton = new QPushButton(tr("Add"), this);
    m_addButton->setObjectName(u"addRiskAssetButton"_s);
    m_addButton->setToolTip(tr("Link the chosen asset to this risk"));
    m_removeButton = new QPushButton(tr("Remove"), this);
    m_removeButton->setObjectName(u"removeRiskAssetButton"_s);
    m_removeButton->setToolTip(tr("Unlink the selected assets; the assets themselves stay"));
    row->addWidget(m_assetCombo, 1);
    row->addWidget(m_addButton);
    row->addWidget(m_removeButton);
    layout->addLayout(row);

    connect(m_addButton, &QPushButton::clicked, this, &RiskAssetList::onAdd);
    connect(m_removeButton, &QPushButton::clicked, this, &RiskAssetList::onRemove);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &RiskAssetList::updateButtons);
    m_choiceLoader = new isms::RecordLoader(this);
    connect(m_choiceLoader, &isms::RecordLoader::loaded, this, [this](const QList<isms::Record> &assets) {
        m_choiceLoading = false;
        setChoice(assets);
        reload();
        Q_EMIT choiceLoaded();
    });
    connect(m_choiceLoader, &isms::RecordLoader::failed, this, [this](const isms::Error &error) {
        m_choiceLoading = false;
        Q_EMIT errorOccurred(error);
        Q_EMIT choiceLoaded();
    });
    reload();
}

RiskAssetList::~RiskAssetList() = default;

void RiskAssetList::reload()
{
    const QVariant chosen = m_assetCombo->currentData();
    m_list->clear();
    m_assetCombo->clear();
    isms::Database *db = database();
    if (db != m_choiceDb) {
        dropChoice();
        m_choiceDb = db;
    }
    if (db && risk().isValid()) {
        const isms::EntitySpec &assets = isms::assetSpec();
        const isms::EntitySpec &links = isms::riskAssetSpec();
        const isms::RecordRepository assetRepository(*db, assets);
        std::optional<isms::Error> failure;
        if (!m_hasChoice && !m_choiceLoading) {
            // A large project's assets are read on a worker thread: the choice fills in when they are.
            const auto count = assetRepository.count();
            if (!count) {
                failure = count.error();
            } else if (*count > RecordTableModel::FirstRows) {
                m_choiceLoading = true;
                m_choiceLoader->start(*db, assets, isms::RecordId{0});
            } else if (const auto allAssets = assetRepository.all(); allAssets) {
                setChoice(*allAssets);
            } else {
                failure = allAssets.error();
            }
        }
        const auto linked = isms::RecordRepository(*db, links).referencing(u"risk"_s, {risk()});
        if (!linked) {
            failure = linked.error();
        }
        const int assetField = links.indexOf(u"asset");
        QHash<qint64, QString> names = m_choiceNames;
        if (!failure && !m_hasChoice) {
            // Until the choice is read, the names of the linked assets only.
            QList<isms::RecordId> ids;
            for (const isms::Record &link : *linked) {
                ids.append(isms::RecordId{link.values.at(assetField).toLongLong()});
            }
            if (const auto linkedAssets = assetRepository.byIds(ids); linkedAssets) {
                for (const isms::Record &asset : *linkedAssets) {
                    names.insert(asset.id.value, choiceText(asset));
                }
            } else {
                failure = linkedAssets.error();
            }
        }
        if (failure) {
            Q_EMIT errorOccurred(*failure);
        } else {
            QSet<qint64> taken;
            for (const isms::Record &link : *linked) {
                const qint64 asset = link.values.at(assetField).toLongLong();
                taken.insert(asset);
                auto *item = new QListWidgetItem(names.value(asset), m_list);
                item->setData(LinkIdRole, link.id.value);
                item->setData(LinkRefRole, isms::EntitySpec::refOf(link));
            }
            m_list->sortItems();
            for (const auto &[asset, text] : std::as_const(m_choice)) {
                if (!taken.contains(asset)) {
                    m_assetCombo->addItem(text, asset);
                }
            }
            m_assetCombo->setCurrentIndex(std::max(0, m_assetCombo->findData(chosen)));
        }
    }
    m_emptyLabel->setVisible(m_list->count() == 0 && risk().isValid());
    Q_EMIT countChanged(m_list->count());
    updateButtons();
}

void RiskAssetList::kindChanged(const QString &kind)
{
    if (kind == isms::assetSpec().key) {
        dropChoice(); // read again by the reload that follows
    }
}

void RiskAssetList::setChoice(const QList<isms::Record> &assets)
{
    m_choice.clear();
    m_choice.reserve(assets.size());
    m_choiceNames.clear();
    for (const isms::Record &asset : assets) {
        const QString text = choiceText(asset);
        m_choice.append({asset.id.value, text});
        m_choiceNames.insert(asset.id.value, text);
    }
    m_hasChoice = true;
}

void RiskAssetList::dropChoice()
{
    m_choiceLoader->cancel();
    m_choiceLoading = false;
    m_hasChoice = false;
    m_choice.clear();
    m_choiceNames.clear();
}

void RiskAssetList::updateButtons()
{
    const bool editable = isEditable();
    m_assetCombo->setEnabled(editable && m_assetCombo->count() > 0);
    m_addButton->setEnabled(editable && m_assetCombo->count() > 0);
    m_removeButton->setEnabled(editable && !m_list->selectedItems().isEmpty());
}

void RiskAssetList::onAdd()
{
    if (!isEditable() || m_assetCombo->currentIndex() < 0) {
        return;
    }
    const isms::EntitySpec &spec = isms::riskAssetSpec();
    isms::Record link = spec.newRecord();
    link.values[spec.indexOf(u"risk")] = risk().value;
    link.values[spec.indexOf(u"asset")] = m_assetCombo->currentData().toLongLong();
    undoStack()->push(new CreateRecordCommand(*database(),
                                              spec,
                                              {link},
                                              errorSink(),
                                              //: Undo text: "Link asset AS-003 — Customer database"
                                              tr("Link asset %1").arg(m_assetCombo->currentText())));
}

void RiskAssetList::onRemove()
{
    const QList<QListWidgetItem *> items = m_list->selectedItems();
    if (!isEditable() || items.isEmpty()) {
        return;
    }
    QList<isms::RecordId> ids;
    QStringList refs;
    for (const QListWidgetItem *item : items) {
        ids.append(isms::RecordId{item->data(LinkIdRole).toLongLong()});
        refs.append(item->data(LinkRefRole).toString());
    }
    auto *command = new RemoveRecordsCommand(*database(), isms::riskAssetSpec(), ids, refs, errorSink());
    command->setText(items.size() == 1
                         //: Undo text: "Unlink asset AS-003 — Customer database"
                         ? tr("Unlink asset %1").arg(items.constFirst()->text())
                         //: Undo text for two or more: "Unlink 3 assets"
                         : tr("Unlink %1 assets").arg(items.size()));
    undoStack()->push(command);
}
