// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "methodology/ScaleEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum Column
{
    Label,
    Description,
};

} // namespace

ScaleEditor::ScaleEditor(Mode mode, int minimum, int maximum, QWidget *parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_minimum(minimum)
    , m_maximum(maximum)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    if (mode == Mode::Scale) {
        auto *label = new QLabel(tr("Number of steps:"), this);
        m_countSpinBox = new QSpinBox(this);
        m_countSpinBox->setObjectName(u"stepCountSpinBox"_s);
        m_countSpinBox->setRange(minimum, maximum);
        m_countSpinBox->setAccessibleName(tr("Number of steps"));
        label->setBuddy(m_countSpinBox);
        bar->addWidget(label);
        bar->addWidget(m_countSpinBox);
        connect(m_countSpinBox, &QSpinBox::valueChanged, this, &ScaleEditor::countRequested);
    } else {
        m_addButton = new QPushButton(tr("Add"), this);
        m_addButton->setObjectName(u"addStepButton"_s);
        m_removeButton = new QPushButton(tr("Remove"), this);
        m_removeButton->setObjectName(u"removeStepButton"_s);
        bar->addWidget(m_addButton);
        bar->addWidget(m_removeButton);
        connect(m_addButton, &QPushButton::clicked, this, [this] {
            addRow({});
            updateButtons();
            fitHeight();
            m_table->setCurrentCell(m_table->rowCount() - 1, Label);
            m_table->editItem(m_table->item(m_table->rowCount() - 1, Label));
            Q_EMIT edited();
        });
        connect(m_removeButton, &QPushButton::clicked, this, [this] {
            const int row = m_table->currentRow() >= 0 ? m_table->currentRow() : m_table->rowCount() - 1;
            if (row >= 0 && m_table->rowCount() > m_minimum) {
                m_table->removeRow(row);
                updateButtons();
                fitHeight();
                Q_EMIT edited();
            }
        });
    }
    bar->addStretch(1);
    layout->addLayout(bar);

    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(u"stepsTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Label"), tr("Description")});
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(Label, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setColumnWidth(Label, fontMetrics().averageCharWidth() * 20);
    // Rows as tall as their wrapped descriptions, measured again whenever the columns change width.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_table->setWordWrap(true);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                             | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(true);
    layout->addWidget(m_table);
    layout->addStretch(1);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        fitHeight();
        Q_EMIT edited();
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, &ScaleEditor::fitHeight);
    updateButtons();
}

ScaleEditor::~ScaleEditor() = default;

void ScaleEditor::setSteps(const QList<isms::ScaleStep> &steps)
{
    const QSignalBlocker tableBlocker(m_table);
    m_table->setRowCount(0);
    for (const isms::ScaleStep &step : steps) {
        addRow(step);
    }
    if (m_countSpinBox) {
        const QSignalBlocker spinBlocker(m_countSpinBox);
        m_countSpinBox->setValue(static_cast<int>(steps.size()));
    }
    updateButtons();
    fitHeight();
}

QList<isms::ScaleStep> ScaleEditor::steps() const
{
    QList<isms::ScaleStep> steps;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *label = m_table->item(row, Label);
        const QTableWidgetItem *description = m_table->item(row, Description);
        steps.append(isms::ScaleStep{label ? label->text().trimmed() : QString(),
                                     description ? description->text().trimmed() : QString()});
    }
    return steps;
}

void ScaleEditor::addRow(const isms::ScaleStep &step)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *label = new QTableWidgetItem(step.label);
    label->setToolTip(tr("A short name assessors choose from"));
    auto *description = new QTableWidgetItem(step.description);
    description->setToolTip(tr("What the step means, so that two assessors choose the same one"));
    m_table->setItem(row, Label, label);
    m_table->setItem(row, Description, description);
    auto *number = new QTableWidgetItem(QString::number(row + 1));
    m_table->setVerticalHeaderItem(row, number);
}

void ScaleEditor::updateButtons()
{
    if (m_addButton) {
        m_addButton->setEnabled(m_table->rowCount() < m_maximum);
        m_removeButton->setEnabled(m_table->rowCount() > m_minimum);
    }
}

void ScaleEditor::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The table lays its columns out after this; measure the rows once it has.
    QTimer::singleShot(0, this, &ScaleEditor::fitHeight);
}

void ScaleEditor::fitHeight()
{
    // Every step in view without scrolling: each row as tall as its wrapped text in the columns' current
    // widths, the table as tall as its rows.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int margin = m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        int lines = metrics.height();
        for (int column = 0; column < m_table->columnCount(); ++column) {
            const QTableWidgetItem *item = m_table->item(row, column);
            const int width = std::max(m_table->columnWidth(column) - 2 * margin - 2, 20);
            if (item && !item->text().isEmpty()) {
                lines = std::max(
                    lines,
                    metrics.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, item->text()).height());
            }
        }
        m_table->setRowHeight(row, lines + 10);
    }
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        height += m_table->rowHeight(row);
    }
    if (m_table->rowCount() == 0) {
        height += m_table->fontMetrics().height() + 8;
    }
    m_table->setFixedHeight(height);
}
