// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "domain/RiskMethod.h"
#include "report/ReportDocument.h"

#include <QCoreApplication>

namespace isms {

/// The risk assessment method statement of the risk report: the scales, the matrix, the levels and
/// the acceptance threshold, the classification scheme, when risks are reassessed, and the notes, so
/// that a reader sees the criteria that keep repeated assessments comparable.
class RiskMethodSection final
{
    Q_DECLARE_TR_FUNCTIONS(isms::RiskMethodSection)

public:
    /// Appends the section, starting with its level 1 heading.
    static void append(QList<ReportBlock> &blocks, const RiskMethod &method);

    /// "Low (level 1)": a level as the text names it.
    static QString levelText(const RiskMethod &method, int level);
};

} // namespace isms
