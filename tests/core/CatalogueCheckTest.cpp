// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/CatalogueCheck.h"

#include "TempProject.h"
#include "services/IntegrityService.h"

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

/// A new project, closed, then changed with raw SQL as another tool would; returns its check.
class CatalogueCheckTest : public ::testing::Test
{
protected:
    CheckReport checkAfter(const QStringList &statements)
    {
        auto db = m_temp.create();
        EXPECT_TRUE(db);
        db.reset();
        const QString path = m_temp.path(u"test.isms"_s);
        test::TempProject::runSql(path, statements);
        auto report = IntegrityService::check(path);
        EXPECT_TRUE(report.hasValue()) << qPrintable(report ? QString() : report.error().message);
        return report ? *report : CheckReport{};
    }

    static QStringList messages(const CheckReport &report, CheckFinding::Area area)
    {
        QStringList found;
        for (const CheckFinding &finding : report.findings) {
            if (finding.area == area) {
                found.append(finding.message);
            }
        }
        return found;
    }

    test::TempProject m_temp;
};

} // namespace

TEST_F(CatalogueCheckTest, ANewProjectMatchesItsCatalogue)
{
    const CheckReport report = checkAfter({});
    EXPECT_TRUE(report.isClean()) << qPrintable(report.findings.value(0).message);
}

TEST_F(CatalogueCheckTest, NamesADeletedControlAndItsTrackingRow)
{
    const CheckReport report =
        checkAfter({u"DELETE FROM annex_a_2013_mapping WHERE ref_2022 = '5.7'"_s,
                    u"DELETE FROM annex_a_control WHERE ref = '5.7'"_s,
                    u"DELETE FROM requirement WHERE kind = 'control' AND ref = '5.7'"_s});
    const QStringList found = messages(report, CheckFinding::Area::Catalogue);
    EXPECT_TRUE(found.contains(u"Annex A control A.5.7 is missing from the file."_s))
        << qPrintable(found.join(u'\n'));
    EXPECT_TRUE(found.contains(u"The tracking row of control A.5.7 is missing from the file."_s));
}

TEST_F(CatalogueCheckTest, NamesAChangedTitleThemeAndAttribute)
{
    const CheckReport report =
        checkAfter({u"UPDATE annex_a_control SET title = 'Policies, more or less' WHERE ref = '5.1'"_s,
                    u"UPDATE annex_a_control SET theme = 'People' WHERE ref = '5.2'"_s,
                    u"UPDATE annex_a_control SET security_domains = 'Defence' WHERE ref = '8.8'"_s,
                    u"UPDATE annex_a_control SET new_in_2022 = 1 WHERE ref = '5.3'"_s});
    const QStringList found = messages(report, CheckFinding::Area::Catalogue);
    ASSERT_EQ(found.size(), 4) << qPrintable(found.join(u'\n'));
    EXPECT_EQ(found.at(0), u"The title of A.5.1 differs from the ISO/IEC 27001:2022 catalogue.");
    EXPECT_EQ(found.at(1), u"The theme of A.5.2 differs from the ISO/IEC 27001:2022 catalogue.");
    EXPECT_TRUE(found.at(2).startsWith(u"The \"new in 2022\" mark of A.5.3"_s)) << qPrintable(found.at(2));
    EXPECT_EQ(found.at(3),
              u"The security domains attribute of A.8.8 differs from the ISO/IEC 27001:2022 catalogue."_s)
        << qPrintable(found.at(3));
}

TEST_F(CatalogueCheckTest, NamesAChanged2013Mapping)
{
    const CheckReport report =
        checkAfter({u"UPDATE annex_a_2013_mapping SET ref_2022 = '5.4' WHERE ref_2013 = 'A.6.1.2'"_s});
    const QStringList found = messages(report, CheckFinding::Area::Catalogue);
    ASSERT_EQ(found.size(), 1) << qPrintable(found.join(u'\n'));
    EXPECT_EQ(found.at(0),
              u"The 2022 controls that ISO/IEC 27001:2013 control A.6.1.2 maps to differ from the ISO/IEC "
              u"27001:2022 catalogue.");
}

TEST_F(CatalogueCheckTest, NamesAChangedOrMissingClauseAndAnExtraTrackingRow)
{
    const CheckReport report =
        checkAfter({u"UPDATE clause SET title = 'Something else' WHERE ref = '4.1'"_s,
                    u"DELETE FROM clause WHERE ref = '10.2'"_s,
                    u"INSERT INTO requirement (kind, ref) VALUES ('control', '9.9')"_s});
    const QStringList found = messages(report, CheckFinding::Area::Catalogue);
    EXPECT_TRUE(found.contains(u"The title of clause 4.1 differs from the ISO/IEC 27001:2022 catalogue."_s))
        << qPrintable(found.join(u'\n'));
    EXPECT_TRUE(found.contains(u"Clause 10.2 is missing from the file."_s));
    EXPECT_TRUE(std::any_of(found.cbegin(), found.cend(), [](const QString &message) {
        return message.contains(u"control/9.9"_s);
    }));
}

TEST_F(CatalogueCheckTest, NamesAnUnknownEdition)
{
    const CheckReport report =
        checkAfter({u"UPDATE project SET catalogue_edition = 'ISO/IEC 27001:2013' WHERE id = 1"_s});
    EXPECT_EQ(messages(report, CheckFinding::Area::Catalogue).size(), 1);
    // The edition is logged at creation, so the change is named as one made outside the program too.
    const QStringList history = messages(report, CheckFinding::Area::ValueHistory);
    ASSERT_EQ(history.size(), 1);
    EXPECT_TRUE(history.at(0).contains(u"catalogue edition"_s));
}

TEST_F(CatalogueCheckTest, NamesAChangedCreationDate)
{
    const CheckReport report =
        checkAfter({u"UPDATE project SET created_utc = '2019-01-01T00:00:00.000Z' WHERE id = 1"_s});
    const QStringList found = messages(report, CheckFinding::Area::ValueHistory);
    ASSERT_EQ(found.size(), 2) << qPrintable(found.join(u'\n'));
    EXPECT_TRUE(found.join(u'\n').contains(u"creation date"_s));
}

TEST_F(CatalogueCheckTest, ADroppedCatalogueTableIsASchemaFindingNotAnError)
{
    const CheckReport report = checkAfter({u"DROP TABLE annex_a_2013_mapping"_s});
    EXPECT_FALSE(messages(report, CheckFinding::Area::Schema).isEmpty());
}
