// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "CrashVerifier.h"

#include "domain/Requirement.h"
#include "services/ProjectService.h"
#include "services/RequirementService.h"
#include "storage/Database.h"

#include <QSet>

namespace isms::crash {

namespace {

void addTracking(Snapshot &snapshot, const QString &entity, const QString &ref, const RequirementTracking &t)
{
    const auto put = [&](TrackingField field, const QString &value) {
        const QString name = trackingFieldKeyword(field);
        snapshot.insert(fieldKey(entity, ref, name), canonicalValue(name, value));
    };
    put(TrackingField::Status, statusKeyword(t.status));
    put(TrackingField::Owner, t.owner);
    put(TrackingField::Notes, t.notes);
    put(TrackingField::TargetDate, t.targetDate.isValid() ? t.targetDate.toString(Qt::ISODate) : QString());
}

QString shown(const QString &value)
{
    QString line = value.left(40);
    line.replace(u'\n', u' ');
    if (value.size() > 40) {
        return QStringLiteral("\"%1...\" (%2 characters)").arg(line).arg(value.size());
    }
    return QStringLiteral("\"%1\"").arg(line);
}

/// One edit as the child reported it.
struct Edit
{
    qint64 number = 0;
    QList<QPair<QString, QString>> writes; ///< key, value
    QSet<QString> acknowledged;            ///< keys of the committed lines
};

} // namespace

Result<Snapshot> readSnapshot(Database &db)
{
    const RequirementService requirements(db);
    const auto controls = requirements.controls();
    if (!controls) {
        return controls.error();
    }
    const auto clauses = requirements.clauses();
    if (!clauses) {
        return clauses.error();
    }
    const auto organisation = ProjectService(db).organisation();
    if (!organisation) {
        return organisation.error();
    }
    Snapshot snapshot;
    for (const Control &control : *controls) {
        addTracking(snapshot,
                    requirementKindKeyword(RequirementKind::Control),
                    control.ref,
                    control.tracking);
    }
    for (const Clause &clause : *clauses) {
        addTracking(snapshot, requirementKindKeyword(RequirementKind::Clause), clause.ref, clause.tracking);
    }
    snapshot.insert(fieldKey(QStringLiteral("project"), QStringLiteral("1"), QStringLiteral("organisation")),
                    *organisation);
    return snapshot;
}

Verdict verify(const Snapshot &before, const QList<ScriptLine> &lines, const Snapshot &current)
{
    QList<Edit> edits;
    for (const ScriptLine &line : lines) {
        if (edits.isEmpty() || edits.constLast().number != line.edit) {
            edits.append(Edit{line.edit, {}, {}});
        }
        Edit &edit = edits.last();
        if (line.committed) {
            edit.acknowledged.insert(line.key);
        } else {
            edit.writes.append({line.key, line.value});
        }
    }

    Verdict verdict;
    Snapshot expected = before; // the last acknowledged value of every field
    Snapshot beforeInFlight;    // the values the in-flight edit found
    QHash<QString, QString> inFlightWrites;
    QSet<QString> acknowledgedKeys;
    for (const Edit &edit : std::as_const(edits)) {
        const bool complete = edit.acknowledged.size() == edit.writes.size();
        if (!complete) {
            verdict.inFlight = true;
            for (const auto &[key, value] : edit.writes) {
                beforeInFlight.insert(key, expected.value(key));
                inFlightWrites.insert(key, value);
            }
        } else {
            ++verdict.acknowledgedEdits;
        }
        for (const auto &[key, value] : edit.writes) {
            if (edit.acknowledged.contains(key)) {
                expected.insert(key, value);
                acknowledgedKeys.insert(key);
            }
        }
    }

    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        const auto found = current.constFind(it.key());
        const QString now = found == current.constEnd() ? QStringLiteral("(missing)") : *found;
        if (now == it.value() || inFlightWrites.value(it.key()) == now) {
            continue;
        }
        if (acknowledgedKeys.contains(it.key())) {
            ++verdict.lostAcknowledged;
            verdict.problems.append(QStringLiteral("lost acknowledged change: %1 is %2, acknowledged %3")
                                        .arg(it.key(), shown(now), shown(it.value())));
        } else {
            ++verdict.unexpected;
            verdict.problems.append(QStringLiteral("unexpected value: %1 is %2, was %3")
                                        .arg(it.key(), shown(now), shown(it.value())));
        }
    }

    int applied = 0;
    int notApplied = 0;
    for (auto it = inFlightWrites.constBegin(); it != inFlightWrites.constEnd(); ++it) {
        const QString now = current.value(it.key());
        const QString old = beforeInFlight.value(it.key());
        if (now == it.value() && now != old) {
            ++applied;
        } else if (now == old && now != it.value()) {
            ++notApplied;
        }
    }
    verdict.inFlightLanded = applied > 0;
    if (applied > 0 && notApplied > 0) {
        ++verdict.torn;
        verdict.problems.append(
            QStringLiteral("torn edit: %1 of %2 fields of the edit in flight were written")
                .arg(applied)
                .arg(applied + notApplied));
    }
    return verdict;
}

} // namespace isms::crash
