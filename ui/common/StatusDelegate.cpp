// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "common/StatusDelegate.h"

#include "common/StatusStyle.h"
#include "domain/ImplementationStatus.h"

#include <QComboBox>

StatusDelegate::StatusDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

StatusDelegate::~StatusDelegate() = default;

QWidget *StatusDelegate::createEditor(QWidget *parent,
                                      const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    Q_UNUSED(option)
    Q_UNUSED(index)
    auto *combo = new QComboBox(parent);
    combo->setFrame(false);
    for (const isms::ImplementationStatus status : isms::AllStatuses) {
        combo->addItem(StatusStyle::icon(status), isms::statusLabel(status), static_cast<int>(status));
    }
    // One choice is one edit: commit as soon as the user picks a status.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<StatusDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void StatusDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (combo) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
    }
}

void StatusDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (combo) {
        model->setData(index, combo->currentData(), Qt::EditRole);
    }
}
