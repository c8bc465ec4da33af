// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "audits/AuditCoveragePage.h"

#include "common/PageWidgets.h"
#include "services/AuditCoverage.h"
#include "services/ChangeNotifier.h"
#include "storage/Database.h"

#include <QDate>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AuditCoveragePage::AuditCoveragePage(QWidget *parent)
    : WorkbenchPage(parent)
{
    setObjectName(u"auditCoveragePage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(PageWidgets::title(tr("Audit coverage"), this));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(this);
    m_table->setObjectName(u"auditCoverageTable"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
}

AuditCoveragePage::~AuditCoveragePage() = default;

void AuditCoveragePage::setContext(isms::Database *db, QUndoStack *undoStack)
{
    Q_UNUSED(undoStack)
    if (m_db) {
        disconnect(m_db->notifier(), nullptr, this, nullptr);
    }
    m_db = db;
    if (m_db) {
        isms::ChangeNotifier *notifier = m_db->notifier();
        connect(notifier, &isms::ChangeNotifier::recordsAdded, this, &AuditCoveragePage::refresh);
        connect(notifier, &isms::ChangeNotifier::recordsChanged, this, &AuditCoveragePage::refresh);
        connect(notifier, &isms::ChangeNotifier::recordsRemoved, this, &AuditCoveragePage::refresh);
    }
    refresh();
}

void AuditCoveragePage::refresh()
{
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    if (!m_db) {
        m_summary->clear();
        return;
    }
    const auto matrix = isms::AuditCoverage::current(*m_db, QDate::currentDate());
    if (!matrix) {
        m_summary->setText(matrix.error().message);
        return;
    }
    if (!*matrix) {
        m_summary->setText(
            tr("No audit programme is recorded yet. Record one on the Audit programmes page to see "
               "which clauses and controls its audits cover."));
        return;
    }
    const isms::CoverageMatrix &coverage = **matrix;
    const qsizetype gaps = coverage.gaps().size();
    m_summary->setText(
        gaps == 0
            ? tr("%1 %2: every clause and applicable control is covered by an audit of the cycle.")
                  .arg(coverage.programmeRef, coverage.programmeTitle)
            : tr("%1 %2: %3 of %4 clauses and applicable controls are not covered by any audit of the cycle "
                 "yet (tinted). Covering each once per cycle is good practice, not a requirement.")
                  .arg(coverage.programmeRef, coverage.programmeTitle)
                  .arg(gaps)
                  .arg(coverage.rows.size()));
    QStringList headers{tr("Requirement"), tr("Title")};
    for (const int year : coverage.years) {
        headers.append(QString::number(year));
    }
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(static_cast<int>(coverage.rows.size()));
    const QColor gap(0xFF, 0xF3, 0xE0);
    for (int row = 0; row < coverage.rows.size(); ++row) {
        const isms::CoverageRow &entry = coverage.rows.at(row);
        QStringList cells{entry.id, entry.title};
        for (const QStringList &audits : entry.auditsByYear) {
            cells.append(audits.join(u", "_s));
        }
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (!entry.covered()) {
                item->setBackground(gap);
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
}
