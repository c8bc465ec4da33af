// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "processes/ProcessMapPage.h"

#include "common/MessageBanner.h"
#include "common/PageWidgets.h"
#include "domain/Entities.h"
#include "processes/ProcessMapView.h"
#include "services/ChangeNotifier.h"
#include "services/ProcessMap.h"
#include "storage/Database.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ProcessMapPage::ProcessMapPage(QWidget *parent)
    : WorkbenchPage(parent)
{
    setObjectName(u"processMapPage"_s);
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &ProcessMapPage::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 16);
    layout->setSpacing(8);
    layout->addWidget(PageWidgets::title(tr("Process map"), this));
    m_summary = PageWidgets::muted({}, this);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(u"summaryLabel"_s);
    layout->addWidget(m_summary);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);
    m_view = new ProcessMapView(this);
    layout->addWidget(m_view, 1);

    auto *footer = new QHBoxLayout;
    m_detail = new QLabel(this);
    m_detail->setObjectName(u"detailLabel"_s);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    footer->addWidget(m_detail, 1);
    m_openButton = new QPushButton(tr("Open in the register"), this);
    m_openButton->setObjectName(u"openProcessButton"_s);
    m_openButton->setEnabled(false);
    footer->addWidget(m_openButton);
    layout->addLayout(footer);

    connect(m_view, &ProcessMapView::processSelected, this, &ProcessMapPage::showDetail);
    connect(m_view, &ProcessMapView::processActivated, this, &ProcessMapPage::openProcess);
    connect(m_openButton, &QPushButton::clicked, this, [this] { openProcess(m_view->selectedProcess()); });
    showDetail({});
}

ProcessMapPage::~ProcessMapPage() = default;

void ProcessMapPage::setContext(isms::Database *db, QUndoStack *undoStack)
{
    Q_UNUSED(undoStack)
    for (const QMetaObject::Connection &connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    m_db = db;
    if (db) {
        const isms::ChangeNotifier *notifier = db->notifier();
        const auto onRecords = [this](const QString &kind) {
            if (kind == isms::processSpec().key || kind == isms::processInteractionSpec().key) {
                scheduleRefresh();
            }
        };
        m_connections.append(connect(notifier, &isms::ChangeNotifier::recordsAdded, this, onRecords));
        m_connections.append(connect(notifier, &isms::ChangeNotifier::recordsRemoved, this, onRecords));
        m_connections.append(connect(notifier, &isms::ChangeNotifier::recordsChanged, this, onRecords));
    }
    refresh();
}

bool ProcessMapPage::showRecord(const QString &entityId)
{
    bool isNumber = false;
    const isms::RecordId id{entityId.toLongLong(&isNumber)};
    if (!isNumber || m_view->map().indexOf(id) < 0) {
        return false;
    }
    m_view->selectProcess(id);
    return true;
}

void ProcessMapPage::scheduleRefresh()
{
    // A page out of sight reads again when it is shown.
    m_stale = true;
    if (isVisible()) {
        m_refreshTimer->start();
    }
}

void ProcessMapPage::showEvent(QShowEvent *event)
{
    WorkbenchPage::showEvent(event);
    if (m_stale) {
        refresh();
    }
}

void ProcessMapPage::refresh()
{
    m_refreshTimer->stop();
    m_stale = false;
    isms::ProcessMap map;
    if (m_db) {
        auto read = isms::ProcessMap::load(*m_db);
        if (read) {
            map = *read;
            m_banner->hideMessage();
        } else {
            m_banner->showMessage(MessageBanner::Kind::Error, read.error().message);
        }
    }
    m_view->setMap(map);
    const QLocale locale;
    QStringList summary{tr("Processes: %1. Interactions: %2.")
                            .arg(locale.toString(map.nodes().size()), locale.toString(map.edges().size()))};
    if (map.nodes().isEmpty()) {
        summary.append(
            tr("Record the processes of the ISMS and how they interact on the pages ISMS processes "
               "and Process interactions."));
    } else {
        summary.append(tr("Arrows show what one process passes to another. Dashed boxes are provided from "
                          "outside, grey ones planned or retired. Click a box to select it; double-click it "
                          "to open it in the register."));
    }
    m_summary->setText(summary.join(u' '));
    showDetail(m_view->selectedProcess());
}

void ProcessMapPage::showDetail(isms::RecordId id)
{
    const isms::ProcessMap &map = m_view->map();
    const int index = map.indexOf(id);
    m_openButton->setEnabled(index >= 0);
    if (index < 0) {
        m_detail->setText(tr("No process selected."));
        return;
    }
    const isms::ProcessNode &node = map.nodes().at(index);
    QStringList from;
    QStringList to;
    for (const isms::ProcessEdge &edge : map.edges()) {
        if (edge.to == index) {
            from.append(map.nodes().at(edge.from).ref);
        }
        if (edge.from == index) {
            to.append(map.nodes().at(edge.to).ref);
        }
    }
    const QString who = node.external
                            ? tr("provided by %1").arg(node.supplier)
                            : (node.owner.isEmpty() ? tr("no owner") : tr("owner %1").arg(node.owner));
    //: No process, in "Receives from: none."
    const QString none = tr("none");
    //: %1 reference, %2 name, %3 "owner NAME" or "provided by SUPPLIER", %4 and %5 lists of references.
    m_detail->setText(tr("%1 %2 (%3). Receives from: %4. Passes to: %5.")
                          .arg(node.ref,
                               node.name,
                               who,
                               from.isEmpty() ? none : from.join(u", "_s),
                               to.isEmpty() ? none : to.join(u", "_s)));
}

void ProcessMapPage::openProcess(isms::RecordId id)
{
    if (id.isValid()) {
        Q_EMIT recordRequested(isms::processSpec().entity, QString::number(id.value));
    }
}
