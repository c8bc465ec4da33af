// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "requirements/RequirementDetailWidget.h"

#include "commands/ChangeRequirementCommand.h"
#include "common/StatusStyle.h"
#include "domain/Entities.h"
#include "models/ChangeLogTableModel.h"
#include "services/ChangeNotifier.h"
#include "services/RequirementService.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

int fieldIndex(isms::TrackingField field)
{
    return static_cast<int>(field);
}

constexpr std::array AllFields{isms::TrackingField::Status,
                               isms::TrackingField::Owner,
                               isms::TrackingField::Notes,
                               isms::TrackingField::TargetDate};

/// Catalogue words such as "Asset_management" read as "Asset management".
QString readableList(const QStringList &values)
{
    QStringList readable;
    readable.reserve(values.size());
    for (QString value : values) {
        value.replace(u'_', u' ');
        readable.append(value);
    }
    return readable.isEmpty() ? QStringLiteral("—") : readable.join(u", "_s);
}

QLabel *factLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

RequirementDetailWidget::RequirementDetailWidget(isms::RequirementKind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
{
    m_idleTimer = new QTimer(this);
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(IdleCommitMs);
    connect(m_idleTimer, &QTimer::timeout, this, &RequirementDetailWidget::flushPendingEdits);
    buildForm();
    showRequirement({});
}

RequirementDetailWidget::~RequirementDetailWidget() = default;

void RequirementDetailWidget::buildForm()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);

    // Heading: reference, title and the new-in-2022 badge.
    auto *heading = new QHBoxLayout;
    heading->setSpacing(10);
    m_refLabel = new QLabel(this);
    m_refLabel->setObjectName(u"detailRefLabel"_s);
    QFont headingFont = m_refLabel->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_refLabel->setFont(headingFont);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(u"detailTitleLabel"_s);
    m_titleLabel->setFont(headingFont);
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setWordWrap(true);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_badgeLabel = new QLabel(tr("New in 2022"), this);
    m_badgeLabel->setObjectName(u"newIn2022Badge"_s);
    m_badgeLabel->setToolTip(tr("This control has no direct predecessor in the 2013 edition of Annex A."));
    m_badgeLabel->setStyleSheet(
        u"QLabel#newIn2022Badge { background: #2f6db5; color: white; border-radius: 8px;"
        u" padding: 2px 8px; font-weight: 600; }"_s);
    heading->addWidget(m_refLabel);
    heading->addWidget(m_titleLabel, 1);
    heading->addWidget(m_badgeLabel, 0, Qt::AlignVCenter);
    layout->addLayout(heading);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    // Tracked fields.
    auto *formPage = new QWidget(splitter);
    auto *form = new QFormLayout(formPage);
    form->setContentsMargins(0, 0, 12, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_statusCombo = new QComboBox(formPage);
    m_statusCombo->setObjectName(u"statusComboBox"_s);
    for (const isms::ImplementationStatus status : isms::AllStatuses) {
        m_statusCombo->addItem(StatusStyle::icon(status),
                               isms::statusLabel(status),
                               static_cast<int>(status));
    }
    form->addRow(tr("&Status:"), m_statusCombo);

    m_ownerEdit = new QLineEdit(formPage);
    m_ownerEdit->setObjectName(u"ownerLineEdit"_s);
    m_ownerEdit->setMaxLength(isms::RequirementService::MaxOwnerLength);
    m_ownerEdit->setPlaceholderText(tr("Person or role responsible"));
    m_ownerEdit->setClearButtonEnabled(true);
    form->addRow(tr("&Owner:"), m_ownerEdit);

    auto *dateRow = new QHBoxLayout;
    dateRow->setSpacing(8);
    m_targetDateCheck = new QCheckBox(tr("Set"), formPage);
    m_targetDateCheck->setObjectName(u"targetDateCheckBox"_s);
    m_targetDateCheck->setToolTip(tr("Whether this requirement has a target date"));
    m_targetDateEdit = new QDateEdit(formPage);
    m_targetDateEdit->setObjectName(u"targetDateEdit"_s);
    m_targetDateEdit->setCalendarPopup(true);
    m_targetDateEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_targetDateEdit->setMinimumDate(QDate(2000, 1, 1));
    m_targetDateEdit->setMaximumDate(QDate(2099, 12, 31));
    m_targetDateEdit->setSpecialValueText(tr("No target date"));
    dateRow->addWidget(m_targetDateCheck);
    dateRow->addWidget(m_targetDateEdit, 1);
    auto *dateLabel = new QLabel(tr("&Target date:"), formPage);
    dateLabel->setBuddy(m_targetDateCheck);
    form->addRow(dateLabel, dateRow);

    m_notesEdit = new QPlainTextEdit(formPage);
    m_notesEdit->setObjectName(u"notesEdit"_s);
    m_notesEdit->setPlaceholderText(tr("How the requirement is met, evidence, open points…"));
    m_notesEdit->setTabChangesFocus(true);
    m_notesEdit->installEventFilter(this);
    form->addRow(tr("&Notes:"), m_notesEdit);
    splitter->addWidget(formPage);

    // Catalogue facts and the record's history.
    m_tabs = new QTabWidget(splitter);
    m_tabs->setDocumentMode(true);
    auto *factsScroll = new QScrollArea(m_tabs);
    factsScroll->setWidgetResizable(true);
    factsScroll->setFrameShape(QFrame::NoFrame);
    m_factsPage = new QWidget(factsScroll);
    m_factsLayout = new QFormLayout(m_factsPage);
    m_factsLayout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_factsLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    factsScroll->setWidget(m_factsPage);
    m_tabs->addTab(factsScroll,
                   m_kind == isms::RequirementKind::Control ? tr("Attributes")
                                                            : tr("Documented information"));

    m_historyModel = new ChangeLogTableModel(this);
    m_historyView = new QTreeView(m_tabs);
    m_historyView->setObjectName(u"recordHistoryView"_s);
    m_historyView->setModel(m_historyModel);
    m_historyView->setRootIsDecorated(false);
    m_historyView->setUniformRowHeights(true);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setColumnHidden(ChangeLogTableModel::Entity, true);
    m_historyView->setColumnHidden(ChangeLogTableModel::EntityId, true);
    m_historyView->header()->setStretchLastSection(true);
    m_historyView->setColumnWidth(ChangeLogTableModel::Time,
                                  m_historyView->fontMetrics().horizontalAdvance(u"2026-12-31 23:59:59"_s)
                                      + m_historyView->fontMetrics().averageCharWidth() * 3);
    m_historyView->setColumnWidth(ChangeLogTableModel::Actor, 110);
    m_historyView->setColumnWidth(ChangeLogTableModel::Field, 90);
    m_historyView->setColumnWidth(ChangeLogTableModel::OldValue, 150);
    m_tabs->addTab(m_historyView, tr("History"));
    auto updateHistoryTab = [this] {
        const int count = m_historyModel->rowCount();
        m_tabs->setTabText(m_tabs->indexOf(m_historyView),
                           count > 0 ? tr("History (%1)").arg(count) : tr("History"));
    };
    connect(m_historyModel, &QAbstractItemModel::modelReset, this, updateHistoryTab);
    connect(m_historyModel, &QAbstractItemModel::rowsInserted, this, updateHistoryTab);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 6);

    connect(m_statusCombo,
            &QComboBox::currentIndexChanged,
            this,
            &RequirementDetailWidget::onStatusActivated);
    connect(m_ownerEdit, &QLineEdit::textEdited, this, [this] { markPending(isms::TrackingField::Owner); });
    connect(m_ownerEdit, &QLineEdit::editingFinished, this, [this] {
        endSession(isms::TrackingField::Owner);
    });
    connect(m_notesEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating) {
            markPending(isms::TrackingField::Notes);
        }
    });
    connect(m_targetDateCheck, &QCheckBox::toggled, this, &RequirementDetailWidget::onTargetDateToggled);
    connect(m_targetDateEdit, &QDateEdit::dateChanged, this, [this] {
        if (!m_updating) {
            markPending(isms::TrackingField::TargetDate);
        }
    });
    connect(m_targetDateEdit, &QDateEdit::editingFinished, this, [this] {
        endSession(isms::TrackingField::TargetDate);
    });
}

void RequirementDetailWidget::setContext(isms::Database *db, QUndoStack *undoStack)
{
    flushPendingEdits();
    disconnect(m_connection);
    m_db = db;
    m_undoStack = undoStack;
    if (db) {
        m_connection =
            connect(db->notifier(),
                    &isms::ChangeNotifier::recordsChanged,
                    this,
                    [this](const QString &kind, const QList<isms::RecordId> &ids) {
                        const isms::EntitySpec &spec = m_kind == isms::RequirementKind::Control
                                                           ? isms::controlSpec()
                                                           : isms::clauseSpec();
                        if (kind != spec.key || !m_db) {
                            return;
                        }
                        const auto records = isms::RecordRepository(*m_db, spec).byIds(ids);
                        for (const isms::Record &record : records ? *records : QList<isms::Record>()) {
                            onRequirementChanged(m_kind, isms::EntitySpec::refOf(record));
                        }
                    });
    }
    showRequirement({});
}

void RequirementDetailWidget::showRequirement(const QString &ref)
{
    flushPendingEdits();
    for (const isms::TrackingField field : AllFields) {
        m_session.at(fieldIndex(field)) = -1;
    }
    clearFacts();
    m_key.reset();
    m_tracking = {};
    if (m_db && !ref.isEmpty()) {
        const isms::RequirementService service(*m_db);
        if (m_kind == isms::RequirementKind::Control) {
            const auto control = service.control(ref);
            if (control) {
                m_key = isms::RequirementKey{m_kind, control->ref};
                m_tracking = control->tracking;
                showControlFacts(*control);
            }
        } else {
            const auto clause = service.clause(ref);
            if (clause) {
                m_key = isms::RequirementKey{m_kind, clause->ref};
                m_tracking = clause->tracking;
                showClauseFacts(*clause);
            }
        }
    }
    if (!m_key) {
        m_refLabel->clear();
        m_titleLabel->setText(m_db ? tr("Select a row to see and edit it.") : QString());
        m_badgeLabel->hide();
    }
    const auto historyLoaded = m_historyModel->setDatabase(
        m_key ? m_db : nullptr,
        m_key ? isms::ChangeLogQuery{isms::requirementKindKeyword(m_kind), m_key->ref, 0}
              : isms::ChangeLogQuery{});
    Q_UNUSED(historyLoaded) // an unreadable history leaves the list empty; the page's banner reports loads
    updateEditors();
    updateEnabledState();
}

void RequirementDetailWidget::clearFacts()
{
    while (m_factsLayout->rowCount() > 0) {
        m_factsLayout->removeRow(0);
    }
}

void RequirementDetailWidget::showControlFacts(const isms::Control &control)
{
    m_refLabel->setText(control.displayRef());
    m_titleLabel->setText(control.title);
    m_badgeLabel->setVisible(control.isNewIn2022);
    m_factsLayout->addRow(tr("Theme:"), factLabel(isms::themeLabel(control.theme), m_factsPage));
    m_factsLayout->addRow(tr("Control type:"), factLabel(readableList(control.controlTypes), m_factsPage));
    m_factsLayout->addRow(tr("Security properties:"),
                          factLabel(readableList(control.securityProperties), m_factsPage));
    m_factsLayout->addRow(tr("Cybersecurity concepts:"),
                          factLabel(readableList(control.cybersecurityConcepts), m_factsPage));
    m_factsLayout->addRow(tr("Operational capabilities:"),
                          factLabel(readableList(control.operationalCapabilities), m_factsPage));
    m_factsLayout->addRow(tr("Security domains:"),
                          factLabel(readableList(control.securityDomains), m_factsPage));
    m_factsLayout->addRow(tr("2013 controls:"),
                          factLabel(control.isNewIn2022 && control.mapped2013Refs.isEmpty()
                                        ? tr("None (new in 2022)")
                                        : readableList(control.mapped2013Refs),
                                    m_factsPage));
}

void RequirementDetailWidget::showClauseFacts(const isms::Clause &clause)
{
    m_refLabel->setText(clause.ref);
    m_titleLabel->setText(clause.title);
    m_badgeLabel->hide();
    if (!clause.parentRef.isEmpty()) {
        m_factsLayout->addRow(tr("Part of clause:"), factLabel(clause.parentRef, m_factsPage));
    }
    m_factsLayout->addRow(tr("Documented information:"),
                          factLabel(clause.documentedInformation.isEmpty() ? tr("None listed for this clause")
                                                                           : clause.documentedInformation,
                                    m_factsPage));
}

void RequirementDetailWidget::loadTracking()
{
    if (!m_db || !m_key) {
        return;
    }
    const auto tracking = isms::RequirementService(*m_db).tracking(*m_key);
    if (tracking) {
        m_tracking = *tracking;
    }
}

void RequirementDetailWidget::updateEditors()
{
    // Editors whose value already means the stored value stay untouched, so that a commit in the
    // middle of typing ("Dana " saved as "Dana") never moves the cursor or eats a space.
    auto needsUpdate = [this](isms::TrackingField field) {
        return !m_pending.at(fieldIndex(field)) && editorValue(field) != trackedValue(field);
    };
    m_updating = true;
    const isms::RequirementTracking &tracking = m_tracking;
    if (needsUpdate(isms::TrackingField::Status)) {
        m_statusCombo->setCurrentIndex(m_statusCombo->findData(static_cast<int>(tracking.status)));
    }
    if (needsUpdate(isms::TrackingField::Owner)) {
        m_ownerEdit->setText(tracking.owner);
    }
    if (needsUpdate(isms::TrackingField::Notes)) {
        m_notesEdit->setPlainText(tracking.notes);
    }
    if (needsUpdate(isms::TrackingField::TargetDate)) {
        m_targetDateCheck->setChecked(tracking.targetDate.isValid());
        m_targetDateEdit->setDate(tracking.targetDate.isValid() ? tracking.targetDate
                                                                : m_targetDateEdit->minimumDate());
    }
    m_updating = false;
    updateEnabledState();
}

void RequirementDetailWidget::updateEnabledState()
{
    const bool editable = m_db && m_key && !m_db->isReadOnly() && m_undoStack;
    m_statusCombo->setEnabled(editable);
    m_ownerEdit->setEnabled(editable);
    m_notesEdit->setReadOnly(!editable);
    m_notesEdit->setEnabled(m_key.has_value());
    m_targetDateCheck->setEnabled(editable);
    m_targetDateEdit->setEnabled(editable && m_targetDateCheck->isChecked());
    m_tabs->setEnabled(m_key.has_value());
}

void RequirementDetailWidget::onRequirementChanged(isms::RequirementKind kind, const QString &ref)
{
    if (!m_key || kind != m_kind || ref != m_key->ref) {
        return;
    }
    loadTracking();
    updateEditors();
}

void RequirementDetailWidget::onStatusActivated(int index)
{
    if (m_updating || index < 0) {
        return;
    }
    commit(isms::TrackingField::Status, m_statusCombo->itemData(index), false);
}

void RequirementDetailWidget::onTargetDateToggled(bool checked)
{
    if (m_updating) {
        return;
    }
    m_pending.at(fieldIndex(isms::TrackingField::TargetDate)) = false;
    m_session.at(fieldIndex(isms::TrackingField::TargetDate)) = -1;
    if (checked && m_targetDateEdit->date() == m_targetDateEdit->minimumDate()) {
        // A new target date starts three months ahead, a common planning horizon.
        m_updating = true;
        m_targetDateEdit->setDate(QDate::currentDate().addMonths(3));
        m_updating = false;
    } else if (!checked) {
        m_updating = true;
        m_targetDateEdit->setDate(m_targetDateEdit->minimumDate());
        m_updating = false;
    }
    commit(isms::TrackingField::TargetDate,
           checked ? QVariant(m_targetDateEdit->date()) : QVariant(QDate()),
           false);
    updateEnabledState();
}

void RequirementDetailWidget::markPending(isms::TrackingField field)
{
    if (m_updating || !m_key) {
        return;
    }
    m_pending.at(fieldIndex(field)) = true;
    m_idleTimer->start();
}

void RequirementDetailWidget::flushPendingEdits()
{
    m_idleTimer->stop();
    for (const isms::TrackingField field : AllFields) {
        if (m_pending.at(fieldIndex(field))) {
            m_pending.at(fieldIndex(field)) = false;
            commit(field, editorValue(field), true);
        }
    }
}

void RequirementDetailWidget::endSession(isms::TrackingField field)
{
    if (m_pending.at(fieldIndex(field))) {
        m_pending.at(fieldIndex(field)) = false;
        commit(field, editorValue(field), true);
    }
    m_session.at(fieldIndex(field)) = -1;
}

QVariant RequirementDetailWidget::editorValue(isms::TrackingField field) const
{
    switch (field) {
    case isms::TrackingField::Status:
        return m_statusCombo->currentData();
    case isms::TrackingField::Owner:
        return m_ownerEdit->text().trimmed();
    case isms::TrackingField::Notes:
        return m_notesEdit->toPlainText();
    case isms::TrackingField::TargetDate:
        return m_targetDateCheck->isChecked() ? m_targetDateEdit->date() : QDate();
    }
    return {};
}

QVariant RequirementDetailWidget::trackedValue(isms::TrackingField field) const
{
    switch (field) {
    case isms::TrackingField::Status:
        return static_cast<int>(m_tracking.status);
    case isms::TrackingField::Owner:
        return m_tracking.owner;
    case isms::TrackingField::Notes:
        return m_tracking.notes;
    case isms::TrackingField::TargetDate:
        return m_tracking.targetDate;
    }
    return {};
}

void RequirementDetailWidget::commit(isms::TrackingField field, const QVariant &newValue, bool mergeable)
{
    if (!m_db || !m_key || !m_undoStack || m_db->isReadOnly()) {
        return;
    }
    const QVariant oldValue = trackedValue(field);
    if (oldValue == newValue) {
        return;
    }
    int session = -1;
    if (mergeable) {
        int &current = m_session.at(fieldIndex(field));
        if (current < 0) {
            current = m_nextSession++;
        }
        session = current;
    }
    QPointer<RequirementDetailWidget> self(this);
    auto sink = [self](const isms::Error &error) {
        if (self) {
            Q_EMIT self->errorOccurred(error);
            self->loadTracking();
            self->updateEditors();
        }
    };
    m_undoStack->push(new ChangeRequirementCommand(*m_db, *m_key, field, oldValue, newValue, session, sink));
}

bool RequirementDetailWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_notesEdit && event->type() == QEvent::FocusOut) {
        endSession(isms::TrackingField::Notes);
    }
    return QWidget::eventFilter(watched, event);
}
