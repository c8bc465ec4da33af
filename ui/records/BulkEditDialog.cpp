// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "records/BulkEditDialog.h"

#include "records/FieldEditor.h"
#include "records/FieldEditorFactory.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

BulkEditDialog::BulkEditDialog(const isms::EntitySpec &spec, isms::Database *db, int count, QWidget *parent)
    : QDialog(parent)
    , m_spec(spec)
{
    setObjectName(u"bulkEditDialog"_s);
    //: Dialog title: "Edit 3 risks"
    setWindowTitle(tr("Edit %1 %2").arg(count).arg(count == 1 ? spec.singularNoun() : spec.pluralNoun()));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    auto *intro = new QLabel(tr("Tick the fields to set on all %1 selected %2. The other fields keep the "
                                "values each record has; Undo reverses the whole change in one step.")
                                 .arg(count)
                                 .arg(count == 1 ? spec.singularNoun() : spec.pluralNoun()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(8);
    grid->setColumnStretch(1, 1);
    m_keys = editableFields(spec);
    int row = 0;
    for (const QString &key : std::as_const(m_keys)) {
        const isms::FieldSpec *field = spec.field(key);
        auto *box = new QCheckBox(field->labelText(), this);
        box->setObjectName(key + u"ChangeBox"_s);
        FieldEditor *editor = FieldEditorFactory::create(*field, db, this);
        editor->setEditable(true);
        grid->addWidget(box, row, 0);
        grid->addWidget(editor->widget(), row, 1);
        // Choosing a value means changing the field.
        connect(editor, &FieldEditor::edited, box, [box] { box->setChecked(true); });
        connect(box, &QCheckBox::toggled, this, &BulkEditDialog::updateButtons);
        m_rows.append({box, editor});
        ++row;
    }
    layout->addLayout(grid);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    updateButtons();
}

BulkEditDialog::~BulkEditDialog() = default;

QStringList BulkEditDialog::editableFields(const isms::EntitySpec &spec)
{
    QStringList keys;
    for (const isms::FieldSpec &field : spec.fields) {
        const bool name = field.isText() && field.has(isms::Required);
        if (field.has(isms::EditableInTable) && !field.has(isms::ReadOnly) && !field.has(isms::Derived)
            && !field.has(isms::Unique) && !name) {
            keys.append(field.key);
        }
    }
    return keys;
}

QHash<QString, QVariant> BulkEditDialog::values() const
{
    QHash<QString, QVariant> result;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).first->isChecked()) {
            QVariant value = m_rows.at(i).second->value();
            if (m_rows.at(i).second->field().type == isms::FieldType::Text) {
                value = value.toString().trimmed();
            }
            result.insert(m_keys.at(i), value);
        }
    }
    return result;
}

FieldEditor *BulkEditDialog::editor(QStringView fieldKey) const
{
    const auto index = m_keys.indexOf(fieldKey);
    return index >= 0 ? m_rows.at(index).second : nullptr;
}

QCheckBox *BulkEditDialog::changeBox(QStringView fieldKey) const
{
    const auto index = m_keys.indexOf(fieldKey);
    return index >= 0 ? m_rows.at(index).first : nullptr;
}

void BulkEditDialog::updateButtons()
{
    bool any = false;
    for (const auto &[box, editor] : std::as_const(m_rows)) {
        any = any || box->isChecked();
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(any);
}
