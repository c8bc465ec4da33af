// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "commands/ImportSoaCommand.h"

#include "domain/Entities.h"
#include "services/RequirementService.h"
#include "storage/Database.h"

namespace {

/// The fields that `changes` name, as they are now.
isms::Result<QList<isms::RecordChange>> valuesNow(isms::Database &db,
                                                  const isms::EntitySpec &spec,
                                                  const QList<isms::RecordChange> &changes)
{
    const isms::RecordService service(db, spec);
    QList<isms::RecordChange> before;
    for (const isms::RecordChange &change : changes) {
        auto record = service.get(change.id);
        if (!record) {
            return record.error();
        }
        isms::RecordChange old{change.id, {}};
        for (auto it = change.values.constBegin(); it != change.values.constEnd(); ++it) {
            old.values.insert(it.key(), record->values.at(spec.indexOf(it.key())));
        }
        before.append(old);
    }
    return before;
}

} // namespace

ImportSoaCommand::ImportSoaCommand(isms::Database &db,
                                   isms::SoaImportPreview preview,
                                   ErrorSink errorSink,
                                   QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_db(db)
    , m_preview(std::move(preview))
    , m_errorSink(std::move(errorSink))
{
    setText(tr("Import the Statement of Applicability"));
}

ImportSoaCommand::~ImportSoaCommand() = default;

isms::Result<void> ImportSoaCommand::noteBefore()
{
    auto controls = valuesNow(m_db, isms::controlSpec(), m_preview.controlChanges);
    if (!controls) {
        return controls.error();
    }
    auto additional = valuesNow(m_db, isms::additionalControlSpec(), m_preview.additionalUpdates);
    if (!additional) {
        return additional.error();
    }
    m_controlsBefore = std::move(controls).value();
    m_additionalBefore = std::move(additional).value();
    return {};
}

void ImportSoaCommand::redo()
{
    if (m_done) {
        if (!m_removed.records.isEmpty()) {
            if (auto restored = isms::RecordService(m_db, isms::additionalControlSpec()).restore(m_removed);
                !restored) {
                fail(restored.error());
                return;
            }
        }
        auto again = isms::RequirementService(m_db).writeSoa(m_preview.controlChanges,
                                                             {},
                                                             m_preview.additionalUpdates);
        if (!again) {
            fail(again.error());
        }
        return;
    }
    if (auto noted = noteBefore(); !noted) {
        fail(noted.error());
        return;
    }
    auto outcome = isms::SoaImport::apply(m_db, m_preview);
    if (!outcome) {
        fail(outcome.error());
        return;
    }
    m_outcome = std::move(outcome).value();
    m_done = true;
}

void ImportSoaCommand::undo()
{
    if (!m_outcome.additionalCreated.isEmpty()) {
        auto removed = isms::RecordService(m_db, isms::additionalControlSpec())
                           .removeWithChildren(m_outcome.additionalCreated);
        if (!removed) {
            fail(removed.error());
            return;
        }
        m_removed = std::move(removed).value();
    }
    auto restored = isms::RequirementService(m_db).writeSoa(m_controlsBefore, {}, m_additionalBefore);
    if (!restored) {
        fail(restored.error());
    }
}

void ImportSoaCommand::fail(const isms::Error &error)
{
    setObsolete(true);
    if (m_errorSink) {
        m_errorSink(error);
    }
}
