// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
//
// Usage: isms_crash_driver [--kills N] [--seed S] [--dir D] [--max-delay-ms MS] [--no-strace]
//                          [--between-edits] [--recover-with-sqlite] [--lie-every K] [--verbose]
//
// Creates a project, then N times: starts isms_crash_child on it, kills the child with SIGKILL (after a
// random delay, or inside fsync through strace's fault injection), opens the file with Database::open,
// runs IntegrityService::check and compares every field with what the child acknowledged. The same file
// is used throughout, so damage accumulates. Prints one summary line and exits 0 only when nothing was
// found. Diagnostic modes that validate the harness itself: --between-edits kills only while the child
// waits between transactions; --recover-with-sqlite lets plain SQLite roll a hot journal back before
// Database::open; --lie-every K makes the child acknowledge edits it did not make.
#include "CrashChildProcess.h"
#include "CrashVerifier.h"
#include "services/IntegrityService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

namespace {

using namespace isms::crash;

struct Options
{
    int kills = 20;
    quint64 seed = 0;
    QString dir;
    int maxDelayMs = 200;
    bool strace = true;
    bool betweenEdits = false;
    bool recoverWithSqlite = false;
    int lieEvery = 0;
    bool verbose = false;
};

struct Totals
{
    int kills = 0;
    int unopenable = 0;
    int failedChecks = 0;
    int lostAcknowledged = 0;
    int torn = 0;
    int unexpected = 0;
    int childErrors = 0;
    int fsyncKills = 0;
    int inFlight = 0;
    int inFlightLanded = 0;
    qint64 acknowledgedEdits = 0;

    bool clean() const
    {
        return unopenable == 0 && failedChecks == 0 && lostAcknowledged == 0 && torn == 0 && unexpected == 0
               && childErrors == 0;
    }
};

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

std::optional<Options> parseOptions(const QStringList &args)
{
    Options options;
    options.seed = QRandomGenerator::system()->generate64() % 1'000'000'000ULL;
    for (int i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (arg == u"--kills" && hasValue) {
            options.kills = args.at(++i).toInt();
        } else if (arg == u"--seed" && hasValue) {
            options.seed = args.at(++i).toULongLong();
        } else if (arg == u"--dir" && hasValue) {
            options.dir = args.at(++i);
        } else if (arg == u"--max-delay-ms" && hasValue) {
            options.maxDelayMs = std::max(1, args.at(++i).toInt());
        } else if (arg == u"--lie-every" && hasValue) {
            options.lieEvery = args.at(++i).toInt();
        } else if (arg == u"--no-strace") {
            options.strace = false;
        } else if (arg == u"--between-edits") {
            options.betweenEdits = true;
        } else if (arg == u"--recover-with-sqlite") {
            options.recoverWithSqlite = true;
        } else if (arg == u"--verbose") {
            options.verbose = true;
        } else {
            return std::nullopt;
        }
    }
    return options;
}

/// Opens the file read-write with plain SQLite, which rolls a hot journal back. Diagnostic only.
bool recoverWithSqlite(const QString &path)
{
    const QString name = QStringLiteral("crash-recovery");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

std::unique_ptr<isms::Database> openProject(const QString &path, QString *error)
{
    isms::Database::OpenOptions options;
    options.actor = QStringLiteral("crash-driver");
    auto db = isms::Database::open(path, options);
    if (!db) {
        *error = db.error().message + QStringLiteral(" [") + db.error().detail.left(200) + u']';
        return nullptr;
    }
    return std::move(db).value();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const auto options = parseOptions(QCoreApplication::arguments());
    if (!options) {
        std::fprintf(stderr,
                     "usage: isms_crash_driver [--kills N] [--seed S] [--dir D] [--max-delay-ms MS] "
                     "[--no-strace] [--between-edits] [--recover-with-sqlite] [--lie-every K] [--verbose]\n");
        return 2;
    }
    if (!options->verbose) {
        // Lock takeovers and migrations are expected here on every kill; keep the log to what was found.
        QLoggingCategory::setFilterRules(QStringLiteral("isms.*.info=false"));
    }
    QTemporaryDir temporary;
    const QString dir = options->dir.isEmpty() ? temporary.path() : options->dir;
    if (!QDir().mkpath(dir)) {
        std::fprintf(stderr, "isms_crash_driver: cannot create %s\n", qPrintable(dir));
        return 2;
    }
    const QString path = QDir(dir).absoluteFilePath(QStringLiteral("crash.isms"));
    for (const QString &old : QStringList{path, path + QStringLiteral("-journal")}) {
        QFile::remove(old);
    }
    std::mt19937_64 random(options->seed);
    const auto pick = [&](int bound) {
        return std::uniform_int_distribution<int>(0, std::max(bound, 1) - 1)(random);
    };
    const bool strace = options->strace && !options->betweenEdits && ChildProcess::straceWorks();
    say(QStringLiteral("seed: %1 (replay with --seed %1); file: %2; fsync kills: %3")
            .arg(QString::number(options->seed),
                 path,
                 strace ? QStringLiteral("strace") : QStringLiteral("off")));

    Snapshot expected;
    {
        auto created =
            isms::Database::create(path, QStringLiteral("Crash Test Ltd"), QStringLiteral("crash"));
        if (!created) {
            std::fprintf(stderr, "isms_crash_driver: %s\n", qPrintable(created.error().message));
            return 2;
        }
        auto snapshot = readSnapshot(**created);
        if (!snapshot) {
            std::fprintf(stderr, "isms_crash_driver: %s\n", qPrintable(snapshot.error().message));
            return 2;
        }
        expected = *snapshot;
    }

    Totals totals;
    qint64 nextEdit = 1;
    for (int kill = 1; kill <= options->kills; ++kill) {
        ChildRun run;
        run.childSeed = random();
        run.firstEdit = nextEdit;
        run.lieEvery = options->lieEvery;
        if (options->betweenEdits) {
            run.method = KillMethod::BetweenEdits;
            run.stepEdits = pick(8);
        } else if (strace && kill % 4 == 0) {
            run.method = KillMethod::Fsync;
            run.fsyncCall = 1 + pick(40);
            ++totals.fsyncKills;
        } else if (pick(10) == 0) {
            run.method = KillMethod::FromStart;
            run.delayMs = pick(150);
        } else {
            run.method = KillMethod::AfterReady;
            run.delayMs = pick(options->maxDelayMs);
        }
        const QString where = QStringLiteral("kill %1 (%2)").arg(kill).arg(run.describe());
        const ChildResult result = ChildProcess::runAndKill(path, run);
        ++totals.kills;
        nextEdit = std::max(nextEdit, result.lastEdit + 1);
        if (!result.error.isEmpty()) {
            ++totals.childErrors;
            say(where + QStringLiteral(": child error: ") + result.error);
        }

        if (options->recoverWithSqlite && !recoverWithSqlite(path)) {
            say(where + QStringLiteral(": plain SQLite could not open the file"));
        }
        QString openError;
        auto db = openProject(path, &openError);
        if (!db) {
            ++totals.unopenable;
            say(where + QStringLiteral(": unopenable: ") + openError);
            // Go on with the same file, so that later kills are still checked: let SQLite roll back.
            if (!recoverWithSqlite(path) || !(db = openProject(path, &openError))) {
                say(where + QStringLiteral(": still unopenable after SQLite's recovery; stopping: ")
                    + openError);
                break;
            }
        }
        const auto report = isms::IntegrityService::check(path);
        if (!report || !report->isClean()) {
            ++totals.failedChecks;
            say(where + QStringLiteral(": check failed: ") + (report ? QString() : report.error().message));
            if (report) {
                for (const isms::CheckFinding &finding : report->findings) {
                    say(QStringLiteral("    ") + finding.message);
                }
            }
        }
        const auto current = readSnapshot(*db);
        if (!current) {
            ++totals.failedChecks;
            say(where + QStringLiteral(": cannot read the project: ") + current.error().message);
            continue;
        }
        const Verdict verdict = verify(expected, result.lines, *current);
        totals.lostAcknowledged += verdict.lostAcknowledged;
        totals.unexpected += verdict.unexpected;
        totals.torn += verdict.torn;
        totals.acknowledgedEdits += verdict.acknowledgedEdits;
        totals.inFlight += verdict.inFlight ? 1 : 0;
        totals.inFlightLanded += verdict.inFlightLanded ? 1 : 0;
        for (const QString &problem : verdict.problems) {
            say(where + QStringLiteral(": ") + problem);
        }
        if (options->verbose) {
            say(where
                + QStringLiteral(": %1 edits acknowledged%2")
                      .arg(verdict.acknowledgedEdits)
                      .arg(verdict.inFlight
                               ? (verdict.inFlightLanded ? QStringLiteral(", in flight: landed")
                                                         : QStringLiteral(", in flight: rolled back"))
                               : QString()));
        }
        expected = *current;
    }

    say(QStringLiteral(
            "acknowledged edits: %1, edits in flight at a kill: %2 (%3 landed), kills inside fsync: %4")
            .arg(totals.acknowledgedEdits)
            .arg(totals.inFlight)
            .arg(totals.inFlightLanded)
            .arg(totals.fsyncKills));
    say(QStringLiteral("kills: %1, unopenable: %2, failed checks: %3, lost acknowledged changes: %4, "
                       "torn edits: %5, unexpected values: %6, child errors: %7")
            .arg(totals.kills)
            .arg(totals.unopenable)
            .arg(totals.failedChecks)
            .arg(totals.lostAcknowledged)
            .arg(totals.torn)
            .arg(totals.unexpected)
            .arg(totals.childErrors));
    if (!totals.clean()) {
        say(QStringLiteral("seed: %1 (replay with --seed %1)").arg(options->seed));
        if (options->dir.isEmpty()) {
            temporary.setAutoRemove(false);
            say(QStringLiteral("the project is kept for inspection: ") + path);
        }
        return 1;
    }
    return 0;
}
