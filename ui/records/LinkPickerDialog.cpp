// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "records/LinkPickerDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int ValueRole = Qt::UserRole;

} // namespace

LinkPickerDialog::LinkPickerDialog(const QString &title,
                                   const QString &emptyText,
                                   const QList<Choice> &choices,
                                   QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"linkPickerDialog"_s);
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"linkPickerSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search by reference, number or name"));
    layout->addWidget(m_search);

    m_list = new QListWidget(this);
    m_list->setObjectName(u"linkPickerList"_s);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    for (const Choice &choice : choices) {
        auto *item = new QListWidgetItem(choice.text, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(ValueRole, choice.value);
        item->setToolTip(choice.text);
    }
    layout->addWidget(m_list, 1);

    m_emptyLabel = new QLabel(emptyText, this);
    m_emptyLabel->setObjectName(u"linkPickerEmpty"_s);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setVisible(choices.isEmpty());
    m_list->setVisible(!choices.isEmpty());
    m_search->setEnabled(!choices.isEmpty());
    layout->addWidget(m_emptyLabel);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"linkPickerCount"_s);
    layout->addWidget(m_countLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_addButton = m_buttons->button(QDialogButtonBox::Ok);
    m_addButton->setText(tr("Add"));
    m_addButton->setObjectName(u"linkPickerAddButton"_s);
    layout->addWidget(m_buttons);

    connect(m_search, &QLineEdit::textChanged, this, &LinkPickerDialog::applySearch);
    connect(m_list, &QListWidget::itemChanged, this, &LinkPickerDialog::updateCount);
    // Enter or a double-click on an entry ticks it (or clears its tick).
    connect(m_list, &QListWidget::itemActivated, this, [](QListWidgetItem *item) {
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, 480);
    updateCount();
    m_search->setFocus();
}

LinkPickerDialog::~LinkPickerDialog() = default;

bool LinkPickerDialog::setChosen(const QVariant &value, bool chosen)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(ValueRole) == value) {
            item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

QVariantList LinkPickerDialog::chosen() const
{
    QVariantList values;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked) {
            values.append(m_list->item(row)->data(ValueRole));
        }
    }
    return values;
}

int LinkPickerDialog::visibleCount() const
{
    int visible = 0;
    for (int row = 0; row < m_list->count(); ++row) {
        visible += m_list->item(row)->isHidden() ? 0 : 1;
    }
    return visible;
}

void LinkPickerDialog::applySearch()
{
    const QStringList words = m_search->text().simplified().split(u' ', Qt::SkipEmptyParts);
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const QString text = item->text();
        bool shown = true;
        for (const QString &word : words) {
            shown = shown && text.contains(word, Qt::CaseInsensitive);
        }
        item->setHidden(!shown);
    }
    updateCount();
}

void LinkPickerDialog::updateCount()
{
    const qsizetype ticked = chosen().size();
    if (m_list->count() == 0) {
        m_countLabel->clear();
    } else if (ticked == 0) {
        //: Under the list of the link picker: "12 of 93 shown; tick the ones to add."
        m_countLabel->setText(
            tr("%1 of %2 shown; tick the ones to add.").arg(visibleCount()).arg(m_list->count()));
    } else {
        //: Under the list of the link picker: "12 of 93 shown, 2 ticked."
        m_countLabel->setText(
            tr("%1 of %2 shown, %3 ticked.").arg(visibleCount()).arg(m_list->count()).arg(ticked));
    }
    m_addButton->setEnabled(ticked > 0);
}
