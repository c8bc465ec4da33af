// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "audits/AuditPanel.h"

#include "commands/ServiceActionCommand.h"
#include "domain/Entities.h"
#include "services/AuditChecklist.h"
#include "services/AuditIndependence.h"
#include "services/AuditorCompetence.h"
#include "services/ChangeNotifier.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <QLabel>
#include <QPushButton>
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

/// Calls `reload` after any change to one of `kinds`.
void watch(QObject *receiver,
           isms::Database *db,
           const QStringList &kinds,
           const std::function<void()> &reload)
{
    auto touched = [kinds, reload](const QString &kind) {
        if (kinds.contains(kind)) {
            reload();
        }
    };
    isms::ChangeNotifier *notifier = db->notifier();
    QObject::connect(notifier, &isms::ChangeNotifier::recordsAdded, receiver, touched);
    QObject::connect(notifier, &isms::ChangeNotifier::recordsChanged, receiver, touched);
    QObject::connect(notifier, &isms::ChangeNotifier::recordsRemoved, receiver, touched);
}

} // namespace

AuditPanel::AuditPanel(QWidget *parent)
    : RecordPanel(parent)
{
    setObjectName(u"auditPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(heading(tr("Independence"), this));
    m_independence = new QLabel(this);
    m_independence->setObjectName(u"auditIndependence"_s);
    m_independence->setWordWrap(true);
    m_independence->setTextFormat(Qt::PlainText);
    layout->addWidget(m_independence);
    layout->addSpacing(12);
    layout->addWidget(heading(tr("Auditor competence"), this));
    m_competence = new QLabel(this);
    m_competence->setObjectName(u"auditorCompetence"_s);
    m_competence->setWordWrap(true);
    m_competence->setTextFormat(Qt::PlainText);
    layout->addWidget(m_competence);
    layout->addSpacing(12);
    layout->addWidget(heading(tr("Checklist"), this));
    m_generate = new QPushButton(tr("Generate checklist"), this);
    m_generate->setObjectName(u"generateChecklist"_s);
    m_generate->setToolTip(
        tr("Adds a question for every clause, applicable control and approved policy or "
           "procedure the audit covers; items already on the checklist stay as they are."));
    layout->addWidget(m_generate);
    m_outcome = new QLabel(this);
    m_outcome->setWordWrap(true);
    layout->addWidget(m_outcome);
    layout->addStretch(1);
    connect(m_generate, &QPushButton::clicked, this, &AuditPanel::generate);
}

AuditPanel::~AuditPanel() = default;

void AuditPanel::setContext(isms::Database *db, QUndoStack *undoStack)
{
    m_undoStack = undoStack;
    if (m_db) {
        disconnect(m_db->notifier(), nullptr, this, nullptr);
    }
    m_db = db;
    m_current = {};
    if (m_db) {
        watch(this,
              m_db,
              {isms::auditSpec().key,
               isms::auditAuditorSpec().key,
               isms::auditClauseSpec().key,
               isms::auditControlSpec().key,
               isms::processSpec().key,
               isms::assetSpec().key,
               isms::controlSpec().key,
               isms::clauseSpec().key,
               isms::competenceSpec().key,
               isms::roleSpec().key,
               isms::personSpec().key},
              [this] { reload(); });
    }
    reload();
}

void AuditPanel::showRecord(isms::RecordId id)
{
    m_current = id;
    m_outcome->clear();
    reload();
}

void AuditPanel::reload()
{
    setEnabled(m_db && m_current.isValid());
    m_independence->clear();
    m_competence->clear();
    if (!m_db || !m_current.isValid()) {
        return;
    }
    showCompetence();
    const auto conflicts = isms::AuditIndependence::conflictsOf(*m_db, m_current);
    if (!conflicts) {
        Q_EMIT errorOccurred(conflicts.error());
        return;
    }
    if (conflicts->isEmpty()) {
        m_independence->setStyleSheet({});
        m_independence->setText(
            tr("No member of the audit team owns a clause, control, asset or process this "
               "audit covers."));
        return;
    }
    QStringList sentences;
    for (const isms::IndependenceConflict &conflict : *conflicts) {
        sentences.append(conflict.sentence());
    }
    m_independence->setStyleSheet(u"QLabel { color: #B71C1C; }"_s);
    m_independence->setText(sentences.join(u"\n\n"_s));
}

void AuditPanel::showCompetence()
{
    const auto team = isms::AuditorCompetence::teamOf(*m_db, m_current);
    if (!team) {
        Q_EMIT errorOccurred(team.error());
        return;
    }
    if (team->isEmpty()) {
        m_competence->setStyleSheet({});
        m_competence->setText(tr("No lead auditor or auditor is named yet."));
        return;
    }
    QStringList sentences;
    bool gap = false;
    for (const isms::AuditorStanding &standing : *team) {
        sentences.append(standing.sentence());
        gap = gap || !standing.competent();
    }
    m_competence->setStyleSheet(gap ? u"QLabel { color: #B71C1C; }"_s : QString());
    m_competence->setText(sentences.join(u"\n\n"_s));
}

void AuditPanel::generate()
{
    if (!m_db || !m_current.isValid()) {
        return;
    }
    const auto audit = isms::RecordService(*m_db, isms::auditSpec()).get(m_current);
    if (!audit) {
        Q_EMIT errorOccurred(audit.error());
        return;
    }
    const QString ref = isms::EntitySpec::refOf(*audit);
    std::optional<isms::ChecklistOutcome> outcome;
    ServiceActionCommand::run(m_undoStack,
                              new ServiceActionCommand(
                                  *m_db,
                                  tr("Generate the checklist of %1").arg(ref),
                                  [this, ref, &outcome]() -> isms::Result<void> {
                                      auto generated = isms::AuditChecklist::generate(*m_db, ref);
                                      if (!generated) {
                                          return generated.error();
                                      }
                                      outcome = *generated;
                                      return {};
                                  },
                                  {&isms::checklistItemSpec()},
                                  {},
                                  [this](const isms::Error &error) { Q_EMIT errorOccurred(error); }));
    if (!outcome) {
        return;
    }
    m_outcome->setText(tr("Added %1 items; %2 were already on the checklist and stay as they are.")
                           .arg(outcome->added)
                           .arg(outcome->kept));
}

ChecklistItemPanel::ChecklistItemPanel(QWidget *parent)
    : RecordPanel(parent)
{
    setObjectName(u"checklistItemPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(heading(tr("Finding"), this));
    m_finding = new QLabel(this);
    m_finding->setWordWrap(true);
    layout->addWidget(m_finding);
    m_raise = new QPushButton(tr("Raise finding"), this);
    m_raise->setObjectName(u"raiseFinding"_s);
    m_raise->setToolTip(tr("Records this answer as a finding of the audit, linked to this item."));
    layout->addWidget(m_raise);
    layout->addStretch(1);
    connect(m_raise, &QPushButton::clicked, this, &ChecklistItemPanel::raise);
}

ChecklistItemPanel::~ChecklistItemPanel() = default;

void ChecklistItemPanel::setContext(isms::Database *db, QUndoStack *undoStack)
{
    m_undoStack = undoStack;
    if (m_db) {
        disconnect(m_db->notifier(), nullptr, this, nullptr);
    }
    m_db = db;
    m_current = {};
    if (m_db) {
        watch(this, m_db, {isms::checklistItemSpec().key, isms::findingSpec().key}, [this] { reload(); });
    }
    reload();
}

void ChecklistItemPanel::showRecord(isms::RecordId id)
{
    m_current = id;
    reload();
}

void ChecklistItemPanel::reload()
{
    setEnabled(m_db && m_current.isValid());
    m_finding->clear();
    m_raise->setEnabled(false);
    if (!m_db || !m_current.isValid()) {
        return;
    }
    const isms::EntitySpec &spec = isms::checklistItemSpec();
    const auto item = isms::RecordService(*m_db, spec).get(m_current);
    const auto finding = isms::AuditChecklist::findingOf(*m_db, m_current.value);
    if (!item || !finding) {
        Q_EMIT errorOccurred(!item ? item.error() : finding.error());
        return;
    }
    const QString result = item->values.at(spec.indexOf(u"result")).toString();
    if (!finding->isEmpty()) {
        m_finding->setText(tr("Raised as finding %1.").arg(*finding));
    } else if (result == u"nonconformity" || result == u"observation" || result == u"improvement") {
        m_finding->setText(tr("No finding is raised from this answer yet."));
        m_raise->setEnabled(true);
    } else {
        m_finding->setText(
            tr("A nonconformity, an observation or an opportunity for improvement can be raised "
               "as a finding."));
    }
}

void ChecklistItemPanel::raise()
{
    if (!m_db || !m_current.isValid()) {
        return;
    }
    const auto item = isms::RecordService(*m_db, isms::checklistItemSpec()).get(m_current);
    if (!item) {
        Q_EMIT errorOccurred(item.error());
        return;
    }
    const QString ref = isms::EntitySpec::refOf(*item);
    ServiceActionCommand::run(m_undoStack,
                              new ServiceActionCommand(
                                  *m_db,
                                  tr("Raise the finding of %1").arg(ref),
                                  [this, ref]() -> isms::Result<void> {
                                      auto raised = isms::AuditChecklist::raiseFinding(*m_db, ref);
                                      return raised ? isms::Result<void>{}
                                                    : isms::Result<void>{raised.error()};
                                  },
                                  {&isms::findingSpec()},
                                  {},
                                  [this](const isms::Error &error) { Q_EMIT errorOccurred(error); }));
}
