// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "soa/SoaComparePage.h"

#include "common/MessageBanner.h"
#include "common/PageWidgets.h"
#include "services/ChangeNotifier.h"
#include "soa/SoaChangeModel.h"
#include "soa/SoaIssueDialog.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

void styleTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

SoaComparePage::SoaComparePage(QWidget *parent)
    : WorkbenchPage(parent)
{
    setObjectName(u"soaComparePage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(PageWidgets::title(tr("SoA versions"), this));
    auto *intro = PageWidgets::muted(tr("Issued versions of the Statement of Applicability never change. "
                                        "Compare two versions, or a version with the working state, to see "
                                        "what changed control by control."),
                                     this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    auto *versionBar = new QHBoxLayout;
    versionBar->addWidget(sectionLabel(tr("Issued versions"), this));
    versionBar->addStretch(1);
    m_issueButton = new QPushButton(tr("Issue SoA version…"), this);
    m_issueButton->setObjectName(u"issueVersionButton"_s);
    versionBar->addWidget(m_issueButton);
    layout->addLayout(versionBar);

    m_versions = new QTableWidget(0, 4, this);
    m_versions->setObjectName(u"versionTable"_s);
    m_versions->setHorizontalHeaderLabels(
        {tr("Version"), tr("Approved on"), tr("Approved by"), tr("Change summary")});
    styleTable(m_versions);
    const int charWidth = m_versions->fontMetrics().averageCharWidth();
    m_versions->setColumnWidth(0, charWidth * 10);
    m_versions->setColumnWidth(1, charWidth * 14);
    m_versions->setColumnWidth(2, charWidth * 40);
    m_versions->horizontalHeader()->setStretchLastSection(true);
    m_versions->setMaximumHeight(m_versions->verticalHeader()->defaultSectionSize() * 5
                                 + m_versions->horizontalHeader()->sizeHint().height() + 4);
    layout->addWidget(m_versions);

    auto *compareBar = new QHBoxLayout;
    compareBar->setSpacing(8);
    compareBar->addWidget(sectionLabel(tr("Compare"), this));
    m_from = new QComboBox(this);
    m_from->setObjectName(u"fromComboBox"_s);
    m_from->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    compareBar->addWidget(m_from);
    //: Between the two sides of the SoA comparison: "Compare [version 1] with [working state]".
    compareBar->addWidget(new QLabel(tr("with"), this));
    m_to = new QComboBox(this);
    m_to->setObjectName(u"toComboBox"_s);
    m_to->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    compareBar->addWidget(m_to);
    compareBar->addStretch(1);
    m_summary = PageWidgets::muted(QString(), this);
    m_summary->setObjectName(u"summaryLabel"_s);
    compareBar->addWidget(m_summary);
    layout->addLayout(compareBar);

    m_changes = new SoaChangeModel(this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_changes);
    proxy->setSortRole(SoaChangeModel::SortRole);
    m_changeView = new QTableView(this);
    m_changeView->setObjectName(u"changeView"_s);
    m_changeView->setModel(proxy);
    styleTable(m_changeView);
    m_changeView->setColumnWidth(SoaChangeModel::Control, charWidth * 10);
    m_changeView->setColumnWidth(SoaChangeModel::Field, charWidth * 22);
    m_changeView->horizontalHeader()->setSectionResizeMode(SoaChangeModel::Before, QHeaderView::Stretch);
    m_changeView->horizontalHeader()->setSectionResizeMode(SoaChangeModel::After, QHeaderView::Stretch);
    layout->addWidget(m_changeView, 1);

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, &SoaComparePage::reload);
    connect(m_issueButton, &QPushButton::clicked, this, &SoaComparePage::issueVersion);
    connect(m_from, &QComboBox::currentIndexChanged, this, &SoaComparePage::refreshComparison);
    connect(m_to, &QComboBox::currentIndexChanged, this, &SoaComparePage::refreshComparison);
}

SoaComparePage::~SoaComparePage() = default;

SoaIssueDialog *SoaComparePage::issueDialog() const
{
    return m_dialog;
}

void SoaComparePage::setContext(isms::Database *db, QUndoStack *undoStack)
{
    Q_UNUSED(undoStack) // issuing a version is deliberate and logged, and has no undo
    for (const QMetaObject::Connection &connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    if (m_dialog) {
        m_dialog->reject();
    }
    m_db = db;
    m_banner->hideMessage();
    if (m_db) {
        // Any logged change may change the working state; read it again once per burst.
        m_connections.append(connect(m_db->notifier(),
                                     &isms::ChangeNotifier::changeLogAppended,
                                     m_reloadTimer,
                                     qOverload<>(&QTimer::start)));
    }
    m_issueButton->setEnabled(m_db && !m_db->isReadOnly());
    reload();
}

bool SoaComparePage::showRecord(const QString &entityId)
{
    const int number = entityId.toInt();
    if (number < 1 || m_from->findData(number) < 0) {
        return false;
    }
    compare(isms::SoaSide{number}, isms::SoaSide{});
    return true;
}

void SoaComparePage::reload()
{
    m_versions->setRowCount(0);
    if (!m_db) {
        fillSides();
        m_changes->setChanges({});
        return;
    }
    const auto versions = isms::SoaVersionService(*m_db).list();
    if (!versions) {
        m_banner->showMessage(MessageBanner::Kind::Error, versions.error().message);
        return;
    }
    m_versions->setRowCount(static_cast<int>(versions->size()));
    // Newest first: the version in force is the one people look for.
    for (qsizetype i = 0; i < versions->size(); ++i) {
        const isms::SoaVersion &version = versions->at(versions->size() - 1 - i);
        const int row = static_cast<int>(i);
        m_versions->setItem(row, 0, new QTableWidgetItem(QLocale().toString(version.number)));
        m_versions->setItem(row, 1, new QTableWidgetItem(version.approvalDate.toString(Qt::ISODate)));
        m_versions->setItem(row, 2, new QTableWidgetItem(version.approver));
        auto *summary = new QTableWidgetItem(version.changeSummary.simplified());
        summary->setToolTip(version.changeSummary);
        m_versions->setItem(row, 3, summary);
    }
    fillSides();
    refreshComparison();
}

void SoaComparePage::fillSides()
{
    const QVariant from = m_from->currentData();
    const QVariant to = m_to->currentData();
    const int previousCount = m_from->count();
    m_filling = true;
    m_from->clear();
    m_to->clear();
    QList<int> numbers;
    if (m_db) {
        if (const auto versions = isms::SoaVersionService(*m_db).list()) {
            for (const isms::SoaVersion &version : *versions) {
                numbers.append(version.number);
            }
        }
    }
    for (QComboBox *combo : {m_from, m_to}) {
        for (const int number : std::as_const(numbers)) {
            combo->addItem(tr("Version %1").arg(number), number);
        }
        //: A side of the SoA comparison: the SoA as it is now, not yet issued.
        combo->addItem(tr("Current (working state)"), 0);
    }
    // A new version moves the default to it; otherwise the user's choice stays.
    const bool keep = previousCount == m_from->count() && from.isValid();
    const int latest = numbers.isEmpty() ? 0 : numbers.last();
    m_from->setCurrentIndex(std::max(0, m_from->findData(keep ? from : QVariant(latest))));
    m_to->setCurrentIndex(std::max(0, m_to->findData(keep ? to : QVariant(0))));
    m_filling = false;
}

isms::SoaSide SoaComparePage::sideOf(const QComboBox *combo) const
{
    const int number = combo->currentData().toInt();
    return number > 0 ? isms::SoaSide{number} : isms::SoaSide{};
}

void SoaComparePage::compare(const isms::SoaSide &from, const isms::SoaSide &to)
{
    m_filling = true;
    m_from->setCurrentIndex(std::max(0, m_from->findData(from.version.value_or(0))));
    m_to->setCurrentIndex(std::max(0, m_to->findData(to.version.value_or(0))));
    m_filling = false;
    refreshComparison();
}

void SoaComparePage::refreshComparison()
{
    if (m_filling) {
        return;
    }
    if (!m_db) {
        m_changes->setChanges({});
        m_summary->clear();
        return;
    }
    const isms::SoaSide from = sideOf(m_from);
    const isms::SoaSide to = sideOf(m_to);
    const auto changes = isms::SoaVersionService(*m_db).compare(from, to);
    if (!changes) {
        m_changes->setChanges({});
        m_banner->showMessage(MessageBanner::Kind::Error, changes.error().message);
        return;
    }
    m_changes->setChanges(*changes);
    QSet<QString> controls;
    for (const isms::SoaChange &change : *changes) {
        controls.insert(change.id);
    }
    if (changes->isEmpty()) {
        m_summary->setText(from.version == to.version ? tr("Both sides are the same.")
                                                      : tr("No differences."));
    } else {
        //: Above the SoA comparison: how many fields differ, and in how many controls. No plural forms, so
        //: that the line reads right in every language without a plural catalogue.
        m_summary->setText(
            tr("Changed fields: %1 · controls: %2")
                .arg(QLocale().toString(changes->size()), QLocale().toString(controls.size())));
    }
}

void SoaComparePage::issueVersion()
{
    if (!m_db || m_db->isReadOnly() || m_dialog) {
        return;
    }
    isms::SoaVersionService service(*m_db);
    const auto latest = service.latest();
    const auto unchanged = service.unchangedSince();
    if (!latest || !unchanged) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              (!latest ? latest.error() : unchanged.error()).message);
        return;
    }
    const int number = *latest ? (*latest)->number + 1 : 1;
    m_dialog = new SoaIssueDialog(number, *unchanged, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowModality(Qt::WindowModal);
    // Closed means done, even before the deferred delete: the next "Issue…" opens a new dialog.
    connect(m_dialog, &QDialog::finished, this, [this] { m_dialog.clear(); });
    connect(m_dialog, &QDialog::accepted, this, [this, dialog = m_dialog] {
        issue(isms::SoaIssue{.approver = dialog->approver(),
                             .changeSummary = dialog->changeSummary(),
                             .approvalDate = dialog->approvalDate(),
                             .allowUnchanged = dialog->isReapproval()});
    });
    m_dialog->open();
}

bool SoaComparePage::issue(const isms::SoaIssue &issue)
{
    if (!m_db) {
        return false;
    }
    // No undo command: issuing is a deliberate, logged act that an undo must not take back.
    const auto issued = isms::SoaVersionService(*m_db).issue(issue);
    if (!issued) {
        m_banner->showMessage(MessageBanner::Kind::Error, issued.error().message);
        return false;
    }
    reload(); // also done after the notice; at once so that the page shows the version now
    m_banner->showMessage(MessageBanner::Kind::Positive,
                          tr("Version %1 of the Statement of Applicability was issued, approved by %2.")
                              .arg(QString::number(issued->number), issued->approver));
    return true;
}
