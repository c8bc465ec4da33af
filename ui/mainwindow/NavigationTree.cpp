// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "mainwindow/NavigationTree.h"

#include "mainwindow/PageRegistry.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

constexpr int KeyRole = Qt::UserRole;

/// The built-in pages' words keep the context they had in MainWindow, and so their translations.
QString mainWindowText(const char *text)
{
    return QCoreApplication::translate("MainWindow", text);
}

} // namespace

NavigationTree::NavigationTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(u"navigation"_s);
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setIndentation(0);
    setFrameShape(QFrame::NoFrame);
    setFixedWidth(230);
    setUniformRowHeights(false);
    setFocusPolicy(Qt::StrongFocus);
    setStyleSheet(u"QTreeWidget#navigation { background: palette(window); padding-top: 10px; outline: 0;"
                  u" border-right: 1px solid palette(mid); }"
                  u"QTreeWidget#navigation::item { padding: 7px 14px; border: none; }"
                  u"QTreeWidget#navigation::item:selected { background: palette(highlight);"
                  u" color: palette(highlighted-text); border-radius: 4px; }"_s);

    addPage(addGroup(mainWindowText(QT_TRANSLATE_NOOP("MainWindow", "Overview"))),
            mainWindowText(QT_TRANSLATE_NOOP("MainWindow", "Dashboard")),
            u"dashboard"_s);
    QTreeWidgetItem *requirements = addGroup(mainWindowText(QT_TRANSLATE_NOOP("MainWindow", "Requirements")));
    addPage(requirements, mainWindowText(QT_TRANSLATE_NOOP("MainWindow", "Clauses 4–10")), u"clauses"_s);
    addPage(requirements, mainWindowText(QT_TRANSLATE_NOOP("MainWindow", "Annex A controls")), u"controls"_s);
    QHash<QString, QTreeWidgetItem *> groups;
    for (const PageRegistry::Entry &entry : PageRegistry::entries()) {
        QTreeWidgetItem *&group = groups[entry.groupText()];
        if (!group) {
            group = addGroup(entry.groupText());
        }
        addPage(group, entry.labelText(), entry.key);
    }
    addPage(addGroup(mainWindowText(QT_TRANSLATE_NOOP("MainWindow", "Records"))),
            mainWindowText(QT_TRANSLATE_NOOP("MainWindow", "History")),
            u"history"_s);
    expandAll();

    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, KeyRole).isValid()) {
            Q_EMIT pageActivated(item->data(0, KeyRole).toString());
        }
    });
}

NavigationTree::~NavigationTree() = default;

QTreeWidgetItem *NavigationTree::addGroup(const QString &title)
{
    QFont groupFont = font();
    groupFont.setBold(true);
    groupFont.setPointSizeF(groupFont.pointSizeF() * 0.85);
    auto *group = new QTreeWidgetItem(this, {title.toUpper()});
    group->setFlags(Qt::ItemIsEnabled);
    group->setFont(0, groupFont);
    group->setForeground(0, palette().color(QPalette::PlaceholderText));
    return group;
}

void NavigationTree::addPage(QTreeWidgetItem *group, const QString &title, const QString &key)
{
    auto *item = new QTreeWidgetItem(group, {title});
    item->setData(0, KeyRole, key);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
}

void NavigationTree::selectPage(const QString &key)
{
    const QSignalBlocker blocker(this);
    clearSelection();
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        if ((*it)->data(0, KeyRole).toString() == key && !key.isEmpty()) {
            setCurrentItem(*it);
            (*it)->setSelected(true);
        }
    }
}

QString NavigationTree::currentKey() const
{
    const QTreeWidgetItem *item = currentItem();
    return item ? item->data(0, KeyRole).toString() : QString();
}
