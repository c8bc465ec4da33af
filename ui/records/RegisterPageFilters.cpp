// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// RegisterPage: the filters that other pages set (a dashboard count, a heat map cell).
#include "commands/CreateRecordCommand.h"
#include "commands/RemoveRecordsCommand.h"
#include "common/EnumStyle.h"
#include "common/MessageBanner.h"
#include "common/Prompt.h"
#include "models/RecordFilterProxyModel.h"
#include "models/RecordTableModel.h"
#include "records/BulkEditDialog.h"
#include "records/DeletionQuestion.h"
#include "records/RecordForm.h"
#include "records/RecordItemDelegate.h"
#include "records/RecordPanel.h"
#include "records/RegisterPage.h"
#include "records/ValueFilterComboBox.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <QAction>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

bool RegisterPage::showOnly(const QString &fieldKey, const QString &value)
{
    QComboBox *enumCombo = enumFilterCombo(fieldKey);
    ValueFilterComboBox *valueCombo = valueFilterCombo(fieldKey);
    if (!enumCombo && !valueCombo) {
        return false;
    }
    clearFilters();
    if (enumCombo) {
        enumCombo->setCurrentIndex(std::max(0, enumCombo->findData(value)));
    } else {
        valueCombo->setCurrentValue(value);
    }
    onFiltersChanged();
    return true;
}

QComboBox *RegisterPage::enumFilterCombo(const QString &fieldKey) const
{
    for (const auto &[key, combo] : m_enumCombos) {
        if (key == fieldKey) {
            return combo;
        }
    }
    return nullptr;
}

ValueFilterComboBox *RegisterPage::valueFilterCombo(const QString &fieldKey) const
{
    for (const auto &[key, combo] : m_valueCombos) {
        if (key == fieldKey) {
            return combo;
        }
    }
    return nullptr;
}

void RegisterPage::showOnly(const QHash<QString, QVariant> &fieldValues, const QString &description)
{
    showOnlyAny({fieldValues}, description);
}

void RegisterPage::showOnlyAny(const QList<QHash<QString, QVariant>> &alternatives,
                               const QString &description)
{
    if (!m_exactFilterBar) {
        m_exactFilterBar = new QFrame(this);
        m_exactFilterBar->setObjectName(u"exactFilterBar"_s);
        m_exactFilterBar->setStyleSheet(
            u"QFrame#exactFilterBar { background: #e4eefa; border: 1px solid #3d74c4; border-radius: 4px; }"
            u"QFrame#exactFilterBar QLabel { color: #1f1f1f; background: transparent; border: none; }"_s);
        auto *bar = new QHBoxLayout(m_exactFilterBar);
        bar->setContentsMargins(10, 4, 4, 4);
        m_exactFilterLabel = new QLabel(m_exactFilterBar);
        m_exactFilterLabel->setObjectName(u"exactFilterLabel"_s);
        m_exactFilterLabel->setTextFormat(Qt::PlainText);
        m_exactFilterLabel->setWordWrap(true);
        bar->addWidget(m_exactFilterLabel, 1);
        //: Removes the filter that another page (the heat map) set on this register
        m_exactFilterClearButton = new QPushButton(tr("Clear"), m_exactFilterBar);
        m_exactFilterClearButton->setObjectName(u"exactFilterClearButton"_s);
        m_exactFilterClearButton->setToolTip(tr("Show every record again"));
        bar->addWidget(m_exactFilterClearButton);
        auto *pageLayout = qobject_cast<QVBoxLayout *>(layout());
        pageLayout->insertWidget(pageLayout->indexOf(m_splitter), m_exactFilterBar);
        connect(m_exactFilterClearButton, &QPushButton::clicked, this, [this] {
            m_proxy->setExactFilter({});
            if (!m_tableView->selectionModel()->currentIndex().isValid() && m_proxy->rowCount() > 0) {
                m_tableView->selectRow(0);
            }
        });
        connect(m_proxy,
                &RecordFilterProxyModel::exactFilterChanged,
                this,
                &RegisterPage::updateExactFilterBar);
    }
    clearFilters();
    m_exactFilterLabel->setText(description);
    m_proxy->setExactFilter(alternatives);
    updateCountLabel();
    m_tableView->clearSelection();
    if (m_proxy->rowCount() > 0) {
        m_tableView->selectRow(0);
        m_tableView->scrollToTop();
    }
    updateExactFilterBar();
}

void RegisterPage::updateExactFilterBar()
{
    m_exactFilterBar->setVisible(!m_proxy->exactFilter().isEmpty());
    updateCountLabel();
}
