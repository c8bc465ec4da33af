// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "domain/EntitySpec.h"
#include "mainwindow/WorkbenchPage.h"

#include <QList>

class MessageBanner;
class ProcessMapView;
class QLabel;
class QPushButton;
class QTimer;

/// The interaction map of the ISMS processes (4.4) on a page of its own: the map, a line on the
/// selected process (owner or supplier, what it receives and passes on), and a way to the process in
/// its register. Reads again after every change to the processes or their interactions.
class ProcessMapPage final : public WorkbenchPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessMapPage)

public:
    explicit ProcessMapPage(QWidget *parent = nullptr);
    ~ProcessMapPage() override;

    void setContext(isms::Database *db, QUndoStack *undoStack) override;
    bool showRecord(const QString &entityId) override;

    /// Reads the processes and interactions again.
    void refresh();

    ProcessMapView *view() const { return m_view; }

    QLabel *detailLabel() const { return m_detail; }

    QPushButton *openButton() const { return m_openButton; }

    MessageBanner *banner() const { return m_banner; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void showDetail(isms::RecordId id);
    void openProcess(isms::RecordId id);

    isms::Database *m_db = nullptr;
    QList<QMetaObject::Connection> m_connections;
    bool m_stale = true;
    QTimer *m_refreshTimer = nullptr;
    MessageBanner *m_banner = nullptr;
    QLabel *m_summary = nullptr;
    ProcessMapView *m_view = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_openButton = nullptr;
};
