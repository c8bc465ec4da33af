// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

namespace isms::test {

/// Installs a Qt message handler that turns qWarning/qCritical/qFatal into test failures, so that a
/// warning from Qt (a failed connect, a model misuse) cannot pass unnoticed.
void installQtMessageGuard();

} // namespace isms::test
