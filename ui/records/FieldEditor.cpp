// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "records/FieldEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

FieldEditor::FieldEditor(const isms::FieldSpec &field, QWidget *widget, Parts parts)
    : QObject(widget)
    , m_field(field)
    , m_widget(widget)
    , m_parts(parts)
{}

FieldEditor::~FieldEditor() = default;

bool FieldEditor::isTyped() const
{
    switch (m_field.type) {
    case isms::FieldType::Text:
    case isms::FieldType::MultilineText:
    case isms::FieldType::Date:
    case isms::FieldType::Integer:
        return true;
    case isms::FieldType::Enum:
    case isms::FieldType::Boolean:
    case isms::FieldType::Reference:
        return false;
    }
    return false;
}

QVariant FieldEditor::value() const
{
    switch (m_field.type) {
    case isms::FieldType::Text:
        return m_parts.line->text().trimmed();
    case isms::FieldType::MultilineText:
        return m_parts.text->toPlainText();
    case isms::FieldType::Enum:
        return m_parts.combo->currentData().toString();
    case isms::FieldType::Reference: {
        const QVariant id = m_parts.combo->currentData();
        return id.toLongLong() > 0 ? QVariant(id.toLongLong()) : QVariant();
    }
    case isms::FieldType::Date:
        return m_parts.check->isChecked() ? QVariant(m_parts.date->date()) : QVariant();
    case isms::FieldType::Integer:
        // One below the field's minimum is the spin box's "none".
        return m_parts.spin->value() < m_parts.spin->minimum() + (m_field.has(isms::Required) ? 0 : 1)
                   ? QVariant()
                   : QVariant(qint64(m_parts.spin->value()));
    case isms::FieldType::Boolean:
        return m_parts.check->isChecked();
    }
    return {};
}

void FieldEditor::setValue(const QVariant &value)
{
    m_updating = true;
    const QSignalBlocker blocker(this);
    switch (m_field.type) {
    case isms::FieldType::Text:
        if (m_parts.line->text() != value.toString()) {
            m_parts.line->setText(value.toString());
            m_parts.line->setCursorPosition(0);
        }
        break;
    case isms::FieldType::MultilineText:
        if (m_parts.text->toPlainText() != value.toString()) {
            m_parts.text->setPlainText(value.toString());
        }
        break;
    case isms::FieldType::Enum:
        m_parts.combo->setCurrentIndex(std::max(0, m_parts.combo->findData(value.toString())));
        break;
    case isms::FieldType::Reference:
        m_parts.combo->setCurrentIndex(
            std::max(0, m_parts.combo->findData(value.isValid() ? value.toLongLong() : qint64(0))));
        break;
    case isms::FieldType::Date: {
        const QDate date = value.toDate();
        m_parts.check->setChecked(date.isValid());
        m_parts.date->setDate(date.isValid() ? date : QDate::currentDate());
        m_parts.date->setEnabled(date.isValid() && m_parts.check->isEnabled());
        break;
    }
    case isms::FieldType::Integer:
        m_parts.spin->setValue(value.isValid() ? static_cast<int>(value.toLongLong())
                                               : m_parts.spin->minimum());
        break;
    case isms::FieldType::Boolean:
        m_parts.check->setChecked(value.toBool());
        break;
    }
    m_updating = false;
}

void FieldEditor::setEditable(bool editable)
{
    if (m_parts.line) {
        m_parts.line->setReadOnly(!editable);
    }
    if (m_parts.text) {
        m_parts.text->setReadOnly(!editable);
    }
    if (m_parts.combo) {
        m_parts.combo->setEnabled(editable);
    }
    if (m_parts.spin) {
        m_parts.spin->setReadOnly(!editable);
    }
    if (m_parts.check) {
        m_parts.check->setEnabled(editable);
    }
    if (m_parts.date) {
        m_parts.date->setEnabled(editable && (!m_parts.check || m_parts.check->isChecked()));
    }
}

void FieldEditor::setProblem(const QString &message)
{
    const bool hasProblem = !message.isEmpty();
    if (m_widget->property("problem").toBool() == hasProblem && m_widget->toolTip() == message) {
        return;
    }
    m_widget->setProperty("problem", hasProblem);
    // A red frame around the editor; the message itself is in the form's banner and the tooltip.
    m_widget->setStyleSheet(hasProblem ? u"*[problem=\"true\"] { border: 1px solid #c62828; }"_s : QString());
    m_widget->setToolTip(message);
}
