// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/SoaVersionService.h"

#include "services/ChangeNotifier.h"
#include "services/FrozenSnapshot.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace isms {

namespace {

const QString Columns =
    QStringLiteral("number, issued_at_utc, approver, approval_date, change_summary, sha256");

QString sha256Of(const QByteArray &data)
{
    return FrozenSnapshot::sha256(data);
}

SoaVersion versionOf(const QSqlQuery &query)
{
    SoaVersion version;
    version.number = query.value(0).toInt();
    version.issuedAtUtc = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs).toUTC();
    version.approver = query.value(2).toString();
    version.approvalDate = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    version.changeSummary = query.value(4).toString();
    version.sha256 = query.value(5).toString();
    return version;
}

QString timeText(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

/// The approval record of a version as the change log holds it: canonical JSON of everything but the
/// entries, whose hash stands for them.
QString approvalRecord(const SoaVersion &version)
{
    const QJsonObject object{
        {QStringLiteral("number"), version.number},
        {QStringLiteral("issued_at_utc"), timeText(version.issuedAtUtc)},
        {QStringLiteral("approver"), version.approver},
        {QStringLiteral("approval_date"), version.approvalDate.toString(Qt::ISODate)},
        {QStringLiteral("change_summary"), version.changeSummary},
        {QStringLiteral("sha256"), version.sha256},
    };
    return FrozenSnapshot::canonicalJson(object);
}

/// The fields a comparison looks at, as text.
QList<std::pair<QString, QString>> comparedFields(const SoaEntry &entry)
{
    const auto date = [](const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    return {
        {QStringLiteral("title"), entry.title},
        {QStringLiteral("source"), entry.source},
        {QStringLiteral("source_ref"), entry.sourceRef},
        {QStringLiteral("applicable"), entry.applicable ? QStringLiteral("yes") : QStringLiteral("no")},
        {QStringLiteral("reasons"), entry.reasons.join(QStringLiteral(", "))},
        {QStringLiteral("justification"), entry.justification},
        {QStringLiteral("status"), entry.status},
        {QStringLiteral("owner"), entry.owner},
        {QStringLiteral("implementation"), entry.implementation},
        {QStringLiteral("documents"), entry.documents},
        {QStringLiteral("last_reviewed"), date(entry.lastReviewed)},
    };
}

bool hasVersionTable(const Database &db)
{
    const auto found = sql::scalar(db.connection(),
                                   QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' "
                                                  "AND name = 'soa_version'"));
    return found && found->toInt() > 0;
}

} // namespace

QString SoaSide::keyword() const
{
    return version ? QString::number(*version) : QStringLiteral("current");
}

QString SoaSide::label() const
{
    return version ? SoaVersionService::tr("version %1").arg(*version)
                   : SoaVersionService::tr("the working state");
}

SoaVersionService::SoaVersionService(Database &db)
    : m_db(db)
{}

QByteArray SoaVersionService::canonicalJson(const QList<SoaEntry> &entries)
{
    // QJsonObject keeps its keys sorted and Compact writes no whitespace: one text per content.
    return QJsonDocument(SoaRegister::toJson(entries)).toJson(QJsonDocument::Compact);
}

Result<SoaSide> SoaVersionService::parseSide(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare(QStringLiteral("current"), Qt::CaseInsensitive) == 0) {
        return SoaSide{};
    }
    bool ok = false;
    const int number = trimmed.toInt(&ok);
    if (!ok || number < 1) {
        return Error{ErrorCode::InvalidArgument,
                     tr("\"%1\" is not an SoA version; give a version number such as 1, or current.")
                         .arg(trimmed.left(40)),
                     {}};
    }
    return SoaSide{number};
}

Result<QList<SoaVersion>> SoaVersionService::list() const
{
    QSqlQuery query(m_db.connection());
    if (auto done =
            sql::exec(query, QStringLiteral("SELECT %1 FROM soa_version ORDER BY number").arg(Columns));
        !done) {
        return done.error();
    }
    QList<SoaVersion> versions;
    while (query.next()) {
        versions.append(versionOf(query));
    }
    return versions;
}

Result<std::optional<SoaVersion>> SoaVersionService::latest() const
{
    QSqlQuery query(m_db.connection());
    if (auto done =
            sql::exec(query,
                      QStringLiteral("SELECT %1 FROM soa_version ORDER BY number DESC LIMIT 1").arg(Columns));
        !done) {
        return done.error();
    }
    if (!query.next()) {
        return std::optional<SoaVersion>();
    }
    return std::optional<SoaVersion>(versionOf(query));
}

Result<SoaVersion> SoaVersionService::get(int number) const
{
    QSqlQuery query(m_db.connection());
    if (auto done =
            sql::exec(query,
                      QStringLiteral("SELECT %1, entries FROM soa_version WHERE number = ?").arg(Columns),
                      {number});
        !done) {
        return done.error();
    }
    if (!query.next()) {
        const auto last = latest();
        if (!last) {
            return last.error();
        }
        return Error{
            ErrorCode::NotFound,
            *last ? tr("The project has no SoA version %1; its versions are 1 to %2.")
                        .arg(number)
                        .arg((*last)->number)
                  : tr("The project has no SoA version %1; no version has been issued yet.").arg(number),
            {}};
    }
    SoaVersion version = versionOf(query);
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(query.value(6).toString().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isArray()) {
        return Error{ErrorCode::InvalidArgument,
                     tr("The frozen content of SoA version %1 cannot be read; it was damaged outside ISMS "
                        "Workbench. Run \"isms-cli check\" on the project.")
                         .arg(number),
                     parseError.errorString()};
    }
    version.entries = SoaRegister::fromJson(json.array());
    return version;
}

Result<std::optional<int>> SoaVersionService::unchangedSince() const
{
    const auto working = SoaRegister::read(m_db);
    if (!working) {
        return working.error();
    }
    return unchangedSince(*working);
}

Result<std::optional<int>> SoaVersionService::unchangedSince(const QList<SoaEntry> &working) const
{
    const auto previous = latest();
    if (!previous) {
        return previous.error();
    }
    if (!*previous) {
        return std::optional<int>();
    }
    const auto last = get((*previous)->number);
    if (!last) {
        return last.error();
    }
    return compare(last->entries, working).isEmpty() ? std::optional<int>(last->number)
                                                     : std::optional<int>();
}

Result<QList<SoaEntry>> SoaVersionService::entries(const SoaSide &side) const
{
    if (!side.version) {
        return SoaRegister::read(m_db);
    }
    auto version = get(*side.version);
    if (!version) {
        return version.error();
    }
    return std::move(version->entries);
}

Result<QList<SoaChange>> SoaVersionService::compare(const SoaSide &from, const SoaSide &to) const
{
    const auto before = entries(from);
    if (!before) {
        return before.error();
    }
    const auto after = entries(to);
    if (!after) {
        return after.error();
    }
    return compare(*before, *after);
}

QList<SoaChange> SoaVersionService::compare(const QList<SoaEntry> &from, const QList<SoaEntry> &to)
{
    QHash<QString, const SoaEntry *> earlier;
    for (const SoaEntry &entry : from) {
        earlier.insert(entry.id, &entry);
    }
    QList<SoaChange> changes;
    QSet<QString> seen;
    for (const SoaEntry &entry : to) {
        seen.insert(entry.id);
        const SoaEntry *old = earlier.value(entry.id);
        if (!old) {
            changes.append({entry.id, entry.title, SoaChange::Kind::Added, {}, {}, entry.title});
            continue;
        }
        const auto oldFields = comparedFields(*old);
        const auto newFields = comparedFields(entry);
        for (qsizetype i = 0; i < newFields.size(); ++i) {
            if (oldFields.at(i).second != newFields.at(i).second) {
                changes.append({entry.id,
                                entry.title,
                                SoaChange::Kind::Changed,
                                newFields.at(i).first,
                                oldFields.at(i).second,
                                newFields.at(i).second});
            }
        }
    }
    for (const SoaEntry &entry : from) {
        if (!seen.contains(entry.id)) {
            changes.append({entry.id, entry.title, SoaChange::Kind::Removed, {}, entry.title, {}});
        }
    }
    return changes;
}

Result<SoaVersion> SoaVersionService::issue(const SoaIssue &issue)
{
    const QString approver = issue.approver.trimmed();
    const QString summary = issue.changeSummary.trimmed();
    const QDate today = QDate::currentDate();
    const QDate approved = issue.approvalDate.isValid() ? issue.approvalDate : today;
    const auto refuse = [](const QString &message) { return Error{ErrorCode::InvalidArgument, message, {}}; };
    if (approver.isEmpty()) {
        return refuse(tr("Name who approved this version of the Statement of Applicability; a version is "
                         "issued only with its approver."));
    }
    if (approver.size() > MaxApproverLength || approver.contains(u'\n') || approver.contains(u'\r')) {
        return refuse(
            tr("The approver's name must be one line of at most %1 characters.").arg(MaxApproverLength));
    }
    if (summary.isEmpty()) {
        return refuse(tr("Describe what this version of the Statement of Applicability changes; a version is "
                         "issued only with a change summary."));
    }
    if (summary.size() > MaxSummaryLength) {
        return refuse(
            tr("The change summary is longer than %1 characters; shorten it.").arg(MaxSummaryLength));
    }
    if (approved > today) {
        return refuse(tr("The approval date %1 lies in the future; give the date the version was approved.")
                          .arg(approved.toString(Qt::ISODate)));
    }
    const auto working = SoaRegister::read(m_db);
    if (!working) {
        return working.error();
    }
    if (!issue.allowUnchanged) {
        const auto unchanged = unchangedSince(*working);
        if (!unchanged) {
            return unchanged.error();
        }
        if (*unchanged) {
            return refuse(tr("Nothing in the Statement of Applicability changed since version %1; issue it "
                             "again only as a deliberate re-approval of the same content.")
                              .arg(**unchanged));
        }
    }
    const auto previous = latest();
    if (!previous) {
        return previous.error();
    }

    SoaVersion version;
    version.number = *previous ? (*previous)->number + 1 : 1;
    version.issuedAtUtc = QDateTime::currentDateTimeUtc();
    version.approver = approver;
    version.approvalDate = approved;
    version.changeSummary = summary;
    version.entries = *working;
    const QByteArray json = canonicalJson(version.entries);
    version.sha256 = sha256Of(json);

    auto done = m_db.transaction([&]() -> Result<void> {
        QSqlQuery insert(m_db.connection());
        if (auto inserted =
                sql::exec(insert,
                          QStringLiteral("INSERT INTO soa_version (number, issued_at_utc, approver, "
                                         "approval_date, change_summary, entries, sha256) VALUES "
                                         "(?, ?, ?, ?, ?, ?, ?)"),
                          {version.number,
                           timeText(version.issuedAtUtc),
                           version.approver,
                           version.approvalDate.toString(Qt::ISODate),
                           version.changeSummary,
                           QString::fromUtf8(json),
                           version.sha256});
            !inserted) {
            return inserted;
        }
        return ChangeLog::append(m_db,
                                 {FieldChange{logEntity(),
                                              QString::number(version.number),
                                              logField(),
                                              std::nullopt,
                                              approvalRecord(version)}});
    });
    if (!done) {
        return done.error();
    }
    Q_EMIT m_db.notifier()->soaVersionIssued(version.number);
    Q_EMIT m_db.notifier()->changeLogAppended();
    return version;
}

Result<QStringList> SoaVersionService::check(const Database &db)
{
    QStringList findings;
    if (!hasVersionTable(db)) {
        return findings; // a file from before versions were issued
    }
    QHash<int, QString> logged;
    const auto entries = ChangeLog::entries(db, ChangeLogQuery{logEntity(), {}, 0});
    if (!entries) {
        return entries.error();
    }
    for (const ChangeLogEntry &entry : *entries) {
        if (entry.field == logField()) {
            if (logged.contains(entry.entityId.toInt())) {
                findings.append(tr("SoA version %1 is logged as issued more than once; the change log was "
                                   "written outside ISMS Workbench.")
                                    .arg(entry.entityId));
            }
            logged.insert(entry.entityId.toInt(), entry.newValue.value_or(QString()));
        }
    }
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (auto done =
            sql::exec(query,
                      QStringLiteral("SELECT %1, entries FROM soa_version ORDER BY number").arg(Columns));
        !done) {
        return done.error();
    }
    QSet<int> stored;
    while (query.next()) {
        const SoaVersion version = versionOf(query);
        stored.insert(version.number);
        const QByteArray json = query.value(6).toString().toUtf8();
        if (sha256Of(json) != version.sha256) {
            findings.append(tr("The frozen content of SoA version %1 no longer matches its SHA-256; it was "
                               "changed outside ISMS Workbench.")
                                .arg(version.number));
        } else if (!QJsonDocument::fromJson(json).isArray()) {
            findings.append(tr("The frozen content of SoA version %1 is not readable.").arg(version.number));
        }
        const auto found = logged.constFind(version.number);
        if (found == logged.constEnd()) {
            findings.append(tr("SoA version %1 has no entry in the change log; it was added outside ISMS "
                               "Workbench.")
                                .arg(version.number));
        } else if (*found != approvalRecord(version)) {
            findings.append(tr("SoA version %1 differs from the approval record logged when it was issued "
                               "(approver, dates, summary or hash); it was changed outside ISMS Workbench.")
                                .arg(version.number));
        }
    }
    for (auto it = logged.constBegin(); it != logged.constEnd(); ++it) {
        if (!stored.contains(it.key())) {
            findings.append(tr("SoA version %1 was issued but is missing from the project; it was removed "
                               "outside ISMS Workbench.")
                                .arg(it.key()));
        }
    }
    return findings;
}

} // namespace isms
