// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/HistoryAnchor.h"

#include "settings/AppSettings.h"
#include "storage/ChangeLogHead.h"
#include "storage/Database.h"

#include <QStringList>
#include <QUuid>

namespace isms {

namespace {

constexpr auto FormatTag = "anchor1";

/// The positions remembered besides the head: 1, 2, 4, 8, ... below `count`, and `count` itself.
QList<qint64> checkpointsFor(qint64 count)
{
    QList<qint64> positions;
    for (qint64 position = 1; position < count; position *= 2) {
        positions.append(position);
    }
    if (count > 0) {
        positions.append(count);
    }
    return positions;
}

/// The project id normalised to a UUID without braces, or empty when the file has none (files of
/// schema version 1 or 2 opened read-only, or a damaged id, which `check` reports on its own).
QString projectKey(const Database &db)
{
    const auto id = ProjectIdentity::projectId(db);
    return id ? QUuid::fromString(*id).toString(QUuid::WithoutBraces) : QString();
}

} // namespace

HistoryAnchor::HistoryAnchor(AppSettings &settings)
    : m_settings(settings)
{}

QString HistoryAnchor::encode(const Remembered &remembered)
{
    QStringList parts{QString::fromLatin1(FormatTag),
                      QString::number(remembered.count),
                      remembered.seenUtc.toString(Qt::ISODate)};
    for (auto it = remembered.hashes.constBegin(); it != remembered.hashes.constEnd(); ++it) {
        parts.append(QString::number(it.key()) + u':' + QString::fromLatin1(it.value()));
    }
    return parts.join(u' ');
}

std::optional<HistoryAnchor::Remembered> HistoryAnchor::decode(const QString &text)
{
    const QStringList parts = text.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() < 3 || parts.at(0) != QLatin1String(FormatTag)) {
        return std::nullopt;
    }
    Remembered remembered;
    bool isNumber = false;
    remembered.count = parts.at(1).toLongLong(&isNumber);
    if (!isNumber || remembered.count < 0) {
        return std::nullopt;
    }
    remembered.seenUtc = QDateTime::fromString(parts.at(2), Qt::ISODate);
    for (qsizetype i = 3; i < parts.size(); ++i) {
        const qsizetype colon = parts.at(i).indexOf(u':');
        const qint64 position = parts.at(i).left(colon).toLongLong(&isNumber);
        if (colon < 1 || !isNumber || position < 1) {
            return std::nullopt;
        }
        remembered.hashes.insert(position, parts.at(i).mid(colon + 1).toLatin1());
    }
    return remembered;
}

Result<HistoryAnchor::Outcome> HistoryAnchor::compare(const Database &db) const
{
    Outcome outcome;
    const QString key = projectKey(db);
    if (key.isEmpty()) {
        return outcome;
    }
    const auto head = ChangeLogHead::read(db);
    if (!head) {
        return head.error();
    }
    outcome.currentCount = head->count;
    const auto remembered = decode(m_settings.projectValue(AppSettings::Key::HistoryAnchors, key));
    if (!remembered) {
        outcome.verdict = Verdict::FirstSeen;
        return outcome;
    }
    outcome.rememberedCount = remembered->count;
    outcome.rememberedAtUtc = remembered->seenUtc;
    // The entries that are still there must hash as they did; the first that does not is rewritten.
    for (auto it = remembered->hashes.constBegin(); it != remembered->hashes.constEnd(); ++it) {
        if (it.key() > head->count) {
            break;
        }
        const auto hash = ChangeLogHead::hashAt(db, it.key());
        if (!hash) {
            return hash.error();
        }
        if (!*hash || **hash != it.value()) {
            outcome.verdict = Verdict::EntriesRewritten;
            outcome.firstRewritten = it.key();
            break;
        }
    }
    const QString seen = QLocale().toString(remembered->seenUtc.toLocalTime(), QLocale::ShortFormat);
    if (outcome.verdict == Verdict::EntriesRewritten) {
        outcome.message = tr("Change-log entries of this project that this computer saw on %1 were "
                             "rewritten (at or before entry %2); compare the file with a backup copy and "
                             "run \"isms-cli check\" on it.")
                              .arg(seen, QString::number(outcome.firstRewritten));
    } else if (head->count < remembered->count) {
        outcome.verdict = Verdict::EntriesRemoved;
        outcome.message = tr("This project's change log has %n entries, but this computer saw %1 on %2; "
                             "the newest entries were removed, or this is an older copy of the file.",
                             nullptr,
                             static_cast<int>(head->count))
                              .arg(QString::number(remembered->count), seen);
    } else {
        outcome.verdict = Verdict::Consistent;
    }
    return outcome;
}

Result<HistoryAnchor::Outcome> HistoryAnchor::verify(const Database &db)
{
    auto outcome = compare(db);
    if (!outcome || outcome->verdict == Verdict::Unavailable || outcome->isWarning()) {
        return outcome;
    }
    if (outcome->verdict == Verdict::Consistent && outcome->currentCount == outcome->rememberedCount) {
        // compare() found every remembered hash in place, and the positions depend on the count only:
        // what would be stored is what is stored. Not writing keeps the settings file (and its sync
        // to disk) off every open of an unchanged project.
        return outcome;
    }
    Remembered remembered;
    remembered.count = outcome->currentCount;
    remembered.seenUtc = QDateTime::currentDateTimeUtc();
    for (const qint64 position : checkpointsFor(remembered.count)) {
        const auto hash = ChangeLogHead::hashAt(db, position);
        if (!hash) {
            return hash.error();
        }
        if (*hash) {
            remembered.hashes.insert(position, **hash);
        }
    }
    m_settings.setProjectValue(AppSettings::Key::HistoryAnchors, projectKey(db), encode(remembered));
    m_settings.sync();
    return outcome;
}

} // namespace isms
