// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

class Prompt;
class QWidget;
class RegisterPage;

/// The Risks page: the risk register on the framework's RegisterPage, its level columns as chips in
/// the colours of the project's method, and the RiskPanel (sign-off, assets, controls, treatment
/// tasks) beside the form.
class RiskRegisterPage final
{
public:
    static RegisterPage *create(Prompt &prompt, QWidget *parent);
};
