// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "improvement/ImprovementPanels.h"

#include "commands/ServiceActionCommand.h"
#include "commands/UpdateRecordsCommand.h"
#include "domain/Entities.h"
#include "improvement/FiveWhysDialog.h"
#include "services/ChangeNotifier.h"
#include "services/NonconformityService.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString field(const isms::EntitySpec &spec, const isms::Record &record, QStringView key)
{
    const isms::FieldSpec &fieldSpec = spec.fields.at(spec.indexOf(key));
    const QVariant value = record.values.at(spec.indexOf(key));
    if (fieldSpec.type == isms::FieldType::Enum) {
        return fieldSpec.enumSpec->labelOf(value.toString());
    }
    if (fieldSpec.type == isms::FieldType::Date) {
        return value.toDate().toString(Qt::ISODate);
    }
    return value.toString().trimmed();
}

/// Reloads `panel` whenever one of `kinds` changes.
template <typename Panel>
void watch(Panel *panel, isms::Database *db, const QStringList &kinds, void (Panel::*reload)())
{
    auto touched = [panel, kinds, reload](const QString &kind) {
        if (kinds.contains(kind)) {
            (panel->*reload)();
        }
    };
    isms::ChangeNotifier *notifier = db->notifier();
    QObject::connect(notifier, &isms::ChangeNotifier::recordsAdded, panel, touched);
    QObject::connect(notifier, &isms::ChangeNotifier::recordsChanged, panel, touched);
    QObject::connect(notifier, &isms::ChangeNotifier::recordsRemoved, panel, touched);
}

/// "NC-003 Supplier contracts lack security clauses", or empty when there is no such record.
QString nonconformityText(isms::Database &db, qint64 id, isms::Record *record = nullptr)
{
    if (id <= 0) {
        return {};
    }
    const auto nc = isms::RecordService(db, isms::nonconformitySpec()).get(isms::RecordId{id});
    if (!nc) {
        return {};
    }
    if (record) {
        *record = *nc;
    }
    return isms::EntitySpec::refOf(*nc) + u"  "_s + field(isms::nonconformitySpec(), *nc, u"title");
}

} // namespace

NonconformityPanel::NonconformityPanel(QWidget *parent)
    : RecordPanel(parent)
{
    setObjectName(u"nonconformityPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(heading(tr("Corrective actions"), this));
    m_actions = new QListWidget(this);
    m_actions->setObjectName(u"correctiveActionList"_s);
    m_actions->setWordWrap(true);
    m_actions->setToolTip(
        tr("Double-click an action to open it. Add actions on the Corrective actions page."));
    layout->addWidget(m_actions, 1);
    layout->addWidget(heading(tr("Effectiveness review"), this));
    m_review = new QLabel(this);
    m_review->setWordWrap(true);
    m_review->setTextFormat(Qt::PlainText);
    layout->addWidget(m_review);
    m_fiveWhys = new QPushButton(tr("Five whys..."), this);
    m_fiveWhys->setObjectName(u"fiveWhysButton"_s);
    m_fiveWhys->setToolTip(tr("Find the root cause by asking why up to five times."));
    layout->addWidget(m_fiveWhys);
    connect(m_fiveWhys, &QPushButton::clicked, this, &NonconformityPanel::runFiveWhys);
    connect(m_actions, &QListWidget::itemActivated, this, [this](const QListWidgetItem *item) {
        Q_EMIT recordRequested(isms::correctiveActionSpec().entity, item->data(Qt::UserRole).toString());
    });
}

NonconformityPanel::~NonconformityPanel() = default;

void NonconformityPanel::setContext(isms::Database *db, QUndoStack *undoStack)
{
    if (m_db) {
        disconnect(m_db->notifier(), nullptr, this, nullptr);
    }
    m_db = db;
    m_undoStack = undoStack;
    m_current = {};
    if (m_db) {
        watch(this,
              m_db,
              {isms::nonconformitySpec().key, isms::correctiveActionSpec().key, isms::personSpec().key},
              &NonconformityPanel::reload);
    }
    reload();
}

void NonconformityPanel::showRecord(isms::RecordId id)
{
    m_current = id;
    reload();
}

void NonconformityPanel::reload()
{
    m_actions->clear();
    m_review->clear();
    setEnabled(m_db && m_current.isValid());
    if (!m_db || !m_current.isValid()) {
        return;
    }
    const isms::EntitySpec &ncSpec = isms::nonconformitySpec();
    const auto nc = isms::RecordService(*m_db, ncSpec).get(m_current);
    const auto actions = isms::RecordService(*m_db, isms::correctiveActionSpec()).all();
    const auto people = isms::RecordService(*m_db, isms::personSpec()).all();
    if (!nc || !actions || !people) {
        Q_EMIT errorOccurred(!nc ? nc.error() : (!actions ? actions.error() : people.error()));
        return;
    }
    QHash<qint64, QString> names;
    for (const isms::Record &person : *people) {
        names.insert(person.id.value, field(isms::personSpec(), person, u"name"));
    }
    const isms::EntitySpec &spec = isms::correctiveActionSpec();
    const QDate today = QDate::currentDate();
    for (const isms::Record &action : *actions) {
        if (action.values.at(spec.indexOf(u"nonconformity")).toLongLong() != m_current.value) {
            continue;
        }
        QStringList state{field(spec, action, u"status")};
        const QString keyword = action.values.at(spec.indexOf(u"status")).toString();
        const QDate due = action.values.at(spec.indexOf(u"due_date")).toDate();
        if (due.isValid()) {
            const bool late = (keyword == u"planned" || keyword == u"in-progress") && due < today;
            //: A corrective action's due date in the list beside its nonconformity.
            state.append(late ? tr("overdue since %1").arg(due.toString(Qt::ISODate))
                              : tr("due %1").arg(due.toString(Qt::ISODate)));
        }
        if (const QString owner = names.value(action.values.at(spec.indexOf(u"owner")).toLongLong());
            !owner.isEmpty()) {
            state.append(owner);
        }
        auto *item = new QListWidgetItem(isms::EntitySpec::refOf(action) + u"  "_s
                                             + field(spec, action, u"action") + u'\n' + state.join(u"; "_s),
                                         m_actions);
        item->setData(Qt::UserRole, QString::number(action.id.value));
    }
    if (m_actions->count() == 0) {
        new QListWidgetItem(tr("No corrective action yet."), m_actions);
        m_actions->item(0)->setFlags(Qt::NoItemFlags);
    }
    const QString result = nc->values.at(ncSpec.indexOf(u"review_result")).toString();
    const QDate reviewed = nc->values.at(ncSpec.indexOf(u"review_date")).toDate();
    if (result == u"pending" || !reviewed.isValid()) {
        m_review->setText(tr("Not reviewed yet. The nonconformity can be closed once a review finds its "
                             "actions effective."));
    } else {
        //: Where a nonconformity's effectiveness review stands: "Effective (reviewed on 2026-10-01)".
        m_review->setText(tr("%1 (reviewed on %2)")
                              .arg(field(ncSpec, *nc, u"review_result"), reviewed.toString(Qt::ISODate)));
    }
    m_fiveWhys->setEnabled(!m_db->isReadOnly());
}

void NonconformityPanel::runFiveWhys()
{
    if (!m_db || !m_undoStack || m_db->isReadOnly() || !m_current.isValid()) {
        return;
    }
    const isms::EntitySpec &spec = isms::nonconformitySpec();
    const auto nc = isms::RecordService(*m_db, spec).get(m_current);
    if (!nc) {
        Q_EMIT errorOccurred(nc.error());
        return;
    }
    QStringList answers;
    for (int i = 1; i <= 5; ++i) {
        answers.append(field(spec, *nc, u"why%1"_s.arg(i)));
    }
    const QString ref = isms::EntitySpec::refOf(*nc);
    FiveWhysDialog dialog(ref + u' ' + field(spec, *nc, u"title"),
                          answers,
                          field(spec, *nc, u"root_cause"),
                          this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const QList<isms::RecordChange> after{
        {m_current, isms::NonconformityService::fiveWhysValues(dialog.answers(), dialog.rootCause())}};
    QPointer<NonconformityPanel> self(this);
    m_undoStack->push(new UpdateRecordsCommand(
        *m_db,
        spec,
        UpdateRecordsCommand::currentValues(spec, {*nc}, after),
        after,
        [self](const isms::Error &error) {
            if (self) {
                Q_EMIT self->errorOccurred(error);
            }
        },
        //: Undo text: "Record the root cause of NC-003"
        tr("Record the root cause of %1").arg(ref)));
}

CorrectiveActionPanel::CorrectiveActionPanel(QWidget *parent)
    : RecordPanel(parent)
{
    setObjectName(u"correctiveActionPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(heading(tr("Nonconformity"), this));
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    layout->addWidget(m_label);
    m_open = new QPushButton(tr("Open nonconformity"), this);
    m_open->setObjectName(u"openNonconformityButton"_s);
    layout->addWidget(m_open);
    layout->addStretch(1);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_nonconformity > 0) {
            Q_EMIT recordRequested(isms::nonconformitySpec().entity, QString::number(m_nonconformity));
        }
    });
}

CorrectiveActionPanel::~CorrectiveActionPanel() = default;

void CorrectiveActionPanel::setContext(isms::Database *db, QUndoStack *undoStack)
{
    Q_UNUSED(undoStack)
    if (m_db) {
        disconnect(m_db->notifier(), nullptr, this, nullptr);
    }
    m_db = db;
    m_current = {};
    if (m_db) {
        watch(this,
              m_db,
              {isms::nonconformitySpec().key, isms::correctiveActionSpec().key},
              &CorrectiveActionPanel::reload);
    }
    reload();
}

void CorrectiveActionPanel::showRecord(isms::RecordId id)
{
    m_current = id;
    reload();
}

void CorrectiveActionPanel::reload()
{
    m_label->clear();
    m_nonconformity = 0;
    setEnabled(m_db && m_current.isValid());
    if (!m_db || !m_current.isValid()) {
        return;
    }
    const isms::EntitySpec &spec = isms::correctiveActionSpec();
    const auto action = isms::RecordService(*m_db, spec).get(m_current);
    if (!action) {
        Q_EMIT errorOccurred(action.error());
        return;
    }
    m_nonconformity = action->values.at(spec.indexOf(u"nonconformity")).toLongLong();
    isms::Record nc;
    const QString text = nonconformityText(*m_db, m_nonconformity, &nc);
    if (text.isEmpty()) {
        m_label->setText(tr("This action names no nonconformity."));
    } else {
        m_label->setText(
            text + u'\n' + field(isms::nonconformitySpec(), nc, u"status") + u"; "_s
            + tr("effectiveness: %1").arg(field(isms::nonconformitySpec(), nc, u"review_result")));
    }
    m_open->setEnabled(!text.isEmpty());
}

RaisedNonconformityPanel::RaisedNonconformityPanel(const isms::EntitySpec &source, QWidget *parent)
    : RecordPanel(parent)
    , m_source(source)
{
    const bool incident = &source == &isms::incidentSpec();
    setObjectName(incident ? u"incidentPanel"_s : u"findingPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(heading(tr("Nonconformity"), this));
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    layout->addWidget(m_label);
    m_raise = new QPushButton(tr("Raise nonconformity"), this);
    m_raise->setObjectName(u"raiseNonconformityButton"_s);
    m_raise->setToolTip(
        incident ? tr("Record a nonconformity with this incident as its source, linked both ways.")
                 : tr("Record a nonconformity with this finding as its source, linked both ways."));
    layout->addWidget(m_raise);
    m_open = new QPushButton(tr("Open nonconformity"), this);
    m_open->setObjectName(u"openNonconformityButton"_s);
    layout->addWidget(m_open);
    layout->addStretch(1);
    connect(m_raise, &QPushButton::clicked, this, &RaisedNonconformityPanel::raise);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_nonconformity > 0) {
            Q_EMIT recordRequested(isms::nonconformitySpec().entity, QString::number(m_nonconformity));
        }
    });
}

RaisedNonconformityPanel::~RaisedNonconformityPanel() = default;

void RaisedNonconformityPanel::setContext(isms::Database *db, QUndoStack *undoStack)
{
    m_undoStack = undoStack;
    if (m_db) {
        disconnect(m_db->notifier(), nullptr, this, nullptr);
    }
    m_db = db;
    m_current = {};
    if (m_db) {
        watch(this, m_db, {isms::nonconformitySpec().key, m_source.key}, &RaisedNonconformityPanel::reload);
    }
    reload();
}

void RaisedNonconformityPanel::showRecord(isms::RecordId id)
{
    m_current = id;
    reload();
}

void RaisedNonconformityPanel::reload()
{
    m_label->clear();
    m_nonconformity = 0;
    setEnabled(m_db && m_current.isValid());
    if (!m_db || !m_current.isValid()) {
        return;
    }
    const isms::EntitySpec &spec = m_source;
    const auto source = isms::RecordService(*m_db, spec).get(m_current);
    if (!source) {
        Q_EMIT errorOccurred(source.error());
        return;
    }
    m_nonconformity = source->values.at(spec.indexOf(u"nonconformity")).toLongLong();
    const QString text = nonconformityText(*m_db, m_nonconformity);
    const QString none = &m_source == &isms::incidentSpec() ? tr("This incident has raised no nonconformity.")
                                                            : tr("This finding has raised no nonconformity.");
    m_label->setText(text.isEmpty() ? none : text);
    m_raise->setEnabled(text.isEmpty() && !m_db->isReadOnly());
    m_open->setEnabled(!text.isEmpty());
}

void RaisedNonconformityPanel::raise()
{
    if (!m_db || m_db->isReadOnly() || !m_current.isValid()) {
        return;
    }
    const auto source = isms::RecordService(*m_db, m_source).get(m_current);
    if (!source) {
        Q_EMIT errorOccurred(source.error());
        return;
    }
    const QString ref = isms::EntitySpec::refOf(*source);
    qint64 raisedId = 0;
    const auto action = [this, ref, &raisedId]() -> isms::Result<void> {
        isms::NonconformityService service(*m_db);
        const auto raised = &m_source == &isms::incidentSpec()
                                ? service.raiseFromIncident(ref, QDate::currentDate())
                                : service.raiseFromFinding(ref, QDate::currentDate());
        if (!raised) {
            return raised.error();
        }
        raisedId = raised->id.value;
        return {};
    };
    ServiceActionCommand::run(
        m_undoStack,
        new ServiceActionCommand(*m_db,
                                 tr("Raise a nonconformity from %1").arg(ref),
                                 action,
                                 {&isms::nonconformitySpec(), &isms::correctiveActionSpec()},
                                 {{&m_source, m_current}},
                                 [this](const isms::Error &error) { Q_EMIT errorOccurred(error); }));
    if (raisedId > 0) {
        Q_EMIT recordRequested(isms::nonconformitySpec().entity, QString::number(raisedId));
    }
}

IncidentPanel::IncidentPanel(QWidget *parent)
    : RaisedNonconformityPanel(isms::incidentSpec(), parent)
{}

IncidentPanel::~IncidentPanel() = default;

FindingPanel::FindingPanel(QWidget *parent)
    : RaisedNonconformityPanel(isms::findingSpec(), parent)
{}

FindingPanel::~FindingPanel() = default;
