// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "soa/SoaIssueDialog.h"

#include "common/PageWidgets.h"
#include "services/SoaVersionService.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SoaIssueDialog::SoaIssueDialog(int number, std::optional<int> unchangedSince, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"soaIssueDialog"_s);
    setWindowTitle(tr("Issue SoA version %1").arg(number));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Version %1 freezes the Statement of Applicability as it stands now, with who "
                      "approved it and what it changes. Issuing is logged and cannot be undone: an "
                      "issued version never changes, and later edits go into the next version.")
                       .arg(number),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_approver = new QLineEdit(this);
    m_approver->setObjectName(u"approverLineEdit"_s);
    m_approver->setMaxLength(isms::SoaVersionService::MaxApproverLength);
    m_approver->setPlaceholderText(tr("Name and role, e.g. the managing director"));
    form->addRow(tr("Approved &by:"), m_approver);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(u"approvalDateEdit"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_date->setMaximumDate(QDate::currentDate());
    form->addRow(tr("Approval &date:"), m_date);
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(u"summaryTextEdit"_s);
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("What this version changes, e.g. \"A.8.11 now applicable after the "
                                     "data platform risk assessment\""));
    form->addRow(tr("&Change summary:"), m_summary);
    layout->addLayout(form, 1);

    if (unchangedSince) {
        auto *note = PageWidgets::muted(tr("Nothing changed since version %1. Issue it only as a deliberate "
                                           "re-approval of the same content.")
                                            .arg(*unchangedSince),
                                        this);
        note->setWordWrap(true);
        layout->addWidget(note);
        m_reapproval = new QCheckBox(tr("This is a re-approval of unchanged content"), this);
        m_reapproval->setObjectName(u"reapprovalCheckBox"_s);
        layout->addWidget(m_reapproval);
        connect(m_reapproval, &QCheckBox::toggled, this, &SoaIssueDialog::updateOk);
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Issue version %1").arg(number));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_approver, &QLineEdit::textChanged, this, &SoaIssueDialog::updateOk);
    connect(m_summary, &QPlainTextEdit::textChanged, this, &SoaIssueDialog::updateOk);
    updateOk();
    resize(560, 380);
}

SoaIssueDialog::~SoaIssueDialog() = default;

QString SoaIssueDialog::approver() const
{
    return m_approver->text().trimmed();
}

QDate SoaIssueDialog::approvalDate() const
{
    return m_date->date();
}

QString SoaIssueDialog::changeSummary() const
{
    return m_summary->toPlainText().trimmed();
}

bool SoaIssueDialog::isReapproval() const
{
    return m_reapproval && m_reapproval->isChecked();
}

void SoaIssueDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!approver().isEmpty() && !changeSummary().isEmpty()
                     && (!m_reapproval || isReapproval()));
}
