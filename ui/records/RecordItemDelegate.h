// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QStyledItemDelegate>

/// Edits the cells of a RecordTableModel in place with the editors of FieldEditorFactory (a combo box
/// of labels for an enum, a limited line edit for text), reading and writing the stored value.
class RecordItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordItemDelegate)

public:
    explicit RecordItemDelegate(QObject *parent = nullptr);
    ~RecordItemDelegate() override;

    QWidget *createEditor(QWidget *parent,
                          const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};
