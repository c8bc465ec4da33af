// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "records/RecordItemDelegate.h"

#include "models/RecordTableModel.h"
#include "records/FieldEditor.h"
#include "records/FieldEditorFactory.h"

#include <QAbstractProxyModel>
#include <QComboBox>

namespace {

/// The record model behind `index`, through any proxies.
const RecordTableModel *recordModel(const QModelIndex &index, QModelIndex *sourceIndex)
{
    QModelIndex current = index;
    const QAbstractItemModel *model = index.model();
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model)) {
        current = proxy->mapToSource(current);
        model = proxy->sourceModel();
    }
    *sourceIndex = current;
    return qobject_cast<const RecordTableModel *>(model);
}

} // namespace

RecordItemDelegate::RecordItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

RecordItemDelegate::~RecordItemDelegate() = default;

QWidget *RecordItemDelegate::createEditor(QWidget *parent,
                                          const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    QModelIndex source;
    const RecordTableModel *model = recordModel(index, &source);
    if (!model) {
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    // References need the project for their choices; the table edits only fields without them.
    FieldEditor *editor = FieldEditorFactory::create(model->fieldOf(source.column()), nullptr, parent);
    if (QComboBox *combo = editor->parts().combo) {
        // A choice is complete when it is made. The signals are not const; emitting them changes
        // nothing in the delegate itself.
        auto *self = const_cast<RecordItemDelegate *>(this);
        connect(editor, &FieldEditor::editingFinished, self, [self, combo] {
            Q_EMIT self->commitData(combo);
            Q_EMIT self->closeEditor(combo);
        });
    }
    editor->widget()->setAutoFillBackground(true);
    return editor->widget();
}

void RecordItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (FieldEditor *fieldEditor = FieldEditorFactory::editorOf(editor)) {
        fieldEditor->setValue(index.data(Qt::EditRole));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void RecordItemDelegate::setModelData(QWidget *editor,
                                      QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    if (FieldEditor *fieldEditor = FieldEditorFactory::editorOf(editor)) {
        model->setData(index, fieldEditor->value(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}
