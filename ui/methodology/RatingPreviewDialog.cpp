// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "methodology/RatingPreviewDialog.h"

#include "domain/Entities.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RatingPreviewDialog::RatingPreviewDialog(const QList<isms::RatingChange> &changes, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"ratingPreviewDialog"_s);
    setWindowTitle(tr("Apply risk assessment method"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    QSet<qint64> risks;
    for (const isms::RatingChange &change : changes) {
        risks.insert(change.risk.value);
    }
    const QLocale locale;
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"previewSummaryLabel"_s);
    m_summary->setWordWrap(true);
    m_summary->setText(
        changes.isEmpty()
            ? tr("No rating or level changes.")
            //: %1 is a number of changes, %2 a number of risks
            : tr("Changes to ratings and levels: %1, in risks: %2. The change log keeps every old value, and "
                 "Undo puts them all back.")
                  .arg(locale.toString(changes.size()), locale.toString(risks.size())));
    layout->addWidget(m_summary);

    m_table = new QTableWidget(static_cast<int>(changes.size()), 4, this);
    m_table->setObjectName(u"previewTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Risk"), tr("Field"), tr("From"), tr("To")});
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    const isms::EntitySpec &spec = isms::riskSpec();
    for (int row = 0; row < changes.size(); ++row) {
        const isms::RatingChange &change = changes.at(row);
        const isms::FieldSpec *field = spec.field(change.field);
        const QString from = change.from.isEmpty() ? tr("(none)") : change.from;
        const QString to = change.to.isEmpty() ? tr("(none)") : change.to;
        const QStringList cells{change.ref, field ? field->labelText() : change.field, from, to};
        for (int column = 0; column < cells.size(); ++column) {
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(1, std::max(m_table->columnWidth(1), fontMetrics().averageCharWidth() * 22));
    m_table->setVisible(!changes.isEmpty());
    layout->addWidget(m_table, 1);
    if (changes.isEmpty()) {
        layout->addStretch(1);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_applyButton = buttons->addButton(tr("Apply method"), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(u"applyMethodButton"_s);
    m_applyButton->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(changes.isEmpty() ? QSize(420, 150) : QSize(620, 460));
}

RatingPreviewDialog::~RatingPreviewDialog() = default;

bool RatingPreviewDialog::confirm(QWidget *parent, const QList<isms::RatingChange> &changes)
{
    RatingPreviewDialog dialog(changes, parent);
    return dialog.exec() == QDialog::Accepted;
}
