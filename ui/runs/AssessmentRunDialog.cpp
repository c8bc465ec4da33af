// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "runs/AssessmentRunDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AssessmentRunDialog::AssessmentRunDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Record assessment run"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The run freezes the risk method and the whole risk register as they stand "
                                "now. A recorded run cannot be changed or removed."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_scope = new QLineEdit(this);
    m_scope->setObjectName(u"scopeLineEdit"_s);
    m_scope->setMaxLength(2000);
    m_scope->setPlaceholderText(tr("The whole ISMS, or the part assessed"));
    form->addRow(tr("Scope:"), m_scope);
    m_performedBy = new QLineEdit(this);
    m_performedBy->setObjectName(u"performedByLineEdit"_s);
    m_performedBy->setMaxLength(200);
    form->addRow(tr("Performed by:"), m_performedBy);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(u"dateEdit"_s);
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    form->addRow(tr("Assessed on:"), m_date);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(u"notesEdit"_s);
    m_notes->setFixedHeight(m_notes->fontMetrics().height() * 5);
    form->addRow(tr("Notes:"), m_notes);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record run"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

AssessmentRunDialog::~AssessmentRunDialog() = default;

isms::AssessmentRunRequest AssessmentRunDialog::request() const
{
    return isms::AssessmentRunRequest{.scope = m_scope->text(),
                                      .performedBy = m_performedBy->text(),
                                      .date = m_date->date(),
                                      .notes = m_notes->toPlainText()};
}
