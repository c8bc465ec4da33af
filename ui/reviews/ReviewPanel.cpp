// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "reviews/ReviewPanel.h"

#include "commands/ServiceActionCommand.h"
#include "common/ReportJob.h"
#include "domain/Entities.h"
#include "report/PdfExport.h"
#include "report/ReportOptions.h"
#include "report/ReviewMinutesReport.h"
#include "services/ChangeNotifier.h"
#include "services/RecordService.h"
#include "services/ReviewRules.h"
#include "services/ReviewService.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ReviewPanel::ReviewPanel(QWidget *parent)
    : RecordPanel(parent)
    , m_attendance(new QLabel(this))
    , m_state(new QLabel(this))
    , m_inputs(new QTreeWidget(this))
    , m_actions(new QTreeWidget(this))
    , m_hold(new QPushButton(tr("Hold review"), this))
    , m_change(new QPushButton(tr("Make planned change"), this))
    , m_export(new QPushButton(tr("Export minutes…"), this))
{
    m_attendance->setWordWrap(true);
    m_state->setWordWrap(true);
    m_inputs->setObjectName(u"reviewInputs"_s);
    m_inputs->setHeaderLabels({tr("Input (9.3.2)"), tr("Records")});
    m_inputs->setWordWrap(true);
    m_inputs->header()->setStretchLastSection(false);
    m_inputs->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_actions->setObjectName(u"reviewActions"_s);
    m_actions->setHeaderLabels(
        {tr("Action"), tr("Output"), tr("Decision"), tr("Due"), tr("Status"), tr("Planned change")});
    m_actions->setRootIsDecorated(false);
    m_hold->setToolTip(tr("Marks the review held today and freezes its inputs as the project stands now."));
    m_change->setToolTip(
        tr("Creates the planned change of the selected \"Change needed\" action and links them."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_hold);
    buttons->addWidget(m_export);
    buttons->addStretch();
    auto *actionButtons = new QHBoxLayout;
    actionButtons->addWidget(m_change);
    actionButtons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_attendance);
    layout->addWidget(m_state);
    layout->addLayout(buttons);
    layout->addWidget(m_inputs, 3);
    layout->addWidget(new QLabel(tr("Outputs (9.3.3)"), this));
    layout->addWidget(m_actions, 1);
    layout->addLayout(actionButtons);

    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Hold review"), question) == QMessageBox::Yes;
    };
    m_choosePdf = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this,
                                            tr("Export minutes"),
                                            suggested,
                                            tr("PDF documents (*.pdf)"));
    };
    connect(m_hold, &QPushButton::clicked, this, &ReviewPanel::holdReview);
    connect(m_change, &QPushButton::clicked, this, &ReviewPanel::makePlannedChange);
    connect(m_export, &QPushButton::clicked, this, &ReviewPanel::exportMinutes);
    connect(m_actions, &QTreeWidget::itemSelectionChanged, this, [this] {
        const QTreeWidgetItem *item = m_actions->currentItem();
        m_change->setEnabled(item && item->data(1, Qt::UserRole).toString() == u"change"
                             && item->text(5).isEmpty() && m_db && !m_db->isReadOnly());
    });
    connect(m_actions, &QTreeWidget::itemDoubleClicked, this, [this](const QTreeWidgetItem *item) {
        Q_EMIT recordRequested(isms::reviewActionSpec().entity, item->data(0, Qt::UserRole).toString());
    });
    reload();
}

ReviewPanel::~ReviewPanel() = default;

void ReviewPanel::setContext(isms::Database *db, QUndoStack *undoStack)
{
    m_undoStack = undoStack;
    if (m_db) {
        disconnect(m_db->notifier(), nullptr, this, nullptr);
    }
    m_db = db;
    m_current = {};
    if (m_db) {
        isms::ChangeNotifier *notifier = m_db->notifier();
        const auto touched = [this](const QString &) { reload(); };
        connect(notifier, &isms::ChangeNotifier::recordsAdded, this, touched);
        connect(notifier, &isms::ChangeNotifier::recordsChanged, this, touched);
        connect(notifier, &isms::ChangeNotifier::recordsRemoved, this, touched);
    }
    reload();
}

void ReviewPanel::showRecord(isms::RecordId id)
{
    m_current = id;
    reload();
}

void ReviewPanel::reload()
{
    m_inputs->clear();
    m_actions->clear();
    m_attendance->clear();
    m_state->clear();
    const isms::EntitySpec &spec = isms::managementReviewSpec();
    const bool writable = m_db && !m_db->isReadOnly();
    m_hold->setEnabled(false);
    m_change->setEnabled(false);
    m_export->setEnabled(m_db && m_current.isValid());
    if (!m_db || !m_current.isValid()) {
        m_state->setText(tr("Select a review to see its inputs and actions."));
        return;
    }
    const auto review = isms::RecordService(*m_db, spec).get(m_current);
    if (!review) {
        return;
    }
    const bool planned = review->values.at(spec.indexOf(u"status")).toString() == u"planned";
    m_hold->setEnabled(writable && planned);
    const auto top = isms::ReviewRules::topManagementAttends(*m_db, m_current);
    if (top) {
        m_attendance->setText(*top      ? tr("Top management attends this review.")
                              : planned ? tr("No member of top management is among the attendees yet; add "
                                             "one before the review is held.")
                                        : tr("No member of top management attended this review; record "
                                             "who attended, or mark the attendees who belong to top "
                                             "management in the people register."));
    }
    const auto inputs = isms::ReviewService::inputsOf(*m_db, *review, QDate::currentDate());
    if (!inputs) {
        m_state->setText(inputs.error().message);
        return;
    }
    m_state->setText(
        inputs->frozen
            ? tr("Held: the inputs below were frozen when the review was held and no longer change.")
            : tr("Not yet frozen: the inputs below are compiled live from the project; holding "
                 "the review freezes them."));
    for (const isms::ReviewInput &input : inputs->inputs) {
        auto *heading =
            new QTreeWidgetItem(m_inputs, {isms::ReviewInputs::clauseOf(input.key) + u' ' + input.title});
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        for (const isms::ReviewInputLine &line : input.lines) {
            auto *item = new QTreeWidgetItem(heading, {line.text, line.refs.join(u", "_s)});
            item->setToolTip(0, line.text);
        }
        heading->setExpanded(true);
    }
    const isms::EntitySpec &actions = isms::reviewActionSpec();
    const auto linked = isms::RecordRepository(*m_db, actions).referencing(u"review"_s, {m_current});
    if (!linked) {
        return;
    }
    const auto changeRefs = isms::RecordRepository(*m_db, isms::plannedChangeSpec()).all();
    QHash<qint64, QString> changes;
    if (changeRefs) {
        for (const isms::Record &change : *changeRefs) {
            changes.insert(change.id.value, isms::EntitySpec::refOf(change));
        }
    }
    for (const isms::Record &action : *linked) {
        const auto text = [&](QStringView key) {
            const isms::FieldSpec *field = actions.field(key);
            const QVariant value = action.values.at(actions.indexOf(key));
            if (field->type == isms::FieldType::Enum) {
                return field->enumSpec->labelOf(value.toString());
            }
            if (field->type == isms::FieldType::Date) {
                return value.toDate().toString(Qt::ISODate);
            }
            return value.toString();
        };
        const QVariant change = action.values.at(actions.indexOf(u"planned_change"));
        auto *item = new QTreeWidgetItem(m_actions,
                                         {isms::EntitySpec::refOf(action),
                                          text(u"type"),
                                          text(u"decision"),
                                          text(u"due_date"),
                                          text(u"status"),
                                          change.isValid() ? changes.value(change.toLongLong()) : QString()});
        item->setToolTip(2, text(u"decision"));
        item->setData(0, Qt::UserRole, QString::number(action.id.value));
        item->setData(1, Qt::UserRole, action.values.at(actions.indexOf(u"type")));
    }
}

void ReviewPanel::holdReview()
{
    if (!m_db || !m_current.isValid()) {
        return;
    }
    const auto review = isms::RecordService(*m_db, isms::managementReviewSpec()).get(m_current);
    if (!review) {
        Q_EMIT errorOccurred(review.error());
        return;
    }
    const QString ref = isms::EntitySpec::refOf(*review);
    if (!m_confirm(tr("Hold management review %1 today? Its inputs are frozen as the project stands now and "
                      "cannot be compiled again; this step cannot be undone.")
                       .arg(ref))) {
        return;
    }
    if (auto held = isms::ReviewService(*m_db).hold(m_current); !held) {
        Q_EMIT errorOccurred(held.error());
    }
    reload();
}

void ReviewPanel::makePlannedChange()
{
    const QTreeWidgetItem *item = m_actions->currentItem();
    if (!m_db || !item) {
        return;
    }
    const isms::RecordId action{item->data(0, Qt::UserRole).toString().toLongLong()};
    ServiceActionCommand::run(
        m_undoStack,
        new ServiceActionCommand(
            *m_db,
            tr("Make a planned change of %1").arg(item->text(0)),
            [this, action]() -> isms::Result<void> {
                const auto change = isms::ReviewService(*m_db).makePlannedChange(action);
                return change ? isms::Result<void>{} : isms::Result<void>{change.error()};
            },
            {&isms::plannedChangeSpec()},
            {{&isms::reviewActionSpec(), action}},
            [this](const isms::Error &error) { Q_EMIT errorOccurred(error); }));
    reload();
}

void ReviewPanel::exportMinutes()
{
    if (!m_db || !m_current.isValid()) {
        return;
    }
    const auto review = isms::RecordService(*m_db, isms::managementReviewSpec()).get(m_current);
    if (!review) {
        Q_EMIT errorOccurred(review.error());
        return;
    }
    const QString ref = isms::EntitySpec::refOf(*review);
    QString path = m_choosePdf(tr("Minutes %1.pdf").arg(ref));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive)) {
        path += u".pdf"_s;
    }
    const isms::ReportOptions options;
    // Built and written in a worker under a progress dialog, so the window never freezes.
    ReportJob job(*m_db, tr("Exporting the minutes…"), this);
    const isms::Result<void> written = job.run([&](ReportJob::Context &context) -> isms::Result<void> {
        const auto document = isms::ReviewMinutesReport::build(context.db(), options, ref);
        if (!document) {
            return document.error();
        }
        auto pdf = isms::PdfExport::writePdf(*document, path, options, context.renderStep());
        if (!pdf && isms::ReportRenderer::isCancellation(pdf.error())) {
            return context.cancellation();
        }
        return pdf;
    });
    if (!written && !job.wasCancelled()) {
        Q_EMIT errorOccurred(written.error());
    }
}
