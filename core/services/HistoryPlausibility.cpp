// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/HistoryPlausibility.h"

#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QSqlQuery>

namespace isms {

namespace {

/// Findings of one kind beyond this many are summarised in one line, so that a wholly forged log does
/// not bury every other finding.
constexpr int MaxFindingsPerRule = 10;

/// The creation time may precede the first entry by this much (both are written in one transaction).
constexpr qint64 CreationToleranceSeconds = 60;

QDateTime parseUtc(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (time.isValid()) {
        time = time.toUTC();
    }
    return time;
}

QString shownTime(const QDateTime &utc)
{
    return utc.toString(Qt::ISODate);
}

/// Collects findings of one rule, keeping the first MaxFindingsPerRule.
class RuleFindings
{
public:
    void add(const QString &message)
    {
        if (++m_count <= MaxFindingsPerRule) {
            m_findings.append({CheckFinding::Area::ChangeLog, message});
        }
    }

    void appendTo(QList<CheckFinding> &out) const
    {
        out.append(m_findings);
        if (m_count > MaxFindingsPerRule) {
            out.append({CheckFinding::Area::ChangeLog,
                        HistoryPlausibility::tr("%n more change-log entries break the same rule.",
                                                nullptr,
                                                m_count - MaxFindingsPerRule)});
        }
    }

private:
    int m_count = 0;
    QList<CheckFinding> m_findings;
};

} // namespace

bool HistoryPlausibility::isPlausibleActor(const QString &actor)
{
    if (actor.trimmed().isEmpty() || actor.size() > MaxActorLength) {
        return false;
    }
    return std::none_of(actor.cbegin(), actor.cend(), [](QChar c) {
        // Cc: control characters (line breaks, ESC, BEL); Cf: format characters, among them the
        // bidirectional overrides that make text display in another order than it is stored.
        return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    });
}

Result<QList<CheckFinding>> HistoryPlausibility::run(const Database &db, const QDateTime &nowUtc)
{
    RuleFindings badTimes;
    RuleFindings backwards;
    RuleFindings future;
    RuleFindings actors;
    QDateTime previous;
    qint64 previousSequence = 0;
    QDateTime first;
    const QDateTime latestAllowed = nowUtc.addSecs(AllowedClockSkewSeconds);
    // In parts, so that a save is not held up by the whole log being read on another connection.
    const auto read =
        ChangeLog::eachRow(db, QStringLiteral("seq, at_utc, actor, entity"), [&](const QSqlQuery &query) {
            const qint64 sequence = query.value(0).toLongLong();
            const QDateTime time = parseUtc(query.value(1).toString());
            const QString actor = query.value(2).toString();
            if (!time.isValid()) {
                badTimes.add(tr("Change-log entry %1 has no valid time.").arg(sequence));
            } else {
                // The project's own first entry: it is written with the project row. (A migration may
                // log catalogue records before it.)
                if (!first.isValid() && query.value(3).toString() == u"project") {
                    first = time;
                }
                if (previous.isValid() && time.secsTo(previous) > AllowedBackwardsSeconds) {
                    backwards.add(
                        tr("Change-log entry %1 is dated %2, before entry %3 (%4); times were changed "
                           "or entries reordered.")
                            .arg(QString::number(sequence),
                                 shownTime(time),
                                 QString::number(previousSequence),
                                 shownTime(previous)));
                }
                if (time > latestAllowed) {
                    future.add(tr("Change-log entry %1 is dated %2, in the future.")
                                   .arg(QString::number(sequence), shownTime(time)));
                }
                // The latest time so far: a run of entries cannot creep backwards a few minutes at a time.
                if (!previous.isValid() || time > previous) {
                    previous = time;
                    previousSequence = sequence;
                }
            }
            if (!isPlausibleActor(actor)) {
                actors.add(tr("The author of change-log entry %1 is not a plausible name (empty, too long, "
                              "or with control characters).")
                               .arg(sequence));
            }
            return true;
        });
    if (!read) {
        return read.error();
    }
    QList<CheckFinding> findings;
    badTimes.appendTo(findings);
    backwards.appendTo(findings);
    future.appendTo(findings);
    actors.appendTo(findings);

    // The project row is written in the same transaction as the first entries of its log.
    const auto created =
        sql::scalar(db.connection(), QStringLiteral("SELECT created_utc FROM project WHERE id = 1"));
    if (!created) {
        return created.error();
    }
    const QDateTime createdUtc = parseUtc(created->toString());
    if (!createdUtc.isValid()) {
        findings.append(
            {CheckFinding::Area::ValueHistory, tr("The project's creation date is not a valid time.")});
    } else if (first.isValid()
               && (createdUtc > first || createdUtc.secsTo(first) > CreationToleranceSeconds)) {
        findings.append(
            {CheckFinding::Area::ValueHistory,
             tr("The project's creation date (%1) does not match the time of its first change-log "
                "entry (%2); it was changed outside ISMS Workbench.")
                 .arg(shownTime(createdUtc), shownTime(first))});
    }
    return findings;
}

} // namespace isms
