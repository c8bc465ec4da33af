// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "roles/RaciPage.h"

#include "commands/CreateRecordCommand.h"
#include "commands/RemoveRecordsCommand.h"
#include "commands/SetFieldCommand.h"
#include "common/MessageBanner.h"
#include "common/PageWidgets.h"
#include "domain/Entities.h"
#include "roles/RaciModel.h"
#include "services/ChangeNotifier.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

/// A combo box with the four letters and "not involved"; a choice is written at once.
class RaciDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(u"raciCombo"_s);
        //: The choice that clears a RACI cell.
        combo->addItem(QCoreApplication::translate("RaciPage", "(not involved)"), QString());
        for (const isms::EnumValue &value : isms::raciLetterValues().values) {
            combo->addItem(QCoreApplication::translate("isms::EnumSpec", value.label), value.keyword);
        }
        auto *self = const_cast<RaciDelegate *>(this);
        connect(combo, &QComboBox::activated, self, [self, combo] {
            Q_EMIT self->commitData(combo);
            Q_EMIT self->closeEditor(combo);
        });
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toString())));
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData().toString(), Qt::EditRole);
    }
};

} // namespace

RaciPage::RaciPage(QWidget *parent)
    : WorkbenchPage(parent)
{
    setObjectName(u"raciPage"_s);
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &RaciPage::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 16);
    layout->setSpacing(8);
    layout->addWidget(PageWidgets::title(tr("RACI matrix"), this));
    m_summary = PageWidgets::muted({}, this);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(u"summaryLabel"_s);
    layout->addWidget(m_summary);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    m_model = new RaciModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"raciView"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new RaciDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setMinimumSectionSize(70);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->setWordWrap(true);
    m_view->installEventFilter(this);
    layout->addWidget(m_view, 1);

    connect(m_model, &RaciModel::letterRequested, this, [this](int row, int column, const QString &letter) {
        setLetter(row, column, letter);
    });
}

RaciPage::~RaciPage() = default;

void RaciPage::setContext(isms::Database *db, QUndoStack *undoStack)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    m_db = db;
    m_undoStack = undoStack;
    if (db) {
        const isms::ChangeNotifier *notifier = db->notifier();
        const auto onRecords = [this](const QString &kind) {
            if (kind == isms::raciAssignmentSpec().key || kind == isms::roleSpec().key
                || kind == isms::processSpec().key || kind == isms::personSpec().key) {
                scheduleRefresh();
            }
        };
        m_connections.append(connect(notifier, &isms::ChangeNotifier::recordsAdded, this, onRecords));
        m_connections.append(connect(notifier, &isms::ChangeNotifier::recordsRemoved, this, onRecords));
        m_connections.append(connect(notifier, &isms::ChangeNotifier::recordsChanged, this, onRecords));
    }
    refresh();
}

bool RaciPage::showRecord(const QString &entityId)
{
    bool isNumber = false;
    const qint64 id = entityId.toLongLong(&isNumber);
    if (!isNumber) {
        return false;
    }
    const isms::RaciMatrix &matrix = m_model->matrix();
    for (qsizetype row = 0; row < matrix.activities().size(); ++row) {
        for (qsizetype column = 0; column < matrix.roles().size(); ++column) {
            if (matrix.cell(row, column).assignment.value == id) {
                m_view->setCurrentIndex(m_model->index(static_cast<int>(row), static_cast<int>(column)));
                return true;
            }
        }
    }
    return false;
}

void RaciPage::scheduleRefresh()
{
    // A page out of sight reads again when it is shown.
    m_stale = true;
    if (isVisible()) {
        m_refreshTimer->start();
    }
}

void RaciPage::showEvent(QShowEvent *event)
{
    WorkbenchPage::showEvent(event);
    if (m_stale) {
        refresh();
    }
}

void RaciPage::refresh()
{
    m_refreshTimer->stop();
    m_stale = false;
    const QModelIndex current = m_view->currentIndex();
    isms::RaciMatrix matrix;
    if (m_db) {
        auto read = isms::RaciMatrix::load(*m_db);
        if (read) {
            matrix = std::move(read).value();
        } else {
            showError(read.error().message);
        }
    }
    m_model->setMatrix(matrix);
    m_model->setEditable(m_db && m_undoStack && !m_db->isReadOnly());
    m_view->resizeRowsToContents();
    if (current.isValid()) {
        m_view->setCurrentIndex(m_model->index(current.row(), current.column()));
    }

    const isms::RaciMatrix &shown = m_model->matrix();
    int gaps = 0;
    for (qsizetype row = 0; row < shown.activities().size(); ++row) {
        gaps += shown.accountableCount(row) == 1 ? 0 : 1;
    }
    const QLocale locale;
    QStringList summary;
    if (shown.activities().isEmpty() || shown.roles().isEmpty()) {
        summary.append(
            tr("The matrix needs ISMS processes (its rows) and roles (its columns); record them on "
               "the pages ISMS processes and Roles."));
    } else {
        summary.append(tr("Processes: %1. Roles: %2. Processes without exactly one Accountable role: %3.")
                           .arg(locale.toString(shown.activities().size()),
                                locale.toString(shown.roles().size()),
                                locale.toString(gaps)));
        summary.append(tr("R does the work, A answers for it, C is consulted, I is informed. Type R, A, C or "
                          "I in a cell, Delete to clear it, or double-click it to choose."));
    }
    m_summary->setText(summary.join(u' '));
}

bool RaciPage::setLetter(int row, int column, const QString &letter)
{
    if (!m_db || !m_undoStack || m_db->isReadOnly()) {
        return false;
    }
    const isms::RaciMatrix &matrix = m_model->matrix();
    if (row < 0 || row >= matrix.activities().size() || column < 0 || column >= matrix.roles().size()) {
        return false;
    }
    const isms::RaciCell cell = matrix.cell(row, column);
    if (cell.letter == letter) {
        return false;
    }
    const isms::EntitySpec &spec = isms::raciAssignmentSpec();
    QPointer<RaciPage> self(this);
    const auto sink = [self](const isms::Error &error) {
        if (self) {
            self->showError(error.message);
        }
    };
    m_banner->hideMessage();
    const isms::RaciActivity &activity = matrix.activities().at(row);
    const isms::RaciRole &role = matrix.roles().at(column);
    if (!cell.assignment.isValid()) {
        isms::Record link = spec.newRecord();
        link.values[spec.indexOf(u"process")] = activity.process.value;
        link.values[spec.indexOf(u"role")] = role.role.value;
        link.values[spec.indexOf(u"letter")] = letter;
        //: Undo text: "Set RACI of ISMS Manager in Incident management to A".
        m_undoStack->push(
            new CreateRecordCommand(*m_db,
                                    spec,
                                    {link},
                                    sink,
                                    tr("Set RACI of %1 in %2 to %3").arg(role.name, activity.name, letter)));
    } else if (letter.isEmpty()) {
        m_undoStack->push(new RemoveRecordsCommand(*m_db, spec, {cell.assignment}, {cell.ref}, sink));
    } else {
        m_undoStack->push(
            new SetFieldCommand(*m_db, spec, cell.assignment, u"letter"_s, cell.letter, letter, -1, sink));
    }
    // Read again once the editor that asked for the change has closed.
    m_stale = true;
    m_refreshTimer->start();
    return true;
}

void RaciPage::showError(const QString &message)
{
    m_banner->showMessage(MessageBanner::Kind::Error, message);
}

bool RaciPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid() && (key->modifiers() & ~Qt::ShiftModifier) == Qt::NoModifier) {
            if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
                if (setLetter(current.row(), current.column(), QString())) {
                    refresh();
                }
                return true;
            }
            const QString letter = key->text().trimmed().toUpper();
            if (letter.size() == 1 && isms::raciLetterValues().find(letter)) {
                if (setLetter(current.row(), current.column(), letter)) {
                    refresh();
                }
                return true;
            }
        }
    }
    return WorkbenchPage::eventFilter(watched, event);
}
