// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "records/RecordForm.h"

#include "commands/SetFieldCommand.h"
#include "common/MessageBanner.h"
#include "common/TextRules.h"
#include "models/ChangeLogTableModel.h"
#include "records/FieldEditor.h"
#include "records/FieldEditorFactory.h"
#include "services/ChangeNotifier.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollArea>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QFormLayout *newFormLayout()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    return form;
}

} // namespace

RecordForm::RecordForm(const isms::EntitySpec &spec, QWidget *parent)
    : QWidget(parent)
    , m_spec(spec)
{
    setObjectName(spec.key + u"Form"_s);
    // The heading names the record by its first required text after the reference ("name", "title").
    for (int i = 1; i < spec.fields.size() && m_titleField < 0; ++i) {
        const isms::FieldSpec &field = spec.fields.at(i);
        if (field.type == isms::FieldType::Text
            && (field.has(isms::Required) || field.has(isms::FromCatalogue))) {
            m_titleField = i;
        }
    }
    m_idleTimer = new QTimer(this);
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(IdleCommitMs);
    connect(m_idleTimer, &QTimer::timeout, this, &RecordForm::flushPendingEdits);
    const auto count = spec.fields.size();
    m_pending = QList<bool>(count, false);
    m_problem = QList<bool>(count, false);
    m_session = QList<int>(count, -1);
    buildForm();
    showRecord({});
}

RecordForm::~RecordForm() = default;

void RecordForm::buildForm()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);

    auto *heading = new QHBoxLayout;
    heading->setSpacing(10);
    m_refLabel = new QLabel(this);
    m_refLabel->setObjectName(u"recordRefLabel"_s);
    QFont headingFont = m_refLabel->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_refLabel->setFont(headingFont);
    m_refLabel->setTextFormat(Qt::PlainText);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(u"recordTitleLabel"_s);
    m_titleLabel->setFont(headingFont);
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long name is elided by the layout rather than widening the window.
    m_titleLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    heading->addWidget(m_refLabel);
    heading->addWidget(m_titleLabel, 1);
    layout->addLayout(heading);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(u"recordFormBanner"_s);
    layout->addWidget(m_banner);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);

    // Details: short fields on the left, multi-line text on the right.
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *details = new QWidget(scroll);
    auto *columns = new QHBoxLayout(details);
    columns->setContentsMargins(4, 10, 4, 4);
    columns->setSpacing(24);
    QFormLayout *shortForm = newFormLayout();
    QFormLayout *longForm = newFormLayout();
    longForm->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    for (int i = 0; i < m_spec.fields.size(); ++i) {
        const isms::FieldSpec &field = m_spec.fields.at(i);
        FieldEditor *editor = FieldEditorFactory::create(field, m_db, details);
        m_editors.append(editor);
        //: A form label: "Name:"
        auto *label = new QLabel(tr("%1:").arg(field.labelText()), details);
        label->setBuddy(editor->widget());
        if (field.description) {
            label->setToolTip(QCoreApplication::translate("isms::FieldSpec", field.description));
        }
        const bool catalogueFact = field.has(isms::FromCatalogue) || (i == 0 && m_spec.isCatalogue());
        if ((!field.has(isms::InTable) && !field.has(isms::Exported)) || catalogueFact) {
            // An internal number (a level's rank) is shown through the field that names it; the
            // facts of a clause or control, in the heading and the page's panel.
            label->hide();
            editor->widget()->hide();
        } else {
            (field.type == isms::FieldType::MultilineText ? longForm : shortForm)
                ->addRow(label, editor->widget());
        }
        connect(editor, &FieldEditor::edited, this, [this, i] { onEdited(i); });
        connect(editor, &FieldEditor::editingFinished, this, [this, i] { onEditingFinished(i); });
    }
    columns->addLayout(shortForm, 5);
    if (longForm->rowCount() > 0) {
        columns->addLayout(longForm, 6);
    } else {
        delete longForm;
    }
    scroll->setWidget(details);
    m_tabs->addTab(scroll, tr("Details"));

    m_historyModel = new ChangeLogTableModel(this);
    m_historyView = new QTreeView(m_tabs);
    m_historyView->setObjectName(u"recordHistoryView"_s);
    m_historyView->setModel(m_historyModel);
    m_historyView->setRootIsDecorated(false);
    m_historyView->setUniformRowHeights(true);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setColumnHidden(ChangeLogTableModel::Entity, true);
    m_historyView->setColumnHidden(ChangeLogTableModel::EntityId, true);
    m_historyView->header()->setStretchLastSection(true);
    const QFontMetrics metrics = m_historyView->fontMetrics();
    m_historyView->setColumnWidth(ChangeLogTableModel::Time,
                                  metrics.horizontalAdvance(u"2026-12-31 23:59:59"_s)
                                      + metrics.averageCharWidth() * 3);
    m_historyView->setColumnWidth(ChangeLogTableModel::Actor, metrics.averageCharWidth() * 16);
    m_historyView->setColumnWidth(ChangeLogTableModel::Field, metrics.averageCharWidth() * 14);
    m_historyView->setColumnWidth(ChangeLogTableModel::OldValue, metrics.averageCharWidth() * 24);
    m_tabs->addTab(m_historyView, tr("History"));
    auto updateHistoryTab = [this] {
        const int rows = m_historyModel->rowCount();
        m_tabs->setTabText(m_tabs->indexOf(m_historyView),
                           rows > 0 ? tr("History (%1)").arg(rows) : tr("History"));
    };
    connect(m_historyModel, &QAbstractItemModel::modelReset, this, updateHistoryTab);
    connect(m_historyModel, &QAbstractItemModel::rowsInserted, this, updateHistoryTab);
}

FieldEditor *RecordForm::editor(QStringView fieldKey) const
{
    const int index = m_spec.indexOf(fieldKey);
    return index >= 0 ? m_editors.at(index) : nullptr;
}

void RecordForm::setContext(isms::Database *db, QUndoStack *undoStack)
{
    flushPendingEdits();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    m_db = db;
    m_undoStack = undoStack;
    if (db) {
        m_connections.append(connect(
            db->notifier(),
            &isms::ChangeNotifier::recordsChanged,
            this,
            [this](const QString &kind, const QList<isms::RecordId> &ids) { onRecordsChanged(kind, ids); }));
        m_connections.append(connect(db->notifier(),
                                     &isms::ChangeNotifier::recordsRemoved,
                                     this,
                                     &RecordForm::onRecordsRemoved));
    }
    for (FieldEditor *editor : std::as_const(m_editors)) {
        FieldEditorFactory::fillReferenceChoices(editor, db);
    }
    showRecord({});
}

void RecordForm::showRecord(isms::RecordId id)
{
    // A refused value from the record being left is reported by the flush, so the banner is cleared
    // before it and not after.
    m_banner->hideMessage();
    flushPendingEdits();
    m_record = isms::Record{};
    if (m_db && id.isValid()) {
        const auto found = isms::RecordRepository(*m_db, m_spec).find(id);
        if (found && *found) {
            m_record = **found;
        } else if (!found) {
            m_banner->showMessage(MessageBanner::Kind::Error, found.error().message);
        }
    }
    for (int i = 0; i < m_spec.fields.size(); ++i) {
        m_session[i] = -1;
        m_pending[i] = false;
        m_problem[i] = false;
        m_editors.at(i)->setProblem({});
    }
    if (!m_record.id.isValid()) {
        m_record.values.clear();
        for (const isms::FieldSpec &field : m_spec.fields) {
            m_record.values.append(field.defaultValue());
        }
    }
    updateEditors(true);
    updateHeading();
    const bool shown = m_record.id.isValid();
    const auto historyLoaded = m_historyModel->setDatabase(
        shown ? m_db : nullptr,
        shown ? isms::ChangeLogQuery{m_spec.entity, m_spec.logId(m_record), 0} : isms::ChangeLogQuery{});
    Q_UNUSED(historyLoaded) // an unreadable history leaves the list empty
    updateEnabledState();
}

void RecordForm::loadRecord()
{
    if (!m_db || !m_record.id.isValid()) {
        return;
    }
    const auto found = isms::RecordRepository(*m_db, m_spec).find(m_record.id);
    if (found && *found) {
        m_record = **found;
    }
}

void RecordForm::updateEditors(bool force)
{
    for (int i = 0; i < m_spec.fields.size(); ++i) {
        const isms::FieldSpec &field = m_spec.fields.at(i);
        FieldEditor *editor = m_editors.at(i);
        // Editors that already mean the stored value stay untouched, so that a commit in the middle of
        // typing ("Fire " saved as "Fire") never moves the cursor or eats a space; so do editors with
        // unsaved typing or a refused value.
        if (!force && (m_pending.at(i) || m_problem.at(i))) {
            continue;
        }
        if (force || field.canonical(editor->value()) != field.canonical(m_record.values.at(i))) {
            editor->setValue(m_record.values.at(i));
        }
    }
}

void RecordForm::updateHeading()
{
    if (!m_record.id.isValid()) {
        m_refLabel->clear();
        m_titleLabel->setText(m_db ? tr("Select a row to see and edit it.") : QString());
        return;
    }
    m_refLabel->setText(isms::text::forDisplay(m_spec.shownRef(isms::EntitySpec::refOf(m_record)),
                                               isms::text::Shape::SingleLine,
                                               40));
    m_titleLabel->setText(m_titleField >= 0
                              ? isms::text::forDisplay(m_record.values.at(m_titleField).toString(),
                                                       isms::text::Shape::SingleLine,
                                                       200)
                              : QString());
}

void RecordForm::updateEnabledState()
{
    const bool shown = m_record.id.isValid();
    const bool editable = shown && m_db && m_undoStack && !m_db->isReadOnly();
    for (int i = 0; i < m_spec.fields.size(); ++i) {
        const isms::FieldSpec &field = m_spec.fields.at(i);
        m_editors.at(i)->setEditable(editable && !field.has(isms::ReadOnly) && !field.has(isms::Derived));
    }
    m_tabs->setEnabled(shown);
}

void RecordForm::onRecordsChanged(const QString &kind, const QList<isms::RecordId> &ids)
{
    if (kind != m_spec.key || !m_record.id.isValid() || !ids.contains(m_record.id)) {
        return;
    }
    loadRecord();
    updateEditors(false);
    updateHeading();
}

void RecordForm::onRecordsRemoved(const QString &kind, const QList<isms::RecordId> &ids)
{
    if (kind == m_spec.key && m_record.id.isValid() && ids.contains(m_record.id)) {
        // Typing in a record that is gone has nowhere to go.
        m_pending.fill(false);
        showRecord({});
    }
}

void RecordForm::onEdited(int fieldIndex)
{
    if (!m_record.id.isValid()) {
        return;
    }
    if (m_editors.at(fieldIndex)->isTyped()) {
        m_pending[fieldIndex] = true;
        m_idleTimer->start();
    } else {
        commit(fieldIndex, false);
    }
}

void RecordForm::onEditingFinished(int fieldIndex)
{
    if (!m_editors.at(fieldIndex)->isTyped()) {
        return;
    }
    if (m_pending.at(fieldIndex)) {
        m_pending[fieldIndex] = false;
        commit(fieldIndex, true);
    }
    m_session[fieldIndex] = -1;
}

void RecordForm::flushPendingEdits()
{
    m_idleTimer->stop();
    for (int i = 0; i < m_pending.size(); ++i) {
        if (m_pending.at(i)) {
            m_pending[i] = false;
            commit(i, true);
        }
    }
}

void RecordForm::focusFirstEditor()
{
    for (int i = 1; i < m_spec.fields.size(); ++i) {
        FieldEditor *editor = m_editors.at(i);
        if (editor->parts().line && !editor->parts().line->isReadOnly()) {
            editor->parts().line->setFocus(Qt::OtherFocusReason);
            editor->parts().line->selectAll();
            return;
        }
    }
}

void RecordForm::commit(int fieldIndex, bool mergeable)
{
    if (!m_db || !m_undoStack || !m_record.id.isValid() || m_db->isReadOnly()) {
        return;
    }
    const isms::FieldSpec &field = m_spec.fields.at(fieldIndex);
    const QVariant oldValue = m_record.values.at(fieldIndex);
    const QVariant newValue = m_editors.at(fieldIndex)->value();
    if (field.canonical(oldValue) == field.canonical(newValue)) {
        clearProblem(fieldIndex);
        return;
    }
    int session = -1;
    if (mergeable) {
        if (m_session.at(fieldIndex) < 0) {
            m_session[fieldIndex] = m_nextSession++;
        }
        session = m_session.at(fieldIndex);
    }
    // The sink outlives this call: undo and redo report through it too, maybe with another record shown.
    auto failed = std::make_shared<bool>(false);
    QPointer<RecordForm> self(this);
    auto sink = [self, fieldIndex, failed, id = m_record.id](const isms::Error &error) {
        *failed = true;
        if (!self) {
            return;
        }
        if (self->m_record.id == id) {
            self->reportProblem(fieldIndex, error);
        } else {
            self->m_banner->showMessage(MessageBanner::Kind::Error, error.message);
            Q_EMIT self->errorOccurred(error);
        }
    };
    m_undoStack->push(
        new SetFieldCommand(*m_db, m_spec, m_record.id, field.key, oldValue, newValue, session, sink));
    if (!*failed) {
        clearProblem(fieldIndex);
    }
}

void RecordForm::reportProblem(int fieldIndex, const isms::Error &error)
{
    m_problem[fieldIndex] = true;
    m_editors.at(fieldIndex)->setProblem(error.message);
    m_banner->showMessage(MessageBanner::Kind::Error, error.message);
    Q_EMIT errorOccurred(error);
}

void RecordForm::clearProblem(int fieldIndex)
{
    if (!m_problem.at(fieldIndex)) {
        return;
    }
    m_problem[fieldIndex] = false;
    m_editors.at(fieldIndex)->setProblem({});
    if (!m_problem.contains(true)) {
        m_banner->hideMessage();
    }
}
