// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "heatmap/HeatMapPage.h"

#include "common/MessageBanner.h"
#include "common/PageWidgets.h"
#include "domain/Entities.h"
#include "heatmap/HeatMapWidget.h"
#include "services/ChangeNotifier.h"
#include "services/RiskRegister.h"
#include "storage/Database.h"

#include <QDate>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QFrame *makeCard(QWidget *parent)
{
    auto *card = new QFrame(parent);
    card->setObjectName(u"heatMapCard"_s);
    card->setFrameShape(QFrame::StyledPanel);
    card->setStyleSheet(u"QFrame#heatMapCard { background: palette(base); border: 1px solid palette(mid);"
                        u" border-radius: 6px; }"_s);
    return card;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

QLabel *mutedLabel(const QString &text, QWidget *parent)
{
    QLabel *label = PageWidgets::muted(text, parent);
    label->setWordWrap(true);
    return label;
}

/// The rating fields whose changes move a risk on the maps.
bool movesOnTheMap(const QStringList &fields)
{
    static const QStringList ratings{u"likelihood"_s,
                                     u"impact"_s,
                                     u"residual_likelihood"_s,
                                     u"residual_impact"_s};
    return std::any_of(fields.cbegin(), fields.cend(), [](const QString &field) {
        return ratings.contains(field);
    });
}

} // namespace

HeatMapPage::HeatMapPage(QWidget *parent)
    : WorkbenchPage(parent)
{
    setObjectName(u"heatMapPage"_s);
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &HeatMapPage::refresh);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);

    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 14, 16, 16);
    layout->setSpacing(12);

    auto *title = PageWidgets::title(tr("Heat map"), content);
    layout->addWidget(title);
    m_summaryLabel = mutedLabel({}, content);
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    layout->addWidget(m_summaryLabel);

    m_banner = new MessageBanner(content);
    layout->addWidget(m_banner);

    m_currentMap = new HeatMapWidget(content);
    m_currentMap->setObjectName(u"currentHeatMap"_s);
    m_currentMap->setAccessibleName(tr("Current risk heat map"));
    m_residualMap = new HeatMapWidget(content);
    m_residualMap->setObjectName(u"residualHeatMap"_s);
    m_residualMap->setAccessibleName(tr("Residual risk heat map"));
    auto *maps = new QHBoxLayout;
    maps->setSpacing(12);
    maps->addWidget(buildMapCard(tr("Current risk"),
                                 tr("Before treatment, with the controls already in place."),
                                 m_currentMap,
                                 m_currentCount));
    maps->addWidget(buildMapCard(tr("Residual risk"),
                                 tr("After treatment; risks not yet re-rated count at their current rating."),
                                 m_residualMap,
                                 m_residualCount));
    layout->addLayout(maps);
    layout->addWidget(buildLevelCard());
    layout->addStretch(1);
    scroll->setWidget(content);

    connect(m_currentMap, &HeatMapWidget::cellActivated, this, [this](const isms::MatrixCell &cell) {
        onCellActivated(false, cell);
    });
    connect(m_residualMap, &HeatMapWidget::cellActivated, this, [this](const isms::MatrixCell &cell) {
        onCellActivated(true, cell);
    });
}

HeatMapPage::~HeatMapPage() = default;

QWidget *HeatMapPage::buildMapCard(const QString &title,
                                   const QString &caption,
                                   HeatMapWidget *map,
                                   QLabel *&count)
{
    QFrame *card = makeCard(this);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(4);
    auto *heading = new QHBoxLayout;
    heading->addWidget(sectionTitle(title, card));
    heading->addStretch(1);
    count = mutedLabel({}, card);
    count->setWordWrap(false);
    heading->addWidget(count);
    layout->addLayout(heading);
    layout->addWidget(mutedLabel(caption, card));
    layout->addSpacing(8);
    map->setParent(card);
    layout->addWidget(map);
    return card;
}

QWidget *HeatMapPage::buildLevelCard()
{
    QFrame *card = makeCard(this);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->addWidget(sectionTitle(tr("Risks per level"), card));
    layout->addWidget(
        mutedLabel(tr("How treatment moves the risks between the levels of the method. Levels above "
                      "the acceptance threshold need a rationale when a risk is retained."),
                   card));
    auto *holder = new QWidget(card);
    m_levelGrid = new QGridLayout(holder);
    m_levelGrid->setContentsMargins(0, 6, 0, 0);
    m_levelGrid->setHorizontalSpacing(24);
    m_levelGrid->setVerticalSpacing(4);
    auto *row = new QHBoxLayout;
    row->addWidget(holder);
    row->addStretch(1);
    layout->addLayout(row);
    return card;
}

void HeatMapPage::setContext(isms::Database *db, QUndoStack *undoStack)
{
    Q_UNUSED(undoStack)
    for (const QMetaObject::Connection &connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    m_db = db;
    if (db) {
        const isms::ChangeNotifier *notifier = db->notifier();
        const QString risks = isms::riskSpec().key;
        auto onRecords = [this, risks](const QString &kind) {
            if (kind == risks) {
                scheduleRefresh();
            }
        };
        m_connections.append(connect(notifier, &isms::ChangeNotifier::recordsAdded, this, onRecords));
        m_connections.append(connect(notifier, &isms::ChangeNotifier::recordsRemoved, this, onRecords));
        m_connections.append(connect(
            notifier,
            &isms::ChangeNotifier::recordsChanged,
            this,
            [this, risks](const QString &kind, const QList<isms::RecordId> &, const QStringList &fields) {
                if (kind == risks && movesOnTheMap(fields)) {
                    scheduleRefresh();
                }
            }));
        m_connections.append(
            connect(notifier, &isms::ChangeNotifier::riskMethodChanged, this, &HeatMapPage::scheduleRefresh));
    }
    refresh();
}

void HeatMapPage::scheduleRefresh()
{
    // A page out of sight reads again when it is shown.
    m_stale = true;
    if (isVisible()) {
        m_refreshTimer->start();
    }
}

void HeatMapPage::showEvent(QShowEvent *event)
{
    WorkbenchPage::showEvent(event);
    if (m_stale) {
        refresh();
    }
}

void HeatMapPage::refresh()
{
    m_refreshTimer->stop();
    m_stale = false;
    isms::RiskOverview overview;
    overview.method = isms::RiskMethod::defaults();
    if (m_db) {
        auto read = isms::RiskRegister::overview(*m_db, QDate::currentDate());
        if (read) {
            overview = *read;
            m_banner->hideMessage();
        } else {
            m_banner->showMessage(MessageBanner::Kind::Error, read.error().message);
        }
    }
    m_currentMap->setData(overview.method, overview.current);
    m_residualMap->setData(overview.method, overview.residual);

    // Counts after a colon, so that no language needs plural forms of the nouns.
    const QLocale locale;
    QStringList summary{tr("Risks in the register: %1.").arg(locale.toString(overview.total))};
    if (overview.current.unrated > 0) {
        summary.append(tr("Not yet rated: %1.").arg(locale.toString(overview.current.unrated)));
    }
    summary.append(tr("Above the acceptance threshold after treatment: %1.")
                       .arg(locale.toString(overview.aboveThreshold.size())));
    summary.append(tr("Click a cell, or choose it with the arrow keys and press Enter, to see its risks."));
    m_summaryLabel->setText(summary.join(u' '));
    m_currentCount->setText(tr("Rated: %1").arg(locale.toString(overview.total - overview.current.unrated)));
    m_residualCount->setText(
        tr("Rated: %1").arg(locale.toString(overview.total - overview.residual.unrated)));
    updateLevelTable(overview.perLevel, overview.residualPerLevel);
}

void HeatMapPage::updateLevelTable(const QList<int> &current, const QList<int> &residual)
{
    while (QLayoutItem *item = m_levelGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const isms::RiskMethod &method = m_currentMap->method();
    QWidget *holder = m_levelGrid->parentWidget();
    const QLocale locale;
    auto header = [holder](const QString &text, Qt::Alignment alignment) {
        QLabel *label = mutedLabel(text, holder);
        label->setWordWrap(false);
        label->setAlignment(alignment);
        return label;
    };
    m_levelGrid->addWidget(header(tr("Level"), Qt::AlignLeft), 0, 1);
    m_levelGrid->addWidget(header(tr("Current"), Qt::AlignRight), 0, 2);
    m_levelGrid->addWidget(header(tr("Residual"), Qt::AlignRight), 0, 3);
    const int swatch = fontMetrics().height() - 4;
    for (qsizetype i = method.levels.size() - 1; i >= 0; --i) {
        const int row = static_cast<int>(method.levels.size() - i);
        QPixmap colour(swatch, swatch);
        colour.fill(QColor::fromRgb(method.levels.at(i).colour));
        auto *swatchLabel = new QLabel(holder);
        swatchLabel->setPixmap(colour);
        m_levelGrid->addWidget(swatchLabel, row, 0);
        QString name = method.levels.at(i).name;
        if (i + 1 == method.acceptanceLevel) {
            //: A risk level's name with a note: "Low (acceptance threshold)"
            name = tr("%1 (acceptance threshold)").arg(name);
        }
        m_levelGrid->addWidget(new QLabel(name, holder), row, 1);
        for (const auto &[column, counts] : {std::pair{2, &current}, std::pair{3, &residual}}) {
            auto *number = new QLabel(locale.toString(counts->value(i, 0)), holder);
            number->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            number->setObjectName(
                u"levelCount_%1_%2"_s.arg(column == 2 ? u"current"_s : u"residual"_s).arg(i + 1));
            m_levelGrid->addWidget(number, row, column);
        }
    }
}

QString HeatMapPage::risksPageKey()
{
    return isms::riskSpec().key;
}

QList<QHash<QString, QVariant>> HeatMapPage::cellFilter(bool residual, isms::MatrixCell cell)
{
    const QVariant likelihood = qint64{cell.likelihood};
    const QVariant impact = qint64{cell.impact};
    if (!residual) {
        return {{{u"likelihood"_s, likelihood}, {u"impact"_s, impact}}};
    }
    // The residual map counts a risk without both residual ratings at its current rating.
    return {
        {{u"residual_likelihood"_s, likelihood}, {u"residual_impact"_s, impact}},
        {{u"residual_likelihood"_s, QVariant()}, {u"likelihood"_s, likelihood}, {u"impact"_s, impact}},
        {{u"residual_impact"_s, QVariant()}, {u"likelihood"_s, likelihood}, {u"impact"_s, impact}},
    };
}

void HeatMapPage::onCellActivated(bool residual, isms::MatrixCell cell)
{
    const isms::RiskMethod &method = m_currentMap->method();
    if (cell.likelihood < 1 || cell.likelihood > method.likelihood.size() || cell.impact < 1
        || cell.impact > method.impact.size()) {
        return;
    }
    const QString likelihood = method.likelihood.at(cell.likelihood - 1).label;
    const QString impact = method.impact.at(cell.impact - 1).label;
    const QString description =
        residual
            //: %1 and %3 are numbers, %2 and %4 the names of the steps: "likelihood 2 (Unlikely)"
            ? tr("Showing the risks at likelihood %1 (%2) and impact %3 (%4) on the residual heat map, "
                 "including those not yet re-rated after treatment.")
                  .arg(QString::number(cell.likelihood), likelihood, QString::number(cell.impact), impact)
            : tr("Showing the risks at likelihood %1 (%2) and impact %3 (%4) on the current heat map.")
                  .arg(QString::number(cell.likelihood), likelihood, QString::number(cell.impact), impact);
    Q_EMIT filteredRecordsRequested(risksPageKey(), cellFilter(residual, cell), description);
}
