// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class Prompt;
class QWidget;
class WorkbenchPage;

/// The pages that the main window shows beside its built-in ones (start, dashboard, requirements,
/// history): each with its key (for --page and the navigation), its navigation group and label, the
/// change-log entity whose records it shows, and a factory. The window creates a page when it is
/// first shown, so that a page costs nothing at start-up. Adding a register's page is one entry here.
class PageRegistry final
{
    Q_DECLARE_TR_FUNCTIONS(PageRegistry)

public:
    struct Entry
    {
        QString key;       ///< "threats": the --page name and the navigation's key
        QString entity;    ///< "threat": the change-log entity whose records it shows; empty for none
        const char *group; ///< QT_TRANSLATE_NOOP("PageRegistry", "6 Planning")
        const char *label; ///< in context `labelContext`, e.g. "isms::EntitySpec"
        const char *labelContext;
        std::function<WorkbenchPage *(Prompt &prompt, QWidget *parent)> create;

        QString groupText() const;
        QString labelText() const;
    };

    /// Every registered page, in navigation order.
    static const QList<Entry> &entries();

    /// The page with this key, or nullptr.
    static const Entry *find(QStringView key);

    /// The page that shows the records of the change-log entity `entity`, or nullptr.
    static const Entry *findByEntity(QStringView entity);

    static QStringList keys();
};
