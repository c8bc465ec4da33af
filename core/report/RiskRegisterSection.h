// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "report/ReportDocument.h"
#include "services/RiskReportData.h"

#include <QCoreApplication>

namespace isms {

/// The risk register and the sign-offs of the risk report.
class RiskRegisterSection final
{
    Q_DECLARE_TR_FUNCTIONS(isms::RiskRegisterSection)

public:
    /// The register: one row per risk with its assets, threat and vulnerability, controls, current and
    /// residual rating, treatment, status and sign-off. Starts with its level 1 heading.
    static void appendRegister(QList<ReportBlock> &blocks, const RiskReportData &data);

    /// The register without its heading: how to read it, then the table of the risks whose references
    /// `only` lists (every risk when it is empty), so that a report can print part of the register
    /// under its own heading.
    static void appendRegisterTable(QList<ReportBlock> &blocks,
                                    const RiskReportData &data,
                                    const QStringList &only);

    /// Who signed off which risk and when, with comment and acceptance rationale, then the open risks
    /// still awaiting a sign-off (listed, never left out). Starts with its level 1 heading.
    static void appendSignoffs(QList<ReportBlock> &blocks, const RiskReportData &data);

    /// "Awaiting sign-off": the mark of a risk without a sign-off, in tables and lists.
    static QString awaitingText();
};

} // namespace isms
