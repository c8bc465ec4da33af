// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "commands/SetEvidenceLimitCommand.h"

#include "services/EvidenceService.h"

#include <QLocale>

SetEvidenceLimitCommand::SetEvidenceLimitCommand(isms::Database &db,
                                                 qint64 previousBytes,
                                                 qint64 nextBytes,
                                                 ErrorSink errorSink)
    : m_db(db)
    , m_previous(previousBytes)
    , m_next(nextBytes)
    , m_errorSink(std::move(errorSink))
{
    // In the megabytes of the dialog and of isms-cli evidence-limit (1 MB = 1,048,576 bytes).
    constexpr qint64 Megabyte = 1024 * 1024;
    const QString size = nextBytes % Megabyte == 0
                             //: A size limit in whole megabytes: "20 MB".
                             ? tr("%1 MB").arg(QLocale().toString(nextBytes / Megabyte))
                             : QLocale().formattedDataSize(nextBytes);
    //: Undo text; %1 is a size such as "20 MB".
    setText(tr("Set the evidence size limit to %1").arg(size));
}

void SetEvidenceLimitCommand::redo()
{
    set(m_next);
}

void SetEvidenceLimitCommand::undo()
{
    set(m_previous);
}

void SetEvidenceLimitCommand::set(qint64 bytes)
{
    if (const auto done = isms::EvidenceService(m_db).setSizeLimit(bytes); !done) {
        setObsolete(true);
        if (m_errorSink) {
            m_errorSink(done.error());
        }
    }
}
