// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "common/MessageBanner.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

struct BannerColours
{
    QColor background;
    QColor border;
    QStyle::StandardPixmap icon;
};

BannerColours coloursFor(MessageBanner::Kind kind)
{
    switch (kind) {
    case MessageBanner::Kind::Positive:
        return {QColor(0xe3, 0xf4, 0xe6), QColor(0x39, 0x8a, 0x4f), QStyle::SP_DialogApplyButton};
    case MessageBanner::Kind::Warning:
        return {QColor(0xfd, 0xf3, 0xdc), QColor(0xc9, 0x8a, 0x12), QStyle::SP_MessageBoxWarning};
    case MessageBanner::Kind::Error:
        return {QColor(0xfb, 0xe5, 0xe5), QColor(0xc0, 0x39, 0x2b), QStyle::SP_MessageBoxCritical};
    case MessageBanner::Kind::Information:
        break;
    }
    return {QColor(0xe4, 0xee, 0xfa), QColor(0x3d, 0x74, 0xc4), QStyle::SP_MessageBoxInformation};
}

} // namespace

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"messageBanner"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(8);

    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignTop);
    layout->addWidget(m_icon);

    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label, 1);

    m_buttons = new QHBoxLayout;
    m_buttons->setSpacing(4);
    layout->addLayout(m_buttons);

    m_closeButton = new QToolButton(this);
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setToolTip(tr("Close message"));
    m_closeButton->setAccessibleName(tr("Close message"));
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);
    connect(m_closeButton, &QToolButton::clicked, this, &MessageBanner::hideMessage);

    hide();
}

MessageBanner::~MessageBanner() = default;

void MessageBanner::showMessage(Kind kind, const QString &text, const QList<QAction *> &actions)
{
    m_kind = kind;
    const BannerColours colours = coloursFor(kind);
    setStyleSheet(u"QFrame#messageBanner { background: %1; border: 1px solid %2; border-radius: 4px; }"
                  u"QFrame#messageBanner QLabel { color: #1f1f1f; background: transparent; border: none; }"_s
                      .arg(colours.background.name(), colours.border.name()));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(colours.icon).pixmap(iconSize, iconSize));
    m_label->setText(text);

    clearActionButtons();
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_buttons->addWidget(button);
        m_actionButtons.append(button);
    }
    show();
}

void MessageBanner::hideMessage()
{
    clearActionButtons();
    hide();
}

QString MessageBanner::text() const
{
    return m_label->text();
}

void MessageBanner::clearActionButtons()
{
    for (QToolButton *button : std::as_const(m_actionButtons)) {
        button->deleteLater();
    }
    m_actionButtons.clear();
}
