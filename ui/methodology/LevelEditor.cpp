// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "methodology/LevelEditor.h"

#include <QColorDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum Column
{
    Name,
    Colour,
};

QString colourText(quint32 colour)
{
    return QColor::fromRgb(colour).name().toUpper();
}

std::optional<quint32> askColour(QWidget *parent, quint32 current, const QString &name)
{
    //: Title of the colour dialog; %1 is the name of a risk level
    const QColor chosen = QColorDialog::getColor(QColor::fromRgb(current),
                                                 parent,
                                                 LevelEditor::tr("Colour of the level \"%1\"").arg(name));
    if (!chosen.isValid()) {
        return std::nullopt;
    }
    return chosen.rgb() & 0xFFFFFF;
}

} // namespace

LevelEditor::LevelEditor(QWidget *parent)
    : QWidget(parent)
    , m_chooser(&askColour)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(tr("Number of levels:"), this);
    m_countSpinBox = new QSpinBox(this);
    m_countSpinBox->setObjectName(u"levelCountSpinBox"_s);
    m_countSpinBox->setRange(isms::RiskMethod::MinLevels, isms::RiskMethod::MaxLevels);
    m_countSpinBox->setAccessibleName(tr("Number of levels"));
    label->setBuddy(m_countSpinBox);
    bar->addWidget(label);
    bar->addWidget(m_countSpinBox);
    bar->addStretch(1);
    layout->addLayout(bar);
    connect(m_countSpinBox, &QSpinBox::valueChanged, this, &LevelEditor::countRequested);

    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(u"levelsTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Colour")});
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Colour, QHeaderView::Fixed);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setColumnWidth(Colour,
                            fontMetrics().horizontalAdvance(u"#CCCCCC"_s) + fontMetrics().height() * 3);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                             | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_table);
    layout->addStretch(1);
    connect(m_table, &QTableWidget::itemChanged, this, &LevelEditor::edited);
}

LevelEditor::~LevelEditor() = default;

void LevelEditor::setLevels(const QList<isms::RiskLevel> &levels)
{
    const QSignalBlocker tableBlocker(m_table);
    m_table->setRowCount(0);
    m_colours.clear();
    for (const isms::RiskLevel &level : levels) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setVerticalHeaderItem(row, new QTableWidgetItem(QString::number(row + 1)));
        m_table->setItem(row, Name, new QTableWidgetItem(level.name));
        auto *button = new QToolButton(m_table);
        button->setObjectName(u"colourButton%1"_s.arg(row + 1));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setCursor(Qt::PointingHandCursor);
        m_table->setCellWidget(row, Colour, button);
        m_colours.append(level.colour);
        showColour(row, level.colour);
        connect(button, &QToolButton::clicked, this, [this, row] { chooseColour(row); });
    }
    const QSignalBlocker spinBlocker(m_countSpinBox);
    m_countSpinBox->setValue(static_cast<int>(levels.size()));
    fitHeight();
}

QList<isms::RiskLevel> LevelEditor::levels() const
{
    QList<isms::RiskLevel> levels;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, Name);
        levels.append(isms::RiskLevel{name ? name->text().trimmed() : QString(), m_colours.value(row)});
    }
    return levels;
}

QToolButton *LevelEditor::colourButton(int level) const
{
    return qobject_cast<QToolButton *>(m_table->cellWidget(level - 1, Colour));
}

quint32 LevelEditor::suggestedColour(const QList<isms::RiskLevel> &levels)
{
    // The default levels' colours first, then others that stay apart from them.
    static const QList<quint32> palette{0x2E7D32, 0xF9A825, 0xEF6C00, 0xC62828, 0x6A1B9A, 0x1565C0, 0x00838F};
    for (const quint32 colour : palette) {
        if (std::none_of(levels.cbegin(), levels.cend(), [colour](const isms::RiskLevel &level) {
                return level.colour == colour;
            })) {
            return colour;
        }
    }
    return 0x757575;
}

void LevelEditor::chooseColour(int row)
{
    const QTableWidgetItem *name = m_table->item(row, Name);
    const auto chosen = m_chooser(this, m_colours.value(row), name ? name->text() : QString());
    if (chosen && *chosen != m_colours.value(row)) {
        m_colours[row] = *chosen;
        showColour(row, *chosen);
        Q_EMIT edited();
    }
}

void LevelEditor::showColour(int row, quint32 colour)
{
    auto *button = qobject_cast<QToolButton *>(m_table->cellWidget(row, Colour));
    const int side = fontMetrics().height();
    QPixmap swatch(side, side);
    swatch.fill(Qt::transparent);
    {
        QPainter painter(&swatch);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QColor(0, 0, 0, 60));
        painter.setBrush(QColor::fromRgb(colour));
        painter.drawRoundedRect(QRectF(0.5, 0.5, side - 1, side - 1), 3, 3);
    }
    button->setIcon(QIcon(swatch));
    button->setText(colourText(colour));
    const QTableWidgetItem *name = m_table->item(row, Name);
    //: %1 is the name of a risk level
    button->setToolTip(tr("Choose the colour of \"%1\"").arg(name ? name->text() : QString()));
    button->setAccessibleName(button->toolTip());
}

void LevelEditor::fitHeight()
{
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        height += m_table->rowHeight(row);
    }
    m_table->setFixedHeight(height);
}
