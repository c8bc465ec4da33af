// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "storage/ProjectLock.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

/// Decisions and messages that need the user's attention. Injected into windows so that tests can
/// answer with a fake instead of a modal dialog.
class Prompt
{
public:
    /// What to do with a project that another program has locked.
    enum class LockedChoice
    {
        OpenReadOnly,
        TakeOverLock,
        Cancel,
    };

    virtual ~Prompt() = default;

    /// Asks what to do with `path`, locked by `holder` (unknown holder when empty).
    virtual LockedChoice askLocked(QWidget *parent,
                                   const QString &path,
                                   const std::optional<isms::LockInfo> &holder) = 0;

    /// Shows an error that stops the current action. `message` is one sentence for users, `detail`
    /// technical text offered for copying.
    virtual void showError(QWidget *parent,
                           const QString &title,
                           const QString &message,
                           const QString &detail = {}) = 0;

    /// Asks a yes/no question; true when the user accepts with `acceptLabel`.
    virtual bool confirm(QWidget *parent,
                         const QString &title,
                         const QString &question,
                         const QString &acceptLabel) = 0;
};

/// The real Prompt: modal QMessageBox dialogs.
class MessageBoxPrompt final : public Prompt
{
    Q_DECLARE_TR_FUNCTIONS(MessageBoxPrompt)

public:
    LockedChoice askLocked(QWidget *parent,
                           const QString &path,
                           const std::optional<isms::LockInfo> &holder) override;
    void showError(QWidget *parent,
                   const QString &title,
                   const QString &message,
                   const QString &detail = {}) override;
    bool confirm(QWidget *parent,
                 const QString &title,
                 const QString &question,
                 const QString &acceptLabel) override;

    /// The sentence describing who holds a lock (shared with the banner text).
    static QString describeLockHolder(const std::optional<isms::LockInfo> &holder);
};
