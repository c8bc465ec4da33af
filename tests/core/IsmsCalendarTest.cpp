// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/IsmsCalendar.h"

#include "TempProject.h"
#include "domain/Entities.h"
#include "io/IcsCalendar.h"
#include "services/AssessmentRunService.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

/// One parsed VEVENT: its properties by name (parameters dropped), values unescaped.
using Event = QHash<QString, QString>;

QString unescape(const QString &value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == u'\\' && i + 1 < value.size()) {
            const QChar next = value.at(++i);
            out += (next == u'n' || next == u'N') ? QChar(u'\n') : next;
        } else {
            out += value.at(i);
        }
    }
    return out;
}

/// Parses an iCalendar file as RFC 5545 reads it: checks CRLF endings and the 75-octet limit, unfolds,
/// and returns the events.
QList<Event> parse(const QByteArray &ics)
{
    EXPECT_TRUE(ics.endsWith("\r\n"));
    const QList<QByteArray> physical = ics.split('\n');
    QStringList lines;
    for (qsizetype i = 0; i + 1 < physical.size(); ++i) { // the last piece follows the final CRLF
        QByteArray line = physical.at(i);
        EXPECT_TRUE(line.endsWith('\r')) << "line " << i << " does not end in CRLF";
        line.chop(1);
        EXPECT_LE(line.size(), 75) << "line " << i << " is not folded";
        if (line.startsWith(' ')) {
            EXPECT_FALSE(lines.isEmpty());
            lines.last() += QString::fromUtf8(line.mid(1));
        } else {
            lines.append(QString::fromUtf8(line));
        }
    }
    QList<Event> events;
    Event *event = nullptr;
    for (const QString &line : std::as_const(lines)) {
        if (line == u"BEGIN:VEVENT") {
            events.append(Event());
            event = &events.last();
            continue;
        }
        if (line == u"END:VEVENT") {
            event = nullptr;
            continue;
        }
        if (event) {
            const qsizetype colon = line.indexOf(u':');
            const QString name = line.left(colon).section(u';', 0, 0);
            event->insert(name, unescape(line.mid(colon + 1)));
            if (name == u"DTSTART") {
                EXPECT_TRUE(line.startsWith(u"DTSTART;VALUE=DATE:"_s));
            }
        }
    }
    return events;
}

class IsmsCalendarTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_temp.create(u"calendar.isms"_s);
        ASSERT_TRUE(m_db);
    }

    RecordId add(const EntitySpec &spec, const QHash<QString, QVariant> &values)
    {
        Record record = spec.newRecord();
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            record.values[spec.indexOf(it.key())] = it.value();
        }
        const auto id = RecordService(*m_db, spec).create(record);
        EXPECT_TRUE(id.hasValue()) << qPrintable(id ? QString() : id.error().message);
        return id ? *id : RecordId{};
    }

    test::TempProject m_temp;
    std::unique_ptr<Database> m_db;
    const QDate m_today{2026, 6, 15};
};

TEST_F(IsmsCalendarTest, DutiesComeFromTheRecordsWithStableIdsOverdueFirst)
{
    const RecordId risk =
        add(riskSpec(),
            {{u"title"_s, u"Ransomware, <b>bold</b>; costly"_s}, {u"next_review"_s, QDate(2026, 7, 1)}});
    add(riskSpec(),
        {{u"title"_s, u"Closed one"_s}, {u"status"_s, u"closed"_s}, {u"next_review"_s, QDate(2026, 1, 1)}});
    add(treatmentTaskSpec(),
        {{u"risk"_s, risk.value}, {u"title"_s, u"Offline backups"_s}, {u"due_date"_s, QDate(2026, 5, 1)}});
    add(objectiveSpec(),
        {{u"objective"_s, u"Phishing clicks below 5 %"_s}, {u"due_date"_s, QDate(2026, 9, 30)}});
    add(objectiveSpec(),
        {{u"objective"_s, u"Done already"_s},
         {u"status"_s, u"achieved"_s},
         {u"evaluation"_s, u"Reached."_s},
         {u"due_date"_s, QDate(2026, 1, 30)}});
    add(processSpec(), {{u"name"_s, u"Incident handling"_s}, {u"last_reviewed"_s, QDate(2025, 6, 1)}});
    ASSERT_TRUE(
        AssessmentRunService(*m_db)
            .record({.scope = u"All"_s, .performedBy = u"Dana"_s, .date = QDate(2025, 8, 1), .notes = {}})
            .hasValue());

    const auto duties = IsmsCalendar::duties(*m_db, m_today);
    ASSERT_TRUE(duties.hasValue()) << qPrintable(duties.error().message);
    QStringList ids;
    for (const CalendarDuty &duty : *duties) {
        ids.append(duty.id + (duty.overdue ? u" overdue"_s : QString()));
    }
    EXPECT_EQ(ids,
              (QStringList{u"treatment-tasks/TT-001/due overdue"_s,
                           u"processes/PR-001/review overdue"_s,
                           u"risks/R-001/review"_s,
                           u"assessment-runs/next/next-run"_s,
                           u"objectives/OBJ-001/due"_s}));
    const CalendarDuty &task = duties->constFirst();
    EXPECT_EQ(task.entity, u"risk"_s); // a task opens its risk
    EXPECT_EQ(task.entityId, QString::number(risk.value));
    EXPECT_EQ(duties->at(3).due, QDate(2026, 8, 1)); // the method's 12 months after the run

    const auto overdue = IsmsCalendar::overdue(*m_db, m_today);
    ASSERT_TRUE(overdue.hasValue());
    EXPECT_EQ(overdue->size(), 2);
}

TEST_F(IsmsCalendarTest, TheIcsExportHasEveryDutyOnceWithStableUids)
{
    add(riskSpec(),
        {{u"title"_s,
          u"Ransomware, <b>bold</b>; costly \\ and a title long enough to need folding, with ünïcödé "
          u"characters that must not be cut in two by the fold"_s},
         {u"next_review"_s, QDate(2026, 7, 1)}});
    add(objectiveSpec(),
        {{u"objective"_s, u"Phishing clicks below 5 %"_s}, {u"due_date"_s, QDate(2026, 9, 30)}});
    const auto duties = IsmsCalendar::duties(*m_db, m_today);
    ASSERT_TRUE(duties.hasValue());
    ASSERT_EQ(duties->size(), 2);

    const QString project = u"0b7c7a52-8d0e-4c7e-9d1a-5a0f3f0e2b11"_s;
    const QByteArray first =
        IcsCalendar::write(*duties, project, u"ISMS, calendar"_s, QDateTime::currentDateTimeUtc());
    const QByteArray second = IcsCalendar::write(*duties,
                                                 project,
                                                 u"ISMS, calendar"_s,
                                                 QDateTime::currentDateTimeUtc().addSecs(3600));
    const QList<Event> events = parse(first);
    const QList<Event> again = parse(second);
    ASSERT_EQ(events.size(), duties->size());
    QSet<QString> uids;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const Event &event = events.at(i);
        EXPECT_TRUE(event.contains(u"DTSTAMP"_s));
        EXPECT_EQ(event.value(u"DTSTART"_s), duties->at(i).due.toString(u"yyyyMMdd"_s));
        EXPECT_EQ(event.value(u"SUMMARY"_s), duties->at(i).title); // markup, commas, backslashes survive
        uids.insert(event.value(u"UID"_s));
        EXPECT_EQ(event.value(u"UID"_s), again.at(i).value(u"UID"_s));
    }
    EXPECT_EQ(uids.size(), duties->size());
    EXPECT_TRUE(events.constFirst().value(u"SUMMARY"_s).contains(u"<b>bold</b>; costly \\ and"_s));
    EXPECT_TRUE(first.contains("SUMMARY:Review risk R-001 Ransomware\\, <b>bold</b>\\; costly \\\\ and"));
}

TEST(IcsCalendarTest, FoldsAtSeventyFiveOctetsWithoutSplittingCharacters)
{
    const QString text = u"SUMMARY:"_s + QString(100, QChar(0x00E9));
    const QByteArray folded = IcsCalendar::fold(text);
    const QList<QByteArray> lines = folded.split('\n');
    ASSERT_GE(lines.size(), 3);
    QByteArray joined;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        ASSERT_TRUE(line.endsWith('\r'));
        line.chop(1);
        EXPECT_LE(line.size(), 75);
        joined += i == 0 ? line : line.mid(1);
        EXPECT_TRUE(QString::fromUtf8(i == 0 ? line : line.mid(1)).isValidUtf16());
        EXPECT_FALSE(QString::fromUtf8(line).contains(QChar::ReplacementCharacter));
    }
    EXPECT_EQ(QString::fromUtf8(joined), text);
    EXPECT_EQ(IcsCalendar::escapeText(u"a,b;c\\d\ne"_s), u"a\\,b\\;c\\\\d\\ne"_s);
}

} // namespace
