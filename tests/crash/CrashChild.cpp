// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
//
// Usage: isms_crash_child FILE --seed S --first N [--max-edits M] [--step] [--lie-every K]
//
// Opens FILE read-write and makes scripted edits through the core services, one transaction each, as
// fast as it can, until it is killed (or after M edits). Before each edit it writes "begin" lines and
// after the service call returned success "committed" lines (CrashScript.h). The crash driver kills it
// at random moments and checks the file. --step waits for a line on stdin before each edit, so that a
// kill lands between transactions. --lie-every K acknowledges every K-th edit without making it, so
// that a test can show that the driver notices a lost change.
#include "CrashScript.h"
#include "common/Platform.h"
#include "domain/Requirement.h"
#include "services/ProjectService.h"
#include "services/RequirementService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDate>

#include <cstdio>
#include <iostream>
#include <random>
#include <string>

namespace {

using isms::RequirementKey;
using isms::RequirementKind;

void emitLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void fail(const QString &what, const isms::Error &error)
{
    std::fprintf(stderr,
                 "isms_crash_child: %s: %s (%s)\n",
                 qPrintable(what),
                 qPrintable(error.message),
                 qPrintable(error.detail));
}

struct Options
{
    QString path;
    quint64 seed = 1;
    qint64 first = 1;
    qint64 maxEdits = 1'000'000;
    qint64 lieEvery = 0;
    bool step = false;
};

std::optional<Options> parseOptions(const QStringList &args)
{
    Options options;
    for (int i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (arg == u"--seed" && hasValue) {
            options.seed = args.at(++i).toULongLong();
        } else if (arg == u"--first" && hasValue) {
            options.first = args.at(++i).toLongLong();
        } else if (arg == u"--max-edits" && hasValue) {
            options.maxEdits = args.at(++i).toLongLong();
        } else if (arg == u"--lie-every" && hasValue) {
            options.lieEvery = args.at(++i).toLongLong();
        } else if (arg == u"--step") {
            options.step = true;
        } else if (!arg.startsWith(u"--") && options.path.isEmpty()) {
            options.path = arg;
        } else {
            return std::nullopt;
        }
    }
    if (options.path.isEmpty()) {
        return std::nullopt;
    }
    return options;
}

/// One field an edit writes: its change-log names and its token.
struct Write
{
    QString entity;
    QString id;
    QString field;
    QString token;
};

class Editor
{
public:
    Editor(isms::Database &db, quint64 seed, QList<RequirementKey> keys)
        : m_requirements(db)
        , m_project(db)
        , m_random(seed)
        , m_keys(std::move(keys))
    {}

    /// Makes edit `n` (unless `lie`) and reports it; false when a service call failed.
    bool edit(qint64 n, bool lie)
    {
        QList<Write> writes;
        isms::RequirementChange change;
        std::optional<QString> organisation;
        std::optional<RequirementKey> key;
        if (pick(25) == 0) {
            organisation = QStringLiteral("Org-%1").arg(n);
            writes.append({QStringLiteral("project"),
                           QStringLiteral("1"),
                           QStringLiteral("organisation"),
                           *organisation});
        } else {
            key = m_keys.at(static_cast<qsizetype>(pick(static_cast<quint64>(m_keys.size()))));
            const auto current = m_requirements.tracking(*key);
            if (!current) {
                fail(QStringLiteral("read %1").arg(key->ref), current.error());
                return false;
            }
            const QString entity = isms::requirementKindKeyword(key->kind);
            // One to three fields, so that some transactions must be applied or rolled back as a whole.
            const quint64 fields = 1 + pick(3);
            const quint64 startField = pick(4);
            for (quint64 f = 0; f < fields; ++f) {
                const auto field = static_cast<isms::TrackingField>((startField + f) % 4);
                const QString fieldName = isms::trackingFieldKeyword(field);
                QString token;
                switch (field) {
                case isms::TrackingField::Status: {
                    auto status = current->status;
                    // Clauses 4 to 10 cannot be "not applicable": only controls get that status.
                    while (status == current->status
                           || (key->kind == isms::RequirementKind::Clause
                               && status == isms::ImplementationStatus::NotApplicable)) {
                        status = isms::AllStatuses.at(pick(isms::AllStatuses.size()));
                    }
                    change.status = status;
                    token = isms::statusKeyword(status);
                    break;
                }
                case isms::TrackingField::Owner:
                    token = pick(6) == 0 && !current->owner.isEmpty() ? QString()
                                                                      : QStringLiteral("owner-%1").arg(n);
                    change.owner = token;
                    break;
                case isms::TrackingField::Notes: {
                    // Mostly short, sometimes several pages (overflow pages in the commit).
                    const int length = static_cast<int>(pick(8) == 0 ? 4000 + pick(12000) : pick(600));
                    change.notes = isms::crash::notesText(n, length);
                    token = QStringLiteral("notes-%1-%2").arg(n).arg(length);
                    break;
                }
                case isms::TrackingField::TargetDate: {
                    const QDate date = pick(5) == 0 && current->targetDate.isValid()
                                           ? QDate()
                                           : QDate(2026, 1, 1).addDays(static_cast<qint64>(pick(3000)));
                    change.targetDate = date;
                    token = date.isValid() ? date.toString(Qt::ISODate) : QString();
                    break;
                }
                }
                writes.append({entity, key->ref, fieldName, token.isEmpty() ? QStringLiteral("-") : token});
            }
        }
        report(QStringLiteral("begin"), n, writes);
        if (!lie) {
            const isms::Result<void> done =
                organisation ? m_project.setOrganisation(*organisation) : m_requirements.update(*key, change);
            if (!done) {
                fail(QStringLiteral("edit %1").arg(n), done.error());
                return false;
            }
        }
        report(QStringLiteral("committed"), n, writes);
        return true;
    }

private:
    quint64 pick(quint64 bound) { return std::uniform_int_distribution<quint64>(0, bound - 1)(m_random); }

    static void report(const QString &what, qint64 n, const QList<Write> &writes)
    {
        for (const Write &write : writes) {
            emitLine(QStringLiteral("%1 %2 %3 %4 %5 %6")
                         .arg(what, QString::number(n), write.entity, write.id, write.field, write.token));
        }
    }

    isms::RequirementService m_requirements;
    isms::ProjectService m_project;
    std::mt19937_64 m_random;
    QList<RequirementKey> m_keys;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const auto options = parseOptions(QCoreApplication::arguments());
    if (!options) {
        std::fprintf(stderr,
                     "usage: isms_crash_child FILE --seed S --first N [--max-edits M] [--step] "
                     "[--lie-every K]\n");
        return 2;
    }
    isms::Database::OpenOptions openOptions;
    openOptions.actor = QStringLiteral("crash-child");
    auto db = isms::Database::open(options->path, openOptions);
    if (!db) {
        fail(QStringLiteral("open"), db.error());
        return 3;
    }
    QList<RequirementKey> keys;
    {
        const isms::RequirementService requirements(**db);
        const auto controls = requirements.controls();
        const auto clauses = requirements.clauses();
        if (!controls || !clauses) {
            fail(QStringLiteral("read the requirements"), controls ? clauses.error() : controls.error());
            return 3;
        }
        for (const isms::Control &control : *controls) {
            keys.append({RequirementKind::Control, control.ref});
        }
        for (const isms::Clause &clause : *clauses) {
            keys.append({RequirementKind::Clause, clause.ref});
        }
    }
    Editor editor(**db, options->seed, keys);
    emitLine(QStringLiteral("ready %1").arg(isms::platform::currentProcessId()));
    for (qint64 i = 0; i < options->maxEdits; ++i) {
        if (options->step) {
            emitLine(QStringLiteral("wait"));
            std::string line;
            if (!std::getline(std::cin, line)) {
                return 0;
            }
        }
        const qint64 n = options->first + i;
        const bool lie = options->lieEvery > 0 && (i + 1) % options->lieEvery == 0;
        if (!editor.edit(n, lie)) {
            return 4;
        }
    }
    return 0;
}
