// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "readiness/ReadinessPage.h"

#include "common/MessageBanner.h"
#include "common/PageWidgets.h"
#include "readiness/ReadinessModel.h"
#include "services/ChangeNotifier.h"
#include "storage/Database.h"

#include <QDate>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ReadinessPage::ReadinessPage(QWidget *parent)
    : WorkbenchPage(parent)
{
    setObjectName(u"readinessPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);

    layout->addWidget(PageWidgets::title(tr("Readiness check"), this));
    auto *intro = PageWidgets::muted(tr("What a certification auditor would find missing, rule by rule. "
                                        "Double-click a point, or press Enter, to open the record to fix."),
                                     this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    // The score, large, beside what it is made of.
    auto *scoreFrame = new QFrame(this);
    scoreFrame->setObjectName(u"scoreFrame"_s);
    scoreFrame->setFrameShape(QFrame::StyledPanel);
    auto *scoreLayout = new QHBoxLayout(scoreFrame);
    scoreLayout->setContentsMargins(16, 10, 16, 10);
    scoreLayout->setSpacing(16);
    m_scoreLabel = new QLabel(scoreFrame);
    m_scoreLabel->setObjectName(u"scoreLabel"_s);
    QFont big = m_scoreLabel->font();
    big.setPointSizeF(big.pointSizeF() * 2.6);
    big.setBold(true);
    m_scoreLabel->setFont(big);
    m_scoreLabel->setMinimumWidth(QFontMetrics(big).horizontalAdvance(u"100"_s) + 8);
    m_scoreLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    scoreLayout->addWidget(m_scoreLabel);
    auto *scoreText = new QVBoxLayout;
    scoreText->setSpacing(2);
    //: Under the large readiness score number.
    auto *scoreCaption = new QLabel(tr("Readiness score, of 100"), scoreFrame);
    QFont captionFont = scoreCaption->font();
    captionFont.setBold(true);
    scoreCaption->setFont(captionFont);
    scoreText->addWidget(scoreCaption);
    m_summaryLabel = new QLabel(scoreFrame);
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    m_summaryLabel->setWordWrap(true);
    scoreText->addWidget(m_summaryLabel);
    auto *explanation = PageWidgets::muted(tr("The share of the rules checked that pass; a major rule "
                                              "weighs three times a minor one. Points do not block anything: "
                                              "settle them before the audit."),
                                           scoreFrame);
    explanation->setWordWrap(true);
    scoreText->addWidget(explanation);
    scoreLayout->addLayout(scoreText, 1);
    layout->addWidget(scoreFrame);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(u"filterLineEdit"_s);
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setPlaceholderText(tr("Filter points (Ctrl+F)"));
    m_filterEdit->setMinimumWidth(260);
    bar->addWidget(m_filterEdit, 2);
    bar->addStretch(1);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"countLabel"_s);
    bar->addWidget(m_countLabel);
    layout->addLayout(bar);

    m_model = new ReadinessModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ReadinessModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_view = new QTableView(this);
    m_view->setObjectName(u"readinessView"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ReadinessModel::Severity, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int charWidth = m_view->fontMetrics().averageCharWidth();
    m_view->setColumnWidth(ReadinessModel::Severity, charWidth * 11);
    m_view->setColumnWidth(ReadinessModel::Rule, charWidth * 26);
    m_view->setColumnWidth(ReadinessModel::Record, charWidth * 12);
    m_view->horizontalHeader()->setSectionResizeMode(ReadinessModel::Message, QHeaderView::Stretch);
    m_view->setToolTip(tr("Double-click a point to open its record"));
    layout->addWidget(m_view, 1);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0); // once after a burst of changes (an import, an undo macro)
    connect(m_refreshTimer, &QTimer::timeout, this, &ReadinessPage::refresh);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateSummary();
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        openRecordOf(index.row());
    });
    updateSummary();
}

ReadinessPage::~ReadinessPage() = default;

void ReadinessPage::setContext(isms::Database *db, QUndoStack *undoStack)
{
    Q_UNUSED(undoStack) // the check only reads; points are settled on the records' pages
    disconnect(m_changes);
    m_db = db;
    m_banner->hideMessage();
    if (m_db) {
        m_changes = connect(m_db->notifier(),
                            &isms::ChangeNotifier::changeLogAppended,
                            this,
                            &ReadinessPage::onProjectChanged);
    }
    refresh();
}

void ReadinessPage::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

QByteArray ReadinessPage::saveHeaderState() const
{
    return m_view->horizontalHeader()->saveState();
}

void ReadinessPage::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty()) {
        m_view->horizontalHeader()->restoreState(state);
    }
}

void ReadinessPage::refresh()
{
    m_refreshTimer->stop();
    m_isStale = false;
    if (!m_db) {
        m_model->setReport({});
        updateSummary();
        return;
    }
    const auto report = isms::ReadinessCheck::run(*m_db, QDate::currentDate());
    if (!report) {
        m_banner->showMessage(MessageBanner::Kind::Error, report.error().message);
        return;
    }
    m_banner->hideMessage();
    m_model->setReport(*report);
    updateSummary();
}

void ReadinessPage::openRecordOf(int row)
{
    const QModelIndex index = m_proxy->index(row, 0);
    const QString entity = index.data(ReadinessModel::EntityRole).toString();
    if (!index.isValid() || entity.isEmpty()) {
        return;
    }
    Q_EMIT recordRequested(entity, index.data(ReadinessModel::EntityIdRole).toString());
}

void ReadinessPage::showEvent(QShowEvent *event)
{
    WorkbenchPage::showEvent(event);
    if (m_isStale) {
        m_refreshTimer->start();
    }
}

void ReadinessPage::onProjectChanged()
{
    // A hidden page runs the check when it is shown again, not on every change made elsewhere.
    m_isStale = true;
    if (isVisible()) {
        m_refreshTimer->start();
    }
}

void ReadinessPage::updateSummary()
{
    const isms::ReadinessReport &report = m_model->report();
    if (!m_db) {
        m_scoreLabel->setText(u"–"_s);
        m_summaryLabel->setText(tr("No project is open."));
    } else {
        m_scoreLabel->setText(QLocale().toString(report.score));
        const auto failed = report.failedRules.size();
        //: %1, %2: counts of points; %3 of %4: rules without a point of the rules checked.
        m_summaryLabel->setText(tr("Major points: %1 · Minor points: %2 · Rules passed: %3 of %4")
                                    .arg(report.count(isms::ReadinessSeverity::Major))
                                    .arg(report.count(isms::ReadinessSeverity::Minor))
                                    .arg(report.checkedRules.size() - failed)
                                    .arg(report.checkedRules.size()));
    }
    const QColor colour = report.score >= 90   ? QColor(0x2E7D32)
                          : report.score >= 60 ? QColor(0xB26A00)
                                               : QColor(0xC62828);
    QPalette palette = m_scoreLabel->palette();
    palette.setColor(QPalette::WindowText, m_db ? colour : palette.color(QPalette::PlaceholderText));
    m_scoreLabel->setPalette(palette);
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    //: "Points: 12" or "Points: 4 of 12"
    m_countLabel->setText(shown == total ? tr("Points: %1").arg(total)
                                         : tr("Points: %1 of %2").arg(shown).arg(total));
}
