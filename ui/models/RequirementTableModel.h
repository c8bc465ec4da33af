// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/Requirement.h"

#include <QAbstractTableModel>
#include <QList>
#include <QMetaObject>

namespace isms {
class Database;
}

class QUndoStack;

/// The clause 4-10 requirements or the Annex A controls of one project, one row each, in catalogue
/// order. Updates single rows when the ChangeNotifier reports a change.
class RequirementTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequirementTableModel)

public:
    enum Column
    {
        Ref,
        Title,
        Theme,                 ///< controls only
        DocumentedInformation, ///< clauses only
        Status,
        Owner,
        TargetDate,
        ColumnCount,
    };

    enum Role
    {
        IdRole = Qt::UserRole, ///< QString: the reference without "A."
        SortRole,              ///< the raw value: catalogue position, text, status or date
        StatusRole,            ///< int: isms::ImplementationStatus
    };

    /// One requirement as the table shows it.
    struct Row
    {
        isms::RequirementKey key;
        QString title;
        isms::Theme theme = isms::Theme::Organizational;
        QString documentedInformation;
        bool isTopLevel = false; ///< a clause 4-10 itself rather than a subclause
        isms::RequirementTracking tracking;
    };

    explicit RequirementTableModel(isms::RequirementKind kind, QObject *parent = nullptr);
    ~RequirementTableModel() override;

    isms::RequirementKind kind() const { return m_kind; }

    /// Loads the rows of `db` (nullptr empties the model) and follows its change notices.
    [[nodiscard]] isms::Result<void> setDatabase(isms::Database *db);

    /// Where edits made in the table (status, owner) go as undo commands; nullptr makes the table
    /// read-only. Set after setDatabase() and cleared before the database closes.
    void setUndoStack(QUndoStack *undoStack);

    const Row &rowAt(int row) const { return m_rows.at(row); }

    /// The row of a reference ("5.1" or "A.5.1"), or -1.
    int rowOf(const QString &ref) const;

    /// The displayed reference ("A.5.1" for controls, "4.3" for clauses).
    QString displayRef(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Pushes a ChangeRequirementCommand; writes nothing itself. True when the value was changed.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /// An edit made in the table could not be saved; the message is for the user.
    void errorOccurred(const isms::Error &error);

private:
    void onRequirementChanged(isms::RequirementKind kind, const QString &ref);

    isms::RequirementKind m_kind;
    isms::Database *m_db = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QList<Row> m_rows;
    QMetaObject::Connection m_connection;
};
