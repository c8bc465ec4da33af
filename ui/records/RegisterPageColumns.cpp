// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// RegisterPage: the widths of the table's columns.
#include "models/RecordTableModel.h"
#include "records/RegisterPage.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>

#include <algorithm>

using namespace Qt::StringLiterals;

void RegisterPage::configureColumns()
{
    QHeaderView *header = m_tableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setMinimumSectionSize(60);
    header->setStretchLastSection(false);
    // Widths from what the columns hold, so that nothing common is cut off; the first text column after
    // the reference (the name) takes the rest.
    const QFontMetrics metrics = m_tableView->fontMetrics();
    const int padding = metrics.averageCharWidth() * 4;
    bool stretched = false;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const isms::FieldSpec &field = m_model->fieldOf(column);
        int width = metrics.horizontalAdvance(field.labelText()) + padding + 16; // the sort arrow
        switch (field.type) {
        case isms::FieldType::Text:
            if (m_model->fieldIndexOf(column) == 0) {
                width = std::max(width, metrics.horizontalAdvance(m_spec.formatRef(888)) + padding);
            } else if (!stretched) {
                header->setSectionResizeMode(column, QHeaderView::Stretch);
                stretched = true;
            } else if (!field.has(isms::Derived)) {
                // Derived text (a level's name) is short; typed text (an owner) gets room for a name.
                width = std::max(width, metrics.averageCharWidth() * 24);
            }
            break;
        case isms::FieldType::Enum:
            for (const isms::EnumValue &value : field.enumSpec->values) {
                width = std::max(
                    width,
                    metrics.horizontalAdvance(QCoreApplication::translate("isms::EnumSpec", value.label))
                        + padding + 24);
            }
            break;
        case isms::FieldType::Date:
            width = std::max(width, metrics.horizontalAdvance(u"2026-12-31"_s) + padding);
            break;
        case isms::FieldType::MultilineText:
        case isms::FieldType::Reference:
            width = std::max(width, metrics.averageCharWidth() * 30);
            break;
        case isms::FieldType::Integer:
        case isms::FieldType::Boolean:
            break;
        }
        m_tableView->setColumnWidth(column, width);
    }
    if (!stretched) {
        header->setStretchLastSection(true);
    }
    // Right-click on the header chooses the columns; hidden ones are kept with the header's state.
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &RegisterPage::showColumnMenu);
}

void RegisterPage::showColumnMenu(const QPoint &position)
{
    QHeaderView *header = m_tableView->horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(u"columnMenu"_s);
    for (int column = 1; column < m_model->columnCount(); ++column) {
        QAction *action = menu.addAction(m_model->fieldOf(column).labelText());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            m_tableView->setColumnHidden(column, !shown);
        });
    }
    menu.exec(header->viewport()->mapToGlobal(position));
}
