// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "domain/FieldSpec.h"

#include <QCoreApplication>

namespace isms {
class Database;
}

class FieldEditor;
class QWidget;

/// Makes the editor of a field from its FieldSpec, one kind per FieldType: a line edit limited to the
/// field's length for text, a plain-text editor for multi-line text, a combo box of the translated
/// labels for an enum, a date editor that can be left empty, a spin box for integers, a check box for
/// booleans, and a combo box of the target register's records for a reference.
class FieldEditorFactory final
{
    Q_DECLARE_TR_FUNCTIONS(FieldEditorFactory)

public:
    /// A new editor in a new widget under `parent`. `db` is read for the choices of a reference
    /// (nullptr offers none). The editor is a child of its widget().
    static FieldEditor *create(const isms::FieldSpec &field, isms::Database *db, QWidget *parent);

    /// Fills the choices of a reference editor from `db` (nullptr: none), keeping its value.
    static void fillReferenceChoices(FieldEditor *editor, isms::Database *db);

    /// The editor made by create() for `widget`, or nullptr.
    static FieldEditor *editorOf(const QWidget *widget);

private:
    static FieldEditor *createText(const isms::FieldSpec &field, QWidget *parent);
    static FieldEditor *createMultilineText(const isms::FieldSpec &field, QWidget *parent);
    static FieldEditor *createEnum(const isms::FieldSpec &field, QWidget *parent);
    static FieldEditor *createReference(const isms::FieldSpec &field, isms::Database *db, QWidget *parent);
    static FieldEditor *createDate(const isms::FieldSpec &field, QWidget *parent);
    static FieldEditor *createInteger(const isms::FieldSpec &field, QWidget *parent);
    static FieldEditor *createBoolean(const isms::FieldSpec &field, QWidget *parent);
};
