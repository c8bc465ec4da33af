// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "records/DocumentVersionPanel.h"

#include "common/FileChooser.h"
#include "common/PageWidgets.h"
#include "domain/Entities.h"
#include "records/RegisterPage.h"
#include "services/ChangeNotifier.h"
#include "services/DocumentService.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum Column
{
    Version,
    Status,
    File,
    Approver,
    ApprovalDate,
};

constexpr int RefRole = Qt::UserRole;

QVariant valueOf(const isms::Record &record, QStringView key)
{
    return record.values.value(isms::documentVersionSpec().indexOf(key));
}

/// Adding a version as an undo step: undo removes the draft version (and its file, unless something
/// else holds it), redo stores it again with the same reference.
class AddVersionCommand final : public QUndoCommand
{
public:
    AddVersionCommand(isms::Database &db,
                      isms::Record version,
                      QByteArray data,
                      QString documentRef,
                      std::function<void(const isms::Error &)> onError)
        : m_db(db)
        , m_version(std::move(version))
        , m_data(std::move(data))
        , m_documentRef(std::move(documentRef))
        , m_onError(std::move(onError))
    {
        setText(QCoreApplication::translate("DocumentVersionPanel", "Add version %1")
                    .arg(valueOf(m_version, u"version").toString()));
    }

    void undo() override
    {
        if (auto removed = isms::RecordService(m_db, isms::documentVersionSpec()).remove({m_version.id});
            !removed) {
            m_onError(removed.error());
        }
    }

    void redo() override
    {
        if (m_first) {
            m_first = false; // stored before the command was pushed
            return;
        }
        QHash<QString, QVariant> values;
        for (const QString &key : {u"ref"_s, u"version"_s, u"status"_s, u"author"_s, u"change_note"_s}) {
            values.insert(key, valueOf(m_version, key));
        }
        auto again = isms::DocumentService(m_db).addVersionData(m_documentRef,
                                                                valueOf(m_version, u"file_name").toString(),
                                                                m_data,
                                                                values);
        if (!again) {
            m_onError(again.error());
            return;
        }
        m_version = *again;
    }

private:
    isms::Database &m_db;
    isms::Record m_version;
    QByteArray m_data;
    QString m_documentRef;
    std::function<void(const isms::Error &)> m_onError;
    bool m_first = true;
};

} // namespace

DocumentVersionPanel::DocumentVersionPanel(FileChooser &chooser, QWidget *parent)
    : RecordPanel(parent)
    , m_chooser(chooser)
{
    setObjectName(u"documentVersionPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QLabel *hint = PageWidgets::muted(tr("The versions of this document, each with its file stored in the "
                                         "project. Approve a version on the Document versions page; an "
                                         "approved version never changes."),
                                      this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"versionList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Version"), tr("Status"), tr("File"), tr("Approved by"), tr("Approved on")});
    m_list->header()->setStretchLastSection(false);
    for (const int column : {Version, Status, Approver, ApprovalDate}) {
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_list->header()->setSectionResizeMode(File, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add version…"), this);
    m_add->setToolTip(tr("Stores a file as a new draft version of this document"));
    m_open = new QPushButton(tr("Open"), this);
    m_open->setToolTip(tr("Opens a read-only copy with the program for its type"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &DocumentVersionPanel::onAdd);
    connect(m_open, &QPushButton::clicked, this, &DocumentVersionPanel::onOpen);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &DocumentVersionPanel::onOpen);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &DocumentVersionPanel::updateButtons);
    updateButtons();
}

DocumentVersionPanel::~DocumentVersionPanel() = default;

DocumentVersionPanel *DocumentVersionPanel::addTo(RegisterPage &page, FileChooser &chooser)
{
    if (&page.spec() != &isms::documentSpec()) {
        return nullptr;
    }
    auto *panel = new DocumentVersionPanel(chooser);
    page.addRecordPanel(panel, tr("Versions"));
    return panel;
}

void DocumentVersionPanel::setContext(isms::Database *db, QUndoStack *undoStack)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections)) {
        QObject::disconnect(connection);
    }
    m_connections.clear();
    m_db = db;
    m_undoStack = undoStack;
    if (db) {
        const auto onKind = [this](const QString &kind) {
            if (kind == isms::documentVersionSpec().key) {
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

void DocumentVersionPanel::showRecord(isms::RecordId id)
{
    m_current = id;
    m_currentRef.clear();
    if (m_db && id.isValid()) {
        if (const auto record = isms::RecordService(*m_db, isms::documentSpec()).get(id); record) {
            m_currentRef = isms::EntitySpec::refOf(*record);
        }
    }
    reload();
}

void DocumentVersionPanel::reload()
{
    m_list->clear();
    if (m_db && m_current.isValid()) {
        const auto versions = isms::DocumentService(*m_db).versionsOf(m_current);
        const isms::FieldSpec *status = isms::documentVersionSpec().field(u"status");
        for (const isms::Record &version : versions ? *versions : QList<isms::Record>()) {
            auto *item = new QTreeWidgetItem(m_list);
            item->setText(Version, valueOf(version, u"version").toString());
            item->setText(Status, status->enumSpec->labelOf(valueOf(version, u"status").toString()));
            item->setText(File, valueOf(version, u"file_name").toString());
            item->setText(Approver, valueOf(version, u"approver").toString());
            item->setText(ApprovalDate, valueOf(version, u"approval_date").toDate().toString(Qt::ISODate));
            item->setToolTip(
                File,
                tr("%1, SHA-256 %2")
                    .arg(isms::EntitySpec::refOf(version), valueOf(version, u"sha256").toString()));
            item->setData(Version, RefRole, isms::EntitySpec::refOf(version));
        }
    }
    updateButtons();
}

void DocumentVersionPanel::updateButtons()
{
    m_add->setEnabled(m_db && m_undoStack && !m_db->isReadOnly() && !m_currentRef.isEmpty());
    m_open->setEnabled(m_db && m_list->selectedItems().size() == 1);
}

bool DocumentVersionPanel::addVersion(const QString &path)
{
    if (!m_db || !m_undoStack || m_currentRef.isEmpty() || path.isEmpty()) {
        return false;
    }
    const QString label = QString::number(m_list->topLevelItemCount() + 1) + u".0"_s;
    isms::DocumentService service(*m_db);
    const auto added =
        service.addVersion(m_currentRef,
                           path,
                           {{u"version"_s, label}, {u"status"_s, u"draft"_s}, {u"author"_s, m_db->actor()}});
    if (!added) {
        Q_EMIT errorOccurred(added.error());
        return false;
    }
    const auto stored = service.content(isms::EntitySpec::refOf(*added));
    m_undoStack->push(
        new AddVersionCommand(*m_db,
                              *added,
                              stored ? *stored : QByteArray(),
                              m_currentRef,
                              [this](const isms::Error &error) { Q_EMIT errorOccurred(error); }));
    return true;
}

void DocumentVersionPanel::onAdd()
{
    const QStringList paths = m_chooser.openEvidence(this);
    if (!paths.isEmpty()) {
        addVersion(paths.constFirst());
    }
}

void DocumentVersionPanel::onOpen()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (!m_db || selected.size() != 1) {
        return;
    }
    const QString ref = selected.constFirst()->data(Version, RefRole).toString();
    // One folder per version, so that two files of the same name never overwrite each other.
    const QDir folder(QDir::temp().filePath(u"isms-workbench-documents/"_s + ref));
    const QString target = folder.filePath(QFileInfo(selected.constFirst()->text(File)).fileName());
    if (!folder.mkpath(u"."_s)) {
        Q_EMIT errorOccurred(isms::Error{
            isms::ErrorCode::Io,
            tr("The temporary folder %1 cannot be written to.").arg(QDir::toNativeSeparators(folder.path())),
            {}});
        return;
    }
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    QFile::remove(target);
    if (const auto written = isms::DocumentService(*m_db).extract(ref, target); !written) {
        Q_EMIT errorOccurred(written.error());
        return;
    }
    // A read-only copy: edits would never reach the project file, so the copy does not invite them.
    QFile::setPermissions(target, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    if (!m_chooser.openExternally(target)) {
        Q_EMIT errorOccurred(
            isms::Error{isms::ErrorCode::Io,
                        tr("No program on this computer opens %1.").arg(selected.constFirst()->text(File)),
                        {}});
    }
}
