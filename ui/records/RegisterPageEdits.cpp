// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// RegisterPage: new, duplicated and deleted records, and several records given the same values, each
// one undoable step.
#include "commands/CreateRecordCommand.h"
#include "commands/RemoveRecordsCommand.h"
#include "commands/UpdateRecordsCommand.h"
#include "common/MessageBanner.h"
#include "common/Prompt.h"
#include "models/RecordFilterProxyModel.h"
#include "models/RecordTableModel.h"
#include "records/BulkEditDialog.h"
#include "records/DeletionQuestion.h"
#include "records/RecordForm.h"
#include "records/RegisterPage.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <QItemSelection>
#include <QPointer>
#include <QTableView>
#include <QUndoStack>

#include <memory>

void RegisterPage::onEditSelected()
{
    const QList<isms::RecordId> ids = selectedIds();
    if (!m_db || !m_undoStack || ids.isEmpty() || m_db->isReadOnly()) {
        return;
    }
    m_form->flushPendingEdits();
    auto *dialog = new BulkEditDialog(m_spec, m_db, static_cast<int>(ids.size()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] { editRecords(ids, dialog->values()); });
    dialog->open();
}

bool RegisterPage::editRecords(const QList<isms::RecordId> &ids, const QHash<QString, QVariant> &values)
{
    if (!m_db || !m_undoStack || ids.isEmpty() || values.isEmpty()) {
        return false;
    }
    QList<isms::Record> records;
    QList<isms::RecordChange> after;
    for (const isms::RecordId id : ids) {
        if (const int row = m_model->rowOf(id); row >= 0) {
            records.append(m_model->recordAt(row));
            after.append({id, values});
        }
    }
    auto failed = std::make_shared<bool>(false);
    QPointer<RegisterPage> self(this);
    m_undoStack->push(new UpdateRecordsCommand(
        *m_db,
        m_spec,
        UpdateRecordsCommand::currentValues(m_spec, records, after),
        after,
        [self, failed](const isms::Error &error) {
            *failed = true;
            if (self) {
                self->showError(error);
            }
        },
        after.size() == 1
            //: %1 is a kind of record, %2 its reference: "Edit risk R-003"
            ? tr("Edit %1 %2").arg(m_spec.singularNoun(), isms::EntitySpec::refOf(records.constFirst()))
            //: %1 is a number of two or more, %2 a kind of records: "Edit 3 risks"
            : tr("Edit %1 %2").arg(after.size()).arg(m_spec.pluralNoun())));
    if (!*failed) {
        m_banner->hideMessage();
    }
    return !*failed;
}

bool RegisterPage::create(const QList<isms::Record> &records, const QString &text)
{
    if (!m_db || !m_undoStack || records.isEmpty()) {
        return false;
    }
    m_form->flushPendingEdits();
    const int before = m_model->rowCount();
    // The sink outlives this call: undo and redo report through it too.
    auto failed = std::make_shared<bool>(false);
    QPointer<RegisterPage> self(this);
    m_undoStack->push(new CreateRecordCommand(
        *m_db,
        m_spec,
        records,
        [self, failed](const isms::Error &error) {
            *failed = true;
            if (self) {
                self->showError(error);
            }
        },
        text));
    if (*failed || m_model->rowCount() <= before) {
        return false;
    }
    m_banner->hideMessage();
    // The model appends what was created; select it all, the first one in the form.
    const isms::RecordId first = m_model->idAt(before);
    if (!m_proxy->mapFromSource(m_model->index(before, 0)).isValid()) {
        clearFilters();
    }
    QItemSelection selection;
    for (int row = before; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        selection.select(index, index);
    }
    selectRecord(first);
    m_tableView->selectionModel()->select(selection, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    return true;
}

void RegisterPage::onNew()
{
    isms::Record record = m_spec.newRecord();
    // Required names start as "New threat" so that the record is valid, ready to be typed over.
    for (int i = 1; i < m_spec.fields.size(); ++i) {
        const isms::FieldSpec &field = m_spec.fields.at(i);
        if (field.type == isms::FieldType::Text && field.has(isms::Required)
            && field.isEmptyValue(record.values.at(i))) {
            //: The name a new record starts with, typed over by the user; %1 is its kind ("risk").
            record.values[i] = tr("New %1", "initial name of a new record").arg(m_spec.singularNoun());
        }
    }
    if (create({record}, {})) {
        m_form->focusFirstEditor();
    }
}

void RegisterPage::onDuplicate()
{
    const QList<isms::RecordId> ids = selectedIds();
    QList<isms::Record> copies;
    QStringList refs;
    for (const isms::RecordId id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0) {
            continue;
        }
        isms::Record copy = m_model->recordAt(row);
        refs.append(isms::EntitySpec::refOf(copy));
        copy.id = {};
        // Unique values (the reference) cannot be copied; the service gives the next free reference.
        for (int i = 0; i < m_spec.fields.size(); ++i) {
            if (m_spec.fields.at(i).has(isms::Unique)) {
                copy.values[i] = m_spec.fields.at(i).defaultValue();
            }
        }
        copies.append(copy);
    }
    if (copies.isEmpty()) {
        return;
    }
    const QString singular = m_spec.singularNoun();
    create(copies,
           copies.size() == 1
               //: %1 is a kind of record, %2 its reference: "Duplicate threat T-003"
               ? tr("Duplicate %1 %2").arg(singular, refs.constFirst())
               //: %1 is a number of two or more, %2 a kind of records: "Duplicate 3 threats"
               : tr("Duplicate %1 %2").arg(copies.size()).arg(m_spec.pluralNoun()));
}

void RegisterPage::onDelete()
{
    if (!m_db || !m_undoStack) {
        return;
    }
    const QList<isms::RecordId> ids = selectedIds();
    if (ids.isEmpty()) {
        return;
    }
    QStringList refs;
    for (const isms::RecordId id : ids) {
        refs.append(isms::EntitySpec::refOf(m_model->recordAt(m_model->rowOf(id))));
    }
    const QString plural = m_spec.pluralNoun();
    // Children (a risk's treatment tasks and links) go in the same step; say so before.
    const auto children = isms::RecordService(*m_db, m_spec).childrenOf(ids);
    if (!children) {
        showError(children.error());
        return;
    }
    if (!children->isEmpty()) {
        if (!m_prompt.confirm(this,
                              ids.size() == 1
                                  ? tr("Delete %1 %2").arg(m_spec.singularNoun(), refs.constFirst())
                                  : tr("Delete %1").arg(plural),
                              DeletionQuestion::text(m_spec, refs, *children),
                              tr("Delete"))) {
            return;
        }
    } else if (ids.size() > 1
               && !m_prompt.confirm(
                   this,
                   //: Dialog title: "Delete threats"
                   tr("Delete %1").arg(plural),
                   //: %1 is a number of two or more, %2 a kind of records
                   tr("Delete the %1 selected %2? Undo brings them back.").arg(ids.size()).arg(plural),
                   tr("Delete"))) {
        return;
    }
    m_form->flushPendingEdits();
    QPointer<RegisterPage> self(this);
    m_undoStack->push(new RemoveRecordsCommand(*m_db, m_spec, ids, refs, [self](const isms::Error &error) {
        if (self) {
            self->showError(error);
        }
    }));
}
