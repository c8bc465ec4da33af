// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "common/Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "isms.core.storage")
Q_LOGGING_CATEGORY(lcServices, "isms.core.services")
Q_LOGGING_CATEGORY(lcReport, "isms.report")
