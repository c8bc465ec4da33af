// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "domain/EntitySpec.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QVariant>

namespace isms {
class Database;
}

class FieldEditor;
class QCheckBox;
class QDialogButtonBox;

/// Sets fields of several records of one register to the same values (an owner, a status, a review
/// date): one row per field that can be edited in the table and is not a name or a reference, a
/// check box saying whether to change it and the field's editor. Only ticked fields change.
class BulkEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkEditDialog)

public:
    /// `spec` must outlive the dialog; `count` is how many records the change is for.
    BulkEditDialog(const isms::EntitySpec &spec, isms::Database *db, int count, QWidget *parent = nullptr);
    ~BulkEditDialog() override;

    /// The keys of the fields the dialog offers for `spec`, in spec order.
    static QStringList editableFields(const isms::EntitySpec &spec);

    /// The ticked fields with the values of their editors, in stored form.
    QHash<QString, QVariant> values() const;

    FieldEditor *editor(QStringView fieldKey) const;

    QCheckBox *changeBox(QStringView fieldKey) const;

    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateButtons();

    const isms::EntitySpec &m_spec;
    QList<std::pair<QCheckBox *, FieldEditor *>> m_rows; ///< in the order of editableFields()
    QStringList m_keys;
    QDialogButtonBox *m_buttons = nullptr;
};
