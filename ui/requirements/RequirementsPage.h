// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "domain/Requirement.h"

#include <QWidget>

namespace isms {
class Database;
}

class MessageBanner;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QUndoStack;
class RequirementDetailWidget;
class RequirementFilterProxyModel;
class RequirementTableModel;

/// A filterable table of requirements over their detail form. The same page serves the clause 4-10
/// requirements and the Annex A controls.
class RequirementsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequirementsPage)

public:
    explicit RequirementsPage(isms::RequirementKind kind, QWidget *parent = nullptr);
    ~RequirementsPage() override;

    isms::RequirementKind kind() const { return m_kind; }

    /// The project and its undo stack (nullptr for both when no project is open).
    void setContext(isms::Database *db, QUndoStack *undoStack);

    /// Selects the row of `ref` (clearing filters that hide it); false for an unknown reference.
    bool selectRequirement(const QString &ref);

    /// Shows only the requirements with `status` (clearing the other filters).
    void showOnlyStatus(isms::ImplementationStatus status);

    /// The reference of the selected row, or an empty string.
    QString selectedRef() const;

    void focusFilter();

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

    QLineEdit *filterEdit() const { return m_filterEdit; }

    QComboBox *themeComboBox() const { return m_themeCombo; }

    QComboBox *statusComboBox() const { return m_statusCombo; }

    QLabel *countLabel() const { return m_countLabel; }

    QTableView *tableView() const { return m_tableView; }

    RequirementTableModel *model() const { return m_model; }

    RequirementFilterProxyModel *proxyModel() const { return m_proxy; }

    RequirementDetailWidget *detailWidget() const { return m_detail; }

    MessageBanner *banner() const { return m_banner; }

private:
    void onFiltersChanged();
    void onCurrentRowChanged();
    void updateCountLabel();
    void configureColumns();

    isms::RequirementKind m_kind;
    isms::Database *m_db = nullptr;
    RequirementTableModel *m_model = nullptr;
    RequirementFilterProxyModel *m_proxy = nullptr;
    MessageBanner *m_banner = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_themeCombo = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QLabel *m_countLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_tableView = nullptr;
    RequirementDetailWidget *m_detail = nullptr;
};
