// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "risks/RiskPanel.h"

#include "commands/UpdateRecordsCommand.h"
#include "domain/Entities.h"
#include "records/LinkListPanel.h"
#include "risks/RiskTaskTable.h"
#include "risks/SignOffDialog.h"
#include "services/ChangeNotifier.h"
#include "services/RiskMethodService.h"
#include "services/RiskRules.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum Tab
{
    AssetsTab,
    ControlsTab,
    TasksTab,
};

QVariant fieldOf(const isms::Record &risk, QStringView key)
{
    return risk.values.value(isms::riskSpec().indexOf(key));
}

/// The strip's look: a light background and a border in the colour of the state.
QString stripStyle(const QColor &background, const QColor &border)
{
    return u"QFrame#signOffStatus { background: %1; border: 1px solid %2; border-radius: 4px; }"
           u" QFrame#signOffStatus QLabel { color: #1f1f1f; }"_s.arg(background.name(), border.name());
}

} // namespace

RiskPanel::RiskPanel(QWidget *parent)
    : RecordPanel(parent)
{
    setObjectName(u"riskPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 0, 0);
    layout->setSpacing(8);

    m_status = new QFrame(this);
    m_status->setObjectName(u"signOffStatus"_s);
    auto *statusLayout = new QHBoxLayout(m_status);
    statusLayout->setContentsMargins(10, 6, 6, 6);
    statusLayout->setSpacing(8);
    m_statusLabel = new QLabel(m_status);
    m_statusLabel->setObjectName(u"signOffStatusLabel"_s);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    statusLayout->addWidget(m_statusLabel, 1);
    m_signOffButton = new QPushButton(tr("Sign off…"), m_status);
    m_signOffButton->setObjectName(u"signOffButton"_s);
    m_signOffButton->setToolTip(tr("Record the risk owner's approval of the treatment plan and acceptance of "
                                   "the residual risk"));
    m_withdrawButton = new QPushButton(tr("Withdraw"), m_status);
    m_withdrawButton->setObjectName(u"withdrawSignOffButton"_s);
    m_withdrawButton->setToolTip(tr("Withdraw the sign-off, for instance after the risk was assessed again"));
    statusLayout->addWidget(m_signOffButton, 0, Qt::AlignTop);
    statusLayout->addWidget(m_withdrawButton, 0, Qt::AlignTop);
    layout->addWidget(m_status);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"riskPanelTabs"_s);
    m_tabs->setDocumentMode(true);
    // The links are the generic lists every register with links has, in two tabs of their own.
    m_assets = new LinkListPanel(isms::riskSpec(), {u"assets"_s}, m_tabs);
    m_assets->setObjectName(u"riskAssetLinks"_s);
    m_controls = new LinkListPanel(isms::riskSpec(), {u"existing_controls"_s, u"planned_controls"_s}, m_tabs);
    m_controls->setObjectName(u"riskControlLinks"_s);
    m_tasks = new RiskTaskTable(m_tabs);
    m_tabs->insertTab(AssetsTab, m_assets, {});
    m_tabs->insertTab(ControlsTab, m_controls, {});
    m_tabs->insertTab(TasksTab, m_tasks, {});
    layout->addWidget(m_tabs, 1);
    const std::array<LinkListPanel *, 2> links{m_assets, m_controls};
    for (size_t i = 0; i < links.size(); ++i) {
        connect(links.at(i), &RecordPanel::errorOccurred, this, &RecordPanel::errorOccurred);
        connect(links.at(i), &RecordPanel::recordRequested, this, &RecordPanel::recordRequested);
        connect(links.at(i), &LinkListPanel::countChanged, this, [this, i](int count) {
            m_counts.at(i) = count;
            updateTabTitles();
        });
    }
    connect(m_tasks, &RiskSection::errorOccurred, this, &RecordPanel::errorOccurred);
    connect(m_tasks, &RiskSection::countChanged, this, [this](int count) {
        m_counts.at(TasksTab) = count;
        updateTabTitles();
    });

    connect(m_signOffButton, &QPushButton::clicked, this, &RiskPanel::onSignOff);
    connect(m_withdrawButton, &QPushButton::clicked, this, &RiskPanel::withdrawSignOff);
    updateTabTitles();
    reload();
}

RiskPanel::~RiskPanel() = default;

void RiskPanel::setContext(isms::Database *db, QUndoStack *undoStack)
{
    if (m_db) {
        disconnect(m_db->notifier(), nullptr, this, nullptr);
    }
    if (m_dialog) {
        m_dialog->reject();
    }
    m_db = db;
    m_undoStack = db ? undoStack : nullptr;
    m_current = {};
    if (m_db) {
        isms::ChangeNotifier *notifier = m_db->notifier();
        connect(notifier,
                &isms::ChangeNotifier::recordsChanged,
                this,
                [this](const QString &kind, const QList<isms::RecordId> &ids) {
                    if (kind == isms::riskSpec().key && ids.contains(m_current)) {
                        reload();
                    }
                });
        connect(notifier, &isms::ChangeNotifier::riskMethodChanged, this, &RiskPanel::reload);
    }
    m_assets->setContext(db, m_undoStack);
    m_controls->setContext(db, m_undoStack);
    m_tasks->setContext(db, m_undoStack);
    reload();
}

void RiskPanel::showRecord(isms::RecordId id)
{
    if (m_dialog && id != m_current) {
        m_dialog->reject();
    }
    m_current = id;
    m_assets->showRecord(id);
    m_controls->showRecord(id);
    m_tasks->showRisk(id);
    reload();
}

void RiskPanel::updateTabTitles()
{
    //: A tab of the risk panel with how many it holds: "Assets (2)"
    m_tabs->setTabText(AssetsTab, tr("Assets (%1)").arg(m_counts.at(AssetsTab)));
    m_tabs->setTabText(ControlsTab, tr("Controls (%1)").arg(m_counts.at(ControlsTab)));
    m_tabs->setTabText(TasksTab, tr("Treatment tasks (%1)").arg(m_counts.at(TasksTab)));
}

void RiskPanel::reload()
{
    m_risk = {};
    m_awaiting = false;
    if (m_db && m_current.isValid()) {
        const auto found = isms::RecordRepository(*m_db, isms::riskSpec()).find(m_current);
        if (found && *found) {
            m_risk = **found;
        } else if (!found) {
            Q_EMIT errorOccurred(found.error());
        }
        const auto method = isms::RiskMethodService::load(*m_db);
        m_method = method ? *method : isms::RiskMethod::defaults();
    }
    const bool shown = m_risk.id.isValid();
    setEnabled(shown);
    m_status->setVisible(shown);
    if (!shown) {
        return;
    }
    const QString signedBy = fieldOf(m_risk, u"signoff_by").toString().trimmed();
    const bool closed = fieldOf(m_risk, u"status").toString() == u"closed";
    const int rank = isms::RiskRules::acceptanceRank(isms::riskSpec(), m_risk);
    const bool editable = m_db && m_undoStack && !m_db->isReadOnly();
    m_awaiting = signedBy.isEmpty() && !closed;
    QString text;
    if (!signedBy.isEmpty()) {
        const QDate date = fieldOf(m_risk, u"signoff_date").toDate();
        //: %1 is a name, %2 a date
        text = tr("Signed off by %1 on %2.").arg(signedBy, QLocale().toString(date, QLocale::ShortFormat));
        m_status->setStyleSheet(stripStyle(QColor(0xe3, 0xf4, 0xe6), QColor(0x39, 0x8a, 0x4f)));
        const QString comment = fieldOf(m_risk, u"signoff_comment").toString().trimmed();
        m_statusLabel->setToolTip(comment);
    } else if (closed) {
        text = tr("Closed without a recorded sign-off.");
        m_status->setStyleSheet(stripStyle(QColor(0xee, 0xef, 0xf1), QColor(0x9e, 0x9e, 0x9e)));
        m_statusLabel->setToolTip({});
    } else {
        text = tr("Awaiting sign-off by the risk owner.");
        if (m_method.needsRationale(rank)) {
            text +=
                u' '
                + tr("The residual level %1 is above the acceptance threshold (%2), so the sign-off needs "
                     "an acceptance rationale.")
                      .arg(m_method.levelName(rank), m_method.levelName(m_method.acceptanceLevel));
        }
        m_status->setStyleSheet(stripStyle(QColor(0xfd, 0xf3, 0xdc), QColor(0xc9, 0x8a, 0x12)));
        m_statusLabel->setToolTip({});
    }
    m_statusLabel->setText(text);
    m_signOffButton->setText(signedBy.isEmpty() ? tr("Sign off…") : tr("Sign off again…"));
    m_signOffButton->setEnabled(editable);
    m_withdrawButton->setVisible(!signedBy.isEmpty());
    m_withdrawButton->setEnabled(editable);
}

QString RiskPanel::signOffText() const
{
    return m_status->isVisible() || m_risk.id.isValid() ? m_statusLabel->text() : QString();
}

SignOffDialog *RiskPanel::signOffDialog() const
{
    return m_dialog;
}

void RiskPanel::onSignOff()
{
    if (!m_db || !m_undoStack || m_db->isReadOnly() || !m_risk.id.isValid()) {
        return;
    }
    if (m_dialog && m_dialog->isVisible()) {
        m_dialog->raise();
        return;
    }
    m_dialog = new SignOffDialog(m_risk, m_method, *m_db, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    const isms::RecordId risk = m_risk.id;
    connect(m_dialog, &QDialog::accepted, this, [this, risk, dialog = m_dialog] {
        if (dialog && risk == m_current) {
            signOff(dialog->values());
        }
    });
    m_dialog->open();
}

bool RiskPanel::signOff(const QHash<QString, QVariant> &values)
{
    //: Undo text: "Sign off risk R-003"
    return update(values, tr("Sign off risk %1").arg(isms::EntitySpec::refOf(m_risk)));
}

bool RiskPanel::withdrawSignOff()
{
    return update(
        {{u"signoff_by"_s, QString()}, {u"signoff_date"_s, QVariant()}, {u"signoff_comment"_s, QString()}},
        //: Undo text: "Withdraw sign-off of risk R-003"
        tr("Withdraw sign-off of risk %1").arg(isms::EntitySpec::refOf(m_risk)));
}

bool RiskPanel::update(const QHash<QString, QVariant> &values, const QString &text)
{
    if (!m_db || !m_undoStack || m_db->isReadOnly() || !m_risk.id.isValid()) {
        return false;
    }
    const QList<isms::RecordChange> after{{m_risk.id, values}};
    auto failed = std::make_shared<bool>(false);
    QPointer<RiskPanel> self(this);
    m_undoStack->push(new UpdateRecordsCommand(
        *m_db,
        isms::riskSpec(),
        UpdateRecordsCommand::currentValues(isms::riskSpec(), {m_risk}, after),
        after,
        [self, failed](const isms::Error &error) {
            *failed = true;
            if (self) {
                Q_EMIT self->errorOccurred(error);
            }
        },
        text));
    return !*failed;
}
