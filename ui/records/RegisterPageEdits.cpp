// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// RegisterPage: giving several records the same values in one step.
#include "commands/UpdateRecordsCommand.h"
#include "common/MessageBanner.h"
#include "models/RecordTableModel.h"
#include "records/BulkEditDialog.h"
#include "records/RecordForm.h"
#include "records/RegisterPage.h"
#include "storage/Database.h"

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
