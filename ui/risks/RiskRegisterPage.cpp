// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "risks/RiskRegisterPage.h"

#include "common/ColourChipDelegate.h"
#include "domain/Entities.h"
#include "models/RecordTableModel.h"
#include "records/RegisterPage.h"
#include "risks/RiskLevelColours.h"
#include "risks/RiskPanel.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>

RegisterPage *RiskRegisterPage::create(Prompt &prompt, QWidget *parent)
{
    auto *page = new RegisterPage(isms::riskSpec(), prompt, parent);
    auto *colours = new RiskLevelColours(page->model());
    QTableView *view = page->tableView();
    auto *chips = new ColourChipDelegate(RecordTableModel::ColourRole, view);
    const QList<int> levelColumns{page->model()->columnOf(u"level"),
                                  page->model()->columnOf(u"residual_level")};
    for (const int column : levelColumns) {
        view->setItemDelegateForColumn(column, chips);
    }
    // Wide enough for the chip of the method's longest level name.
    QObject::connect(colours,
                     &RiskLevelColours::levelsChanged,
                     view,
                     [view, chips, levelColumns](const QStringList &names) {
                         for (const int column : levelColumns) {
                             int width = view->horizontalHeader()->sectionSizeHint(column);
                             for (const QString &name : names) {
                                 width = std::max(width, chips->chipWidth(view->fontMetrics(), name));
                             }
                             if (view->columnWidth(column) < width) {
                                 view->setColumnWidth(column, width);
                             }
                         }
                     });
    // The residual level says what the residual ratings mean; the numbers are in the form, and the
    // header's menu shows their columns.
    for (const QStringView key : {u"residual_likelihood", u"residual_impact"}) {
        page->tableView()->setColumnHidden(page->model()->columnOf(key), true);
    }
    page->addRecordPanel(new RiskPanel);
    return page;
}
