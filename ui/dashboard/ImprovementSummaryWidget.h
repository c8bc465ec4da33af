// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QDate>
#include <QFrame>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace isms {
class Database;
}

class QLabel;

/// The dashboard's card of audit and improvement (9.2, 10.2): how many nonconformities are not closed
/// and how many corrective actions are overdue, each a link that opens its page showing just those
/// records, and how much of the clauses and applicable controls the current audit programme covers, a
/// link to the coverage page.
class ImprovementSummaryWidget final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImprovementSummaryWidget)

public:
    explicit ImprovementSummaryWidget(QWidget *parent = nullptr);
    ~ImprovementSummaryWidget() override;

    void setDatabase(isms::Database *db);
    /// The day against which due dates are overdue (today unless set, for tests).
    void setToday(const QDate &today);
    void refresh();

    int openNonconformities() const { return static_cast<int>(m_open.size()); }

    int overdueActions() const { return static_cast<int>(m_overdue.size()); }

    QLabel *openLabel() const { return m_openLabel; }

    QLabel *overdueLabel() const { return m_overdueLabel; }

    QLabel *coverageLabel() const { return m_coverageLabel; }

    /// The rows of the current programme's coverage matrix that an audit covers, and all its rows
    /// (both 0 without a programme).
    int coveredRows() const { return m_covered; }

    int coverageRows() const { return m_coverageRows; }

    /// Follows a link of the card: "open", "overdue" or "coverage".
    void activateLink(const QString &link);

Q_SIGNALS:
    /// The user asked for page `key` showing only the records matching one of `alternatives`.
    void filteredRecordsRequested(const QString &key,
                                  const QList<QHash<QString, QVariant>> &alternatives,
                                  const QString &text);
    /// The user asked for the audit coverage page.
    void coverageRequested();

private:
    isms::Database *m_db = nullptr;
    QDate m_today;
    QStringList m_open;    ///< references of the nonconformities not closed
    QStringList m_overdue; ///< references of the overdue corrective actions
    QLabel *m_openLabel = nullptr;
    QLabel *m_overdueLabel = nullptr;
    QLabel *m_coverageLabel = nullptr;
    int m_covered = 0;
    int m_coverageRows = 0;
};
