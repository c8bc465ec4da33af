// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "metrics/ObjectiveMetricsPanel.h"

#include "domain/Entities.h"
#include "report/TrendChart.h"
#include "services/ChangeNotifier.h"
#include "services/MetricTrend.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ObjectiveMetricsPanel::ObjectiveMetricsPanel(QWidget *parent)
    : RecordPanel(parent)
{
    setObjectName(u"objectiveMetricsPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    auto *heading = new QLabel(tr("Measured by metrics"), this);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);
    m_metrics = new QListWidget(this);
    m_metrics->setObjectName(u"objectiveMetricList"_s);
    m_metrics->setWordWrap(true);
    m_metrics->setToolTip(tr("Double-click a metric to open it with its trend chart."));
    layout->addWidget(m_metrics, 1);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    connect(m_metrics, &QListWidget::itemActivated, this, [this](const QListWidgetItem *item) {
        Q_EMIT recordRequested(isms::metricSpec().entity, item->data(Qt::UserRole).toString());
    });
}

ObjectiveMetricsPanel::~ObjectiveMetricsPanel() = default;

void ObjectiveMetricsPanel::setContext(isms::Database *db, QUndoStack *undoStack)
{
    Q_UNUSED(undoStack)
    if (m_db) {
        disconnect(m_db->notifier(), nullptr, this, nullptr);
    }
    m_db = db;
    m_current = {};
    if (m_db) {
        auto touched = [this](const QString &kind) {
            if (kind == isms::metricSpec().key || kind == isms::metricObjectiveSpec().key
                || kind == isms::measurementSpec().key) {
                reload();
            }
        };
        isms::ChangeNotifier *notifier = m_db->notifier();
        connect(notifier, &isms::ChangeNotifier::recordsAdded, this, touched);
        connect(notifier, &isms::ChangeNotifier::recordsChanged, this, touched);
        connect(notifier, &isms::ChangeNotifier::recordsRemoved, this, touched);
    }
    reload();
}

void ObjectiveMetricsPanel::showRecord(isms::RecordId id)
{
    m_current = id;
    reload();
}

void ObjectiveMetricsPanel::reload()
{
    m_metrics->clear();
    m_hint->clear();
    setEnabled(m_db && m_current.isValid());
    if (!m_db || !m_current.isValid()) {
        return;
    }
    const isms::EntitySpec &linkSpec = isms::metricObjectiveSpec();
    const auto links = isms::RecordService(*m_db, linkSpec).all();
    if (!links) {
        Q_EMIT errorOccurred(links.error());
        return;
    }
    for (const isms::Record &link : *links) {
        if (link.values.at(linkSpec.indexOf(u"objective")).toLongLong() != m_current.value) {
            continue;
        }
        const isms::RecordId metric{link.values.at(linkSpec.indexOf(u"metric")).toLongLong()};
        const auto series = isms::MetricTrend::load(*m_db, metric);
        if (!series) {
            Q_EMIT errorOccurred(series.error());
            return;
        }
        // Two lines: the metric, then where it stands.
        QString text = series->ref + u"  "_s + series->name;
        QStringList state;
        if (!series->points.isEmpty()) {
            const isms::TrendPoint &latest = series->points.constLast();
            //: A metric that measures an objective, with its latest value: "latest 4.5 on 2026-10-31"
            state.append(tr("latest %1 on %2")
                             .arg(isms::TrendChart::pointText(latest), latest.date.toString(Qt::ISODate)));
        }
        if (series->target) {
            state.append(isms::TrendChart::targetText(*series));
        }
        if (!state.isEmpty()) {
            text += u'\n' + state.join(u"; "_s);
        }
        auto *item = new QListWidgetItem(text, m_metrics);
        item->setData(Qt::UserRole, QString::number(metric.value));
    }
    if (m_metrics->count() == 0) {
        m_hint->setText(tr("No metric measures this objective yet; link one on the Metrics page."));
    }
}
