// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "dashboard/ImprovementSummaryWidget.h"

#include "dashboard/DashboardCard.h"
#include "domain/Entities.h"
#include "services/AuditCoverage.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel *linkLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    return label;
}

/// The records of `spec`, or none when the file predates the register or cannot be read.
QList<isms::Record> recordsOf(const isms::Database &db, const isms::EntitySpec &spec)
{
    const isms::RecordRepository repository(db, spec);
    const auto exists = repository.tableExists();
    if (!exists || !*exists) {
        return {};
    }
    auto records = repository.all();
    return records ? *records : QList<isms::Record>();
}

QString linked(const QString &text, const QString &link, bool active)
{
    return active
               ? u"<a href=\"%1\" style=\"text-decoration: none;\">%2</a>"_s.arg(link, text.toHtmlEscaped())
               : text.toHtmlEscaped();
}

} // namespace

ImprovementSummaryWidget::ImprovementSummaryWidget(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"improvementSummary"_s);
    styleAsDashboardCard(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    auto *title = new QLabel(tr("Audit and improvement"), this);
    QFont font = title->font();
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);
    m_openLabel = linkLabel(this);
    m_overdueLabel = linkLabel(this);
    layout->addWidget(m_openLabel);
    layout->addWidget(m_overdueLabel);
    m_coverageLabel = linkLabel(this);
    m_coverageLabel->setWordWrap(true);
    layout->addWidget(m_coverageLabel);
    for (QLabel *label : {m_openLabel, m_overdueLabel, m_coverageLabel}) {
        connect(label, &QLabel::linkActivated, this, &ImprovementSummaryWidget::activateLink);
    }
}

ImprovementSummaryWidget::~ImprovementSummaryWidget() = default;

void ImprovementSummaryWidget::setDatabase(isms::Database *db)
{
    m_db = db;
    refresh();
}

void ImprovementSummaryWidget::setToday(const QDate &today)
{
    m_today = today;
    refresh();
}

void ImprovementSummaryWidget::refresh()
{
    m_open.clear();
    m_overdue.clear();
    if (m_db) {
        const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
        const isms::EntitySpec &ncs = isms::nonconformitySpec();
        for (const isms::Record &nc : recordsOf(*m_db, ncs)) {
            if (nc.values.at(ncs.indexOf(u"status")).toString() != u"closed") {
                m_open.append(isms::EntitySpec::refOf(nc));
            }
        }
        const isms::EntitySpec &actions = isms::correctiveActionSpec();
        for (const isms::Record &action : recordsOf(*m_db, actions)) {
            const QString status = action.values.at(actions.indexOf(u"status")).toString();
            const QDate due = action.values.at(actions.indexOf(u"due_date")).toDate();
            if ((status == u"planned" || status == u"in-progress") && due.isValid() && due < today) {
                m_overdue.append(isms::EntitySpec::refOf(action));
            }
        }
    }
    m_covered = 0;
    m_coverageRows = 0;
    QString programme;
    if (m_db) {
        const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
        if (const auto matrix = isms::AuditCoverage::current(*m_db, today); matrix && *matrix) {
            const isms::CoverageMatrix &current = **matrix;
            m_coverageRows = static_cast<int>(current.rows.size());
            m_covered = m_coverageRows - static_cast<int>(current.gaps().size());
            programme = current.programmeRef;
        }
    }
    //: The dashboard's audit coverage: "Audit coverage of AP-001: 95 of 123 clauses and applicable controls"
    m_coverageLabel->setText(programme.isEmpty()
                                 ? tr("No audit programme yet: its coverage shows here.").toHtmlEscaped()
                                 : linked(tr("Audit coverage of %1: %2 of %3 clauses and applicable controls")
                                              .arg(programme)
                                              .arg(m_covered)
                                              .arg(m_coverageRows),
                                          u"coverage"_s,
                                          true));
    m_openLabel->setText(linked(tr("%n nonconformity(ies) not closed", nullptr, openNonconformities()),
                                u"open"_s,
                                !m_open.isEmpty()));
    m_overdueLabel->setText(linked(tr("%n corrective action(s) overdue", nullptr, overdueActions()),
                                   u"overdue"_s,
                                   !m_overdue.isEmpty()));
}

void ImprovementSummaryWidget::activateLink(const QString &link)
{
    if (link == u"coverage") {
        Q_EMIT coverageRequested();
        return;
    }
    const bool open = link == u"open";
    const QStringList &refs = open ? m_open : m_overdue;
    if (refs.isEmpty()) {
        return;
    }
    QList<QHash<QString, QVariant>> alternatives;
    for (const QString &ref : refs) {
        alternatives.append({{u"ref"_s, ref}});
    }
    if (open) {
        Q_EMIT filteredRecordsRequested(isms::nonconformitySpec().key,
                                        alternatives,
                                        tr("Showing the nonconformities not closed, from the dashboard"));
    } else {
        Q_EMIT filteredRecordsRequested(isms::correctiveActionSpec().key,
                                        alternatives,
                                        tr("Showing the overdue corrective actions, from the dashboard"));
    }
}
