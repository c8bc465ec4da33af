// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "requirements/CatalogueFactsPanel.h"

#include "common/PageWidgets.h"
#include "domain/Entities.h"
#include "io/FieldText.h"
#include "services/ApplicabilityRules.h"
#include "services/ChangeNotifier.h"
#include "services/RecordService.h"
#include "services/RequirementService.h"
#include "storage/Database.h"

#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

/// Catalogue words such as "Governance_and_Ecosystem;Resilience" as people read them.
QString readable(const isms::FieldSpec &field, const QVariant &value)
{
    QString text = isms::FieldText::display(field, value, {});
    if (field.type == isms::FieldType::Text) {
        text.replace(u';', u", "_s).replace(u'_', u' ');
    }
    return text;
}

} // namespace

CatalogueFactsPanel::CatalogueFactsPanel(const isms::EntitySpec &spec, QWidget *parent)
    : RecordPanel(parent)
    , m_spec(spec)
{
    setObjectName(spec.key + u"FactsPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("From the standard"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    m_empty = PageWidgets::muted(tr("Select a row to see what the standard says about it."), content);
    contentLayout->addWidget(m_empty);
    m_facts = new QWidget(content);
    contentLayout->addWidget(m_facts);
    contentLayout->addStretch(1);
    m_form = new QFormLayout(m_facts);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const isms::FieldSpec &field : spec.fields) {
        if (field.has(isms::FromCatalogue) && field.key != u"title") {
            addRow(field.key, field.labelText());
        }
    }
    if (spec.key == isms::controlSpec().key) {
        addRow(mapped2013Key(), tr("ISO/IEC 27001:2013"));
        addRow(risksKey(), tr("Named by risks"));
        addRow(reasonsKey(), tr("All reasons"));
        m_toSettle = new QLabel(m_facts);
        m_toSettle->setObjectName(u"applicabilityToSettle"_s);
        m_toSettle->setWordWrap(true);
        m_toSettle->setTextFormat(Qt::PlainText);
        m_toSettle->setStyleSheet(u"color: #8a4b00;"_s);
        m_form->addRow(m_toSettle);
    }
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);
    showRecord({});
}

void CatalogueFactsPanel::addRow(const QString &key, const QString &label)
{
    auto *value = new QLabel(m_facts);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    //: A form label: "Theme:"
    m_form->addRow(tr("%1:").arg(label), value);
    m_values.append({key, value});
}

void CatalogueFactsPanel::setContext(isms::Database *db, QUndoStack * /*undoStack*/)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections)) {
        QObject::disconnect(connection);
    }
    m_connections.clear();
    m_db = db;
    if (db) {
        // Only the record's own register, the risks' links to controls and the treatment tasks change
        // what is shown; an edit anywhere else does not re-read the rules.
        const auto onKind = [this](const QString &kind) {
            static const QStringList affecting{isms::riskSpec().key,
                                               isms::riskControlSpec().key,
                                               isms::treatmentTaskSpec().key};
            if (kind == m_spec.key || (m_toSettle && affecting.contains(kind))) {
                showRecord(m_current);
            }
        };
        isms::ChangeNotifier *notifier = db->notifier();
        m_connections = {connect(notifier, &isms::ChangeNotifier::recordsChanged, this, onKind),
                         connect(notifier, &isms::ChangeNotifier::recordsAdded, this, onKind),
                         connect(notifier, &isms::ChangeNotifier::recordsRemoved, this, onKind)};
    }
    showRecord({});
}

void CatalogueFactsPanel::showRecord(isms::RecordId id)
{
    m_current = id;
    std::optional<isms::Record> record;
    if (m_db && id.isValid()) {
        if (auto found = isms::RecordService(*m_db, m_spec).get(id); found) {
            record = *found;
        }
    }
    for (const auto &[key, label] : std::as_const(m_values)) {
        if (!record) {
            label->clear();
            continue;
        }
        if (key == risksKey() || key == reasonsKey()) {
            continue; // from the risks, below
        }
        if (key == mapped2013Key()) {
            const auto mapped = isms::RequirementService::mapped2013(*m_db, isms::EntitySpec::refOf(*record));
            label->setText(!mapped             ? QString()
                           : mapped->isEmpty() ? tr("None: a control new in 2022")
                                               : mapped->join(u", "_s));
            continue;
        }
        const int index = m_spec.indexOf(key);
        const QString text = readable(m_spec.fields.at(index), record->values.at(index));
        label->setText(text.isEmpty() ? tr("None") : text);
    }
    if (m_toSettle) {
        showApplicability(record);
    }
    m_empty->setVisible(!record);
    m_facts->setVisible(record.has_value());
}

void CatalogueFactsPanel::showApplicability(const std::optional<isms::Record> &record)
{
    QLabel *risks = valueLabel(risksKey());
    QLabel *reasons = valueLabel(reasonsKey());
    m_toSettle->clear();
    if (!record) {
        risks->clear();
        reasons->clear();
        return;
    }
    const QString ref = isms::EntitySpec::refOf(*record);
    const auto use = isms::ApplicabilityRules::controlUse(*m_db);
    const QStringList naming = use ? use->namingRisks.value(ref) : QStringList();
    risks->setText(naming.isEmpty() ? tr("None") : naming.join(u", "_s));
    const QString stated = record->values.at(m_spec.indexOf(u"reasons")).toString();
    QStringList labels;
    for (const QString &keyword : isms::ApplicabilityRules::reasons(stated, !naming.isEmpty())) {
        labels.append(keyword == u"risk-treatment" ? tr("Risk treatment")
                                                   : isms::inclusionReasons().labelOf(keyword));
    }
    reasons->setText(labels.isEmpty() ? tr("None") : labels.join(u", "_s));
    const auto findings = isms::ApplicabilityRules::findings(*m_db);
    QStringList points;
    for (const isms::ApplicabilityFinding &finding :
         findings ? *findings : QList<isms::ApplicabilityFinding>()) {
        if (finding.ref == ref) {
            points.append(finding.message);
        }
    }
    m_toSettle->setText(points.join(u'\n'));
    m_toSettle->setVisible(!points.isEmpty());
}

QLabel *CatalogueFactsPanel::valueLabel(const QString &key) const
{
    for (const auto &[valueKey, label] : m_values) {
        if (valueKey == key) {
            return label;
        }
    }
    return nullptr;
}

QString CatalogueFactsPanel::toSettleText() const
{
    return m_toSettle ? m_toSettle->text() : QString();
}

QString CatalogueFactsPanel::factText(const QString &key) const
{
    for (const auto &[valueKey, label] : m_values) {
        if (valueKey == key) {
            return label->text();
        }
    }
    return {};
}
