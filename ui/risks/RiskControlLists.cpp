// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "risks/RiskControlLists.h"

#include "catalog/Catalogue.h"
#include "commands/CreateRecordCommand.h"
#include "commands/RemoveRecordsCommand.h"
#include "domain/Entities.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int LinkIdRole = Qt::UserRole;
constexpr int LinkRefRole = Qt::UserRole + 1;
constexpr int ControlRole = Qt::UserRole + 2;

size_t at(RiskControlLists::Role role)
{
    return static_cast<size_t>(role);
}

QString itemText(const QString &ref, const QString &title)
{
    //: An Annex A control in a list: "A.5.15 Access control"
    return RiskControlLists::tr("A.%1 %2").arg(ref, title);
}

} // namespace

RiskControlLists::RiskControlLists(QWidget *parent)
    : RiskSection({isms::riskControlSpec().key}, parent)
{
    setObjectName(u"riskControlLists"_s);
    if (const auto catalogue = isms::Catalogue::annexA2022()) {
        for (const isms::Control &control : *catalogue) {
            m_titles.insert(control.ref, control.title);
        }
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 8, 4, 4);
    layout->setSpacing(6);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);
    const std::array<QString, 2> tips{tr("Controls already in place that reduce this risk"),
                                      tr("Controls the treatment plan adds for this risk")};
    for (const Role role : {Role::Existing, Role::Planned}) {
        const int column = static_cast<int>(role);
        auto *heading = new QLabel(this);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        heading->setToolTip(tips.at(at(role)));
        auto *list = new QListWidget(this);
        list->setObjectName(keyword(role) + u"ControlsList"_s);
        list->setSelectionMode(QAbstractItemView::ExtendedSelection);
        list->setAlternatingRowColors(true);
        // Long titles wrap rather than scroll sideways.
        list->setWordWrap(true);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setToolTip(tips.at(at(role)));
        auto *removeButton = new QPushButton(tr("Remove"), this);
        removeButton->setObjectName(u"remove_%1_ControlButton"_s.arg(keyword(role)));
        removeButton->setToolTip(tr("Unlink the selected controls from this risk"));
        grid->addWidget(heading, 0, column);
        grid->addWidget(list, 1, column);
        auto *buttonRow = new QHBoxLayout;
        buttonRow->addStretch(1);
        buttonRow->addWidget(removeButton);
        grid->addLayout(buttonRow, 2, column);
        m_headings.at(at(role)) = heading;
        m_lists.at(at(role)) = list;
        m_removeButtons.at(at(role)) = removeButton;
        connect(list, &QListWidget::itemSelectionChanged, this, &RiskControlLists::updateButtons);
        connect(removeButton, &QPushButton::clicked, this, [this, role] { this->remove(role); });
    }
    grid->setRowStretch(1, 1);
    layout->addLayout(grid, 1);

    auto *pickRow = new QHBoxLayout;
    pickRow->setSpacing(6);
    m_controlCombo = new QComboBox(this);
    m_controlCombo->setObjectName(u"controlComboBox"_s);
    m_controlCombo->setEditable(true);
    m_controlCombo->setInsertPolicy(QComboBox::NoInsert);
    m_controlCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_controlCombo->setMinimumContentsLength(14);
    m_controlCombo->lineEdit()->setPlaceholderText(tr("Annex A control: number or title"));
    QStringList refs = m_titles.keys();
    std::sort(refs.begin(), refs.end(), [](const QString &a, const QString &b) {
        const QStringList x = a.split(u'.');
        const QStringList y = b.split(u'.');
        return std::pair(x.value(0).toInt(), x.value(1).toInt())
               < std::pair(y.value(0).toInt(), y.value(1).toInt());
    });
    for (const QString &ref : std::as_const(refs)) {
        m_controlCombo->addItem(itemText(ref, m_titles.value(ref)), ref);
    }
    m_controlCombo->setCurrentIndex(-1);
    m_controlCombo->completer()->setFilterMode(Qt::MatchContains);
    m_controlCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    pickRow->addWidget(m_controlCombo, 1);
    const std::array<QString, 2> addTexts{tr("Add as existing"), tr("Add as planned")};
    for (const Role role : {Role::Existing, Role::Planned}) {
        auto *addButton = new QPushButton(addTexts.at(at(role)), this);
        addButton->setObjectName(u"add_%1_ControlButton"_s.arg(keyword(role)));
        pickRow->addWidget(addButton);
        m_addButtons.at(at(role)) = addButton;
        connect(addButton, &QPushButton::clicked, this, [this, role] { this->add(role); });
    }
    layout->addLayout(pickRow);
    connect(m_controlCombo, &QComboBox::currentTextChanged, this, &RiskControlLists::updateButtons);
    reload();
}

RiskControlLists::~RiskControlLists() = default;

QString RiskControlLists::keyword(Role role)
{
    return role == Role::Existing ? u"existing"_s : u"planned"_s;
}

QListWidget *RiskControlLists::list(Role role) const
{
    return m_lists.at(at(role));
}

QPushButton *RiskControlLists::addButton(Role role) const
{
    return m_addButtons.at(at(role));
}

QPushButton *RiskControlLists::removeButton(Role role) const
{
    return m_removeButtons.at(at(role));
}

bool RiskControlLists::chooseControl(const QString &ref)
{
    const int index = m_controlCombo->findData(isms::normaliseControlRef(ref));
    m_controlCombo->setCurrentIndex(index);
    return index >= 0;
}

QString RiskControlLists::chosenControl() const
{
    const QString text = m_controlCombo->currentText().trimmed();
    if (text.isEmpty()) {
        return {};
    }
    if (const int index = m_controlCombo->findText(text); index >= 0) {
        return m_controlCombo->itemData(index).toString();
    }
    // A typed number ("8.24", "A.8.24") or a number followed by anything.
    const QString ref = isms::normaliseControlRef(text.section(u' ', 0, 0));
    return m_titles.contains(ref) ? ref : QString();
}

void RiskControlLists::reload()
{
    for (QListWidget *list : m_lists) {
        list->clear();
    }
    isms::Database *db = database();
    if (db && risk().isValid()) {
        const isms::EntitySpec &spec = isms::riskControlSpec();
        const auto links = isms::RecordRepository(*db, spec).referencing(u"risk"_s, {risk()});
        if (!links) {
            Q_EMIT errorOccurred(links.error());
        } else {
            const int controlField = spec.indexOf(u"control");
            const int roleField = spec.indexOf(u"role");
            for (const isms::Record &link : *links) {
                const QString ref = link.values.at(controlField).toString();
                const Role role = link.values.at(roleField).toString() == keyword(Role::Planned)
                                      ? Role::Planned
                                      : Role::Existing;
                auto *item = new QListWidgetItem(itemText(ref, m_titles.value(ref)), m_lists.at(at(role)));
                item->setToolTip(item->text());
                item->setData(LinkIdRole, link.id.value);
                item->setData(LinkRefRole, isms::EntitySpec::refOf(link));
                item->setData(ControlRole, ref);
            }
        }
    }
    int total = 0;
    for (const Role role : {Role::Existing, Role::Planned}) {
        const int count = m_lists.at(at(role))->count();
        total += count;
        m_headings.at(at(role))->setText(role == Role::Existing ? tr("Existing (%1)").arg(count)
                                                                : tr("Planned (%1)").arg(count));
    }
    Q_EMIT countChanged(total);
    updateButtons();
}

void RiskControlLists::updateButtons()
{
    const bool editable = isEditable();
    const QString control = chosenControl();
    m_controlCombo->setEnabled(editable);
    for (const Role role : {Role::Existing, Role::Planned}) {
        QListWidget *list = m_lists.at(at(role));
        bool listed = false;
        for (int row = 0; row < list->count() && !listed; ++row) {
            listed = list->item(row)->data(ControlRole).toString() == control;
        }
        m_addButtons.at(at(role))->setEnabled(editable && !control.isEmpty() && !listed);
        m_addButtons.at(at(role))->setToolTip(listed ? tr("This control is already in the list") : QString());
        m_removeButtons.at(at(role))->setEnabled(editable && !list->selectedItems().isEmpty());
    }
}

void RiskControlLists::add(Role role)
{
    const QString control = chosenControl();
    if (!isEditable() || control.isEmpty()) {
        return;
    }
    const isms::EntitySpec &spec = isms::riskControlSpec();
    isms::Record link = spec.newRecord();
    link.values[spec.indexOf(u"risk")] = risk().value;
    link.values[spec.indexOf(u"control")] = control;
    link.values[spec.indexOf(u"role")] = keyword(role);
    undoStack()->push(new CreateRecordCommand(*database(),
                                              spec,
                                              {link},
                                              errorSink(),
                                              role == Role::Existing
                                                  //: Undo text: "Add existing control A.5.15"
                                                  ? tr("Add existing control A.%1").arg(control)
                                                  //: Undo text: "Add planned control A.8.24"
                                                  : tr("Add planned control A.%1").arg(control)));
}

void RiskControlLists::remove(Role role)
{
    const QList<QListWidgetItem *> items = m_lists.at(at(role))->selectedItems();
    if (!isEditable() || items.isEmpty()) {
        return;
    }
    QList<isms::RecordId> ids;
    QStringList refs;
    for (const QListWidgetItem *item : items) {
        ids.append(isms::RecordId{item->data(LinkIdRole).toLongLong()});
        refs.append(item->data(LinkRefRole).toString());
    }
    auto *command = new RemoveRecordsCommand(*database(), isms::riskControlSpec(), ids, refs, errorSink());
    command->setText(items.size() == 1
                         //: Undo text: "Remove control A.5.15"
                         ? tr("Remove control A.%1").arg(items.constFirst()->data(ControlRole).toString())
                         //: Undo text for two or more: "Remove 3 controls"
                         : tr("Remove %1 controls").arg(items.size()));
    undoStack()->push(command);
}
