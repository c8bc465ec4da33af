// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "mainwindow/WorkbenchPage.h"

WorkbenchPage::WorkbenchPage(QWidget *parent)
    : QWidget(parent)
{}

WorkbenchPage::~WorkbenchPage() = default;
