// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "assets/AssetDependencyPanel.h"

#include "commands/CreateRecordCommand.h"
#include "commands/RemoveRecordsCommand.h"
#include "domain/Entities.h"
#include "services/AssetGraph.h"
#include "services/ChangeNotifier.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString levelText(int level)
{
    switch (level) {
    case 1:
        return AssetDependencyPanel::tr("1 Low");
    case 2:
        return AssetDependencyPanel::tr("2 Medium");
    case 3:
        return AssetDependencyPanel::tr("3 High");
    case 4:
        return AssetDependencyPanel::tr("4 Very high");
    default:
        //: No level entered for this requirement.
        return AssetDependencyPanel::tr("not assessed");
    }
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

AssetDependencyPanel::AssetDependencyPanel(QWidget *parent)
    : RecordPanel(parent)
{
    setObjectName(u"assetDependencyPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);

    layout->addWidget(heading(tr("Protection requirements"), this));
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->addWidget(new QLabel(tr("Own"), this), 0, 1);
    grid->addWidget(new QLabel(tr("Effective"), this), 0, 2);
    grid->addWidget(new QLabel(tr("Inherited from"), this), 0, 3);
    const std::array<QString, 3> names{tr("Confidentiality"), tr("Integrity"), tr("Availability")};
    for (int row = 0; row < 3; ++row) {
        const auto k = static_cast<size_t>(row);
        grid->addWidget(new QLabel(names.at(k), this), row + 1, 0);
        m_own.at(k) = new QLabel(this);
        m_effective.at(k) = new QLabel(this);
        m_effective.at(k)->setObjectName(u"effectiveLabel%1"_s.arg(row));
        m_source.at(k) = new QLabel(this);
        grid->addWidget(m_own.at(k), row + 1, 1);
        grid->addWidget(m_effective.at(k), row + 1, 2);
        grid->addWidget(m_source.at(k), row + 1, 3);
    }
    grid->setColumnStretch(3, 1);
    layout->addLayout(grid);

    layout->addWidget(heading(tr("Depends on"), this));
    m_dependsOn = new QListWidget(this);
    m_dependsOn->setObjectName(u"dependsOnList"_s);
    m_dependsOn->setToolTip(tr("The assets this one needs; they inherit its requirements."));
    layout->addWidget(m_dependsOn, 1);
    auto *row = new QHBoxLayout;
    m_assetCombo = new QComboBox(this);
    m_assetCombo->setObjectName(u"dependencyComboBox"_s);
    m_addButton = new QPushButton(tr("Add"), this);
    m_addButton->setObjectName(u"addDependencyButton"_s);
    m_removeButton = new QPushButton(tr("Remove"), this);
    m_removeButton->setObjectName(u"removeDependencyButton"_s);
    row->addWidget(m_assetCombo, 1);
    row->addWidget(m_addButton);
    row->addWidget(m_removeButton);
    layout->addLayout(row);

    m_dependents = new QLabel(this);
    m_dependents->setWordWrap(true);
    layout->addWidget(m_dependents);
    m_cycles = new QLabel(this);
    m_cycles->setWordWrap(true);
    m_cycles->setStyleSheet(u"color: #C62828;"_s);
    m_cycles->hide();
    layout->addWidget(m_cycles);

    connect(m_addButton, &QPushButton::clicked, this, &AssetDependencyPanel::onAdd);
    connect(m_removeButton, &QPushButton::clicked, this, &AssetDependencyPanel::onRemove);
    connect(m_dependsOn, &QListWidget::currentRowChanged, this, &AssetDependencyPanel::updateButtons);
    reload();
}

AssetDependencyPanel::~AssetDependencyPanel() = default;

void AssetDependencyPanel::setContext(isms::Database *db, QUndoStack *undoStack)
{
    if (m_db) {
        disconnect(m_db->notifier(), nullptr, this, nullptr);
    }
    m_db = db;
    m_undoStack = db ? undoStack : nullptr;
    m_current = {};
    if (m_db) {
        isms::ChangeNotifier *notifier = m_db->notifier();
        connect(notifier, &isms::ChangeNotifier::recordsAdded, this, [this](const QString &kind) {
            onRecordsTouched(kind);
        });
        connect(notifier, &isms::ChangeNotifier::recordsChanged, this, [this](const QString &kind) {
            onRecordsTouched(kind);
        });
        connect(notifier, &isms::ChangeNotifier::recordsRemoved, this, [this](const QString &kind) {
            onRecordsTouched(kind);
        });
    }
    reload();
}

void AssetDependencyPanel::showRecord(isms::RecordId id)
{
    m_current = id;
    reload();
}

QString AssetDependencyPanel::effectiveText(int protection) const
{
    return m_effective.at(static_cast<size_t>(protection))->text();
}

void AssetDependencyPanel::onRecordsTouched(const QString &kind)
{
    if (kind == isms::assetSpec().key || kind == isms::assetDependencySpec().key) {
        reload();
    }
}

bool AssetDependencyPanel::isEditable() const
{
    return m_db && m_undoStack && !m_db->isReadOnly() && m_current.isValid();
}

void AssetDependencyPanel::reload()
{
    m_dependsOn->clear();
    m_assetCombo->clear();
    for (size_t k = 0; k < 3; ++k) {
        m_own.at(k)->clear();
        m_effective.at(k)->clear();
        m_source.at(k)->clear();
    }
    m_dependents->clear();
    m_cycles->hide();
    setEnabled(m_db && m_current.isValid());
    if (!m_db || !m_current.isValid()) {
        updateButtons();
        return;
    }
    const auto graph = isms::AssetGraph::load(*m_db);
    const auto assets = isms::RecordService(*m_db, isms::assetSpec()).all();
    const auto links = isms::RecordService(*m_db, isms::assetDependencySpec()).all();
    if (!graph || !assets || !links) {
        Q_EMIT errorOccurred(!graph ? graph.error() : !assets ? assets.error() : links.error());
        return;
    }
    const isms::AssetRequirements shown = graph->requirementsOf(m_current);
    for (size_t k = 0; k < 3; ++k) {
        m_own.at(k)->setText(levelText(shown.own.at(k)));
        m_effective.at(k)->setText(levelText(shown.effective.at(k)));
        QFont font = m_effective.at(k)->font();
        font.setBold(shown.effective.at(k) > shown.own.at(k));
        m_effective.at(k)->setFont(font);
        m_source.at(k)->setText(shown.effective.at(k) > shown.own.at(k) ? shown.source.at(k) : QString());
    }
    const isms::EntitySpec &spec = isms::assetDependencySpec();
    const int nameColumn = isms::assetSpec().indexOf(u"name");
    QHash<qint64, QString> titles;
    for (const isms::Record &asset : *assets) {
        titles.insert(asset.id.value,
                      isms::EntitySpec::refOf(asset) + u"  "_s + asset.values.at(nameColumn).toString());
        if (asset.id != m_current) {
            m_assetCombo->addItem(titles.value(asset.id.value), asset.id.value);
        }
    }
    const int fromColumn = spec.indexOf(u"asset");
    const int toColumn = spec.indexOf(u"depends_on");
    for (const isms::Record &link : *links) {
        if (link.values.at(fromColumn).toLongLong() == m_current.value) {
            auto *item =
                new QListWidgetItem(titles.value(link.values.at(toColumn).toLongLong()), m_dependsOn);
            item->setData(Qt::UserRole, link.id.value);
            item->setData(Qt::UserRole + 1, isms::EntitySpec::refOf(link));
        }
    }
    const QStringList dependents = graph->dependents(m_current);
    m_dependents->setText(dependents.isEmpty() ? tr("No asset depends on this one.")
                                               //: %1 lists asset references, "AS-001, AS-006"
                                               : tr("Depended on by: %1").arg(dependents.join(u", "_s)));
    if (!graph->cycleNames().isEmpty()) {
        m_cycles->setText(tr("The dependencies run in a circle: %1. Remove one of its links.")
                              .arg(graph->cycleNames().join(u"; "_s)));
        m_cycles->show();
    }
    updateButtons();
}

void AssetDependencyPanel::updateButtons()
{
    const bool editable = isEditable();
    m_assetCombo->setEnabled(editable && m_assetCombo->count() > 0);
    m_addButton->setEnabled(editable && m_assetCombo->count() > 0);
    m_removeButton->setEnabled(editable && m_dependsOn->currentItem() != nullptr);
}

void AssetDependencyPanel::onAdd()
{
    if (!isEditable() || m_assetCombo->currentIndex() < 0) {
        return;
    }
    const isms::EntitySpec &spec = isms::assetDependencySpec();
    isms::Record link = spec.newRecord();
    link.values[spec.indexOf(u"asset")] = m_current.value;
    link.values[spec.indexOf(u"depends_on")] = m_assetCombo->currentData().toLongLong();
    QPointer<AssetDependencyPanel> self(this);
    m_undoStack->push(new CreateRecordCommand(
        *m_db,
        spec,
        {link},
        [self](const isms::Error &error) {
            if (self) {
                Q_EMIT self->errorOccurred(error);
            }
        },
        tr("Add asset dependency")));
}

void AssetDependencyPanel::onRemove()
{
    const QListWidgetItem *item = m_dependsOn->currentItem();
    if (!isEditable() || !item) {
        return;
    }
    QPointer<AssetDependencyPanel> self(this);
    m_undoStack->push(new RemoveRecordsCommand(*m_db,
                                               isms::assetDependencySpec(),
                                               {isms::RecordId{item->data(Qt::UserRole).toLongLong()}},
                                               {item->data(Qt::UserRole + 1).toString()},
                                               [self](const isms::Error &error) {
                                                   if (self) {
                                                       Q_EMIT self->errorOccurred(error);
                                                   }
                                               }));
}
