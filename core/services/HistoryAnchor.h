// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>

namespace isms {

class AppSettings;
class Database;

/// Remembers, per project id and on this machine only, the head of the change log it last saw (the
/// entry count, the newest hash, and the hashes at positions 1, 2, 4, 8, ...), and tells on the next
/// open whether entries it saw have since disappeared or been rewritten. An attacker who can edit both
/// the file and this machine's settings is not detected; see the README.
///
/// Uses AppSettings, so call it from the thread that owns the AppSettings object (the main thread).
class HistoryAnchor final
{
    Q_DECLARE_TR_FUNCTIONS(isms::HistoryAnchor)

public:
    enum class Verdict
    {
        Unavailable,      ///< the file has no project id (older schema opened read-only)
        FirstSeen,        ///< this machine has not seen the project before
        Consistent,       ///< the log is what this machine saw, possibly with entries appended
        EntriesRemoved,   ///< fewer entries than this machine saw; the ones that are left are unchanged
        EntriesRewritten, ///< an entry this machine saw now has another hash
    };

    struct Outcome
    {
        Verdict verdict = Verdict::Unavailable;
        qint64 rememberedCount = 0;
        qint64 currentCount = 0;
        qint64 firstRewritten = 0; ///< EntriesRewritten: the first remembered position that differs
        QDateTime rememberedAtUtc; ///< when this machine recorded the head it remembers
        QString message;           ///< translated sentence for a warning; empty otherwise

        bool isWarning() const
        {
            return verdict == Verdict::EntriesRemoved || verdict == Verdict::EntriesRewritten;
        }
    };

    /// `settings` must outlive this object.
    explicit HistoryAnchor(AppSettings &settings);

    /// Compares `db`'s change log with what this machine remembers, without storing anything.
    [[nodiscard]] Result<Outcome> compare(const Database &db) const;

    /// compare(), then remembers the current head unless the outcome is a warning (so that the warning
    /// is repeated on every open of that file rather than silently accepted) or the head is the one
    /// remembered (which then keeps the time it was first seen).
    [[nodiscard]] Result<Outcome> verify(const Database &db);

private:
    struct Remembered
    {
        qint64 count = 0;
        QDateTime seenUtc;
        QMap<qint64, QByteArray> hashes; ///< position -> hash, including the head at `count`
    };

    static QString encode(const Remembered &remembered);
    static std::optional<Remembered> decode(const QString &text);

    AppSettings &m_settings;
};

} // namespace isms
