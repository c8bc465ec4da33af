// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QTreeWidget>

/// The main window's navigation: pages grouped under headings (Overview, Requirements, the clause
/// groups of the PageRegistry's pages, Records), each item naming its page by key ("dashboard",
/// "controls", "threats").
class NavigationTree final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationTree)

public:
    explicit NavigationTree(QWidget *parent = nullptr);
    ~NavigationTree() override;

    /// Marks the item of `key` as current without emitting pageActivated (none for an unknown key).
    void selectPage(const QString &key);

    /// The key of the current item, or an empty string.
    QString currentKey() const;

Q_SIGNALS:
    /// The user chose the page `key`.
    void pageActivated(const QString &key);

private:
    QTreeWidgetItem *addGroup(const QString &title);
    void addPage(QTreeWidgetItem *group, const QString &title, const QString &key);
};
