// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/DemoRegisters.h"

#include "domain/Entities.h"
#include "io/Csv.h"
#include "services/RecordService.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <functional>

namespace isms {

namespace {

Error tableError(const QString &file, const QString &detail)
{
    return Error{ErrorCode::Io,
                 QCoreApplication::translate("isms::DemoData",
                                             "The program's built-in demo table %1 is damaged; reinstall "
                                             "ISMS Workbench.")
                     .arg(file),
                 detail};
}

/// One CSV table of resources/demo, read by column name.
class DemoTable final
{
public:
    /// Reads `file` and checks that it has every column of `columns`.
    static Result<DemoTable> read(const QString &file, const QStringList &columns)
    {
        QFile resource(QStringLiteral(":/demo/") + file);
        if (!resource.open(QIODevice::ReadOnly)) {
            return tableError(file, resource.errorString());
        }
        auto rows = Csv::parse(QString::fromUtf8(resource.readAll()));
        if (!rows || rows->isEmpty()) {
            return tableError(file, rows ? QStringLiteral("empty") : rows.error().message);
        }
        DemoTable table;
        const QStringList header = rows->takeFirst();
        for (int i = 0; i < header.size(); ++i) {
            table.m_columns.insert(header.at(i), i);
        }
        for (const QString &column : columns) {
            if (!table.m_columns.contains(column)) {
                return tableError(file, QStringLiteral("no column %1").arg(column));
            }
        }
        for (const QStringList &row : std::as_const(*rows)) {
            if (row.size() != header.size()) {
                return tableError(file, QStringLiteral("a row with %1 fields").arg(row.size()));
            }
        }
        table.m_rows = std::move(rows).value();
        return table;
    }

    qsizetype size() const { return m_rows.size(); }

    QString text(qsizetype row, const QString &column) const
    {
        return m_rows.at(row).at(m_columns.value(column));
    }

    /// The cell as a whole number; 0 when it is empty.
    int number(qsizetype row, const QString &column) const { return text(row, column).toInt(); }

    /// The cell's values separated by ';'.
    QStringList list(qsizetype row, const QString &column) const
    {
        const QString cell = text(row, column);
        return cell.isEmpty() ? QStringList() : cell.split(u';');
    }

private:
    QList<QStringList> m_rows;
    QHash<QString, int> m_columns;
};

/// Sets the field `key` of a record of `spec`.
void set(const EntitySpec &spec, Record &record, QStringView key, const QVariant &value)
{
    record.values[spec.indexOf(key)] = value;
}

/// A level or rating: a number, or no value for an empty cell.
QVariant numberOrNone(int value)
{
    return value > 0 ? QVariant(qint64{value}) : QVariant();
}

/// The name of a record of unit `unit`: the first unit keeps the demo's own names.
QString inUnit(const QString &text, int unit)
{
    return unit == 0 ? text : QStringLiteral("%1 (branch %2)").arg(text).arg(unit + 1);
}

/// Creates `count` records of `spec`, record `i` made by `make(i)`, in batches of BatchSize records
/// (one transaction each), so that memory stays bounded. Returns the ids in order.
Result<QList<RecordId>> createAll(Database &db,
                                  const EntitySpec &spec,
                                  qsizetype count,
                                  const std::function<Record(qsizetype)> &make)
{
    QList<RecordId> ids;
    ids.reserve(count);
    RecordService service(db, spec);
    for (qsizetype start = 0; start < count; start += DemoRegisters::BatchSize) {
        const qsizetype end = std::min(count, start + DemoRegisters::BatchSize);
        QList<Record> batch;
        batch.reserve(end - start);
        for (qsizetype i = start; i < end; ++i) {
            batch.append(make(i));
        }
        auto created = service.createMany(batch);
        if (!created) {
            return created.error();
        }
        ids.append(*created);
    }
    return ids;
}

/// A link of the template unit: the risk's row in risks.csv and what it points to.
struct UnitLink
{
    int riskRow = 0;
    QString target; ///< an asset number, a control or a task row, by kind
    QString role;
};

/// Links repeat per unit; the last unit may hold only the first risks, and so the first links, because
/// links are listed in risk order. This finds the number of links and the unit and template of each.
struct RepeatedLinks
{
    QList<UnitLink> unit;
    int units = 0;
    int risksInLastUnit = 0;

    qsizetype count() const
    {
        const auto inLast = std::count_if(unit.cbegin(), unit.cend(), [this](const UnitLink &link) {
            return link.riskRow < risksInLastUnit;
        });
        return qsizetype{units - 1} * unit.size() + inLast;
    }

    int unitOf(qsizetype index) const { return static_cast<int>(index / unit.size()); }

    const UnitLink &linkOf(qsizetype index) const { return unit.at(index % unit.size()); }
};

} // namespace

Result<void> DemoRegisters::write(Database &db, const QDate &today, int riskCount)
{
    const auto assets = DemoTable::read(QStringLiteral("assets.csv"),
                                        {QStringLiteral("name"),
                                         QStringLiteral("type"),
                                         QStringLiteral("owner"),
                                         QStringLiteral("classification"),
                                         QStringLiteral("confidentiality"),
                                         QStringLiteral("integrity"),
                                         QStringLiteral("availability"),
                                         QStringLiteral("location"),
                                         QStringLiteral("notes")});
    const auto dependencies = DemoTable::read(QStringLiteral("asset-dependencies.csv"),
                                              {QStringLiteral("asset"), QStringLiteral("depends_on")});
    const auto risks = DemoTable::read(QStringLiteral("risks.csv"),
                                       {QStringLiteral("title"),
                                        QStringLiteral("description"),
                                        QStringLiteral("threat"),
                                        QStringLiteral("vulnerability"),
                                        QStringLiteral("owner"),
                                        QStringLiteral("likelihood"),
                                        QStringLiteral("impact"),
                                        QStringLiteral("treatment"),
                                        QStringLiteral("residual_likelihood"),
                                        QStringLiteral("residual_impact"),
                                        QStringLiteral("status"),
                                        QStringLiteral("review_days"),
                                        QStringLiteral("signoff_days"),
                                        QStringLiteral("signoff_comment"),
                                        QStringLiteral("acceptance_rationale"),
                                        QStringLiteral("assets"),
                                        QStringLiteral("existing_controls"),
                                        QStringLiteral("planned_controls")});
    const auto tasks = DemoTable::read(QStringLiteral("treatment-tasks.csv"),
                                       {QStringLiteral("risk"),
                                        QStringLiteral("title"),
                                        QStringLiteral("owner"),
                                        QStringLiteral("due_days"),
                                        QStringLiteral("status"),
                                        QStringLiteral("notes")});
    for (const auto *table : {&assets, &dependencies, &risks, &tasks}) {
        if (!*table) {
            return table->error();
        }
    }
    if (risks->size() != RisksPerUnit || riskCount < 1) {
        return tableError(QStringLiteral("risks.csv"), QStringLiteral("unexpected size"));
    }
    const int units = (riskCount + RisksPerUnit - 1) / RisksPerUnit;
    const int risksInLastUnit = riskCount - (units - 1) * RisksPerUnit;
    const auto assetsPerUnit = assets->size();

    // Assets, then the dependencies between the assets of each unit.
    const EntitySpec &assetKind = assetSpec();
    const auto assetIds = createAll(db, assetKind, units * assetsPerUnit, [&](qsizetype i) {
        const int unit = static_cast<int>(i / assetsPerUnit);
        const qsizetype row = i % assetsPerUnit;
        Record record = assetKind.newRecord();
        set(assetKind, record, u"name", inUnit(assets->text(row, QStringLiteral("name")), unit));
        for (const char16_t *key : {u"type", u"owner", u"classification", u"location", u"notes"}) {
            set(assetKind, record, key, assets->text(row, QString::fromUtf16(key)));
        }
        for (const char16_t *key : {u"confidentiality", u"integrity", u"availability"}) {
            set(assetKind, record, key, numberOrNone(assets->number(row, QString::fromUtf16(key))));
        }
        return record;
    });
    if (!assetIds) {
        return assetIds.error();
    }
    const auto assetOf = [&](int unit, int number) {
        return assetIds->at(unit * assetsPerUnit + number - 1);
    };
    const EntitySpec &dependencyKind = assetDependencySpec();
    const auto linksPerUnit = dependencies->size();
    const auto dependencyIds = createAll(db, dependencyKind, units * linksPerUnit, [&](qsizetype i) {
        const int unit = static_cast<int>(i / linksPerUnit);
        const qsizetype row = i % linksPerUnit;
        Record record = dependencyKind.newRecord();
        set(dependencyKind,
            record,
            u"asset",
            assetOf(unit, dependencies->number(row, QStringLiteral("asset"))).value);
        set(dependencyKind,
            record,
            u"depends_on",
            assetOf(unit, dependencies->number(row, QStringLiteral("depends_on"))).value);
        return record;
    });
    if (!dependencyIds) {
        return dependencyIds.error();
    }

    // Risks, named by the starting catalogues' threats and vulnerabilities.
    const auto threats = RecordRepository(db, threatSpec()).idsByRef();
    const auto vulnerabilities = RecordRepository(db, vulnerabilitySpec()).idsByRef();
    if (!threats || !vulnerabilities) {
        return threats ? vulnerabilities.error() : threats.error();
    }
    const EntitySpec &riskKind = riskSpec();
    const auto riskIds = createAll(db, riskKind, riskCount, [&](qsizetype i) {
        const int unit = static_cast<int>(i / RisksPerUnit);
        const qsizetype row = i % RisksPerUnit;
        const auto text = [&](const char16_t *key) { return risks->text(row, QString::fromUtf16(key)); };
        Record record = riskKind.newRecord();
        set(riskKind, record, u"title", inUnit(text(u"title"), unit));
        for (const char16_t *key :
             {u"description", u"owner", u"treatment", u"status", u"acceptance_rationale"}) {
            set(riskKind, record, key, text(key));
        }
        set(riskKind, record, u"threat", threats->value(text(u"threat")).value);
        set(riskKind, record, u"vulnerability", vulnerabilities->value(text(u"vulnerability")).value);
        for (const char16_t *key : {u"likelihood", u"impact", u"residual_likelihood", u"residual_impact"}) {
            set(riskKind, record, key, numberOrNone(text(key).toInt()));
        }
        // Reviews spread over a month across units, so that a large register is not due on one day.
        set(riskKind, record, u"next_review", today.addDays(text(u"review_days").toInt() + unit % 30));
        if (!text(u"signoff_days").isEmpty()) {
            set(riskKind, record, u"signoff_by", text(u"owner"));
            set(riskKind, record, u"signoff_date", today.addDays(-text(u"signoff_days").toInt()));
            set(riskKind, record, u"signoff_comment", text(u"signoff_comment"));
        }
        return record;
    });
    if (!riskIds) {
        return riskIds.error();
    }
    const auto riskOf = [&](int unit, int row) { return riskIds->at(unit * RisksPerUnit + row).value; };

    // The risks' links to assets and to Annex A controls, and their treatment tasks.
    RepeatedLinks assetLinks{{}, units, risksInLastUnit};
    RepeatedLinks controlLinks{{}, units, risksInLastUnit};
    for (int row = 0; row < RisksPerUnit; ++row) {
        for (const QString &asset : risks->list(row, QStringLiteral("assets"))) {
            assetLinks.unit.append({row, asset, {}});
        }
        for (const QString &role : {QStringLiteral("existing"), QStringLiteral("planned")}) {
            for (const QString &control : risks->list(row, role + QStringLiteral("_controls"))) {
                controlLinks.unit.append({row, control, role});
            }
        }
    }
    RepeatedLinks taskLinks{{}, units, risksInLastUnit};
    for (qsizetype row = 0; row < tasks->size(); ++row) {
        const int riskRow = tasks->number(row, QStringLiteral("risk")) - 1;
        if (riskRow < 0 || riskRow >= RisksPerUnit
            || (!taskLinks.unit.isEmpty() && riskRow < taskLinks.unit.constLast().riskRow)) {
            return tableError(QStringLiteral("treatment-tasks.csv"), QStringLiteral("risk out of order"));
        }
        taskLinks.unit.append({riskRow, QString::number(row), {}});
    }

    const EntitySpec &riskAssetKind = riskAssetSpec();
    const auto riskAssets = createAll(db, riskAssetKind, assetLinks.count(), [&](qsizetype i) {
        const UnitLink &link = assetLinks.linkOf(i);
        const int unit = assetLinks.unitOf(i);
        Record record = riskAssetKind.newRecord();
        set(riskAssetKind, record, u"risk", riskOf(unit, link.riskRow));
        set(riskAssetKind, record, u"asset", assetOf(unit, link.target.toInt()).value);
        return record;
    });
    if (!riskAssets) {
        return riskAssets.error();
    }
    const EntitySpec &riskControlKind = riskControlSpec();
    const auto riskControls = createAll(db, riskControlKind, controlLinks.count(), [&](qsizetype i) {
        const UnitLink &link = controlLinks.linkOf(i);
        Record record = riskControlKind.newRecord();
        set(riskControlKind, record, u"risk", riskOf(controlLinks.unitOf(i), link.riskRow));
        set(riskControlKind, record, u"control", link.target);
        set(riskControlKind, record, u"role", link.role);
        return record;
    });
    if (!riskControls) {
        return riskControls.error();
    }
    const EntitySpec &taskKind = treatmentTaskSpec();
    const auto taskIds = createAll(db, taskKind, taskLinks.count(), [&](qsizetype i) {
        const UnitLink &link = taskLinks.linkOf(i);
        const int row = link.target.toInt();
        Record record = taskKind.newRecord();
        set(taskKind, record, u"risk", riskOf(taskLinks.unitOf(i), link.riskRow));
        for (const char16_t *key : {u"title", u"owner", u"status", u"notes"}) {
            set(taskKind, record, key, tasks->text(row, QString::fromUtf16(key)));
        }
        set(taskKind, record, u"due_date", today.addDays(tasks->number(row, QStringLiteral("due_days"))));
        return record;
    });
    if (!taskIds) {
        return taskIds.error();
    }
    return {};
}

} // namespace isms
