// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "methodology/MatrixEditor.h"

#include "report/StatusChart.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QStyledItemDelegate>

using namespace Qt::StringLiterals;

namespace {

constexpr int LevelRole = Qt::UserRole;

/// Paints a cell as a block of its level's colour with the level's name, and the current cell with an
/// outline while the grid has the focus.
class MatrixCellDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRectF cell = QRectF(option.rect).adjusted(1, 1, -1, -1);
        const QColor fill = index.data(Qt::BackgroundRole).value<QBrush>().color();
        painter->fillRect(cell, fill);
        painter->setPen(isms::StatusChart::textColorOn(fill));
        painter->setFont(option.font);
        const QString text = option.fontMetrics.elidedText(index.data(Qt::DisplayRole).toString(),
                                                           Qt::ElideRight,
                                                           static_cast<int>(cell.width()) - 6);
        painter->drawText(cell, Qt::AlignCenter, text);
        if (option.state & QStyle::State_HasFocus) {
            painter->setPen(QPen(QColor::fromRgb(0x1E2630), 2.5));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(cell.adjusted(2, 2, -2, -2));
        }
        painter->restore();
    }
};

} // namespace

MatrixEditor::MatrixEditor(QWidget *parent)
    : QTableWidget(parent)
{
    setObjectName(u"matrixEditor"_s);
    setItemDelegate(new MatrixCellDelegate(this));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setShowGrid(false);
    setCornerButtonEnabled(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setMinimumSectionSize(fontMetrics().averageCharWidth() * 6);
    horizontalHeader()->setHighlightSections(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setHighlightSections(false);
    verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setAccessibleName(tr("Risk matrix"));
    setToolTip(tr("Click a cell to raise its level, Shift+click to lower it; a digit key chooses a level."));
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        showImpactHeader(column);
    });
    connect(this, &QTableWidget::cellClicked, this, [this](int row, int column) {
        const int step = QApplication::keyboardModifiers().testFlag(Qt::ShiftModifier) ? -1 : 1;
        cycleLevel(likelihoodOfRow(row), column + 1, step);
    });
    setMethod(isms::RiskMethod::defaults());
}

MatrixEditor::~MatrixEditor() = default;

void MatrixEditor::setMethod(const isms::RiskMethod &method)
{
    m_method = method;
    const int rows = static_cast<int>(method.likelihood.size());
    const int columns = static_cast<int>(method.impact.size());
    setRowCount(rows);
    setColumnCount(columns);
    for (int l = 1; l <= rows; ++l) {
        //: A row of the risk matrix: "5 Almost certain"
        auto *header =
            new QTableWidgetItem(tr("%1 %2").arg(QString::number(l), method.likelihood.at(l - 1).label));
        setVerticalHeaderItem(rows - l, header);
    }
    for (int i = 1; i <= columns; ++i) {
        auto *header = new QTableWidgetItem;
        header->setToolTip(method.impact.at(i - 1).label);
        setHorizontalHeaderItem(i - 1, header);
        showImpactHeader(i - 1);
    }
    for (int l = 1; l <= rows; ++l) {
        for (int i = 1; i <= columns; ++i) {
            showCell(l, i);
        }
    }
    fitSize();
}

void MatrixEditor::setLevel(int likelihood, int impact, int level)
{
    if (likelihood < 1 || likelihood > m_method.matrix.size() || impact < 1
        || impact > m_method.matrix.at(likelihood - 1).size() || level < 1 || level > m_method.levels.size()
        || m_method.matrix.at(likelihood - 1).at(impact - 1) == level) {
        return;
    }
    m_method.matrix[likelihood - 1][impact - 1] = level;
    showCell(likelihood, impact);
    Q_EMIT edited();
}

void MatrixEditor::cycleLevel(int likelihood, int impact, int step)
{
    const auto count = static_cast<int>(m_method.levels.size());
    const int current = levelAt(likelihood, impact);
    if (count < 1 || current < 1) {
        return;
    }
    setLevel(likelihood, impact, (current - 1 + step + count) % count + 1);
}

QModelIndex MatrixEditor::indexOf(int likelihood, int impact) const
{
    return model()->index(static_cast<int>(m_method.likelihood.size()) - likelihood, impact - 1);
}

int MatrixEditor::likelihoodOfRow(int row) const
{
    return static_cast<int>(m_method.likelihood.size()) - row;
}

void MatrixEditor::showCell(int likelihood, int impact)
{
    const int level = levelAt(likelihood, impact);
    const QColor colour =
        level >= 1 ? QColor::fromRgb(m_method.levels.at(level - 1).colour) : QColor(Qt::lightGray);
    auto *item = new QTableWidgetItem(m_method.levelName(level));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setBackground(colour);
    item->setData(LevelRole, level);
    item->setTextAlignment(Qt::AlignCenter);
    //: Tooltip of a matrix cell: "Likelihood 4 (Likely), impact 3 (Moderate): High"
    item->setToolTip(tr("Likelihood %1 (%2), impact %3 (%4): %5")
                         .arg(QString::number(likelihood),
                              m_method.likelihood.at(likelihood - 1).label,
                              QString::number(impact),
                              m_method.impact.at(impact - 1).label,
                              m_method.levelName(level)));
    setItem(static_cast<int>(m_method.likelihood.size()) - likelihood, impact - 1, item);
}

void MatrixEditor::showImpactHeader(int column)
{
    QTableWidgetItem *header = horizontalHeaderItem(column);
    if (!header || column >= m_method.impact.size()) {
        return;
    }
    // Number and label on two lines, the label shortened to the column, so that seven columns fit in
    // half the page.
    const int width = std::max(horizontalHeader()->sectionSize(column) - 8, 10);
    const QString label = fontMetrics().elidedText(m_method.impact.at(column).label, Qt::ElideRight, width);
    const QString text = u"%1\n%2"_s.arg(QString::number(column + 1), label);
    if (header->text() != text) {
        header->setText(text);
    }
}

void MatrixEditor::fitSize()
{
    // The columns share the width the card gives (names elide in narrow cells, the tooltip has them);
    // the height is exactly the rows', so that the grid never scrolls.
    for (int row = 0; row < rowCount(); ++row) {
        setRowHeight(row, fontMetrics().height() * 2 + 8);
    }
    setFixedHeight(sizeHint().height());
    updateGeometry();
}

QSize MatrixEditor::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    int cellWidth = metrics.averageCharWidth() * 9;
    for (const isms::RiskLevel &level : std::as_const(m_method.levels)) {
        cellWidth = std::max(cellWidth, metrics.horizontalAdvance(level.name) + 12);
    }
    int height = horizontalHeader()->sizeHint().height() + 2 * frameWidth();
    for (int row = 0; row < rowCount(); ++row) {
        height += rowHeight(row);
    }
    return {verticalHeader()->sizeHint().width() + 2 * frameWidth() + cellWidth * columnCount(), height};
}

QSize MatrixEditor::minimumSizeHint() const
{
    return {verticalHeader()->sizeHint().width() + 2 * frameWidth()
                + horizontalHeader()->minimumSectionSize() * columnCount(),
            sizeHint().height()};
}

void MatrixEditor::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    if (current.isValid()) {
        const int likelihood = likelihoodOfRow(current.row());
        const int impact = current.column() + 1;
        const int key = event->key();
        if (key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter) {
            cycleLevel(likelihood, impact, event->modifiers().testFlag(Qt::ShiftModifier) ? -1 : 1);
            return;
        }
        if (key >= Qt::Key_1 && key <= Qt::Key_9) {
            setLevel(likelihood, impact, key - Qt::Key_0);
            return;
        }
    }
    QTableWidget::keyPressEvent(event);
}

void MatrixEditor::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(viewport()->mapFrom(this, event->pos()));
    if (!index.isValid() || !isEnabled()) {
        return;
    }
    const int likelihood = likelihoodOfRow(index.row());
    const int impact = index.column() + 1;
    QMenu menu(this);
    for (qsizetype level = 1; level <= m_method.levels.size(); ++level) {
        QAction *action = menu.addAction(m_method.levels.at(level - 1).name);
        action->setCheckable(true);
        action->setChecked(level == levelAt(likelihood, impact));
        connect(action, &QAction::triggered, this, [this, likelihood, impact, level] {
            setLevel(likelihood, impact, static_cast<int>(level));
        });
    }
    menu.exec(event->globalPos());
}
