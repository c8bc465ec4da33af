// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "metrics/MetricPanel.h"

#include "catalog/Catalogue.h"
#include "commands/CreateRecordCommand.h"
#include "commands/RemoveRecordsCommand.h"
#include "domain/Entities.h"
#include "domain/Requirement.h"
#include "metrics/TrendChartWidget.h"
#include "report/TrendChart.h"
#include "services/ChangeNotifier.h"
#include "services/MetricTrend.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int LinkIdRole = Qt::UserRole;
constexpr int LinkRefRole = Qt::UserRole + 1;
constexpr int OtherRole = Qt::UserRole + 2; ///< the objective's row id, or the control's reference

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

MetricPanel::MetricPanel(QWidget *parent)
    : RecordPanel(parent)
{
    setObjectName(u"metricPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_chart = new TrendChartWidget(this);
    layout->addWidget(m_chart, 3);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"trendSummaryLabel"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *recordRow = new QHBoxLayout;
    recordRow->addWidget(new QLabel(tr("Record a measurement:"), this));
    m_measuredOn = new QDateEdit(QDate::currentDate(), this);
    m_measuredOn->setObjectName(u"measuredOnEdit"_s);
    m_measuredOn->setCalendarPopup(true);
    m_measuredOn->setMaximumDate(QDate::currentDate());
    recordRow->addWidget(m_measuredOn);
    m_value = new QLineEdit(this);
    m_value->setObjectName(u"measurementValueEdit"_s);
    m_value->setPlaceholderText(tr("Value"));
    m_value->setMaxLength(isms::measurementSpec().field(u"value")->maxLength);
    recordRow->addWidget(m_value, 1);
    m_unit = new QLabel(this);
    recordRow->addWidget(m_unit);
    m_record = new QPushButton(tr("Record"), this);
    m_record->setObjectName(u"recordMeasurementButton"_s);
    recordRow->addWidget(m_record);
    layout->addLayout(recordRow);
    connect(m_record, &QPushButton::clicked, this, &MetricPanel::recordMeasurement);
    connect(m_value, &QLineEdit::returnPressed, this, &MetricPanel::recordMeasurement);
    connect(m_value, &QLineEdit::textChanged, this, &MetricPanel::updateButtons);

    auto *links = new QHBoxLayout;
    auto *objectiveBox = new QWidget(this);
    auto *controlBox = new QWidget(this);
    links->addWidget(objectiveBox, 1);
    links->addWidget(controlBox, 1);
    layout->addLayout(links, 2);
    m_objectives = makeEditor(tr("Objectives served"), u"objective"_s);
    m_controls = makeEditor(tr("Controls served"), u"control"_s);
    for (const auto &[box, editor] :
         {std::pair{objectiveBox, &m_objectives}, std::pair{controlBox, &m_controls}}) {
        auto *column = new QVBoxLayout(box);
        column->setContentsMargins(0, 0, 0, 0);
        column->addWidget(
            heading(editor == &m_objectives ? tr("Objectives served") : tr("Controls served"), box));
        column->addWidget(editor->list, 1);
        auto *row = new QHBoxLayout;
        row->addWidget(editor->combo, 1);
        row->addWidget(editor->add);
        row->addWidget(editor->remove);
        column->addLayout(row);
    }
    m_objectives.list->setToolTip(tr("The objectives whose achievement this metric shows; double-click to "
                                     "open one."));
    m_controls.list->setToolTip(tr("The Annex A controls whose effectiveness this metric shows; "
                                   "double-click to open one."));

    connect(m_objectives.add, &QPushButton::clicked, this, &MetricPanel::addObjective);
    connect(m_controls.add, &QPushButton::clicked, this, &MetricPanel::addControl);
    connect(m_objectives.remove, &QPushButton::clicked, this, &MetricPanel::removeObjective);
    connect(m_controls.remove, &QPushButton::clicked, this, &MetricPanel::removeControl);
    connect(m_objectives.list, &QListWidget::itemActivated, this, [this](const QListWidgetItem *item) {
        onActivated(item, isms::objectiveSpec().entity);
    });
    connect(m_controls.list, &QListWidget::itemActivated, this, [this](const QListWidgetItem *item) {
        onActivated(item, isms::requirementKindKeyword(isms::RequirementKind::Control));
    });
    for (const LinkEditor *editor : {&m_objectives, &m_controls}) {
        connect(editor->list, &QListWidget::currentRowChanged, this, &MetricPanel::updateButtons);
    }
    reload();
}

MetricPanel::~MetricPanel() = default;

MetricPanel::LinkEditor MetricPanel::makeEditor(const QString &title, const QString &name)
{
    LinkEditor editor;
    editor.list = new QListWidget(this);
    editor.list->setObjectName(name + u"List"_s);
    editor.list->setAccessibleName(title);
    editor.combo = new QComboBox(this);
    editor.combo->setObjectName(name + u"ComboBox"_s);
    editor.combo->setMinimumContentsLength(12);
    editor.combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    editor.add = new QPushButton(tr("Add"), this);
    editor.add->setObjectName(name + u"AddButton"_s);
    editor.remove = new QPushButton(tr("Remove"), this);
    editor.remove->setObjectName(name + u"RemoveButton"_s);
    return editor;
}

void MetricPanel::setContext(isms::Database *db, QUndoStack *undoStack)
{
    if (m_db) {
        disconnect(m_db->notifier(), nullptr, this, nullptr);
    }
    m_db = db;
    m_undoStack = db ? undoStack : nullptr;
    m_current = {};
    if (m_db) {
        isms::ChangeNotifier *notifier = m_db->notifier();
        connect(notifier, &isms::ChangeNotifier::recordsAdded, this, [this](const QString &kind) {
            onRecordsTouched(kind);
        });
        connect(notifier, &isms::ChangeNotifier::recordsChanged, this, [this](const QString &kind) {
            onRecordsTouched(kind);
        });
        connect(notifier, &isms::ChangeNotifier::recordsRemoved, this, [this](const QString &kind) {
            onRecordsTouched(kind);
        });
    }
    reload();
}

void MetricPanel::showRecord(isms::RecordId id)
{
    m_current = id;
    reload();
}

void MetricPanel::onRecordsTouched(const QString &kind)
{
    for (const isms::EntitySpec *spec : {&isms::metricSpec(),
                                         &isms::measurementSpec(),
                                         &isms::metricObjectiveSpec(),
                                         &isms::metricControlSpec(),
                                         &isms::objectiveSpec()}) {
        if (kind == spec->key) {
            reload();
            return;
        }
    }
}

bool MetricPanel::isEditable() const
{
    return m_db && m_undoStack && !m_db->isReadOnly() && m_current.isValid();
}

void MetricPanel::reload()
{
    m_objectives.list->clear();
    m_objectives.combo->clear();
    m_controls.list->clear();
    m_controls.combo->clear();
    m_chart->setSeries({});
    m_summary->clear();
    setEnabled(m_db && m_current.isValid());
    if (!m_db || !m_current.isValid()) {
        updateButtons();
        return;
    }
    const auto series = isms::MetricTrend::load(*m_db, m_current);
    const auto objectives = isms::RecordService(*m_db, isms::objectiveSpec()).all();
    const auto objectiveLinks = isms::RecordService(*m_db, isms::metricObjectiveSpec()).all();
    const auto controlLinks = isms::RecordService(*m_db, isms::metricControlSpec()).all();
    if (!series || !objectives || !objectiveLinks || !controlLinks) {
        Q_EMIT errorOccurred(!series           ? series.error()
                             : !objectives     ? objectives.error()
                             : !objectiveLinks ? objectiveLinks.error()
                                               : controlLinks.error());
        return;
    }
    m_chart->setSeries(*series);
    m_unit->setText(series->unit);
    if (series->points.isEmpty()) {
        m_summary->setText(tr("No measurement is recorded yet; record the first one below."));
    } else {
        const isms::TrendPoint &latest = series->points.constLast();
        //: Under a metric's trend chart: "12 measurements; latest 4.5 on 2026-10-31. Target: at most 5"
        QString text = tr("%n measurement(s); latest %1 on %2.", nullptr, int(series->points.size()))
                           .arg(isms::TrendChart::pointText(latest), latest.date.toString(Qt::ISODate));
        if (series->target) {
            text += u' ' + isms::TrendChart::targetText(*series) + u'.';
        }
        m_summary->setText(text);
    }

    const isms::EntitySpec &objectiveSpec = isms::objectiveSpec();
    const int titleColumn = objectiveSpec.indexOf(u"objective");
    QHash<qint64, QString> titles;
    for (const isms::Record &objective : *objectives) {
        titles.insert(objective.id.value,
                      isms::EntitySpec::refOf(objective) + u"  "_s
                          + objective.values.at(titleColumn).toString());
    }
    const isms::EntitySpec &objectiveLink = isms::metricObjectiveSpec();
    QSet<qint64> linkedObjectives;
    for (const isms::Record &link : *objectiveLinks) {
        if (link.values.at(objectiveLink.indexOf(u"metric")).toLongLong() != m_current.value) {
            continue;
        }
        const qint64 objective = link.values.at(objectiveLink.indexOf(u"objective")).toLongLong();
        linkedObjectives.insert(objective);
        auto *item = new QListWidgetItem(titles.value(objective), m_objectives.list);
        item->setData(LinkIdRole, link.id.value);
        item->setData(LinkRefRole, isms::EntitySpec::refOf(link));
        item->setData(OtherRole, objective);
    }
    for (const isms::Record &objective : *objectives) {
        if (!linkedObjectives.contains(objective.id.value)) {
            m_objectives.combo->addItem(titles.value(objective.id.value), objective.id.value);
        }
    }

    QHash<QString, QString> controlTitles;
    QStringList controlOrder;
    if (const auto catalogue = isms::Catalogue::annexA2022()) {
        for (const isms::Control &control : *catalogue) {
            controlTitles.insert(control.ref, u"A."_s + control.ref + u"  "_s + control.title);
            controlOrder.append(control.ref);
        }
    }
    const isms::EntitySpec &controlLink = isms::metricControlSpec();
    QSet<QString> linkedControls;
    for (const isms::Record &link : *controlLinks) {
        if (link.values.at(controlLink.indexOf(u"metric")).toLongLong() != m_current.value) {
            continue;
        }
        const QString control = link.values.at(controlLink.indexOf(u"control")).toString();
        linkedControls.insert(control);
        auto *item = new QListWidgetItem(controlTitles.value(control, control), m_controls.list);
        item->setData(LinkIdRole, link.id.value);
        item->setData(LinkRefRole, isms::EntitySpec::refOf(link));
        item->setData(OtherRole, control);
    }
    for (const QString &control : std::as_const(controlOrder)) {
        if (!linkedControls.contains(control)) {
            m_controls.combo->addItem(controlTitles.value(control), control);
        }
    }
    updateButtons();
}

void MetricPanel::updateButtons()
{
    const bool editable = isEditable();
    m_measuredOn->setEnabled(editable);
    m_value->setEnabled(editable);
    m_record->setEnabled(editable && !m_value->text().trimmed().isEmpty());
    for (const LinkEditor *editor : {&m_objectives, &m_controls}) {
        editor->combo->setEnabled(editable && editor->combo->count() > 0);
        editor->add->setEnabled(editable && editor->combo->count() > 0);
        editor->remove->setEnabled(editable && editor->list->currentItem() != nullptr);
    }
}

void MetricPanel::onActivated(const QListWidgetItem *item, const QString &entity)
{
    if (item) {
        Q_EMIT recordRequested(entity, item->data(OtherRole).toString());
    }
}

void MetricPanel::addLink(const isms::EntitySpec &spec,
                          const QString &otherField,
                          const QVariant &other,
                          const QString &text)
{
    if (!isEditable() || !other.isValid()) {
        return;
    }
    isms::Record link = spec.newRecord();
    link.values[spec.indexOf(u"metric")] = m_current.value;
    link.values[spec.indexOf(otherField)] = other;
    QPointer<MetricPanel> self(this);
    m_undoStack->push(new CreateRecordCommand(
        *m_db,
        spec,
        {link},
        [self](const isms::Error &error) {
            if (self) {
                Q_EMIT self->errorOccurred(error);
            }
        },
        text));
}

void MetricPanel::removeLink(const isms::EntitySpec &spec, const LinkEditor &editor)
{
    const QListWidgetItem *item = editor.list->currentItem();
    if (!isEditable() || !item) {
        return;
    }
    QPointer<MetricPanel> self(this);
    m_undoStack->push(new RemoveRecordsCommand(*m_db,
                                               spec,
                                               {isms::RecordId{item->data(LinkIdRole).toLongLong()}},
                                               {item->data(LinkRefRole).toString()},
                                               [self](const isms::Error &error) {
                                                   if (self) {
                                                       Q_EMIT self->errorOccurred(error);
                                                   }
                                               }));
}

void MetricPanel::addObjective()
{
    addLink(isms::metricObjectiveSpec(),
            u"objective"_s,
            m_objectives.combo->currentData().toLongLong(),
            tr("Link metric to objective"));
}

void MetricPanel::addControl()
{
    addLink(isms::metricControlSpec(),
            u"control"_s,
            m_controls.combo->currentData(),
            tr("Link metric to control"));
}

void MetricPanel::removeObjective()
{
    removeLink(isms::metricObjectiveSpec(), m_objectives);
}

void MetricPanel::removeControl()
{
    removeLink(isms::metricControlSpec(), m_controls);
}

void MetricPanel::recordMeasurement()
{
    if (!isEditable() || m_value->text().trimmed().isEmpty()) {
        return;
    }
    const isms::EntitySpec &spec = isms::measurementSpec();
    isms::Record measurement = spec.newRecord();
    measurement.values[spec.indexOf(u"metric")] = m_current.value;
    measurement.values[spec.indexOf(u"measured_on")] = m_measuredOn->date();
    measurement.values[spec.indexOf(u"value")] = m_value->text();
    // The command runs at once; a refusal comes back through the sink before push() returns, and the
    // typed value then stays for the user to correct.
    const auto refused = std::make_shared<bool>(false);
    QPointer<MetricPanel> self(this);
    m_undoStack->push(new CreateRecordCommand(
        *m_db,
        spec,
        {measurement},
        [self, refused](const isms::Error &error) {
            *refused = true;
            if (self) {
                Q_EMIT self->errorOccurred(error);
            }
        },
        tr("Record measurement")));
    if (!*refused) {
        m_value->clear();
    }
}
