// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// Planning (clause 6) beside the risk register: ISMS risks and opportunities, objectives and planned
// changes as registers, with their validation and the readiness rules that span records and dates.
#include "TempProject.h"
#include "domain/Entities.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

using Values = QList<std::pair<QString, QVariant>>;

Record recordOf(const EntitySpec &spec, const Values &values)
{
    Record record = spec.newRecord();
    for (const auto &[key, value] : values) {
        record.values[spec.indexOf(key)] = value;
    }
    return record;
}

QString errorOf(const Result<RecordId> &result)
{
    return result ? QString() : result.error().message;
}

} // namespace

TEST(PlanningTest, AnEmptyProjectHasNothingToPlanYet)
{
    test::TempProject temp;
    auto db = temp.create();
    for (const EntitySpec *spec : {&ismsRiskSpec(), &objectiveSpec(), &plannedChangeSpec()}) {
        EXPECT_EQ(Entities::find(spec->key), spec);
        EXPECT_TRUE(RecordService(*db, *spec).all()->isEmpty()) << qPrintable(spec->key);
    }
}

TEST(PlanningTest, AReviewOfAnIsmsRiskActionSaysWhatItFoundOnAPastDate)
{
    test::TempProject temp;
    auto db = temp.create();
    RecordService risks(*db, ismsRiskSpec());
    const QDate today = QDate::currentDate();
    const Values base{{u"type"_s, u"opportunity"_s}, {u"title"_s, u"Customers ask for certification"_s}};

    Values unexplained = base;
    unexplained.append({u"effective"_s, u"yes"_s});
    const auto noNote = risks.create(recordOf(ismsRiskSpec(), unexplained));
    ASSERT_FALSE(noNote.hasValue());
    EXPECT_TRUE(errorOf(noNote).contains(u"Review note"_s)) << qPrintable(errorOf(noNote));

    Values future = base;
    future.append({u"review_date"_s, today.addDays(5)});
    const auto ahead = risks.create(recordOf(ismsRiskSpec(), future));
    ASSERT_FALSE(ahead.hasValue());
    EXPECT_TRUE(errorOf(ahead).contains(u"future"_s)) << qPrintable(errorOf(ahead));

    Values reviewed = base;
    reviewed.append({u"effective"_s, u"no"_s});
    reviewed.append({u"review_date"_s, today});
    reviewed.append({u"review_note"_s, u"<i>Two</i> customers still asked for the report."_s});
    const auto created = risks.create(recordOf(ismsRiskSpec(), reviewed));
    ASSERT_TRUE(created.hasValue()) << qPrintable(errorOf(created));
    const Record stored = *risks.get(*created);
    EXPECT_EQ(EntitySpec::refOf(stored), u"RO-001"_s);
    EXPECT_EQ(stored.values.at(ismsRiskSpec().indexOf(u"status")).toString(), u"open"_s);
    EXPECT_EQ(stored.values.at(ismsRiskSpec().indexOf(u"review_note")).toString(),
              u"<i>Two</i> customers still asked for the report."_s)
        << "markup is kept as typed, as text";
}

TEST(PlanningTest, AConcludedObjectiveRecordsItsEvaluationAndItsDatesRunInOrder)
{
    test::TempProject temp;
    auto db = temp.create();
    RecordService objectives(*db, objectiveSpec());
    const QDate today = QDate::currentDate();
    const Values base{{u"objective"_s, u"Patch critical vulnerabilities quickly"_s},
                      {u"target"_s, u"95 % within 14 days"_s}};

    Values achieved = base;
    achieved.append({u"status"_s, u"achieved"_s});
    const auto noEvaluation = objectives.create(recordOf(objectiveSpec(), achieved));
    ASSERT_FALSE(noEvaluation.hasValue());
    EXPECT_TRUE(errorOf(noEvaluation).contains(u"Evaluation of results"_s))
        << qPrintable(errorOf(noEvaluation));
    Values missed = base;
    missed.append({u"status"_s, u"missed"_s});
    EXPECT_FALSE(objectives.create(recordOf(objectiveSpec(), missed)).hasValue());

    Values backwards = base;
    backwards.append({u"start_date"_s, today});
    backwards.append({u"due_date"_s, today.addDays(-1)});
    const auto dueFirst = objectives.create(recordOf(objectiveSpec(), backwards));
    ASSERT_FALSE(dueFirst.hasValue());
    EXPECT_TRUE(errorOf(dueFirst).contains(u"lies before"_s)) << qPrintable(errorOf(dueFirst));

    Values reviewedEarly = base;
    reviewedEarly.append({u"start_date"_s, today});
    reviewedEarly.append({u"last_reviewed"_s, today.addDays(-3)});
    EXPECT_FALSE(objectives.create(recordOf(objectiveSpec(), reviewedEarly)).hasValue());

    achieved.append({u"evaluation"_s, u"97 % in the last quarter, from the patch report."_s});
    achieved.append({u"start_date"_s, today.addDays(-90)});
    achieved.append({u"due_date"_s, today});
    const auto created = objectives.create(recordOf(objectiveSpec(), achieved));
    ASSERT_TRUE(created.hasValue()) << qPrintable(errorOf(created));
    EXPECT_EQ(EntitySpec::refOf(*objectives.get(*created)), u"OBJ-001"_s);
    // A change that would leave it concluded without evaluation is refused as a whole.
    EXPECT_FALSE(objectives.update(*created, {{u"evaluation"_s, QString()}}).hasValue());
}
