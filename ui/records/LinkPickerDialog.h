// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QDialog>
#include <QList>
#include <QVariant>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

/// Chooses what to link to a record: the records of another register or the entries of a catalogue,
/// narrowed by a search (every word typed must occur), several ticked at once. Add is enabled while at
/// least one is ticked; ticks stay while the search hides them.
class LinkPickerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkPickerDialog)

public:
    /// One entry offered: the value to store and how the user reads it.
    struct Choice
    {
        QVariant value;
        QString text;
    };

    /// `title` heads the dialog, `emptyText` says why there is nothing to offer when `choices` is empty.
    LinkPickerDialog(const QString &title,
                     const QString &emptyText,
                     const QList<Choice> &choices,
                     QWidget *parent = nullptr);
    ~LinkPickerDialog() override;

    QLineEdit *searchEdit() const { return m_search; }

    QListWidget *list() const { return m_list; }

    QPushButton *addButton() const { return m_addButton; }

    QLabel *countLabel() const { return m_countLabel; }

    /// Ticks or clears the entry of `value`; false when it is not offered.
    bool setChosen(const QVariant &value, bool chosen = true);

    /// The ticked values, in the order offered.
    QVariantList chosen() const;

    /// How many entries the search lets through.
    int visibleCount() const;

private:
    void applySearch();
    void updateCount();

    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_addButton = nullptr;
};
