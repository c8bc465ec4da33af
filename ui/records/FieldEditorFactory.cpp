// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "records/FieldEditorFactory.h"

#include "common/EnumStyle.h"
#include "common/TextRules.h"
#include "domain/Entities.h"
#include "records/FieldEditor.h"
#include "storage/RecordRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

/// Reports focus leaving a plain-text editor, which has no editingFinished signal of its own.
class FocusOutWatcher final : public QObject
{
public:
    FocusOutWatcher(QObject *watched, FieldEditor *editor)
        : QObject(watched)
        , m_editor(editor)
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusOut) {
            Q_EMIT m_editor->editingFinished();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    FieldEditor *m_editor;
};

QString fieldObjectName(const isms::FieldSpec &field)
{
    return field.key + u"Editor"_s;
}

} // namespace

FieldEditor *FieldEditorFactory::create(const isms::FieldSpec &field, isms::Database *db, QWidget *parent)
{
    FieldEditor *editor = nullptr;
    switch (field.type) {
    case isms::FieldType::Text:
        editor = createText(field, parent);
        break;
    case isms::FieldType::MultilineText:
        editor = createMultilineText(field, parent);
        break;
    case isms::FieldType::Enum:
        editor = createEnum(field, parent);
        break;
    case isms::FieldType::Reference:
        editor = createReference(field, db, parent);
        break;
    case isms::FieldType::Date:
        editor = createDate(field, parent);
        break;
    case isms::FieldType::Integer:
        editor = createInteger(field, parent);
        break;
    case isms::FieldType::Boolean:
        editor = createBoolean(field, parent);
        break;
    }
    editor->widget()->setObjectName(fieldObjectName(field));
    if (field.description) {
        editor->widget()->setToolTip(QCoreApplication::translate("isms::FieldSpec", field.description));
    }
    editor->setValue(field.defaultValue());
    return editor;
}

FieldEditor *FieldEditorFactory::editorOf(const QWidget *widget)
{
    return widget ? widget->findChild<FieldEditor *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

FieldEditor *FieldEditorFactory::createText(const isms::FieldSpec &field, QWidget *parent)
{
    auto *line = new QLineEdit(parent);
    line->setMaxLength(field.maxLength);
    auto *editor = new FieldEditor(field, line, {.line = line});
    QObject::connect(line, &QLineEdit::textEdited, editor, &FieldEditor::edited);
    QObject::connect(line, &QLineEdit::editingFinished, editor, &FieldEditor::editingFinished);
    return editor;
}

FieldEditor *FieldEditorFactory::createMultilineText(const isms::FieldSpec &field, QWidget *parent)
{
    auto *text = new QPlainTextEdit(parent);
    text->setTabChangesFocus(true);
    text->setMinimumHeight(text->fontMetrics().lineSpacing() * 4);
    auto *editor = new FieldEditor(field, text, {.text = text});
    QObject::connect(text, &QPlainTextEdit::textChanged, editor, [editor] {
        if (!editor->m_updating) {
            Q_EMIT editor->edited();
        }
    });
    new FocusOutWatcher(text, editor);
    return editor;
}

FieldEditor *FieldEditorFactory::createEnum(const isms::FieldSpec &field, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    if (!field.has(isms::Required)) {
        //: The choice of an optional enum field that holds no value
        combo->addItem(tr("(none)"), QString());
    }
    if (field.enumSpec) {
        for (const isms::EnumValue &value : field.enumSpec->values) {
            combo->addItem(EnumStyle::icon(value),
                           QCoreApplication::translate("isms::EnumSpec", value.label),
                           value.keyword);
        }
    }
    auto *editor = new FieldEditor(field, combo, {.combo = combo});
    QObject::connect(combo, &QComboBox::activated, editor, [editor] {
        Q_EMIT editor->edited();
        Q_EMIT editor->editingFinished();
    });
    return editor;
}

FieldEditor *FieldEditorFactory::createReference(const isms::FieldSpec &field,
                                                 isms::Database *db,
                                                 QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    auto *editor = new FieldEditor(field, combo, {.combo = combo});
    fillReferenceChoices(editor, db);
    QObject::connect(combo, &QComboBox::activated, editor, [editor] {
        Q_EMIT editor->edited();
        Q_EMIT editor->editingFinished();
    });
    return editor;
}

void FieldEditorFactory::fillReferenceChoices(FieldEditor *editor, isms::Database *db)
{
    QComboBox *combo = editor->parts().combo;
    if (editor->field().type != isms::FieldType::Reference || !combo) {
        return;
    }
    const QVariant current = editor->value();
    editor->m_updating = true;
    combo->clear();
    combo->addItem(tr("(none)"), qint64(0));
    const isms::EntitySpec *target = isms::Entities::find(editor->field().referenceKind);
    if (db && target) {
        const auto records = isms::RecordRepository(*db, *target).all();
        const int nameIndex =
            target->indexOf(u"name") >= 0 ? target->indexOf(u"name") : target->indexOf(u"title");
        if (records) {
            for (const isms::Record &record : *records) {
                const QString name = nameIndex >= 0
                                         ? isms::text::forDisplay(record.values.at(nameIndex).toString(),
                                                                  isms::text::Shape::SingleLine,
                                                                  80)
                                         : QString();
                const QString ref = isms::EntitySpec::refOf(record);
                //: A record in a list of choices: reference and name, "T-003 — Fire"
                combo->addItem(name.isEmpty() ? ref : tr("%1 — %2").arg(ref, name), record.id.value);
            }
        }
    }
    editor->m_updating = false;
    editor->setValue(current);
}

FieldEditor *FieldEditorFactory::createDate(const isms::FieldSpec &field, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    auto *check = new QCheckBox(tr("Set"), box);
    check->setToolTip(tr("Whether this date is set"));
    auto *date = new QDateEdit(box);
    date->setCalendarPopup(true);
    date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    date->setMinimumDate(QDate(isms::EarliestYear, 1, 1));
    date->setMaximumDate(QDate(isms::LatestYear, 12, 31));
    layout->addWidget(check);
    layout->addWidget(date, 1);
    box->setFocusProxy(date);
    auto *editor = new FieldEditor(field, box, {.check = check, .date = date});
    QObject::connect(check, &QCheckBox::toggled, editor, [editor, check, date](bool checked) {
        date->setEnabled(checked && check->isEnabled());
        if (!editor->m_updating) {
            Q_EMIT editor->edited();
            Q_EMIT editor->editingFinished();
        }
    });
    QObject::connect(date, &QDateEdit::dateChanged, editor, [editor] {
        if (!editor->m_updating) {
            Q_EMIT editor->edited();
        }
    });
    QObject::connect(date, &QDateEdit::editingFinished, editor, &FieldEditor::editingFinished);
    return editor;
}

FieldEditor *FieldEditorFactory::createInteger(const isms::FieldSpec &field, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    const int minimum =
        static_cast<int>(std::max<qint64>(field.minimum, std::numeric_limits<int>::min() + 1));
    const int maximum = static_cast<int>(std::min<qint64>(field.maximum, std::numeric_limits<int>::max()));
    if (field.has(isms::Required)) {
        spin->setRange(minimum, maximum);
    } else {
        // One below the minimum stands for "no number".
        spin->setRange(minimum - 1, maximum);
        spin->setSpecialValueText(tr("(none)"));
    }
    auto *editor = new FieldEditor(field, spin, {.spin = spin});
    QObject::connect(spin, &QSpinBox::valueChanged, editor, [editor] {
        if (!editor->m_updating) {
            Q_EMIT editor->edited();
        }
    });
    QObject::connect(spin, &QSpinBox::editingFinished, editor, &FieldEditor::editingFinished);
    return editor;
}

FieldEditor *FieldEditorFactory::createBoolean(const isms::FieldSpec &field, QWidget *parent)
{
    auto *check = new QCheckBox(parent);
    auto *editor = new FieldEditor(field, check, {.check = check});
    QObject::connect(check, &QCheckBox::toggled, editor, [editor] {
        if (!editor->m_updating) {
            Q_EMIT editor->edited();
            Q_EMIT editor->editingFinished();
        }
    });
    return editor;
}
