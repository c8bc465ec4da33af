// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/ChangeNotifier.h"

namespace isms {

ChangeNotifier::ChangeNotifier(QObject *parent)
    : QObject(parent)
{}

ChangeNotifier::~ChangeNotifier() = default;

} // namespace isms
