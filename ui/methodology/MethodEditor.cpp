// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "methodology/MethodEditor.h"

#include "common/PageWidgets.h"
#include "methodology/LevelEditor.h"
#include "methodology/MatrixEditor.h"
#include "methodology/ScaleEditor.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel *mutedLabel(const QString &text, QWidget *parent)
{
    QLabel *label = PageWidgets::muted(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

MethodEditor::MethodEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"methodEditor"_s);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(12);

    m_likelihood =
        new ScaleEditor(ScaleEditor::Mode::Scale, isms::RiskMethod::MinScale, isms::RiskMethod::MaxScale);
    m_likelihood->setObjectName(u"likelihoodEditor"_s);
    m_impact =
        new ScaleEditor(ScaleEditor::Mode::Scale, isms::RiskMethod::MinScale, isms::RiskMethod::MaxScale);
    m_impact->setObjectName(u"impactEditor"_s);
    grid->addWidget(
        card(tr("Likelihood scale"),
             tr("How likely a risk is to occur, from the least likely (1) up. Describe each step so "
                "that two assessors choose the same one."),
             m_likelihood),
        0,
        0);
    grid->addWidget(card(tr("Impact scale"),
                         tr("How severe the consequences would be, from the mildest (1) up, in terms the "
                            "organisation already uses: money, downtime, customers, the law."),
                         m_impact),
                    0,
                    1);

    grid->addWidget(buildLevels(), 1, 0);
    m_matrix = new MatrixEditor;
    auto *matrixHolder = new QWidget;
    auto *matrixLayout = new QHBoxLayout(matrixHolder);
    matrixLayout->setContentsMargins(0, 0, 0, 0);
    matrixLayout->addWidget(m_matrix, 0, Qt::AlignTop);
    matrixLayout->addStretch(1);
    grid->addWidget(
        card(tr("Risk matrix"),
             tr("The level of each combination of likelihood and impact. Click a cell to raise its "
                "level, Shift+click to lower it, or press a level's number."),
             matrixHolder),
        1,
        1);

    m_classification = new ScaleEditor(ScaleEditor::Mode::List, 0, 8);
    m_classification->setObjectName(u"classificationEditor"_s);
    grid->addWidget(card(tr("Classification scheme"),
                         tr("The classes that label information by how much protection it needs, lowest "
                            "first. Leave it empty if the organisation does not classify."),
                         m_classification),
                    2,
                    0);
    grid->addWidget(buildReassessment(), 2, 1);

    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(u"notesEdit"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(fontMetrics().height() * 5);
    m_notes->setMaximumHeight(fontMetrics().height() * 9);
    grid->addWidget(
        card(tr("Notes"),
             tr("Anything else the method statement should say: sources of threat information, who "
                "assesses and who approves, how results are reported."),
             m_notes),
        3,
        0,
        1,
        2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    connect(m_likelihood, &ScaleEditor::countRequested, this, [this](int count) {
        resizeScale(true, count);
    });
    connect(m_impact, &ScaleEditor::countRequested, this, [this](int count) { resizeScale(false, count); });
    connect(m_likelihood, &ScaleEditor::edited, this, [this] {
        m_method.likelihood = m_likelihood->steps();
        m_matrix->setMethod(m_method);
        changed();
    });
    connect(m_impact, &ScaleEditor::edited, this, [this] {
        m_method.impact = m_impact->steps();
        m_matrix->setMethod(m_method);
        changed();
    });
    connect(m_levels, &LevelEditor::countRequested, this, &MethodEditor::resizeLevels);
    connect(m_levels, &LevelEditor::edited, this, [this] {
        m_method.levels = m_levels->levels();
        m_matrix->setMethod(m_method);
        showAcceptance();
        changed();
    });
    connect(m_acceptance, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0) {
            m_method.acceptanceLevel = index + 1;
            changed();
        }
    });
    connect(m_matrix, &MatrixEditor::edited, this, [this] {
        m_method.matrix = m_matrix->matrix();
        changed();
    });
    connect(m_classification, &ScaleEditor::edited, this, [this] {
        m_method.classification = m_classification->steps();
        changed();
    });
    connect(m_review, &QSpinBox::valueChanged, this, [this](int months) {
        m_method.reviewMonths = months;
        changed();
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        m_method.notes = m_notes->toPlainText();
        changed();
    });
    setMethod(isms::RiskMethod::defaults());
}

MethodEditor::~MethodEditor() = default;

QWidget *MethodEditor::card(const QString &title, const QString &help, QWidget *content)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(u"methodCard"_s);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setStyleSheet(u"QFrame#methodCard { background: palette(base); border: 1px solid palette(mid);"
                         u" border-radius: 6px; }"_s);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(6);
    auto *heading = new QLabel(title, frame);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    heading->setFont(font);
    layout->addWidget(heading);
    layout->addWidget(mutedLabel(help, frame));
    content->setParent(frame);
    layout->addWidget(content);
    layout->addStretch(1);
    return frame;
}

QWidget *MethodEditor::buildLevels()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_levels = new LevelEditor(content);
    m_levels->setObjectName(u"levelEditor"_s);
    layout->addWidget(m_levels);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("Acceptance threshold:"), content);
    m_acceptance = new QComboBox(content);
    m_acceptance->setObjectName(u"acceptanceComboBox"_s);
    label->setBuddy(m_acceptance);
    row->addWidget(label);
    row->addWidget(m_acceptance);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(mutedLabel(tr("The highest level at which a risk may be retained without a recorded "
                                    "rationale; the risk owner accepts anything above it explicitly."),
                                 content));
    return card(tr("Risk levels"),
                tr("The levels the matrix assigns, from the lowest (1) up, each with the colour that shows "
                   "it in tables, heat maps and reports."),
                content);
}

QWidget *MethodEditor::buildReassessment()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto *interval = new QHBoxLayout;
    auto *label = new QLabel(tr("Review every (months):"), content);
    m_review = new QSpinBox(content);
    m_review->setObjectName(u"reviewMonthsSpinBox"_s);
    m_review->setRange(1, 60);
    label->setBuddy(m_review);
    interval->addWidget(label);
    interval->addWidget(m_review);
    interval->addStretch(1);
    layout->addLayout(interval);
    layout->addWidget(new QLabel(tr("Events that call for a reassessment sooner:"), content));
    m_triggers = new QListWidget(content);
    m_triggers->setObjectName(u"triggerList"_s);
    m_triggers->setWordWrap(true);
    m_triggers->setAlternatingRowColors(true);
    m_triggers->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                | QAbstractItemView::SelectedClicked);
    m_triggers->setMinimumHeight(fontMetrics().height() * 7);
    layout->addWidget(m_triggers, 1);
    auto *buttons = new QHBoxLayout;
    m_addTrigger = new QPushButton(tr("Add"), content);
    m_addTrigger->setObjectName(u"addTriggerButton"_s);
    m_removeTrigger = new QPushButton(tr("Remove"), content);
    m_removeTrigger->setObjectName(u"removeTriggerButton"_s);
    buttons->addWidget(m_addTrigger);
    buttons->addWidget(m_removeTrigger);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_triggers, &QListWidget::itemChanged, this, &MethodEditor::collectTriggers);
    connect(m_triggers, &QListWidget::currentRowChanged, this, [this](int row) {
        m_removeTrigger->setEnabled(row >= 0);
    });
    connect(m_addTrigger, &QPushButton::clicked, this, [this] {
        auto *item = new QListWidgetItem(tr("New trigger"));
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        {
            const QSignalBlocker blocker(m_triggers);
            m_triggers->addItem(item);
        }
        m_triggers->setCurrentItem(item);
        collectTriggers();
        m_triggers->editItem(item);
    });
    connect(m_removeTrigger, &QPushButton::clicked, this, [this] {
        const int row = m_triggers->currentRow();
        if (row >= 0) {
            delete m_triggers->takeItem(row);
            collectTriggers();
        }
    });
    return card(tr("Reassessment"),
                tr("Every risk is assessed again at least this often, and sooner when one of these events "
                   "happens."),
                content);
}

void MethodEditor::setMethod(const isms::RiskMethod &method)
{
    m_method = method;
    m_likelihood->setSteps(method.likelihood);
    m_impact->setSteps(method.impact);
    m_levels->setLevels(method.levels);
    m_matrix->setMethod(method);
    m_classification->setSteps(method.classification);
    showAcceptance();
    {
        const QSignalBlocker blocker(m_review);
        m_review->setValue(method.reviewMonths);
    }
    {
        const QSignalBlocker blocker(m_triggers);
        m_triggers->clear();
        for (const QString &trigger : method.triggers) {
            auto *item = new QListWidgetItem(trigger, m_triggers);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
        m_removeTrigger->setEnabled(false);
    }
    {
        const QSignalBlocker blocker(m_notes);
        m_notes->setPlainText(method.notes);
    }
}

QList<isms::ScaleStep> MethodEditor::resizedSteps(const QList<isms::ScaleStep> &steps, int count)
{
    const auto from = static_cast<int>(steps.size());
    QList<isms::ScaleStep> resized;
    for (int step = 1; step <= count; ++step) {
        const int old = isms::RiskMethod::remap(step, count, from);
        const bool carried = old >= 1 && old <= from && isms::RiskMethod::remap(old, from, count) == step;
        resized.append(carried ? steps.at(old - 1) : isms::ScaleStep{});
    }
    return resized;
}

void MethodEditor::resizeScale(bool likelihood, int count)
{
    QList<isms::ScaleStep> &steps = likelihood ? m_method.likelihood : m_method.impact;
    if (count == steps.size()) {
        return;
    }
    // The matrix first: resizedMatrix maps the new steps back onto the scales as they still are.
    m_method.matrix = likelihood
                          ? m_method.resizedMatrix(count, static_cast<int>(m_method.impact.size()))
                          : m_method.resizedMatrix(static_cast<int>(m_method.likelihood.size()), count);
    steps = resizedSteps(steps, count);
    (likelihood ? m_likelihood : m_impact)->setSteps(steps);
    m_matrix->setMethod(m_method);
    changed();
}

void MethodEditor::resizeLevels(int count)
{
    QList<isms::RiskLevel> levels = m_method.levels.mid(0, count);
    while (levels.size() < count) {
        levels.append(isms::RiskLevel{{}, LevelEditor::suggestedColour(levels)});
    }
    m_method.levels = levels;
    // Cells of a level that no longer exists take the highest one left.
    for (QList<int> &row : m_method.matrix) {
        for (int &cell : row) {
            cell = std::min(cell, count);
        }
    }
    m_method.acceptanceLevel = std::min(m_method.acceptanceLevel, count);
    m_levels->setLevels(levels);
    m_matrix->setMethod(m_method);
    showAcceptance();
    changed();
}

void MethodEditor::showAcceptance()
{
    const QSignalBlocker blocker(m_acceptance);
    m_acceptance->clear();
    const int side = fontMetrics().height() - 4;
    for (qsizetype level = 0; level < m_method.levels.size(); ++level) {
        QPixmap swatch(side, side);
        swatch.fill(QColor::fromRgb(m_method.levels.at(level).colour));
        const QString name = m_method.levels.at(level).name;
        //: A level without a name yet in the list of the acceptance threshold: "Level 5"
        m_acceptance->addItem(QIcon(swatch), name.isEmpty() ? tr("Level %1").arg(level + 1) : name);
    }
    m_acceptance->setCurrentIndex(m_method.acceptanceLevel - 1);
}

void MethodEditor::collectTriggers()
{
    QStringList triggers;
    for (int row = 0; row < m_triggers->count(); ++row) {
        triggers.append(m_triggers->item(row)->text().trimmed());
    }
    m_method.triggers = triggers;
    changed();
}

void MethodEditor::changed()
{
    Q_EMIT edited();
}
