// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "records/EvidencePanel.h"

#include "commands/EvidenceCommand.h"
#include "common/FileChooser.h"
#include "common/PageWidgets.h"
#include "domain/Entities.h"
#include "records/RegisterPage.h"
#include "services/ChangeNotifier.h"
#include "services/EvidenceService.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum Column
{
    Name,
    EvidenceDate,
    Expires,
    Size,
};

constexpr int IdRole = Qt::UserRole;

/// The text colour of an expired file's row (dark red).
QColor expiredColour()
{
    return {0xB7, 0x1C, 0x1C};
}

constexpr int RefRole = Qt::UserRole + 1;

QString valueOf(const isms::Record &record, QStringView key)
{
    const int index = isms::evidenceSpec().indexOf(key);
    return index >= 0 ? record.values.at(index).toString() : QString();
}

} // namespace

EvidencePanel::EvidencePanel(const isms::EntitySpec &spec, FileChooser &chooser, QWidget *parent)
    : RecordPanel(parent)
    , m_spec(spec)
    , m_chooser(chooser)
{
    setObjectName(spec.key + u"EvidencePanel"_s);
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(PageWidgets::muted(tr("Files that prove this record, stored in the project file. Drop "
                                            "files here or attach them."),
                                         this));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"evidenceList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({tr("File"), tr("Evidence date"), tr("Expires"), tr("Size")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(Name, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    m_attach = new QPushButton(tr("Attach…"), this);
    m_open = new QPushButton(tr("Open"), this);
    m_open->setToolTip(tr("Opens a read-only copy with the program for its type"));
    m_save = new QPushButton(tr("Save as…"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    for (QPushButton *button : {m_attach, m_open, m_save, m_remove}) {
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_attach, &QPushButton::clicked, this, &EvidencePanel::onAttach);
    connect(m_save, &QPushButton::clicked, this, &EvidencePanel::onSave);
    connect(m_open, &QPushButton::clicked, this, &EvidencePanel::onOpen);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &EvidencePanel::onOpen);
    connect(m_remove, &QPushButton::clicked, this, &EvidencePanel::onRemove);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &EvidencePanel::updateButtons);
    updateButtons();
}

EvidencePanel::~EvidencePanel() = default;

EvidencePanel *EvidencePanel::addTo(RegisterPage &page, FileChooser &chooser)
{
    if (!isms::EvidenceService::canAttachTo(page.spec())) {
        return nullptr;
    }
    auto *panel = new EvidencePanel(page.spec(), chooser);
    page.addRecordPanel(panel, tr("Evidence"));
    return panel;
}

void EvidencePanel::setContext(isms::Database *db, QUndoStack *undoStack)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections)) {
        QObject::disconnect(connection);
    }
    m_connections.clear();
    m_db = db;
    m_undoStack = undoStack;
    if (db) {
        const auto onKind = [this](const QString &kind) {
            if (kind == isms::evidenceSpec().key) {
                reload();
            }
        };
        isms::ChangeNotifier *notifier = db->notifier();
        m_connections = {connect(notifier, &isms::ChangeNotifier::recordsChanged, this, onKind),
                         connect(notifier, &isms::ChangeNotifier::recordsAdded, this, onKind),
                         connect(notifier, &isms::ChangeNotifier::recordsRemoved, this, onKind)};
    }
    showRecord({});
}

void EvidencePanel::showRecord(isms::RecordId id)
{
    m_current = id;
    m_currentRef.clear();
    if (m_db && id.isValid()) {
        if (const auto record = isms::RecordService(*m_db, m_spec).get(id); record) {
            m_currentRef = isms::EntitySpec::refOf(*record);
        }
    }
    reload();
}

void EvidencePanel::reload()
{
    m_list->clear();
    if (m_db && !m_currentRef.isEmpty()) {
        const auto evidence = isms::EvidenceService(*m_db).list(m_spec.key, m_currentRef);
        const QDate today = QDate::currentDate();
        const QLocale locale;
        for (const isms::Record &record : evidence ? *evidence : QList<isms::Record>()) {
            auto *item = new QTreeWidgetItem(m_list);
            const bool expired = isms::EvidenceService::isExpired(record, today);
            const QString expires = valueOf(record, u"expires");
            item->setText(Name, valueOf(record, u"name"));
            item->setText(EvidenceDate, valueOf(record, u"evidence_date"));
            //: An evidence file's expiry date once it has passed.
            item->setText(Expires, expired ? tr("%1 (expired)").arg(expires) : expires);
            item->setText(Size, locale.formattedDataSize(valueOf(record, u"size").toLongLong()));
            item->setToolTip(
                Name,
                tr("%1, SHA-256 %2").arg(isms::EntitySpec::refOf(record), valueOf(record, u"sha256")));
            item->setData(Name, IdRole, record.id.value);
            item->setData(Name, RefRole, isms::EntitySpec::refOf(record));
            if (expired) {
                // In words as well as in colour: the row says "expired", and so does its tooltip.
                const QString why = tr("Expired on %1: this file no longer proves the record. Attach "
                                       "current evidence.")
                                        .arg(expires);
                QFont bold = item->font(Expires);
                bold.setBold(true);
                item->setFont(Expires, bold);
                for (int column = Name; column <= Size; ++column) {
                    item->setForeground(column, expiredColour());
                    if (column != Name) {
                        item->setToolTip(column, why);
                    }
                }
                item->setToolTip(Name, why + u'\n' + item->toolTip(Name));
            }
        }
    }
    updateButtons();
}

bool EvidencePanel::isEditable() const
{
    return m_db && m_undoStack && !m_db->isReadOnly() && !m_currentRef.isEmpty();
}

void EvidencePanel::updateButtons()
{
    const bool selected = !m_list->selectedItems().isEmpty();
    m_attach->setEnabled(isEditable());
    m_remove->setEnabled(isEditable() && selected);
    m_save->setEnabled(m_db && m_list->selectedItems().size() == 1);
    m_open->setEnabled(m_save->isEnabled());
}

bool EvidencePanel::attachFiles(const QStringList &paths)
{
    if (!isEditable() || paths.isEmpty()) {
        return false;
    }
    isms::EvidenceService service(*m_db);
    QList<isms::Record> attached;
    for (const QString &path : paths) {
        auto record = service.attach(m_spec.key, m_currentRef, path, {.evidenceDate = QDate::currentDate()});
        if (!record) {
            // What was attached before the refused file stays, as its own undo step.
            if (!attached.isEmpty()) {
                m_undoStack->push(
                    EvidenceCommand::attached(*m_db, attached, [this](const isms::Error &error) {
                        Q_EMIT errorOccurred(error);
                    }));
            }
            Q_EMIT errorOccurred(record.error());
            return false;
        }
        attached.append(*record);
    }
    m_undoStack->push(EvidenceCommand::attached(*m_db, attached, [this](const isms::Error &error) {
        Q_EMIT errorOccurred(error);
    }));
    return true;
}

void EvidencePanel::onAttach()
{
    attachFiles(m_chooser.openEvidence(this));
}

void EvidencePanel::onSave()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (!m_db || selected.size() != 1) {
        return;
    }
    const QString target =
        m_chooser.saveEvidence(this, QDir::home().filePath(selected.constFirst()->text(Name)));
    if (target.isEmpty()) {
        return;
    }
    const QString ref = selected.constFirst()->data(Name, RefRole).toString();
    if (const auto written = isms::EvidenceService(*m_db).extract(ref, target); !written) {
        Q_EMIT errorOccurred(written.error());
    }
}

void EvidencePanel::onOpen()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (!m_db || selected.size() != 1) {
        return;
    }
    const QString ref = selected.constFirst()->data(Name, RefRole).toString();
    // One folder per evidence record, so that two files of the same name never overwrite each other.
    const QDir folder(QDir::temp().filePath(u"isms-workbench-evidence/"_s + ref));
    const QString target = folder.filePath(QFileInfo(selected.constFirst()->text(Name)).fileName());
    if (!folder.mkpath(u"."_s)) {
        Q_EMIT errorOccurred(isms::Error{isms::ErrorCode::Io,
                                         tr("The temporary folder %1 cannot be written to; use Save as… "
                                            "instead.")
                                             .arg(QDir::toNativeSeparators(folder.path())),
                                         {}});
        return;
    }
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    QFile::remove(target);
    if (const auto written = isms::EvidenceService(*m_db).extract(ref, target); !written) {
        Q_EMIT errorOccurred(written.error());
        return;
    }
    // A read-only copy: edits would never reach the project file, so the copy does not invite them.
    QFile::setPermissions(target, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    if (!m_chooser.openExternally(target)) {
        Q_EMIT errorOccurred(isms::Error{isms::ErrorCode::Io,
                                         tr("No program on this computer opens %1; use Save as… and open "
                                            "it from there.")
                                             .arg(selected.constFirst()->text(Name)),
                                         {}});
    }
}

void EvidencePanel::onRemove()
{
    if (!isEditable()) {
        return;
    }
    QList<isms::RecordId> ids;
    QStringList names;
    for (const QTreeWidgetItem *item : m_list->selectedItems()) {
        ids.append(isms::RecordId{item->data(Name, IdRole).toLongLong()});
        names.append(item->text(Name));
    }
    if (!ids.isEmpty()) {
        m_undoStack->push(EvidenceCommand::removal(*m_db, ids, names, [this](const isms::Error &error) {
            Q_EMIT errorOccurred(error);
        }));
    }
}

void EvidencePanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (isEditable() && event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void EvidencePanel::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            paths.append(url.toLocalFile());
        }
    }
    if (attachFiles(paths)) {
        event->acceptProposedAction();
    }
}
