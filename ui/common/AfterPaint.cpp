// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "common/AfterPaint.h"

#include <QEvent>
#include <QMetaObject>
#include <QWidget>

namespace {

/// Watches one widget's paint events; a child of that widget, so it goes with it.
class PaintFollower final : public QObject
{
public:
    PaintFollower(QWidget *widget, std::function<void()> action)
        : QObject(widget)
        , m_action(std::move(action))
    {
        widget->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_queued) {
            // The filter runs before the paint; the action waits until the event loop is free again.
            m_queued = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_queued = false;
                    m_action();
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_action;
    bool m_queued = false; ///< an action is posted and has not run yet
};

} // namespace

void runAfterPaint(QWidget *widget, std::function<void()> action)
{
    new PaintFollower(widget, std::move(action));
}
