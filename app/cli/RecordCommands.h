// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "Command.h"
#include "common/Result.h"
#include "domain/EntitySpec.h"

#include <QHash>
#include <QVariant>

namespace isms {
class Database;
struct EntitySpec;
} // namespace isms

namespace isms::cli {

/// The verbs every register gets from its EntitySpec: "list KIND", "show KIND", "add KIND",
/// "set KIND", "remove KIND", one command each per register in Entities.
QList<Command> recordCommands();
/// The commands of recordCommands() for one register.
QList<Command> recordCommandsOf(const EntitySpec *spec);

/// The verbs followed by a register: "list", "show", "add", "set", "remove", "import".
QStringList recordVerbs();

/// The --FIELD options of a register's typed fields (all but the computed ones), as "add" and "set"
/// take them.
QList<QCommandLineOption> recordFieldOptions(const EntitySpec &spec);

/// The field options given in `invocation`, read into stored values; errors name the option.
[[nodiscard]] Result<QHash<QString, QVariant>> givenFieldValues(const EntitySpec &spec,
                                                                const Invocation &invocation,
                                                                Database &db);

} // namespace isms::cli
