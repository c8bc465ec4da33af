// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
//
// libFuzzer target: every input is a project file from elsewhere (untrusted) and goes the way such a file
// goes in the program: Database::inspect, a read-only open with the services reading it and the control
// status report rendered to PDF, IntegrityService::check (isms-cli check), and a read-write open of a copy
// (which may migrate it) with one logged change. Refusals are fine; crashes, sanitizer reports, failed
// Q_ASSERTs and hangs are what it looks for. Run it through scripts/fuzz.sh.
#include "report/ControlStatusReport.h"
#include "report/PdfExport.h"
#include "report/ReportOptions.h"
#include "services/IntegrityService.h"
#include "services/ProjectService.h"
#include "services/RequirementService.h"
#include "storage/Database.h"
#include "storage/ProjectLock.h"

#include <QByteArrayView>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <vector>

extern "C" size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t maxSize);

namespace {

using namespace isms;

/// The folder that every execution reuses, and the two file names in it.
struct Workspace
{
    QTemporaryDir dir;
    QString input;
    QString copy;
    /// Render the PDF of one opened input in this many (ISMS_FUZZ_RENDER_EVERY, default 16).
    size_t renderEvery = 16;
    /// Whether the current input is one whose report is rendered.
    bool renderThisInput = false;
};

Workspace *workspace = nullptr;

void quietMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // Refusals log at info level; with every execution logging, the fuzzer would mostly measure stderr.
    // Fatal messages (failed Q_ASSERTs) still abort, which libFuzzer reports as a crash.
    if (type == QtFatalMsg || qEnvironmentVariableIsSet("ISMS_FUZZ_VERBOSE")) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
    }
}

bool writeFile(const QString &path, const uint8_t *data, size_t size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    const auto length = static_cast<qint64>(size);
    return size == 0 || file.write(reinterpret_cast<const char *>(data), length) == length;
}

/// Removes what an execution may leave beside a project: the lock file, SQLite's journal and the backup
/// written before a migration.
void removeSideFiles(const QString &path)
{
    QFile::remove(ProjectLock::lockPathFor(path));
    QFile::remove(path + QStringLiteral("-journal"));
    const QFileInfo info(path);
    const QStringList backups = info.absoluteDir().entryList({info.fileName() + QStringLiteral(".v*.bak*")},
                                                             QDir::Files | QDir::Hidden);
    for (const QString &backup : backups) {
        QFile::remove(info.absoluteDir().filePath(backup));
    }
}

/// Reads everything the services offer; returns whether the controls could be read.
bool readThroughServices(Database &db)
{
    (void)ProjectService(db).info();
    (void)ProjectService(db).organisation();
    const RequirementService requirements(db);
    (void)requirements.clauses();
    (void)requirements.controls2013();
    const auto controls = requirements.controls();
    if (!controls) {
        return false;
    }
    if (!controls->isEmpty()) {
        (void)requirements.control(controls->first().ref);
        (void)requirements.tracking(RequirementKey{RequirementKind::Control, controls->last().ref});
    }
    return true;
}

/// Builds the control status report, and renders it to PDF for the inputs chosen for that: rendering
/// takes 100-200 ms (under the sanitizers), a hundred times what refusing a damaged file takes.
void exportReport(Database &db)
{
    ReportOptions options;
    options.pageSize = QPageSize::A4;
    options.generatedAtUtc = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    const auto document = ControlStatusReport::build(db, options);
    if (document && workspace->renderThisInput) {
        (void)PdfExport::renderPdf(*document, options);
    }
}

void openReadOnly(const QString &path)
{
    Database::OpenOptions options;
    options.access = Database::Access::ReadOnly;
    options.actor = QStringLiteral("fuzz");
    auto db = Database::open(path, options);
    if (db && readThroughServices(**db)) {
        exportReport(**db);
    }
}

void openReadWrite(const QString &path)
{
    Database::OpenOptions options;
    options.actor = QStringLiteral("fuzz");
    auto db = Database::open(path, options);
    if (!db || !readThroughServices(**db)) {
        return;
    }
    RequirementService requirements(**db);
    RequirementChange change;
    change.status = ImplementationStatus::Partial;
    change.owner = QStringLiteral("Fuzz Owner");
    (void)requirements.update(RequirementKey{RequirementKind::Control, QStringLiteral("5.1")}, change);
}

/// The page size a SQLite header names (bytes 16-17, big-endian; 1 means 65536), or 0 when it is invalid.
size_t sqlitePageSize(const uint8_t *data, size_t size)
{
    if (size < 100) {
        return 0;
    }
    const size_t value = (size_t{data[16]} << 8) | data[17];
    const size_t pageSize = value == 1 ? 65536 : value;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0) {
        return 0;
    }
    return pageSize;
}

} // namespace

/// Fontconfig keeps its caches until exit, and the application is never destroyed: not our leaks.
extern "C" const char *__lsan_default_suppressions()
{
    return "leak:libfontconfig.so\n";
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true);
    qInstallMessageHandler(quietMessageHandler);
    // Qt keeps references to argc and argv: give it its own, not libFuzzer's options. The application is
    // never destroyed: libFuzzer leaves through exit(), after Qt's thread data is gone.
    static int argc = 1;
    static char name[] = "isms_fuzz_open";
    static char *argv[] = {name, nullptr};
    static auto *app = new QGuiApplication(argc, argv);
    Q_UNUSED(app);
    QGuiApplication::setOrganizationName(QStringLiteral("IsmsWorkbenchFuzz"));
    QGuiApplication::setApplicationName(QStringLiteral("isms-fuzz"));

    workspace = new Workspace;
    if (!workspace->dir.isValid()) {
        std::fprintf(stderr, "isms_fuzz_open: cannot create a temporary folder\n");
        std::abort();
    }
    workspace->input = workspace->dir.filePath(QStringLiteral("input.isms"));
    workspace->copy = workspace->dir.filePath(QStringLiteral("copy.isms"));
    bool validNumber = false;
    const int renderEvery = qEnvironmentVariableIntValue("ISMS_FUZZ_RENDER_EVERY", &validNumber);
    if (validNumber && renderEvery > 0) {
        workspace->renderEvery = static_cast<size_t>(renderEvery);
    }
    std::atexit([] { delete workspace; });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString &input = workspace->input;
    const QString &copy = workspace->copy;
    if (!writeFile(input, data, size) || !writeFile(copy, data, size)) {
        std::fprintf(stderr, "isms_fuzz_open: cannot write to %s\n", qPrintable(workspace->dir.path()));
        std::abort();
    }
    removeSideFiles(input);
    removeSideFiles(copy);
    // Chosen by the content with a fixed hash seed, so that one input always runs the same code, in this
    // process (libFuzzer relies on that) and when a saved crash is replayed.
    const QByteArrayView bytes(data, static_cast<qsizetype>(size));
    workspace->renderThisInput = qHash(bytes, size_t{0}) % workspace->renderEvery == 0;

    (void)Database::inspect(input);
    openReadOnly(input);
    (void)IntegrityService::check(input);
    openReadWrite(copy);

    removeSideFiles(input);
    removeSideFiles(copy);
    return 0;
}

/// Mutates mostly inside the pages of a SQLite file: most of libFuzzer's own mutations on a whole file of
/// 100+ kB insert or erase bytes, which shifts every page behind them, so nearly every result would be
/// refused by the first check. This keeps the length and the 100-byte header, and mutates a window of one
/// to three pages in place (with libFuzzer's mutations and the dictionary); one time in eight it leaves
/// the whole input to libFuzzer.
extern "C" size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t maxSize, unsigned int seed)
{
    std::minstd_rand random(seed);
    const size_t pageSize = sqlitePageSize(data, size);
    if (pageSize == 0 || size < pageSize || random() % 8 == 0) {
        return LLVMFuzzerMutate(data, size, maxSize);
    }
    const size_t pages = size / pageSize;
    const size_t windows = 1 + random() % 3;
    std::vector<uint8_t> window;
    for (size_t n = 0; n < windows; ++n) {
        const size_t page = random() % pages;
        const size_t pageStart = page * pageSize + (page == 0 ? 100 : 0);
        const size_t pageEnd = (page + 1) * pageSize;
        const size_t offset = pageStart + random() % (pageEnd - pageStart);
        static constexpr size_t lengths[] = {8, 32, 128, 1024};
        const size_t length = std::min(lengths[random() % 4], pageEnd - offset);
        window.assign(data + offset, data + offset + length);
        const size_t mutated = LLVMFuzzerMutate(window.data(), length, length);
        std::memcpy(data + offset, window.data(), std::min(mutated, length));
    }
    return size;
}
