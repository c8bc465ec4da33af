// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "common/Prompt.h"

#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

QString MessageBoxPrompt::describeLockHolder(const std::optional<isms::LockInfo> &holder)
{
    if (!holder) {
        return tr("Another program is editing this project.");
    }
    const QString since = QLocale().toString(holder->sinceUtc.toLocalTime(), QLocale::ShortFormat);
    if (holder->isStale) {
        return tr("The project was left locked by %1 on %2 since %3, and that program is no longer running.")
            .arg(holder->user, holder->host, since);
    }
    return tr("%1 on %2 has been editing this project since %3.").arg(holder->user, holder->host, since);
}

Prompt::LockedChoice MessageBoxPrompt::askLocked(QWidget *parent,
                                                 const QString &path,
                                                 const std::optional<isms::LockInfo> &holder)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("Project in use"));
    box.setText(tr("“%1” is in use.").arg(QFileInfo(path).fileName()));
    box.setInformativeText(describeLockHolder(holder) + u' '
                           + tr("You can open it read-only, or take over the lock if you are sure nobody "
                                "else is working on it. Two programs writing to one project can lose "
                                "changes."));
    QPushButton *readOnly = box.addButton(tr("Open read-only"), QMessageBox::AcceptRole);
    QPushButton *takeOver = box.addButton(tr("Take over the lock"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(readOnly);
    box.exec();
    if (box.clickedButton() == readOnly) {
        return LockedChoice::OpenReadOnly;
    }
    if (box.clickedButton() == takeOver) {
        return LockedChoice::TakeOverLock;
    }
    return LockedChoice::Cancel;
}

void MessageBoxPrompt::showError(QWidget *parent,
                                 const QString &title,
                                 const QString &message,
                                 const QString &detail)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Critical);
    box.setWindowTitle(title);
    box.setText(message);
    box.addButton(QMessageBox::Close);
    if (!detail.isEmpty()) {
        box.setDetailedText(detail);
        QPushButton *copy = box.addButton(tr("Copy details"), QMessageBox::ActionRole);
        // Keep the box open after copying: disconnect the default close behaviour.
        copy->disconnect();
        QObject::connect(copy, &QPushButton::clicked, copy, [message, detail] {
            QGuiApplication::clipboard()->setText(message + u'\n' + detail);
        });
    }
    box.exec();
}

bool MessageBoxPrompt::confirm(QWidget *parent,
                               const QString &title,
                               const QString &question,
                               const QString &acceptLabel)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(title);
    box.setText(question);
    QPushButton *accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(accept);
    box.exec();
    return box.clickedButton() == accept;
}
