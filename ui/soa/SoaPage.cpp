// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "soa/SoaPage.h"

#include "common/FlowLayout.h"
#include "common/PageWidgets.h"
#include "domain/Entities.h"
#include "models/RecordFilterProxyModel.h"
#include "records/EvidencePanel.h"
#include "records/RegisterPage.h"
#include "requirements/CatalogueFactsPanel.h"
#include "services/ChangeNotifier.h"
#include "services/SoaRegister.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QAction>
#include <QComboBox>
#include <QDataStream>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

/// The attribute columns of the catalogue, with the label the filter shows before each value.
struct AttributeColumn
{
    QString key;
    const char *label;
};

const QList<AttributeColumn> &attributeColumns()
{
    static const QList<AttributeColumn> columns{
        {u"control_types"_s, QT_TRANSLATE_NOOP("SoaPage", "Control type")},
        {u"security_properties"_s, QT_TRANSLATE_NOOP("SoaPage", "Security property")},
        {u"cybersecurity_concepts"_s, QT_TRANSLATE_NOOP("SoaPage", "Cybersecurity concept")},
        {u"operational_capabilities"_s, QT_TRANSLATE_NOOP("SoaPage", "Operational capability")},
        {u"security_domains"_s, QT_TRANSLATE_NOOP("SoaPage", "Security domain")},
    };
    return columns;
}

QStringList attributeValues(const QString &stored)
{
    QStringList values;
    for (const QString &part : stored.split(u';', Qt::SkipEmptyParts)) {
        values.append(part.trimmed());
    }
    return values;
}

QString text(const isms::EntitySpec &spec, const isms::Record &record, QStringView key)
{
    const int index = spec.indexOf(key);
    return index < 0 ? QString() : record.values.at(index).toString();
}

constexpr char NoReason[] = "none";

} // namespace

SoaPage::SoaPage(Prompt &prompt, QWidget *parent)
    : WorkbenchPage(parent)
    , m_prompt(prompt)
{
    setObjectName(u"soaPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(12, 10, 12, 0);
    header->addWidget(PageWidgets::title(tr("Statement of Applicability"), this));
    header->addStretch();
    m_buttons = new QWidget(this);
    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_buttons);
    layout->addLayout(header);

    m_summary = PageWidgets::muted(QString(), this);
    m_summary->setObjectName(u"soaSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setContentsMargins(12, 0, 12, 0);
    layout->addWidget(m_summary);
    layout->addWidget(createFilterBar());

    m_annexA = new RegisterPage(isms::controlSpec(), m_prompt, this);
    m_annexA->addRecordPanel(new CatalogueFactsPanel(isms::controlSpec()), tr("From the standard"));
    m_additional = new RegisterPage(isms::additionalControlSpec(), m_prompt, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_annexA, QString());
    m_tabs->addTab(m_additional, QString());
    layout->addWidget(m_tabs, 1);

    m_annexA->proxyModel()->setRowPredicate(
        [this](const isms::Record &record) { return accepts(record, false); });
    m_additional->proxyModel()->setRowPredicate(
        [this](const isms::Record &record) { return accepts(record, true); });
    for (const RegisterPage *page : {m_annexA, m_additional}) {
        const QAbstractItemModel *proxy = page->proxyModel();
        connect(proxy, &QAbstractItemModel::rowsInserted, this, &SoaPage::updateTabTitles);
        connect(proxy, &QAbstractItemModel::rowsRemoved, this, &SoaPage::updateTabTitles);
        connect(proxy, &QAbstractItemModel::modelReset, this, &SoaPage::updateTabTitles);
        connect(proxy, &QAbstractItemModel::layoutChanged, this, &SoaPage::updateTabTitles);
    }
    updateTabTitles();
}

SoaPage::~SoaPage() = default;

QWidget *SoaPage::createFilterBar()
{
    // The bar wraps onto a second row when the window is narrower than its filters.
    auto *bar = new QWidget(this);
    auto *row = new FlowLayout(bar);
    row->setContentsMargins(12, 4, 12, 0);

    m_applicability = new QComboBox(bar);
    m_applicability->setObjectName(u"soaApplicabilityFilter"_s);
    m_applicability->addItem(tr("Applicable or not"), QString());
    m_applicability->addItem(tr("Applicable"), u"1"_s);
    m_applicability->addItem(tr("Excluded"), u"0"_s);

    m_reason = new QComboBox(bar);
    m_reason->setObjectName(u"soaReasonFilter"_s);
    m_reason->addItem(tr("Any reason"), QString());
    m_reason->addItem(tr("Risk treatment"), u"risk-treatment"_s);
    for (const isms::EnumValue &value : isms::inclusionReasons().values) {
        m_reason->addItem(isms::inclusionReasons().labelOf(value.keyword), value.keyword);
    }
    //: Filter of the SoA page: included controls for which no reason is stated or derived.
    m_reason->addItem(tr("No reason yet"), QString::fromLatin1(NoReason));

    m_attribute = new QComboBox(bar);
    m_attribute->setObjectName(u"soaAttributeFilter"_s);
    m_attribute->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_attribute->setMinimumContentsLength(26);
    m_attribute->addItem(tr("Any attribute"), QString());

    //: Label of the SoA page's filters.
    auto *label = new QLabel(tr("Show:"), bar);
    row->addWidget(label);
    row->addWidget(m_applicability);
    row->addWidget(m_reason);
    row->addWidget(m_attribute);
    for (QComboBox *combo : {m_applicability, m_reason, m_attribute}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &SoaPage::applyFilters);
    }
    return bar;
}

void SoaPage::setWindowServices(FileChooser &chooser, const QList<QAction *> &reportActions)
{
    if (m_servicesSet) {
        return;
    }
    m_servicesSet = true;
    EvidencePanel::addTo(*m_annexA, chooser);
    EvidencePanel::addTo(*m_additional, chooser);
    auto *versions = new QToolButton(m_buttons);
    versions->setObjectName(u"soaVersionsButton"_s);
    //: Button of the SoA page that opens the page of issued versions and their comparison.
    versions->setText(tr("Versions and comparison"));
    connect(versions, &QToolButton::clicked, this, [this] { Q_EMIT pageRequested(u"soa-compare"_s); });
    m_buttons->layout()->addWidget(versions);
    for (QAction *action : reportActions) {
        auto *button = new QToolButton(m_buttons);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_buttons->layout()->addWidget(button);
    }
}

void SoaPage::setContext(isms::Database *db, QUndoStack *undoStack)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    m_db = db;
    if (db) {
        static const QStringList affecting{isms::controlSpec().key,
                                           isms::additionalControlSpec().key,
                                           isms::riskSpec().key,
                                           isms::riskControlSpec().key,
                                           isms::treatmentTaskSpec().key,
                                           isms::evidenceSpec().key};
        const auto onKind = [this](const QString &kind) {
            if (affecting.contains(kind)) {
                refresh();
            }
        };
        isms::ChangeNotifier *notifier = db->notifier();
        m_connections = {connect(notifier, &isms::ChangeNotifier::recordsChanged, this, onKind),
                         connect(notifier, &isms::ChangeNotifier::recordsAdded, this, onKind),
                         connect(notifier, &isms::ChangeNotifier::recordsRemoved, this, onKind)};
    }
    m_annexA->setContext(db, undoStack);
    m_additional->setContext(db, undoStack);
    fillAttributeFilter();
    refresh();
}

void SoaPage::fillAttributeFilter()
{
    const QString current = m_attribute->currentData().toString();
    const QSignalBlocker blocker(m_attribute);
    while (m_attribute->count() > 1) {
        m_attribute->removeItem(1);
    }
    if (!m_db) {
        return;
    }
    const auto records = isms::RecordRepository(*m_db, isms::controlSpec()).all();
    if (!records) {
        return;
    }
    for (const AttributeColumn &column : attributeColumns()) {
        QStringList values;
        for (const isms::Record &record : *records) {
            for (const QString &value : attributeValues(text(isms::controlSpec(), record, column.key))) {
                if (!values.contains(value)) {
                    values.append(value);
                }
            }
        }
        std::sort(values.begin(), values.end());
        for (const QString &value : std::as_const(values)) {
            //: An item of the SoA page's attribute filter: "Control type: Preventive".
            m_attribute->addItem(tr("%1: %2").arg(tr(column.label), QString(value).replace(u'_', u' ')),
                                 QString(column.key + u'=' + value));
        }
    }
    m_attribute->setCurrentIndex(qMax(0, m_attribute->findData(current)));
}

void SoaPage::refresh()
{
    m_use = {};
    if (!m_db) {
        m_summary->clear();
        applyFilters();
        return;
    }
    if (auto use = isms::ApplicabilityRules::controlUse(*m_db); use) {
        m_use = *use;
    }
    const auto entries = isms::SoaRegister::read(*m_db);
    const auto open = isms::ApplicabilityRules::findings(*m_db);
    if (!entries || !open) {
        const isms::Error &error = entries ? open.error() : entries.error();
        m_summary->setText(tr("The summary could not be read: %1").arg(error.message));
    } else {
        int annexA = 0;
        int applicable = 0;
        int implemented = 0;
        int evidence = 0;
        for (const isms::SoaEntry &entry : *entries) {
            annexA += entry.additional ? 0 : 1;
            applicable += !entry.additional && entry.applicable ? 1 : 0;
            implemented += !entry.additional && entry.applicable && entry.status == u"implemented" ? 1 : 0;
            evidence += entry.evidence;
        }
        const QLocale locale;
        //: Summary of the SoA page. %1 Annex A controls, %2 applicable, %3 excluded, %4 implemented,
        //: %5 additional controls, %6 evidence files, %7 open points.
        m_summary->setText(tr("Annex A: %1 controls, %2 applicable, %3 excluded, %4 implemented · Additional "
                              "controls: %5 · Evidence files: %6 · Points still open: %7")
                               .arg(locale.toString(annexA),
                                    locale.toString(applicable),
                                    locale.toString(annexA - applicable),
                                    locale.toString(implemented),
                                    locale.toString(entries->size() - annexA),
                                    locale.toString(evidence),
                                    locale.toString(open->size())));
    }
    applyFilters();
}

void SoaPage::applyFilters()
{
    m_annexA->proxyModel()->refreshRowPredicate();
    m_additional->proxyModel()->refreshRowPredicate();
    updateTabTitles();
}

bool SoaPage::accepts(const isms::Record &record, bool additional) const
{
    const isms::EntitySpec &spec = additional ? isms::additionalControlSpec() : isms::controlSpec();
    const QString applicability = m_applicability->currentData().toString();
    const bool applicable = text(spec, record, u"status") != u"not-applicable";
    if (!applicability.isEmpty() && applicable != (applicability == u"1")) {
        return false;
    }
    const QString reason = m_reason->currentData().toString();
    if (!reason.isEmpty()) {
        const QString ref = isms::EntitySpec::refOf(record);
        const QStringList reasons =
            isms::ApplicabilityRules::reasons(text(spec, record, u"reasons"),
                                              !additional && m_use.namingRisks.contains(ref));
        if (reason == QLatin1StringView(NoReason) ? (!applicable || !reasons.isEmpty())
                                                  : !reasons.contains(reason)) {
            return false;
        }
    }
    const QString attribute = m_attribute->currentData().toString();
    if (!attribute.isEmpty()) {
        if (additional) {
            return false; // the attributes are those of ISO/IEC 27002's controls
        }
        const qsizetype split = attribute.indexOf(u'=');
        return attributeValues(text(spec, record, attribute.left(split))).contains(attribute.mid(split + 1));
    }
    return true;
}

void SoaPage::updateTabTitles()
{
    const QLocale locale;
    //: Tab of the SoA page with the number of controls shown.
    m_tabs->setTabText(0,
                       tr("Annex A controls (%1)").arg(locale.toString(m_annexA->proxyModel()->rowCount())));
    m_tabs->setTabText(
        1,
        tr("Additional controls (%1)").arg(locale.toString(m_additional->proxyModel()->rowCount())));
}

void SoaPage::flushPendingEdits()
{
    m_annexA->flushPendingEdits();
    m_additional->flushPendingEdits();
}

void SoaPage::focusFilter()
{
    qobject_cast<RegisterPage *>(m_tabs->currentWidget())->focusFilter();
}

QByteArray SoaPage::saveHeaderState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << m_annexA->saveHeaderState() << m_additional->saveHeaderState();
    return state;
}

void SoaPage::restoreHeaderState(const QByteArray &state)
{
    QDataStream stream(state);
    QByteArray annexA;
    QByteArray additional;
    stream >> annexA >> additional;
    if (stream.status() == QDataStream::Ok) {
        m_annexA->restoreHeaderState(annexA);
        m_additional->restoreHeaderState(additional);
    }
}

bool SoaPage::showRecord(const QString &entityId)
{
    m_applicability->setCurrentIndex(0);
    m_reason->setCurrentIndex(0);
    m_attribute->setCurrentIndex(0);
    if (m_annexA->showRecord(entityId)) {
        m_tabs->setCurrentWidget(m_annexA);
        return true;
    }
    return showAdditionalRecord(entityId);
}

bool SoaPage::showAdditionalRecord(const QString &entityId)
{
    if (m_additional->showRecord(entityId)) {
        m_tabs->setCurrentWidget(m_additional);
        return true;
    }
    return false;
}
