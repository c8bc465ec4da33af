// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/RequirementService.h"

#include "TempProject.h"
#include "services/ChangeNotifier.h"
#include "services/ControlStatistics.h"
#include "services/DemoData.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

class RequirementServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_temp.create();
        ASSERT_TRUE(m_db);
    }

    test::TempProject m_temp;
    std::unique_ptr<Database> m_db;
};

TEST_F(RequirementServiceTest, NewProjectStartsWithNothingStarted)
{
    RequirementService service(*m_db);
    for (const Control &control : service.controls().value()) {
        EXPECT_EQ(control.tracking, RequirementTracking{});
    }
}

TEST_F(RequirementServiceTest, AcceptsIdsWithOrWithoutThePrefix)
{
    RequirementService service(*m_db);
    EXPECT_EQ(service.control(u"A.8.24"_s)->title, u"Use of cryptography");
    EXPECT_EQ(service.control(u"8.24"_s)->displayRef(), u"A.8.24");
    EXPECT_EQ(service.control(u"a.8.24"_s)->ref, u"8.24");
    const auto missing = service.control(u"A.9.9"_s);
    ASSERT_FALSE(missing.hasValue());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_EQ(service.clause(u"6.1.2"_s)->documentedInformation.isEmpty(), false);
}

TEST_F(RequirementServiceTest, UpdatesAndReadsBackEveryField)
{
    RequirementService service(*m_db);
    QSignalSpy changed(m_db->notifier(), &ChangeNotifier::recordsChanged);
    QSignalSpy appended(m_db->notifier(), &ChangeNotifier::changeLogAppended);
    RequirementChange change;
    change.status = ImplementationStatus::Partial;
    change.owner = u"  IT Operations  "_s;
    change.notes = u"Line one\nline two <b>not bold</b>"_s;
    change.targetDate = QDate(2027, 1, 15);
    ASSERT_TRUE(service.update({RequirementKind::Control, u"5.9"_s}, change).hasValue());

    const auto control = service.control(u"5.9"_s);
    EXPECT_EQ(control->tracking.status, ImplementationStatus::Partial);
    EXPECT_EQ(control->tracking.owner, u"IT Operations");
    EXPECT_EQ(control->tracking.notes, u"Line one\nline two <b>not bold</b>");
    EXPECT_EQ(control->tracking.targetDate, QDate(2027, 1, 15));
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toString(), u"controls");
    EXPECT_EQ(changed.at(0).at(2).toStringList(),
              (QStringList{u"notes"_s, u"owner"_s, u"status"_s, u"target_date"_s}));
    EXPECT_EQ(appended.count(), 1);

    // Clearing the target date is a change of its own.
    ASSERT_TRUE(service.update({RequirementKind::Control, u"5.9"_s}, {.targetDate = QDate()}).hasValue());
    EXPECT_FALSE(service.control(u"5.9"_s)->tracking.targetDate.isValid());
}

TEST_F(RequirementServiceTest, NoOpChangesWriteNothing)
{
    RequirementService service(*m_db);
    const qint64 before = ChangeLog::count(*m_db).value();
    ASSERT_TRUE(service
                    .update({RequirementKind::Clause, u"4.1"_s},
                            {.status = ImplementationStatus::NotStarted, .owner = u""_s})
                    .hasValue());
    EXPECT_EQ(ChangeLog::count(*m_db).value(), before);
}

TEST_F(RequirementServiceTest, RejectsBadInputWithoutWriting)
{
    RequirementService service(*m_db);
    const qint64 before = ChangeLog::count(*m_db).value();
    const RequirementKey key{RequirementKind::Control, u"5.1"_s};
    const auto longOwner = service.update(key, {.owner = QString(201, u'x')});
    ASSERT_FALSE(longOwner.hasValue());
    EXPECT_EQ(longOwner.error().code, ErrorCode::InvalidArgument);
    EXPECT_FALSE(service.update(key, {.owner = u"two\nlines"_s}).hasValue());
    EXPECT_FALSE(
        service.update(key, {.notes = QString(RequirementService::MaxNotesLength + 1, u'n')}).hasValue());
    EXPECT_FALSE(service.update(key, {.targetDate = QDate(1850, 1, 1)}).hasValue());
    const auto unknown = service.update({RequirementKind::Control, u"5.99"_s}, {.owner = u"x"_s});
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
    EXPECT_EQ(ChangeLog::count(*m_db).value(), before);
    EXPECT_EQ(service.control(u"5.1"_s)->tracking, RequirementTracking{});
}

TEST_F(RequirementServiceTest, ABulkChangeIsOneTransaction)
{
    RequirementService service(*m_db);
    // The second change is invalid: nothing of the first may be kept.
    const auto result = service.updateMany({{{RequirementKind::Control, u"5.1"_s}, {.owner = u"Alice"_s}},
                                            {{RequirementKind::Control, u"5.404"_s}, {.owner = u"Bob"_s}}});
    ASSERT_FALSE(result.hasValue());
    EXPECT_TRUE(service.control(u"5.1"_s)->tracking.owner.isEmpty());
}

TEST_F(RequirementServiceTest, DemoFillsARealisticPicture)
{
    ASSERT_TRUE(DemoData::fill(*m_db, QDate(2026, 11, 23)).hasValue());
    RequirementService service(*m_db);
    const StatusSummary summary = ControlStatistics::summarize(service.controls().value());
    EXPECT_EQ(summary.total(), 93);
    EXPECT_EQ(summary.byTheme(Theme::People), 8);
    EXPECT_GT(summary.byStatus(ImplementationStatus::Implemented), 40);
    EXPECT_GT(summary.byStatus(ImplementationStatus::Partial), 5);
    EXPECT_GE(summary.byStatus(ImplementationStatus::NotApplicable), 2);
    EXPECT_GT(summary.completion(), 0.4);
    EXPECT_LT(summary.completion(), 0.9);
    for (const Control &control : service.controls().value()) {
        EXPECT_FALSE(control.tracking.owner.isEmpty());
        const bool open = control.tracking.status != ImplementationStatus::Implemented
                          && control.tracking.status != ImplementationStatus::NotApplicable;
        EXPECT_EQ(open, control.tracking.targetDate.isValid()) << qPrintable(control.ref);
    }
    const auto clauses = ControlStatistics::summarizeClauses(service.clauses().value());
    EXPECT_EQ(std::accumulate(clauses.begin(), clauses.end(), 0), 41);
}

TEST(ControlStatisticsTest, AttentionCountsOverdueUnownedAndOpenDocuments)
{
    const QDate today(2026, 11, 29);
    QList<Control> controls(3);
    controls[0].tracking = {ImplementationStatus::Planned, u"Ann"_s, {}, today.addDays(-1)}; // overdue
    controls[1].tracking = {ImplementationStatus::Implemented, {}, {}, today.addDays(-9)};   // done, unowned
    controls[2].tracking = {ImplementationStatus::NotApplicable, {}, {}, today.addDays(-9)}; // excluded
    QList<Clause> clauses(2);
    clauses[0].documentedInformation = u"Scope"_s;
    clauses[0].tracking = {ImplementationStatus::Partial, {}, {}, today};                // due today
    clauses[1].tracking = {ImplementationStatus::NotStarted, {}, {}, today.addDays(-2)}; // overdue
    const AttentionCounts counts = ControlStatistics::attention(controls, clauses, today);
    EXPECT_EQ(counts.overdue, 2);
    EXPECT_EQ(counts.unowned, 1);
    EXPECT_EQ(counts.openDocuments, 1);
}
