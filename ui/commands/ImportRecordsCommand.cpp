// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "commands/ImportRecordsCommand.h"

#include "services/RecordLinks.h"
#include "storage/Database.h"

ImportRecordsCommand::ImportRecordsCommand(isms::Database &db,
                                           const isms::EntitySpec &spec,
                                           isms::ImportPreview preview,
                                           ErrorSink errorSink,
                                           QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_db(db)
    , m_spec(spec)
    , m_preview(std::move(preview))
    , m_errorSink(std::move(errorSink))
{
    //: %1 is the number of rows, %2 a kind of records: "Import 12 risks"
    setText(
        tr("Import %1 %2").arg(m_preview.creates.size() + m_preview.updates.size()).arg(spec.pluralNoun()));
}

ImportRecordsCommand::~ImportRecordsCommand() = default;

isms::Result<void> ImportRecordsCommand::noteBefore()
{
    isms::RecordService service(m_db, m_spec);
    for (const isms::RecordChange &change : std::as_const(m_preview.updates)) {
        auto record = service.get(change.id);
        if (!record) {
            return record.error();
        }
        isms::RecordChange before{change.id, {}};
        for (auto it = change.values.constBegin(); it != change.values.constEnd(); ++it) {
            before.values.insert(it.key(), record->values.at(m_spec.indexOf(it.key())));
        }
        m_before.append(before);
    }
    bool linksOfExisting = false;
    for (const isms::LinkAssignment &link : std::as_const(m_preview.links)) {
        linksOfExisting = linksOfExisting || link.createIndex < 0;
    }
    if (!linksOfExisting) {
        return {};
    }
    auto links = isms::RecordLinks::read(m_db, m_spec);
    if (!links) {
        return links.error();
    }
    for (const isms::LinkAssignment &link : std::as_const(m_preview.links)) {
        if (link.createIndex >= 0) {
            continue;
        }
        for (const isms::LinkValues &values : std::as_const(*links)) {
            if (values.key == link.column) {
                m_linksBefore.append({-1, link.record, link.column, values.values.value(link.record)});
            }
        }
        m_linksAfter.append(link);
    }
    return {};
}

void ImportRecordsCommand::redo()
{
    if (m_done) {
        if (auto again = redoAgain(); !again) {
            fail(again.error());
        }
        return;
    }
    if (auto noted = noteBefore(); !noted) {
        fail(noted.error());
        return;
    }
    auto outcome = isms::RecordImport::apply(m_db, m_spec, m_preview);
    if (!outcome) {
        fail(outcome.error());
        return;
    }
    m_outcome = std::move(outcome).value();
    m_done = true;
}

isms::Result<void> ImportRecordsCommand::redoAgain()
{
    isms::RecordService service(m_db, m_spec);
    if (!m_removed.records.isEmpty()) {
        if (auto restored = service.restore(m_removed); !restored) {
            return restored;
        }
    }
    auto again = service.importRecords({}, m_preview.updates, m_linksAfter);
    if (!again) {
        return again.error();
    }
    return {};
}

void ImportRecordsCommand::undo()
{
    isms::RecordService service(m_db, m_spec);
    if (!m_outcome.created.isEmpty()) {
        auto removed = service.removeWithChildren(m_outcome.created);
        if (!removed) {
            fail(removed.error());
            return;
        }
        m_removed = std::move(removed).value();
    }
    auto restored = service.importRecords({}, m_before, m_linksBefore);
    if (!restored) {
        fail(restored.error());
    }
}

void ImportRecordsCommand::fail(const isms::Error &error)
{
    setObsolete(true);
    if (m_errorSink) {
        m_errorSink(error);
    }
}
