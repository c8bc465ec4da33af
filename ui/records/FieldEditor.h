// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "domain/FieldSpec.h"

#include <QObject>
#include <QVariant>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QWidget;

/// The editor of one field, whatever its type: reads and writes the stored value (text as QString,
/// an enum as its keyword, a date as QDate, numbers and references as qint64, a boolean as bool; an
/// invalid QVariant for no date, number or reference) and says when the user changed it. Made by
/// FieldEditorFactory; a child of its widget, so it lives as long as the widget does.
class FieldEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldEditor)

public:
    /// The widgets of the editor; only those of its type are set.
    struct Parts
    {
        QLineEdit *line = nullptr;
        QPlainTextEdit *text = nullptr;
        QComboBox *combo = nullptr;
        QCheckBox *check = nullptr; ///< Boolean, or the "set" box of a Date
        QDateEdit *date = nullptr;
        QSpinBox *spin = nullptr;
    };

    FieldEditor(const isms::FieldSpec &field, QWidget *widget, Parts parts);
    ~FieldEditor() override;

    const isms::FieldSpec &field() const { return m_field; }

    /// The widget to put in a layout (the whole editor).
    QWidget *widget() const { return m_widget; }

    const Parts &parts() const { return m_parts; }

    /// True for editors whose edits arrive keystroke by keystroke (text, numbers, dates), which a form
    /// commits after a pause or when the editor loses focus; false for those whose every change is a
    /// complete choice (combo boxes, check boxes).
    bool isTyped() const;

    QVariant value() const;

    /// Shows `value` without emitting edited().
    void setValue(const QVariant &value);

    void setEditable(bool editable);

    /// Marks the editor as holding a value that could not be saved (an empty `message` clears it).
    void setProblem(const QString &message);

Q_SIGNALS:
    /// The user changed the value (each keystroke of typed editors).
    void edited();
    /// The user finished an edit: focus left the editor, Return was pressed, a choice was made.
    void editingFinished();

private:
    const isms::FieldSpec &m_field;
    QWidget *m_widget;
    Parts m_parts;
    bool m_updating = false;

    friend class FieldEditorFactory;
};
