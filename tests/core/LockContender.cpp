// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors

// One contender for a project's lock, run many times at once by ProjectLockContentionTest.
// Usage: isms_lock_contender PROJECT_PATH
// Prints "ready", waits for a line on stdin, tries to take the lock (taking over a stale one), prints
// "won", "locked" or "error: ...", and, when it won, holds the lock until stdin closes.

#include "storage/ProjectLock.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: isms_lock_contender PROJECT_PATH\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    std::cout << "ready" << std::endl;
    std::string line;
    if (!std::getline(std::cin, line)) {
        return 2;
    }
    auto lock =
        isms::ProjectLock::acquire(path,
                                   QStringLiteral("contender-%1").arg(QCoreApplication::applicationPid()),
                                   /*takeOverStale=*/true,
                                   /*force=*/false);
    if (!lock) {
        if (lock.error().code == isms::ErrorCode::Locked) {
            std::cout << "locked" << std::endl;
            return 0;
        }
        std::cout << "error: " << lock.error().message.toStdString() << std::endl;
        return 1;
    }
    std::cout << "won" << std::endl;
    // Hold the lock while the others try, until the test closes our stdin.
    while (std::getline(std::cin, line)) {
    }
    return 0;
}
