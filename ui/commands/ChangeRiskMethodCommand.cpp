// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "commands/ChangeRiskMethodCommand.h"

#include "services/RiskMethodService.h"
#include "storage/Database.h"

isms::Result<std::unique_ptr<ChangeRiskMethodCommand>> ChangeRiskMethodCommand::create(isms::Database &db,
                                                                                       isms::RiskMethod next,
                                                                                       ErrorSink errorSink)
{
    auto previous = isms::RiskMethodService::load(db);
    if (!previous && previous.error().code != isms::ErrorCode::InvalidArgument) {
        return previous.error();
    }
    auto ratings = isms::RiskMethodService::ratings(db);
    if (!ratings) {
        return ratings.error();
    }
    return std::make_unique<ChangeRiskMethodCommand>(db,
                                                     // A damaged definition is replaced, and undo gives the
                                                     // defaults that were in use meanwhile.
                                                     previous ? std::move(previous).value()
                                                              : isms::RiskMethod::defaults(),
                                                     std::move(next),
                                                     std::move(ratings).value(),
                                                     std::move(errorSink));
}

ChangeRiskMethodCommand::ChangeRiskMethodCommand(isms::Database &db,
                                                 isms::RiskMethod previous,
                                                 isms::RiskMethod next,
                                                 QList<isms::RecordChange> previousRatings,
                                                 ErrorSink errorSink,
                                                 QUndoCommand *parent)
    : QUndoCommand(tr("Change risk assessment method"), parent)
    , m_db(db)
    , m_previous(std::move(previous))
    , m_next(std::move(next))
    , m_previousRatings(std::move(previousRatings))
    , m_errorSink(std::move(errorSink))
{}

ChangeRiskMethodCommand::~ChangeRiskMethodCommand() = default;

void ChangeRiskMethodCommand::redo()
{
    if (const isms::Result<void> applied = isms::RiskMethodService::apply(m_db, m_next); !applied) {
        fail(applied.error());
    }
}

void ChangeRiskMethodCommand::undo()
{
    if (const isms::Result<void> applied =
            isms::RiskMethodService::apply(m_db, m_previous, m_previousRatings);
        !applied) {
        fail(applied.error());
    }
}

void ChangeRiskMethodCommand::fail(const isms::Error &error)
{
    m_failed = true;
    setObsolete(true);
    if (m_errorSink) {
        m_errorSink(error);
    }
}
