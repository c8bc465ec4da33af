// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "risks/SignOffDialog.h"

#include "common/TextRules.h"
#include "domain/Entities.h"
#include "services/RecordService.h"
#include "services/RiskRules.h"
#include "storage/Database.h"

#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString valueOf(const isms::Record &risk, QStringView key)
{
    return risk.values.at(isms::riskSpec().indexOf(key)).toString();
}

} // namespace

SignOffDialog::SignOffDialog(const isms::Record &risk,
                             const isms::RiskMethod &method,
                             isms::Database &db,
                             QWidget *parent)
    : QDialog(parent)
    , m_risk(risk)
    , m_db(db)
{
    setObjectName(u"signOffDialog"_s);
    const isms::EntitySpec &spec = isms::riskSpec();
    const QString ref = isms::EntitySpec::refOf(risk);
    //: Dialog title: "Sign off risk R-003"
    setWindowTitle(tr("Sign off risk %1").arg(ref));
    const int rank = isms::RiskRules::acceptanceRank(spec, risk);
    m_needsRationale = method.needsRationale(rank);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    auto *heading = new QLabel(this);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    heading->setText(
        tr("%1 %2").arg(ref,
                        isms::text::forDisplay(valueOf(risk, u"title"), isms::text::Shape::SingleLine, 200)));
    layout->addWidget(heading);
    auto *explanation = new QLabel(this);
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);
    const QString level = method.levelName(rank);
    if (rank <= 0) {
        explanation->setText(tr("The risk is not rated yet. By signing off, its owner approves the treatment "
                                "plan and accepts the residual risk."));
    } else if (m_needsRationale) {
        explanation->setText(
            tr("The residual level %1 is above the acceptance threshold (%2). The risk owner "
               "can still accept it, but only with a written rationale: why the risk is "
               "retained at this level.")
                .arg(level, method.levelName(method.acceptanceLevel)));
    } else {
        explanation->setText(tr("The residual level %1 is within the acceptance threshold (%2). By signing "
                                "off, the risk owner approves the treatment plan and accepts the residual "
                                "risk.")
                                 .arg(level, method.levelName(method.acceptanceLevel)));
    }
    layout->addWidget(explanation);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setVerticalSpacing(10);
    const QString signedBy = valueOf(risk, u"signoff_by").trimmed();
    m_name = new QLineEdit(signedBy.isEmpty() ? valueOf(risk, u"owner").trimmed() : signedBy, this);
    m_name->setObjectName(u"signOffNameEdit"_s);
    m_name->setMaxLength(spec.field(u"signoff_by")->maxLength);
    m_name->setPlaceholderText(tr("Name of the risk owner"));
    form->addRow(tr("Signed off by:"), m_name);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(u"signOffDateEdit"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_date->setMinimumDate(QDate(isms::EarliestYear, 1, 1));
    m_date->setMaximumDate(QDate(isms::LatestYear, 12, 31));
    form->addRow(tr("Date:"), m_date);
    m_comment = new QPlainTextEdit(valueOf(risk, u"signoff_comment"), this);
    m_comment->setObjectName(u"signOffCommentEdit"_s);
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("Comment:"), m_comment);
    m_rationale = new QPlainTextEdit(valueOf(risk, u"acceptance_rationale"), this);
    m_rationale->setObjectName(u"acceptanceRationaleEdit"_s);
    m_rationale->setTabChangesFocus(true);
    m_rationale->setFixedHeight(m_rationale->fontMetrics().lineSpacing() * 5 + 12);
    m_rationale->setPlaceholderText(m_needsRationale ? tr("Required: why this residual risk is accepted")
                                                     : tr("Optional"));
    form->addRow(m_needsRationale ? tr("Acceptance rationale (required):") : tr("Acceptance rationale:"),
                 m_rationale);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"signOffProblemLabel"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(u"color: #B71C1C;"_s);
    m_problem->hide();
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign off"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignOffDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    if (m_needsRationale && m_rationale->toPlainText().trimmed().isEmpty()) {
        m_rationale->setFocus();
    }
}

SignOffDialog::~SignOffDialog() = default;

QHash<QString, QVariant> SignOffDialog::values() const
{
    return {
        {u"signoff_by"_s, m_name->text().trimmed()},
        {u"signoff_date"_s, m_date->date()},
        {u"signoff_comment"_s, m_comment->toPlainText().trimmed()},
        {u"acceptance_rationale"_s, m_rationale->toPlainText().trimmed()},
    };
}

QString SignOffDialog::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void SignOffDialog::accept()
{
    QString problem;
    if (m_name->text().trimmed().isEmpty()) {
        problem = tr("Enter the name of the person who signs off, normally the risk owner.");
        m_name->setFocus();
    } else {
        // The register's own rules decide (a rationale above the threshold, text limits), so that the
        // dialog never accepts what saving would refuse.
        const isms::EntitySpec &spec = isms::riskSpec();
        isms::Record candidate = m_risk;
        const QHash<QString, QVariant> entered = values();
        for (auto it = entered.constBegin(); it != entered.constEnd(); ++it) {
            candidate.values[spec.indexOf(it.key())] = it.value();
        }
        if (const isms::Result<void> valid = isms::RecordService(m_db, spec).validate(candidate); !valid) {
            problem = valid.error().message;
            m_rationale->setFocus();
        }
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (problem.isEmpty()) {
        QDialog::accept();
    }
}
