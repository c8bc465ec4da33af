// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "domain/EntitySpec.h"
#include "domain/Requirement.h"

#include <QObject>

namespace isms {

/// Announces committed changes of one project so that models can update exactly what changed.
/// Lives in the thread that opened the Database.
class ChangeNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeNotifier)

public:
    explicit ChangeNotifier(QObject *parent = nullptr);
    ~ChangeNotifier() override;

Q_SIGNALS:
    /// Records of the register `kind` (an EntitySpec key) were created or restored, in one action.
    void recordsAdded(const QString &kind, const QList<isms::RecordId> &ids);

    /// Fields (by key) of records of `kind` changed, in one action.
    void recordsChanged(const QString &kind, const QList<isms::RecordId> &ids, const QStringList &fields);

    /// Records of `kind` were removed, in one action (the rows are already gone).
    void recordsRemoved(const QString &kind, const QList<isms::RecordId> &ids);

    /// The project's own fields (organisation) changed.
    void projectChanged();

    /// The risk assessment method (scales, matrix, threshold, criteria) changed.
    void riskMethodChanged();
    /// A version of the Statement of Applicability was issued.
    void soaVersionIssued(int number);

    /// Rows were appended to the change log.
    void changeLogAppended();

    /// The project is about to be closed: its connection still reads (what the command line remembers
    /// of the history is written once, here).
    void closing();
};

} // namespace isms
