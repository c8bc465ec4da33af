// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "domain/EntitySpec.h"
#include "domain/RiskMethod.h"

#include <QDialog>
#include <QHash>
#include <QVariant>

namespace isms {
class Database;
}

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

/// The risk owner's sign-off of a risk (ISO/IEC 27001 6.1.3 f): who signs off (the risk's owner by
/// default), when (today by default), a comment, and the acceptance rationale, which is required when
/// the residual level is above the method's acceptance threshold. OK checks the values against the
/// register's own rules and stays open, saying what is missing, until they pass.
class SignOffDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignOffDialog)

public:
    /// `risk` is the risk as it is stored; `db` is read to check the values (it must outlive the dialog).
    SignOffDialog(const isms::Record &risk,
                  const isms::RiskMethod &method,
                  isms::Database &db,
                  QWidget *parent = nullptr);
    ~SignOffDialog() override;

    /// True when the risk's level calls for an acceptance rationale.
    bool needsRationale() const { return m_needsRationale; }

    /// signoff_by, signoff_date, signoff_comment and acceptance_rationale as entered, in stored form.
    QHash<QString, QVariant> values() const;

    QLineEdit *nameEdit() const { return m_name; }

    QDateEdit *dateEdit() const { return m_date; }

    QPlainTextEdit *commentEdit() const { return m_comment; }

    QPlainTextEdit *rationaleEdit() const { return m_rationale; }

    /// Why OK was refused, or an empty string.
    QString problem() const;

    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    isms::Record m_risk;
    isms::Database &m_db;
    bool m_needsRationale = false;
    QLineEdit *m_name = nullptr;
    QDateEdit *m_date = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QPlainTextEdit *m_rationale = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
