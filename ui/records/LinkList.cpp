// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "records/LinkList.h"

#include "commands/CreateRecordCommand.h"
#include "commands/RemoveRecordsCommand.h"
#include "common/TextRules.h"
#include "domain/Entities.h"
#include "services/ChangeNotifier.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int LinkIdRole = Qt::UserRole;
constexpr int LinkRefRole = Qt::UserRole + 1;
constexpr int EndKeyRole = Qt::UserRole + 2;
constexpr int LogIdRole = Qt::UserRole + 3;
constexpr int MaxEndLength = 160;

/// The field that names a record to people: its name, else its title, else the field called as the
/// record is (an objective's "objective"); -1 when it has none of them.
int nameIndex(const isms::EntitySpec &spec)
{
    for (const QString &key : {u"name"_s, u"title"_s, spec.entity}) {
        if (const int index = spec.indexOf(key); index >= 0) {
            return index;
        }
    }
    return -1;
}

} // namespace

LinkList::LinkList(const isms::EntitySpec &owner, const isms::LinkColumn &column, QWidget *parent)
    : QWidget(parent)
    , m_owner(owner)
    , m_column(column)
    , m_linkSpec(isms::Entities::find(column.linkKind))
{
    setObjectName(column.key + u"LinkList"_s);
    if (m_linkSpec) {
        m_ownIndex = m_linkSpec->indexOf(column.ownField);
        m_otherIndex = m_linkSpec->indexOf(column.otherField);
        m_roleIndex = column.roleField.isEmpty() ? -1 : m_linkSpec->indexOf(column.roleField);
    }
    if (m_ownIndex < 0 || m_otherIndex < 0) {
        m_linkSpec = nullptr; // a spec that does not fit: the list stays empty
    } else if (const isms::FieldSpec &other = m_linkSpec->fields.at(m_otherIndex);
               other.type == isms::FieldType::Reference) {
        m_target = isms::Entities::find(other.referenceKind);
    } else {
        // A text end names an entry of the catalogue register whose change-log entity is its key.
        m_textEnd = true;
        const isms::EntitySpec *catalogue = isms::Entities::findByEntity(other.key);
        m_target = catalogue && catalogue->isCatalogue() ? catalogue : nullptr;
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *header = new QHBoxLayout;
    header->setSpacing(6);
    m_heading = new QLabel(this);
    m_heading->setObjectName(column.key + u"LinkHeading"_s);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    header->addWidget(m_heading, 1);
    m_addButton = new QPushButton(tr("Add…"), this);
    m_addButton->setObjectName(u"add_%1_LinkButton"_s.arg(column.key));
    if (m_target) {
        //: %1 are records or catalogue entries ("people", "Annex A controls"), %2 a kind of record ("audit")
        m_addButton->setToolTip(
            tr("Choose %1 to link to this %2").arg(m_target->pluralNoun(), m_owner.singularNoun()));
    }
    m_removeButton = new QPushButton(tr("Remove"), this);
    m_removeButton->setObjectName(u"remove_%1_LinkButton"_s.arg(column.key));
    m_removeButton->setToolTip(tr("Unlink the selected entries (Delete); the records themselves stay"));
    header->addWidget(m_addButton);
    header->addWidget(m_removeButton);
    layout->addLayout(header);

    m_list = new QListWidget(this);
    m_list->setObjectName(column.key + u"LinkListWidget"_s);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 3 + 12);
    if (m_target) {
        m_list->setToolTip(tr("Double-click an entry to open it"));
    }
    layout->addWidget(m_list, 1);
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(column.key + u"LinkEmpty"_s);
    // One line, no word wrap: a wrapping label would make the panel's scroll area size the lists by
    // their preferred height rather than the room there is.
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setEnabled(false);
    //: Under the heading of an empty link list ("Auditors (0)")
    m_emptyLabel->setText(tr("None linked yet; click Add… to choose."));
    layout->addWidget(m_emptyLabel);

    auto *removeAction = new QAction(tr("Remove"), m_list);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &LinkList::removeSelected);
    connect(m_addButton, &QPushButton::clicked, this, &LinkList::onAdd);
    connect(m_removeButton, &QPushButton::clicked, this, &LinkList::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &LinkList::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (m_target && item) {
            Q_EMIT recordRequested(m_target->entity, item->data(LogIdRole).toString());
        }
    });
    reload();
}

LinkList::~LinkList() = default;

void LinkList::setContext(isms::Database *db, QUndoStack *undoStack)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    if (m_picker) {
        m_picker->reject();
    }
    m_db = db;
    m_undoStack = db ? undoStack : nullptr;
    m_current = {};
    m_catalogue.clear();
    if (m_db && m_linkSpec) {
        QStringList kinds{m_linkSpec->key};
        if (m_target && !m_textEnd) {
            kinds.append(m_target->key); // the names shown
        }
        const auto touched = [this, kinds](const QString &kind) {
            if (kinds.contains(kind)) {
                reload();
            }
        };
        isms::ChangeNotifier *notifier = m_db->notifier();
        m_connections = {connect(notifier, &isms::ChangeNotifier::recordsAdded, this, touched),
                         connect(notifier, &isms::ChangeNotifier::recordsChanged, this, touched),
                         connect(notifier, &isms::ChangeNotifier::recordsRemoved, this, touched)};
    }
    reload();
}

void LinkList::showOwner(isms::RecordId owner)
{
    if (m_picker && owner != m_current) {
        m_picker->reject();
    }
    m_current = owner;
    reload();
}

bool LinkList::isEditable() const
{
    return m_db && m_undoStack && !m_db->isReadOnly() && m_current.isValid() && m_linkSpec;
}

QStringList LinkList::texts() const
{
    QStringList result;
    for (int row = 0; row < m_list->count(); ++row) {
        result.append(m_list->item(row)->text());
    }
    return result;
}

QString LinkList::endKey(const isms::Record &link) const
{
    const QVariant value = link.values.at(m_otherIndex);
    return m_textEnd ? value.toString() : QString::number(value.toLongLong());
}

isms::Result<QHash<QString, LinkList::End>> LinkList::ends(const QStringList &keys) const
{
    QHash<QString, End> found;
    if (!m_db || !m_target) {
        for (const QString &key : keys) {
            found.insert(key, End{key, key, 0});
        }
        return found;
    }
    const int name = nameIndex(*m_target);
    // The field read beside each reference: the name, or the reference again when there is none.
    const QString namedField = name >= 0 ? m_target->fields.at(name).key : u"ref"_s;
    if (m_textEnd) {
        if (m_catalogue.isEmpty()) {
            const auto entries = isms::RecordRepository(*m_db, *m_target).named(namedField);
            if (!entries) {
                return entries.error();
            }
            qint64 position = 0;
            for (const isms::RecordRepository::Named &entry : *entries) {
                const QString &ref = entry.ref;
                const QString title = name >= 0 ? entry.text.simplified() : QString();
                //: A catalogue entry in a link list: number and title, "A.5.18 Access rights"
                const QString text = title.isEmpty() ? m_target->shownRef(ref)
                                                     : tr("%1 %2").arg(m_target->shownRef(ref), title);
                m_catalogue.insert(ref, End{text, ref, ++position});
            }
        }
        found = m_catalogue;
        for (const QString &key : keys) {
            if (!found.contains(key)) {
                found.insert(key, End{key, key, std::numeric_limits<qint64>::max()});
            }
        }
        return found;
    }
    const isms::RecordRepository repository(*m_db, *m_target);
    QList<isms::RecordRepository::Named> records;
    if (keys.isEmpty()) {
        // The whole register for the picker: its references and names only.
        auto named = repository.named(namedField);
        if (!named) {
            return named.error();
        }
        records = std::move(named).value();
    } else {
        QList<isms::RecordId> ids;
        ids.reserve(keys.size());
        for (const QString &key : keys) {
            ids.append(isms::RecordId{key.toLongLong()});
        }
        const auto linked = repository.byIds(ids);
        if (!linked) {
            return linked.error();
        }
        for (const isms::Record &record : *linked) {
            records.append({record.id,
                            isms::EntitySpec::refOf(record),
                            name >= 0 ? record.values.at(name).toString() : QString()});
        }
    }
    for (const isms::RecordRepository::Named &record : std::as_const(records)) {
        const QString &ref = record.ref;
        const QString recordName = name >= 0 ? record.text : QString();
        //: A linked record in a list: reference and name, "P-003 — Ruth Calder"
        const QString text =
            recordName.trimmed().isEmpty()
                ? ref
                : tr("%1 — %2").arg(
                    ref,
                    isms::text::forDisplay(recordName, isms::text::Shape::SingleLine, MaxEndLength));
        const QString key = QString::number(record.id.value);
        found.insert(key, End{text, key, m_target->refNumber(ref).value_or(record.id.value)});
    }
    return found;
}

void LinkList::reload()
{
    const QString selectedKey =
        m_list->currentItem() ? m_list->currentItem()->data(EndKeyRole).toString() : QString();
    m_list->clear();
    if (m_db && m_linkSpec && m_current.isValid()) {
        const auto links =
            isms::RecordRepository(*m_db, *m_linkSpec).referencing(m_column.ownField, {m_current});
        QList<std::pair<QString, isms::Record>> mine;
        QStringList keys;
        for (const isms::Record &link : links ? *links : QList<isms::Record>()) {
            if (m_roleIndex >= 0 && link.values.at(m_roleIndex).toString() != m_column.roleValue) {
                continue;
            }
            mine.append({endKey(link), link});
            keys.append(mine.constLast().first);
        }
        const auto named = links ? ends(keys) : isms::Result<QHash<QString, End>>(links.error());
        if (!named) {
            Q_EMIT errorOccurred(named.error());
        } else {
            std::sort(mine.begin(), mine.end(), [&named](const auto &a, const auto &b) {
                const End x = named->value(a.first);
                const End y = named->value(b.first);
                return std::pair(x.order, x.text) < std::pair(y.order, y.text);
            });
            for (const auto &[key, link] : std::as_const(mine)) {
                const End end = named->value(key, End{key, key, 0});
                auto *item = new QListWidgetItem(end.text, m_list);
                item->setToolTip(end.text);
                item->setData(LinkIdRole, link.id.value);
                item->setData(LinkRefRole, isms::EntitySpec::refOf(link));
                item->setData(EndKeyRole, key);
                item->setData(LogIdRole, end.logId);
                if (key == selectedKey) {
                    m_list->setCurrentItem(item);
                }
            }
        }
    }
    const int count = m_list->count();
    //: The heading of a link list with how many it holds: "Auditors (2)"
    m_heading->setText(tr("%1 (%2)").arg(m_column.labelText()).arg(count));
    const bool empty = count == 0 && m_current.isValid();
    m_list->setVisible(!empty);
    m_emptyLabel->setVisible(empty);
    // An empty list is one line under its heading and leaves the height to the others.
    setSizePolicy(QSizePolicy::Preferred, empty ? QSizePolicy::Maximum : QSizePolicy::Preferred);
    Q_EMIT countChanged(count);
    updateButtons();
}

void LinkList::updateButtons()
{
    const bool editable = isEditable();
    m_addButton->setEnabled(editable && m_target);
    m_removeButton->setEnabled(editable && !m_list->selectedItems().isEmpty());
}

QList<LinkPickerDialog::Choice> LinkList::choices()
{
    QList<LinkPickerDialog::Choice> result;
    if (!m_db || !m_target) {
        return result;
    }
    const auto all = ends({});
    if (!all) {
        Q_EMIT errorOccurred(all.error());
        return result;
    }
    QSet<QString> linked;
    for (int row = 0; row < m_list->count(); ++row) {
        linked.insert(m_list->item(row)->data(EndKeyRole).toString());
    }
    QList<std::pair<QString, End>> offered;
    for (auto it = all->constBegin(); it != all->constEnd(); ++it) {
        if (!linked.contains(it.key()) && it.value().order != std::numeric_limits<qint64>::max()) {
            offered.append({it.key(), it.value()});
        }
    }
    std::sort(offered.begin(), offered.end(), [](const auto &a, const auto &b) {
        return std::pair(a.second.order, a.second.text) < std::pair(b.second.order, b.second.text);
    });
    result.reserve(offered.size());
    for (const auto &[key, end] : std::as_const(offered)) {
        result.append({m_textEnd ? QVariant(key) : QVariant(key.toLongLong()), end.text});
    }
    return result;
}

std::function<void(const isms::Error &)> LinkList::errorSink()
{
    QPointer<LinkList> self(this);
    return [self](const isms::Error &error) {
        if (self) {
            Q_EMIT self->errorOccurred(error);
        }
    };
}

bool LinkList::addEnds(const QVariantList &values)
{
    if (!isEditable() || values.isEmpty()) {
        return false;
    }
    QHash<QString, QString> linked; // end key to its text
    for (int row = 0; row < m_list->count(); ++row) {
        linked.insert(m_list->item(row)->data(EndKeyRole).toString(), m_list->item(row)->text());
    }
    QList<isms::Record> records;
    QSet<QString> keys;
    QString firstKey;
    for (const QVariant &value : values) {
        const QString key = m_textEnd ? value.toString().trimmed() : QString::number(value.toLongLong());
        if (linked.contains(key)) {
            Q_EMIT errorOccurred(
                isms::Error{isms::ErrorCode::InvalidArgument,
                            //: %1 is a linked entry ("P-003 — Ruth Calder"), %2 the list ("Auditors")
                            tr("%1 is in %2 already; choose only entries the list does not show.")
                                .arg(linked.value(key), m_column.labelText()),
                            m_column.key});
            return false;
        }
        if (keys.contains(key)) {
            continue;
        }
        keys.insert(key);
        firstKey = firstKey.isEmpty() ? key : firstKey;
        isms::Record link = m_linkSpec->newRecord();
        link.values[m_ownIndex] = m_current.value;
        link.values[m_otherIndex] = m_textEnd ? QVariant(key) : QVariant(key.toLongLong());
        if (m_roleIndex >= 0) {
            link.values[m_roleIndex] = m_column.roleValue;
        }
        records.append(link);
    }
    QString text;
    if (records.size() == 1) {
        const auto named = ends({firstKey});
        //: Undo text: "Add P-003 — Ruth Calder to Auditors"
        text = tr("Add %1 to %2").arg(named ? named->value(firstKey).text : firstKey, m_column.labelText());
    } else {
        //: Undo text for two or more: "Add 3 entries to Auditors"
        text = tr("Add %1 entries to %2").arg(records.size()).arg(m_column.labelText());
    }
    auto failed = std::make_shared<bool>(false);
    QPointer<LinkList> self(this);
    m_undoStack->push(new CreateRecordCommand(
        *m_db,
        *m_linkSpec,
        records,
        [self, failed](const isms::Error &error) {
            *failed = true;
            if (self) {
                Q_EMIT self->errorOccurred(error);
            }
        },
        text));
    return !*failed;
}

bool LinkList::removeSelected()
{
    const QList<QListWidgetItem *> items = m_list->selectedItems();
    if (!isEditable() || items.isEmpty()) {
        return false;
    }
    QList<isms::RecordId> ids;
    QStringList refs;
    for (const QListWidgetItem *item : items) {
        ids.append(isms::RecordId{item->data(LinkIdRole).toLongLong()});
        refs.append(item->data(LinkRefRole).toString());
    }
    auto *command = new RemoveRecordsCommand(*m_db, *m_linkSpec, ids, refs, errorSink());
    command->setText(items.size() == 1
                         //: Undo text: "Remove P-003 — Ruth Calder from Auditors"
                         ? tr("Remove %1 from %2").arg(items.constFirst()->text(), m_column.labelText())
                         //: Undo text for two or more: "Remove 3 entries from Auditors"
                         : tr("Remove %1 entries from %2").arg(items.size()).arg(m_column.labelText()));
    const int before = m_undoStack->count();
    m_undoStack->push(command);
    return m_undoStack->count() > before;
}

void LinkList::onAdd()
{
    if (!isEditable() || !m_target) {
        return;
    }
    if (m_picker) {
        m_picker->raise();
        return;
    }
    const QList<LinkPickerDialog::Choice> offered = choices();
    const QString emptyText =
        m_list->count() > 0
            //: In the link picker when nothing is left: "Every person is linked already."
            ? tr("Every %1 is linked already.").arg(m_target->singularNoun())
            //: In the link picker of an empty register: "There are no people yet; add them on their page."
            : tr("There are no %1 yet; add them on their page first.").arg(m_target->pluralNoun());
    //: The title of the link picker: "Add to Auditors"
    m_picker = new LinkPickerDialog(tr("Add to %1").arg(m_column.labelText()), emptyText, offered, this);
    m_picker->setAttribute(Qt::WA_DeleteOnClose);
    m_picker->setWindowModality(Qt::WindowModal);
    const isms::RecordId owner = m_current;
    connect(m_picker, &QDialog::accepted, this, [this, owner, picker = m_picker] {
        if (picker && owner == m_current) {
            addEnds(picker->chosen());
        }
    });
    m_picker->open();
}
