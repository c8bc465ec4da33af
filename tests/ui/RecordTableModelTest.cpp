// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "models/RecordTableModel.h"

#include "TempProject.h"
#include "commands/CreateRecordCommand.h"
#include "commands/RemoveRecordsCommand.h"
#include "commands/SetFieldCommand.h"
#include "domain/Entities.h"
#include "models/RecordFilterProxyModel.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

/// Every test runs once per register built on the framework.
class RecordTableModelTest : public ::testing::TestWithParam<const isms::EntitySpec *>
{
protected:
    void SetUp() override
    {
        m_db = m_temp.create();
        ASSERT_TRUE(m_db);
        m_model = std::make_unique<RecordTableModel>(spec());
        m_tester =
            std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                       QAbstractItemModelTester::FailureReportingMode::Fatal);
        ASSERT_TRUE(m_model->setDatabase(m_db.get()));
        m_model->setUndoStack(&m_undo);
        ASSERT_GT(m_model->rowCount(), 10) << "every project starts with the register's catalogue";
    }

    void TearDown() override
    {
        m_undo.clear();
        m_tester.reset();
        m_model.reset();
    }

    const isms::EntitySpec &spec() const { return *GetParam(); }

    isms::RecordService service() const { return isms::RecordService(*m_db, spec()); }

    isms::Record stored(isms::RecordId id) const
    {
        const auto record = service().get(id);
        EXPECT_TRUE(record);
        return record ? *record : isms::Record{};
    }

    int nameColumn() const { return m_model->columnOf(u"name"); }

    isms::test::TempProject m_temp;
    std::unique_ptr<isms::Database> m_db;
    QUndoStack m_undo;
    std::unique_ptr<RecordTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

std::string specName(const ::testing::TestParamInfo<const isms::EntitySpec *> &info)
{
    return info.param->key.toStdString();
}

} // namespace

INSTANTIATE_TEST_SUITE_P(Registers,
                         RecordTableModelTest,
                         ::testing::Values(&isms::threatSpec(), &isms::vulnerabilitySpec()),
                         specName);

TEST_P(RecordTableModelTest, ShowsEveryRecordWithTheTableFields)
{
    const auto all = service().all();
    ASSERT_TRUE(all);
    ASSERT_EQ(m_model->rowCount(), all->size());
    int inTable = 0;
    for (const isms::FieldSpec &field : spec().fields) {
        inTable += field.has(isms::InTable) ? 1 : 0;
    }
    EXPECT_EQ(m_model->columnCount(), inTable);
    EXPECT_EQ(m_model->headerData(0, Qt::Horizontal).toString(), u"Reference"_s);
    const isms::Record &first = all->constFirst();
    EXPECT_EQ(m_model->index(0, 0).data().toString(), isms::EntitySpec::refOf(first));
    EXPECT_EQ(m_model->index(0, 0).data(RecordTableModel::IdRole).value<isms::RecordId>(), first.id);
    EXPECT_EQ(m_model->rowOf(first.id), 0);

    // Enums show their translated label, a colour, and sort by their position in the spec.
    const int column = m_model->columnOf(u"category");
    ASSERT_GE(column, 0);
    const isms::FieldSpec &category = m_model->fieldOf(column);
    const QString keyword = first.values.at(spec().indexOf(u"category")).toString();
    const isms::EnumValue *value = category.enumSpec->find(keyword);
    ASSERT_NE(value, nullptr);
    const QModelIndex cell = m_model->index(0, column);
    EXPECT_EQ(cell.data().toString(), category.enumSpec->labelOf(keyword));
    EXPECT_EQ(cell.data(Qt::EditRole).toString(), keyword);
    EXPECT_EQ(cell.data(RecordTableModel::SortRole).toInt(), value - category.enumSpec->values.constData());
    EXPECT_FALSE(cell.data(Qt::DecorationRole).value<QIcon>().isNull());
}

TEST_P(RecordTableModelTest, LongTextIsShownWholeInTheTooltip)
{
    const isms::RecordId id = m_model->idAt(3);
    ASSERT_TRUE(service().update(id, {{u"name"_s, QString(200, u'x')}}));
    const QString shown = m_model->index(3, nameColumn()).data().toString();
    EXPECT_LE(shown.size(), RecordTableModel::MaxCellLength);
    EXPECT_EQ(m_model->index(3, nameColumn()).data(Qt::ToolTipRole).toString(), QString(200, u'x'))
        << "the tooltip shows what the cell cuts";
}

TEST_P(RecordTableModelTest, EditInTheTableChangesOnlyThatRowAndUndoes)
{
    const int row = 4;
    const isms::RecordId id = m_model->idAt(row);
    const QString before = stored(id).values.at(1).toString();
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(m_model->flags(m_model->index(row, nameColumn())) & Qt::ItemIsEditable);
    EXPECT_FALSE(m_model->flags(m_model->index(row, 0)) & Qt::ItemIsEditable)
        << "references change in the form";

    ASSERT_TRUE(m_model->setData(m_model->index(row, nameColumn()), u"  Renamed  "_s));
    EXPECT_EQ(stored(id).values.at(1).toString(), u"Renamed"_s);
    ASSERT_EQ(changed.count(), 1);
    const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
    EXPECT_EQ(topLeft.row(), row);
    EXPECT_EQ(bottomRight.row(), row);
    EXPECT_EQ(topLeft.column(), nameColumn());
    EXPECT_EQ(bottomRight.column(), nameColumn());
    ASSERT_EQ(m_undo.count(), 1);
    EXPECT_EQ(m_undo.undoText(), u"Change Name of %1"_s.arg(spec().singularNoun()));

    m_undo.undo();
    EXPECT_EQ(stored(id).values.at(1).toString(), before);
    EXPECT_EQ(m_model->index(row, nameColumn()).data().toString(), before);
    m_undo.redo();
    EXPECT_EQ(m_model->index(row, nameColumn()).data().toString(), u"Renamed"_s);
    EXPECT_EQ(changed.count(), 3);

    // The same value again is no change and no undo step.
    EXPECT_FALSE(m_model->setData(m_model->index(row, nameColumn()), u"Renamed"_s));
    EXPECT_EQ(m_undo.count(), 1);
}

TEST_P(RecordTableModelTest, RefusedEditReportsAndLeavesNoUndoStep)
{
    const isms::RecordId id = m_model->idAt(2);
    const QString before = stored(id).values.at(1).toString();
    QStringList errors;
    QObject::connect(m_model.get(),
                     &RecordTableModel::errorOccurred,
                     m_model.get(),
                     [&errors](const isms::Error &error) { errors.append(error.message); });
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    EXPECT_FALSE(m_model->setData(m_model->index(2, nameColumn()), QString()));
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.constFirst().contains(u"required"_s)) << qPrintable(errors.constFirst());
    EXPECT_EQ(m_undo.count(), 0);
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(stored(id).values.at(1).toString(), before);
}

TEST_P(RecordTableModelTest, BulkUpdateIsOneDataChangedBlock)
{
    QList<isms::RecordChange> changes;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        changes.append({m_model->idAt(row), {{u"name"_s, u"Bulk %1"_s.arg(row)}}});
    }
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(service().updateMany(changes));
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<QModelIndex>().row(), 0);
    EXPECT_EQ(changed.at(0).at(1).value<QModelIndex>().row(), m_model->rowCount() - 1);
    EXPECT_EQ(m_model->index(7, nameColumn()).data().toString(), u"Bulk 7"_s);
}

TEST_P(RecordTableModelTest, ChangesOfSeparateRowsAreSeparateBlocks)
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(service().updateMany({{m_model->idAt(1), {{u"name"_s, u"One"_s}}},
                                      {m_model->idAt(2), {{u"name"_s, u"Two"_s}}},
                                      {m_model->idAt(6), {{u"name"_s, u"Six"_s}}}}));
    ASSERT_EQ(changed.count(), 2);
    EXPECT_EQ(changed.at(0).at(0).value<QModelIndex>().row(), 1);
    EXPECT_EQ(changed.at(0).at(1).value<QModelIndex>().row(), 2);
    EXPECT_EQ(changed.at(1).at(0).value<QModelIndex>().row(), 6);
    EXPECT_EQ(changed.at(1).at(1).value<QModelIndex>().row(), 6);
}

TEST_P(RecordTableModelTest, CreateAndRemoveTouchExactlyTheirRowsAndUndo)
{
    const int count = m_model->rowCount();
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QStringList errors;
    auto sink = [&errors](const isms::Error &error) { errors.append(error.message); };

    isms::Record record = spec().newRecord();
    record.values[1] = u"Created in a test"_s;
    m_undo.push(new CreateRecordCommand(*m_db, spec(), {record}, sink));
    ASSERT_TRUE(errors.isEmpty()) << qPrintable(errors.join(u'\n'));
    ASSERT_EQ(m_model->rowCount(), count + 1);
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted.at(0).at(1).toInt(), count);
    const isms::RecordId created = m_model->idAt(count);
    const QString ref = isms::EntitySpec::refOf(m_model->recordAt(count));
    EXPECT_TRUE(ref.startsWith(spec().refPrefix));
    EXPECT_EQ(m_undo.undoText(), u"New %1"_s.arg(spec().singularLabel().toLower()));

    m_undo.undo();
    EXPECT_EQ(m_model->rowCount(), count);
    EXPECT_EQ(m_model->rowOf(created), -1);
    m_undo.redo();
    ASSERT_EQ(m_model->rowCount(), count + 1);
    EXPECT_EQ(isms::EntitySpec::refOf(m_model->recordAt(m_model->rowOf(created))), ref)
        << "redo puts back the same record, with its reference";

    // Rows 2, 3 and 7 go as two blocks, in one undo step.
    removed.clear();
    const QList<isms::RecordId> ids{m_model->idAt(2), m_model->idAt(3), m_model->idAt(7)};
    const QString name3 = m_model->recordAt(3).values.at(1).toString();
    m_undo.push(new RemoveRecordsCommand(*m_db, spec(), ids, {}, sink));
    ASSERT_TRUE(errors.isEmpty()) << qPrintable(errors.join(u'\n'));
    EXPECT_EQ(m_model->rowCount(), count - 2);
    ASSERT_EQ(removed.count(), 2);
    EXPECT_EQ(removed.at(0).at(1).toInt(), 7);
    EXPECT_EQ(removed.at(1).at(1).toInt(), 2);
    EXPECT_EQ(removed.at(1).at(2).toInt(), 3);
    for (const isms::RecordId id : ids) {
        EXPECT_EQ(m_model->rowOf(id), -1);
    }
    EXPECT_EQ(m_undo.undoText(), u"Delete 3 %1"_s.arg(spec().pluralLabel().toLower()));

    m_undo.undo();
    EXPECT_EQ(m_model->rowCount(), count + 1);
    ASSERT_GE(m_model->rowOf(ids.at(1)), 0);
    EXPECT_EQ(m_model->recordAt(m_model->rowOf(ids.at(1))).values.at(1).toString(), name3);
    EXPECT_EQ(reset.count(), 0) << "no reset for changes within the project";
    // Every row still maps back to its own id.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        EXPECT_EQ(m_model->rowOf(m_model->idAt(row)), row);
    }
}

TEST_P(RecordTableModelTest, TypedEditsOfOneSessionMergeIntoOneStep)
{
    const isms::RecordId id = m_model->idAt(0);
    const QVariant original = stored(id).values.at(1);
    for (const QString &text : {u"Fi"_s, u"Fir"_s, u"First"_s}) {
        const QVariant current = stored(id).values.at(1);
        m_undo.push(new SetFieldCommand(*m_db, spec(), id, u"name"_s, current, text, 7, {}));
    }
    EXPECT_EQ(m_undo.count(), 1);
    EXPECT_EQ(stored(id).values.at(1).toString(), u"First"_s);
    m_undo.undo();
    EXPECT_EQ(stored(id).values.at(1), original);
}

TEST_P(RecordTableModelTest, OtherRegistersDoNotTouchTheModel)
{
    const isms::EntitySpec &other =
        &spec() == &isms::threatSpec() ? isms::vulnerabilitySpec() : isms::threatSpec();
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    const auto otherRecords = isms::RecordService(*m_db, other).all();
    ASSERT_TRUE(otherRecords);
    ASSERT_TRUE(
        isms::RecordService(*m_db, other).update(otherRecords->constFirst().id, {{u"name"_s, u"X"_s}}));
    ASSERT_TRUE(isms::RecordService(*m_db, other).remove({otherRecords->constLast().id}));
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(removed.count(), 0);
}

TEST_P(RecordTableModelTest, ProxyFiltersByTextAndEnumAndSortsReferencesAsNumbers)
{
    RecordFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceRecordModel(m_model.get());
    proxy.sort(0, Qt::AscendingOrder);
    ASSERT_EQ(proxy.rowCount(), m_model->rowCount());
    EXPECT_EQ(proxy.filterableEnumFields(), QStringList{u"category"_s});

    // References T-9 and T-10 in number order, not text order.
    ASSERT_TRUE(service().update(m_model->idAt(8), {{u"ref"_s, QVariant(spec().refPrefix + u"9"_s)}}));
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const auto previous = spec().refNumber(proxy.index(row - 1, 0).data().toString());
        const auto current = spec().refNumber(proxy.index(row, 0).data().toString());
        ASSERT_TRUE(previous && current);
        EXPECT_LT(*previous, *current);
    }

    ASSERT_TRUE(service().update(m_model->idAt(5), {{u"name"_s, u"Zebra crossing"_s}}));
    proxy.setFilterText(u"  zEBRA "_s);
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.index(0, 0).data(RecordTableModel::IdRole).value<isms::RecordId>(), m_model->idAt(5));
    proxy.setFilterText(spec().refPrefix);
    EXPECT_EQ(proxy.rowCount(), m_model->rowCount()) << "the reference is searched too";

    proxy.setFilterText({});
    const QString keyword = m_model->index(0, m_model->columnOf(u"category")).data(Qt::EditRole).toString();
    int expected = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        expected +=
            m_model->index(row, m_model->columnOf(u"category")).data(Qt::EditRole).toString() == keyword;
    }
    proxy.setEnumFilter(u"category"_s, keyword);
    EXPECT_EQ(proxy.rowCount(), expected);
    EXPECT_LT(proxy.rowCount(), m_model->rowCount());

    // A record that stops matching leaves the filtered view when it changes.
    const isms::RecordId firstShown =
        proxy.index(0, 0).data(RecordTableModel::IdRole).value<isms::RecordId>();
    const isms::FieldSpec &category = *spec().field(u"category");
    const QString otherKeyword = category.enumSpec->values.at(0).keyword == keyword
                                     ? category.enumSpec->values.at(1).keyword
                                     : category.enumSpec->values.at(0).keyword;
    ASSERT_TRUE(service().update(firstShown, {{u"category"_s, otherKeyword}}));
    EXPECT_EQ(proxy.rowCount(), expected - 1);

    proxy.setEnumFilter(u"unknown"_s, keyword);
    EXPECT_EQ(proxy.rowCount(), expected - 1) << "fields that are no filterable enum are ignored";
    proxy.clearFilters();
    EXPECT_EQ(proxy.rowCount(), m_model->rowCount());
}

TEST_P(RecordTableModelTest, TheTextFilterFindsWhatACaseInsensitiveSearchOfEachFieldFinds)
{
    RecordFilterProxyModel proxy;
    proxy.setSourceRecordModel(m_model.get());
    // Names in other scripts and with letters whose case folds specially.
    const QStringList names{u"Überschwemmung im Rechenzentrum"_s,
                            u"ÉCLAIR sur le toit"_s,
                            u"Straße gesperrt"_s,
                            u"Κεραυνός στο κτίριο"_s,
                            u"Ransomware KELVIN \u212A"_s,
                            u"Plain ascii name"_s};
    for (int i = 0; i < names.size(); ++i) {
        ASSERT_TRUE(service().update(m_model->idAt(i), {{u"name"_s, names.at(i)}}));
    }
    const QStringList needles{u"überschwemmung"_s,
                              u"ÜBERSCHWEMMUNG"_s,
                              u"éclair"_s,
                              u"STRASSE"_s,
                              u"straße"_s,
                              u"κεραυνός"_s,
                              u"ΚΕΡΑΥΝΌΣ"_s,
                              u"kelvin k"_s,
                              u"\u212A"_s,
                              u"ascii"_s,
                              spec().refPrefix,
                              u"zzz-nothing"_s};
    for (const QString &needle : needles) {
        // What the filter shows is exactly what QString's own case-insensitive search finds in the
        // text columns (the reference as shown).
        int expected = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            bool found = false;
            for (int column = 0; column < m_model->columnCount(); ++column) {
                if (m_model->fieldOf(column).isText()) {
                    QString value =
                        m_model->recordAt(row).values.at(m_model->fieldIndexOf(column)).toString();
                    if (m_model->fieldIndexOf(column) == 0) {
                        value = spec().shownRef(value);
                    }
                    found = found || value.contains(needle, Qt::CaseInsensitive);
                }
            }
            expected += found;
        }
        proxy.setFilterText(needle);
        EXPECT_EQ(proxy.rowCount(), expected) << needle.toStdString();
    }
    proxy.setFilterText(u"überschwemmung"_s);
    EXPECT_EQ(proxy.rowCount(), 1);
    // A change of the record is searched at once; text across two fields is never found.
    ASSERT_TRUE(service().update(m_model->idAt(0), {{u"name"_s, u"Hochwasser"_s}}));
    EXPECT_EQ(proxy.rowCount(), 0);
    proxy.setFilterText(u"hochwasser"_s);
    EXPECT_EQ(proxy.rowCount(), 1);
    proxy.setFilterText(QString(QChar(RecordTableModel::SearchSeparator)));
    EXPECT_EQ(proxy.rowCount(), 0);
}

// A reference to a record with a name shows the name beside the reference, and follows a change of
// the name.
TEST(RecordTableModelReferenceTest, ReferencesShowTheNameOfTheRecordTheyPointTo)
{
    isms::test::TempProject temp;
    const auto db = temp.create();
    ASSERT_TRUE(db);
    isms::Record person = isms::personSpec().newRecord();
    person.values[isms::personSpec().indexOf(u"name")] = u"Ruth Calder"_s;
    const auto personId = isms::RecordService(*db, isms::personSpec()).create(person);
    ASSERT_TRUE(personId) << qPrintable(personId.error().message);
    isms::Record role = isms::roleSpec().newRecord();
    role.values[isms::roleSpec().indexOf(u"name")] = u"ISMS manager"_s;
    role.values[isms::roleSpec().indexOf(u"holder")] = personId->value;
    ASSERT_TRUE(isms::RecordService(*db, isms::roleSpec()).create(role));

    RecordTableModel model(isms::roleSpec());
    ASSERT_TRUE(model.setDatabase(db.get()));
    ASSERT_EQ(model.rowCount(), 1);
    const int holder = model.columnOf(u"holder");
    ASSERT_GE(holder, 0);
    EXPECT_EQ(model.index(0, holder).data().toString(), u"P-001 — Ruth Calder"_s);

    ASSERT_TRUE(isms::RecordService(*db, isms::personSpec()).update(*personId, {{u"name"_s, u"Ruth Mey"_s}}));
    EXPECT_EQ(model.index(0, holder).data().toString(), u"P-001 — Ruth Mey"_s);
}

// A measured value sorts by its number: 9.5 before 12 before 100, not as text.
TEST(RecordTableModelReferenceTest, MeasuredValuesSortByTheirNumber)
{
    isms::test::TempProject temp;
    const auto db = temp.create();
    ASSERT_TRUE(db);
    isms::Record metric = isms::metricSpec().newRecord();
    metric.values[isms::metricSpec().indexOf(u"name")] = u"Patch latency"_s;
    const auto metricId = isms::RecordService(*db, isms::metricSpec()).create(metric);
    ASSERT_TRUE(metricId) << qPrintable(metricId.error().message);
    const isms::EntitySpec &spec = isms::measurementSpec();
    int day = 1;
    for (const QString &value : {u"12"_s, u"100"_s, u"9.5"_s}) {
        isms::Record measurement = spec.newRecord();
        measurement.values[spec.indexOf(u"metric")] = metricId->value;
        measurement.values[spec.indexOf(u"measured_on")] = QDate(2026, 1, day++);
        measurement.values[spec.indexOf(u"value")] = value;
        const auto created = isms::RecordService(*db, spec).create(measurement);
        ASSERT_TRUE(created) << qPrintable(created.error().message);
    }
    RecordTableModel model(spec);
    ASSERT_TRUE(model.setDatabase(db.get()));
    RecordFilterProxyModel proxy;
    proxy.setSourceRecordModel(&model);
    const int column = model.columnOf(u"value");
    ASSERT_GE(column, 0);
    proxy.sort(column, Qt::AscendingOrder);
    ASSERT_EQ(proxy.rowCount(), 3);
    EXPECT_EQ(proxy.index(0, column).data().toString(), u"9.5"_s);
    EXPECT_EQ(proxy.index(1, column).data().toString(), u"12"_s);
    EXPECT_EQ(proxy.index(2, column).data().toString(), u"100"_s);
}
