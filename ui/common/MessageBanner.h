// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QFrame>
#include <QList>

class QAction;
class QHBoxLayout;
class QLabel;
class QToolButton;

/// An inline message shown above a page's content for problems the user can recover from
/// (in the style of KDE's KMessageWidget). Hidden until showMessage() is called.
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    enum class Kind
    {
        Information,
        Positive,
        Warning,
        Error,
    };

    explicit MessageBanner(QWidget *parent = nullptr);
    ~MessageBanner() override;

    /// Shows `text` (plain text) with buttons for `actions` (not owned) and a close button.
    void showMessage(Kind kind, const QString &text, const QList<QAction *> &actions = {});
    void hideMessage();

    QString text() const;

    Kind kind() const { return m_kind; }

private:
    void clearActionButtons();

    Kind m_kind = Kind::Information;
    QLabel *m_icon = nullptr;
    QLabel *m_label = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QToolButton *m_closeButton = nullptr;
    QList<QToolButton *> m_actionButtons;
};
