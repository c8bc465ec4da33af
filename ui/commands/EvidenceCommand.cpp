// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "commands/EvidenceCommand.h"

EvidenceCommand::EvidenceCommand(isms::Database &db,
                                 QList<isms::RecordId> ids,
                                 bool attach,
                                 ErrorSink errorSink)
    : m_db(db)
    , m_ids(std::move(ids))
    , m_attach(attach)
    , m_errorSink(std::move(errorSink))
{}

EvidenceCommand *EvidenceCommand::attached(isms::Database &db,
                                           const QList<isms::Record> &attached,
                                           ErrorSink errorSink)
{
    QList<isms::RecordId> ids;
    for (const isms::Record &record : attached) {
        ids.append(record.id);
    }
    auto *command = new EvidenceCommand(db, ids, true, std::move(errorSink));
    //: Undo text; %n files attached as evidence.
    command->setText(tr("Attach %n evidence file(s)", nullptr, static_cast<int>(ids.size())));
    return command;
}

EvidenceCommand *EvidenceCommand::removal(isms::Database &db,
                                          const QList<isms::RecordId> &ids,
                                          const QStringList &names,
                                          ErrorSink errorSink)
{
    auto *command = new EvidenceCommand(db, ids, false, std::move(errorSink));
    //: Undo text: "Remove evidence report.pdf"
    command->setText(names.size() == 1
                         ? tr("Remove evidence %1").arg(names.constFirst())
                         : tr("Remove %n evidence file(s)", nullptr, static_cast<int>(ids.size())));
    return command;
}

void EvidenceCommand::redo()
{
    const bool first = std::exchange(m_firstRedo, false);
    if (m_attach) {
        if (!first) {
            restoreNow(); // the attach itself happened before the command was pushed
        }
        return;
    }
    removeNow();
}

void EvidenceCommand::undo()
{
    if (m_attach) {
        removeNow();
    } else {
        restoreNow();
    }
}

void EvidenceCommand::removeNow()
{
    auto removed = isms::EvidenceService(m_db).remove(m_ids);
    if (!removed) {
        fail(removed.error());
        return;
    }
    m_removed = std::move(removed).value();
}

void EvidenceCommand::restoreNow()
{
    if (const auto restored = isms::EvidenceService(m_db).restore(m_removed); !restored) {
        fail(restored.error());
    }
}

void EvidenceCommand::fail(const isms::Error &error)
{
    setObsolete(true);
    if (m_errorSink) {
        m_errorSink(error);
    }
}
