// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "commands/ServiceActionCommand.h"

#include "storage/Database.h"

#include <QSet>
#include <QUndoStack>

#include <algorithm>

namespace {

isms::Result<QSet<qint64>> idsOf(isms::Database &db, const isms::EntitySpec &spec)
{
    const auto records = isms::RecordService(db, spec).all();
    if (!records) {
        return records.error();
    }
    QSet<qint64> ids;
    for (const isms::Record &record : *records) {
        ids.insert(record.id.value);
    }
    return ids;
}

} // namespace

ServiceActionCommand::ServiceActionCommand(isms::Database &db,
                                           const QString &text,
                                           Action action,
                                           QList<const isms::EntitySpec *> watched,
                                           QList<Touched> touched,
                                           ErrorSink errorSink,
                                           QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_db(db)
    , m_action(std::move(action))
    , m_watched(std::move(watched))
    , m_touched(std::move(touched))
    , m_errorSink(std::move(errorSink))
{}

ServiceActionCommand::~ServiceActionCommand() = default;

QList<isms::RecordId> ServiceActionCommand::createdIn(const isms::EntitySpec &spec) const
{
    for (const Created &created : m_created) {
        if (created.spec == &spec) {
            return created.ids;
        }
    }
    return {};
}

isms::Result<QList<isms::Record>> ServiceActionCommand::touchedRecords() const
{
    QList<isms::Record> records;
    for (const Touched &touched : m_touched) {
        auto record = isms::RecordService(m_db, *touched.spec).get(touched.id);
        if (!record) {
            return record.error();
        }
        records.append(std::move(record).value());
    }
    return records;
}

isms::Result<void> ServiceActionCommand::runFirst()
{
    QList<QSet<qint64>> existing;
    for (const isms::EntitySpec *spec : std::as_const(m_watched)) {
        auto ids = idsOf(m_db, *spec);
        if (!ids) {
            return ids.error();
        }
        existing.append(std::move(ids).value());
    }
    const auto before = touchedRecords();
    if (!before) {
        return before.error();
    }
    if (auto done = m_action(); !done) {
        return done;
    }
    m_done = true;
    for (qsizetype i = 0; i < m_watched.size(); ++i) {
        auto ids = idsOf(m_db, *m_watched.at(i));
        if (!ids) {
            return ids.error();
        }
        QList<isms::RecordId> fresh;
        for (const qint64 id : ids->subtract(existing.at(i))) {
            fresh.append(isms::RecordId{id});
        }
        std::ranges::sort(fresh, {}, &isms::RecordId::value);
        m_created.append({m_watched.at(i), fresh, {}});
    }
    const auto after = touchedRecords();
    if (!after) {
        return after.error();
    }
    for (qsizetype i = 0; i < m_touched.size(); ++i) {
        const isms::EntitySpec &spec = *m_touched.at(i).spec;
        isms::RecordChange was{m_touched.at(i).id, {}};
        isms::RecordChange now{m_touched.at(i).id, {}};
        for (qsizetype field = 0; field < spec.fields.size(); ++field) {
            const QVariant &old = before->at(i).values.at(field);
            const QVariant &current = after->at(i).values.at(field);
            if (old != current) {
                was.values.insert(spec.fields.at(field).key, old);
                now.values.insert(spec.fields.at(field).key, current);
            }
        }
        m_before.append(was);
        m_after.append(now);
    }
    return {};
}

void ServiceActionCommand::redo()
{
    const bool first = !m_done;
    if (auto done = first ? runFirst() : redoAgain(); !done) {
        fail(done.error());
        return;
    }
    const bool changed =
        std::ranges::any_of(m_created, [](const Created &created) { return !created.ids.isEmpty(); })
        || std::ranges::any_of(m_after,
                               [](const isms::RecordChange &change) { return !change.values.isEmpty(); });
    if (first && !changed) {
        setObsolete(true); // nothing to undo: the undo stack drops the command
    }
}

void ServiceActionCommand::run(QUndoStack *stack, ServiceActionCommand *command)
{
    if (stack) {
        stack->push(command);
        return;
    }
    command->redo();
    delete command;
}

isms::Result<void> ServiceActionCommand::redoAgain()
{
    for (const Created &created : std::as_const(m_created)) {
        if (created.removal.records.isEmpty()) {
            continue;
        }
        if (auto restored = isms::RecordService(m_db, *created.spec).restore(created.removal); !restored) {
            return restored;
        }
    }
    for (qsizetype i = 0; i < m_touched.size(); ++i) {
        if (m_after.at(i).values.isEmpty()) {
            continue;
        }
        if (auto set = isms::RecordService(m_db, *m_touched.at(i).spec).updateMany({m_after.at(i)}); !set) {
            return set;
        }
    }
    return {};
}

void ServiceActionCommand::undo()
{
    for (qsizetype i = m_touched.size() - 1; i >= 0; --i) {
        if (m_before.at(i).values.isEmpty()) {
            continue;
        }
        if (auto set = isms::RecordService(m_db, *m_touched.at(i).spec).updateMany({m_before.at(i)}); !set) {
            fail(set.error());
            return;
        }
    }
    for (qsizetype i = m_created.size() - 1; i >= 0; --i) {
        Created &created = m_created[i];
        if (created.ids.isEmpty()) {
            continue;
        }
        auto removal = isms::RecordService(m_db, *created.spec).removeWithChildren(created.ids);
        if (!removal) {
            fail(removal.error());
            return;
        }
        created.removal = std::move(removal).value();
    }
}

void ServiceActionCommand::fail(const isms::Error &error)
{
    setObsolete(true);
    if (m_errorSink) {
        m_errorSink(error);
    }
}
