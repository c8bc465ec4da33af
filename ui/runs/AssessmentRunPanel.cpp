// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "runs/AssessmentRunPanel.h"

#include "runs/AssessmentRunDialog.h"
#include "storage/Database.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QTableWidget *readOnlyTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

void addRow(QTableWidget *table, const QStringList &cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < cells.size(); ++column) {
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

QString levelText(const isms::RiskMethod &method, const isms::RiskRating &rating)
{
    return rating.isRated() ? method.levelName(rating.level) : AssessmentRunPanel::tr("not rated");
}

} // namespace

AssessmentRunPanel::AssessmentRunPanel(QWidget *parent)
    : RecordPanel(parent)
{
    setObjectName(u"assessmentRunPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_recordButton = new QPushButton(tr("Record assessment run…"), this);
    m_recordButton->setObjectName(u"recordRunButton"_s);
    m_recordButton->setToolTip(tr("Freeze the risk method and the whole risk register as they stand now"));
    bar->addWidget(m_recordButton);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"runSummaryLabel"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    m_frozenTable = readOnlyTable({tr("Risk"),
                                   tr("Title"),
                                   tr("Owner"),
                                   tr("Current"),
                                   tr("Residual"),
                                   tr("Treatment"),
                                   tr("Signed off by")},
                                  this);
    m_frozenTable->setObjectName(u"frozenRegisterTable"_s);
    layout->addWidget(m_frozenTable, 3);
    m_changesLabel = new QLabel(this);
    m_changesLabel->setWordWrap(true);
    layout->addWidget(m_changesLabel);
    m_changesTable = readOnlyTable({tr("Risk"), tr("Since the run")}, this);
    m_changesTable->setObjectName(u"changesSinceRunTable"_s);
    layout->addWidget(m_changesTable, 2);
    connect(m_recordButton, &QPushButton::clicked, this, &AssessmentRunPanel::onRecordClicked);
    showRecord({});
}

AssessmentRunPanel::~AssessmentRunPanel() = default;

void AssessmentRunPanel::setContext(isms::Database *db, QUndoStack *undoStack)
{
    Q_UNUSED(undoStack) // a run is frozen: recording one cannot be undone, as issuing an SoA version
    m_db = db;
    m_recordButton->setEnabled(m_db && !m_db->isReadOnly());
}

void AssessmentRunPanel::showRecord(isms::RecordId id)
{
    m_frozenTable->setRowCount(0);
    m_changesTable->setRowCount(0);
    m_changesTable->hide();
    m_changesLabel->clear();
    if (!m_db || !id.isValid()) {
        m_summary->setText(tr("Select a run to see the register it froze."));
        return;
    }
    const auto run = isms::AssessmentRunService(*m_db).get(id);
    if (!run) {
        m_summary->setText(run.error().message);
        return;
    }
    const isms::RiskMethod &method = run->data.overview.method;
    m_summary->setText(tr("%1 of %2, performed by %3: %n risks frozen, as they stood then.",
                          nullptr,
                          run->data.overview.total)
                           .arg(run->ref, run->date.toString(Qt::ISODate), run->performedBy));
    for (const isms::RiskReportRow &risk : run->data.risks) {
        addRow(m_frozenTable,
               {risk.ref,
                risk.title,
                risk.owner,
                levelText(method, risk.current),
                levelText(method, risk.residual),
                risk.treatment,
                risk.signoffBy});
    }
    m_frozenTable->resizeColumnsToContents();
    // A long title would push the levels out of sight.
    m_frozenTable->setColumnWidth(
        1,
        std::min(m_frozenTable->columnWidth(1), fontMetrics().averageCharWidth() * 40));
    showChanges(run->data);
}

void AssessmentRunPanel::showChanges(const isms::RiskReportData &frozen)
{
    const auto current = isms::RiskReportData::load(*m_db, QDate::currentDate());
    if (!current) {
        m_changesLabel->setText(current.error().message);
        return;
    }
    QHash<QString, const isms::RiskReportRow *> then;
    for (const isms::RiskReportRow &risk : frozen.risks) {
        then.insert(risk.ref, &risk);
    }
    const isms::RiskMethod &method = current->overview.method;
    for (const isms::RiskReportRow &risk : current->risks) {
        const isms::RiskReportRow *old = then.take(risk.ref);
        if (!old) {
            addRow(m_changesTable, {risk.ref, tr("added: %1").arg(risk.title)});
            continue;
        }
        const QString before = levelText(frozen.overview.method, old->current);
        const QString after = levelText(method, risk.current);
        if (before != after) {
            addRow(m_changesTable, {risk.ref, tr("current level %1 → %2").arg(before, after)});
        }
        const QString residualBefore = levelText(frozen.overview.method, old->residual);
        const QString residualAfter = levelText(method, risk.residual);
        if (residualBefore != residualAfter) {
            addRow(m_changesTable,
                   {risk.ref, tr("residual level %1 → %2").arg(residualBefore, residualAfter)});
        }
        if (old->treatment != risk.treatment) {
            addRow(m_changesTable, {risk.ref, tr("treatment %1 → %2").arg(old->treatment, risk.treatment)});
        }
        if (old->owner != risk.owner) {
            addRow(m_changesTable, {risk.ref, tr("owner %1 → %2").arg(old->owner, risk.owner)});
        }
    }
    for (const isms::RiskReportRow &risk : frozen.risks) {
        if (then.contains(risk.ref)) {
            addRow(m_changesTable, {risk.ref, tr("removed: %1").arg(risk.title)});
        }
    }
    m_changesLabel->setText(m_changesTable->rowCount() == 0
                                ? tr("The risk register has not changed in these points since the run.")
                                : tr("Compared with the current risk register:"));
    m_changesTable->resizeColumnToContents(0);
    m_changesTable->setVisible(m_changesTable->rowCount() > 0);
}

bool AssessmentRunPanel::recordRun(const isms::AssessmentRunRequest &request)
{
    if (!m_db) {
        return false;
    }
    const auto run = isms::AssessmentRunService(*m_db).record(request);
    if (!run) {
        Q_EMIT errorOccurred(run.error());
        return false;
    }
    return true;
}

void AssessmentRunPanel::onRecordClicked()
{
    AssessmentRunDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) {
        recordRun(dialog.request());
    }
}
