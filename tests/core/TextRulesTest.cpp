// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "common/TextRules.h"

#include "TempProject.h"
#include "io/Csv.h"
#include "services/IntegrityService.h"
#include "services/ProjectService.h"
#include "services/RequirementService.h"

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

const RequirementKey Control515{RequirementKind::Control, u"5.15"_s};
const QChar Escape(0x1B);
const QChar Bell(0x07);
const QChar RightToLeftOverride(0x202E);

} // namespace

TEST(TextRulesTest, SingleLineRefusesControlAndDirectionCharacters)
{
    using text::Shape;
    EXPECT_EQ(text::firstForbidden(u"Dana Smith", Shape::SingleLine), -1);
    EXPECT_EQ(text::firstForbidden(u"Zoë Ångström – CISO", Shape::SingleLine), -1);
    EXPECT_EQ(text::firstForbidden(QString(u"ab"_s + Escape + u"[31m"_s), Shape::SingleLine), 2);
    EXPECT_EQ(text::firstForbidden(QString(Bell), Shape::SingleLine), 0);
    EXPECT_EQ(text::firstForbidden(QString(u"x"_s + RightToLeftOverride), Shape::SingleLine), 1);
    EXPECT_EQ(text::firstForbidden(u"a\tb", Shape::SingleLine), 1);
    EXPECT_EQ(text::firstForbidden(QString(QChar(0x85)), Shape::SingleLine), 0);    // C1 next line
    EXPECT_EQ(text::firstForbidden(QString(QChar(0x200F)), Shape::SingleLine), -1); // RLM is harmless
}

TEST(TextRulesTest, MultiLineAllowsLineBreaksAndTabsOnly)
{
    using text::Shape;
    EXPECT_EQ(text::firstForbidden(u"line one\r\nline two\tend", Shape::MultiLine), -1);
    EXPECT_EQ(text::firstForbidden(QString(u"a\n"_s + Escape), Shape::MultiLine), 2);
    EXPECT_EQ(text::firstForbidden(QString(RightToLeftOverride), Shape::MultiLine), 0);
}

TEST(TextRulesTest, DescribesWhatItRefuses)
{
    EXPECT_TRUE(text::describe(Escape).contains(u"U+001B"_s));
    EXPECT_TRUE(text::describe(RightToLeftOverride).contains(u"U+202E"_s));
}

TEST(TextRulesTest, SanitizedAndTruncatedForDisplay)
{
    EXPECT_EQ(text::sanitized(QString(u"a"_s + Escape + u"b\nc"_s), text::Shape::SingleLine), u"a\uFFFDb c");
    EXPECT_EQ(text::sanitized(QString(u"a"_s + Bell + u"\nc"_s), text::Shape::MultiLine), u"a\uFFFD\nc");
    const QString shown = text::forDisplay(QString(1000, u'x'), text::Shape::MultiLine, 100);
    EXPECT_TRUE(shown.startsWith(QString(100, u'x')));
    EXPECT_TRUE(shown.contains(u"900"_s)) << qPrintable(shown);
    EXPECT_LT(shown.size(), 160);
    EXPECT_EQ(text::forDisplay(u"short"_s, text::Shape::SingleLine, 100), u"short");
    // A surrogate pair is never split.
    const QString emoji = QString(99, u'x') + QString::fromUcs4(U"\U0001F600");
    const QString cut = text::truncated(emoji, 100);
    EXPECT_EQ(cut.left(99), QString(99, u'x'));
    EXPECT_EQ(cut.at(99), u' ');
}

TEST(TextRulesTest, RequirementOwnersRefuseControlCharacters)
{
    test::TempProject temp;
    auto db = temp.create();
    RequirementService service(*db);
    const auto escaped = service.update(Control515, {.owner = QString(u"Dana"_s + Escape + u"[2J"_s)});
    ASSERT_FALSE(escaped.hasValue());
    EXPECT_EQ(escaped.error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(escaped.error().message.contains(u"U+001B"_s)) << qPrintable(escaped.error().message);
    EXPECT_FALSE(service.update(Control515, {.owner = QString(RightToLeftOverride) + u"anaD"_s}).hasValue());
    EXPECT_FALSE(service.update(Control515, {.notes = QString(u"ring"_s + Bell)}).hasValue());
    EXPECT_TRUE(service.update(Control515, {.notes = u"two\nlines\twith a tab"_s}).hasValue());
    EXPECT_FALSE(ProjectService(*db).setOrganisation(QString(u"Acme"_s + Escape)).hasValue());
    const auto created = Database::create(temp.path(u"x.isms"_s), QString(u"Acme"_s + Bell), u"t"_s);
    EXPECT_FALSE(created.hasValue());
}

TEST(TextRulesTest, CsvExportNeverWritesRawControlCharacters)
{
    const QString line = Csv::exportLine(
        {QString(u"a"_s + Escape + u"b"_s), QString(RightToLeftOverride) + u"x"_s, u"multi\nline"_s});
    EXPECT_EQ(text::firstForbidden(line, text::Shape::MultiLine), -1) << qPrintable(line);
    EXPECT_TRUE(line.contains(u"multi\nline"_s));
}

TEST(TextRulesTest, OverLimitValuesInTheFileAreCutWhenRead)
{
    test::TempProject temp;
    temp.create(u"big.isms"_s);
    const QString path = temp.path(u"big.isms"_s);
    // What an attacker with sqlite3 can write: a 1 MB single line and an owner with an escape sequence,
    // past the CHECK constraints.
    test::TempProject::runSql(path,
                              {u"PRAGMA ignore_check_constraints = ON"_s,
                               u"UPDATE requirement SET notes = printf('%.*c', 1000000, 'n'), "
                               "owner = 'Eve' || char(27) || '[2J' || printf('%.*c', 5000, 'o') "
                               "WHERE ref = '5.15'"_s});
    auto db = Database::open(path, {});
    ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message);
    const auto control = RequirementService(**db).control(u"5.15"_s);
    ASSERT_TRUE(control.hasValue());
    EXPECT_LE(control->tracking.notes.size(), RequirementService::MaxNotesLength + 100);
    EXPECT_LE(control->tracking.owner.size(), RequirementService::MaxOwnerLength + 100);
    EXPECT_EQ(text::firstForbidden(control->tracking.owner, text::Shape::SingleLine), -1);
    const auto tracking = RequirementService(**db).tracking(Control515);
    ASSERT_TRUE(tracking.hasValue());
    EXPECT_LE(tracking->notes.size(), RequirementService::MaxNotesLength + 100);
    db = Error{};

    const auto report = IntegrityService::check(path);
    ASSERT_TRUE(report.hasValue()) << qPrintable(report.error().message);
    QStringList limits;
    for (const CheckFinding &finding : report->findings) {
        if (finding.area == CheckFinding::Area::TextLimits) {
            limits.append(finding.message);
        }
    }
    ASSERT_EQ(limits.size(), 2) << qPrintable(limits.join(u'\n'));
    EXPECT_TRUE(limits.join(u' ').contains(u"1000000"_s)) << qPrintable(limits.join(u'\n'));
    EXPECT_TRUE(limits.join(u' ').contains(u"A.5.15"_s));
}
