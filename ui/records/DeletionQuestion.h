// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "domain/EntitySpec.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace isms {
struct RemovedRecords;
}

/// The words of the question asked before records are deleted together with their children.
class DeletionQuestion final
{
    Q_DECLARE_TR_FUNCTIONS(DeletionQuestion)

public:
    /// True for a register of links (every field fixed at creation: a risk's asset or control).
    static bool isLink(const isms::EntitySpec &spec);

    /// What goes with the records: "2 treatment tasks and 4 links" (links of every kind counted
    /// together); empty when nothing does.
    static QString children(const QList<isms::RemovedRecords> &children);

    /// "R-003 has 2 treatment tasks and 4 links; they are deleted with it. Undo brings everything
    /// back." for one record (`refs` holds its reference), or the same for the selected records.
    static QString text(const isms::EntitySpec &spec,
                        const QStringList &refs,
                        const QList<isms::RemovedRecords> &children);
};
