// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "improvement/FiveWhysDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int Whys = 5;

} // namespace

FiveWhysDialog::FiveWhysDialog(const QString &problem,
                               const QStringList &answers,
                               const QString &rootCause,
                               QWidget *parent)
    : QDialog(parent)
    , m_problem(problem)
{
    setObjectName(u"fiveWhysDialog"_s);
    setWindowTitle(tr("Five whys"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Ask why the nonconformity happened, then why that happened, up to five times, "
                      "until you reach a cause that an action can remove. Stop as soon as you "
                      "reach it."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    for (int i = 0; i < Whys; ++i) {
        auto *question = new QLabel(this);
        question->setWordWrap(true);
        question->setTextFormat(Qt::PlainText);
        auto *answer = new QLineEdit(answers.value(i), this);
        answer->setObjectName(u"fiveWhysAnswer%1"_s.arg(i + 1));
        answer->setMaxLength(200);
        form->addRow(question, answer);
        m_questions.append(question);
        m_answers.append(answer);
        connect(answer, &QLineEdit::textChanged, this, &FiveWhysDialog::update);
    }
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Root cause"), this));
    m_rootCause = new QPlainTextEdit(rootCause, this);
    m_rootCause->setObjectName(u"fiveWhysRootCause"_s);
    m_rootCauseTouched = !rootCause.trimmed().isEmpty();
    connect(m_rootCause, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating) {
            m_rootCauseTouched = !m_rootCause->toPlainText().trimmed().isEmpty();
        }
    });
    layout->addWidget(m_rootCause, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record root cause"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 480);
    update();
}

FiveWhysDialog::~FiveWhysDialog() = default;

QStringList FiveWhysDialog::answers() const
{
    QStringList list;
    for (const QLineEdit *answer : m_answers) {
        list.append(answer->text().simplified());
    }
    return list;
}

QString FiveWhysDialog::rootCause() const
{
    return m_rootCause->toPlainText().trimmed();
}

void FiveWhysDialog::update()
{
    // Each question asks about the answer before it; a question opens once the one before is answered.
    QString previous = m_problem;
    bool open = true;
    QString last;
    for (int i = 0; i < Whys; ++i) {
        //: A question of the five-whys helper about the previous answer: "Why 2: why did this happen? ..."
        m_questions[i]->setText(tr("Why %1: why did this happen?\n%2").arg(i + 1).arg(previous));
        m_questions[i]->setEnabled(open);
        m_answers[i]->setEnabled(open);
        const QString answer = m_answers[i]->text().simplified();
        if (!open || answer.isEmpty()) {
            open = false;
            continue;
        }
        previous = answer;
        last = answer;
    }
    if (!m_rootCauseTouched) {
        m_updating = true;
        m_rootCause->setPlainText(last);
        m_updating = false;
    }
}
