// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "catalog/Catalogue.h"

#include "TempProject.h"
#include "services/RequirementService.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

Control find(const QList<Control> &controls, const QString &ref)
{
    for (const Control &control : controls) {
        if (control.ref == ref) {
            return control;
        }
    }
    ADD_FAILURE() << "no control " << qPrintable(ref);
    return {};
}

} // namespace

TEST(CatalogueTest, Has93ControlsIn4Themes)
{
    const auto controls = Catalogue::annexA2022();
    ASSERT_TRUE(controls.hasValue());
    ASSERT_EQ(controls->size(), 93);
    std::map<Theme, int> perTheme;
    for (const Control &control : *controls) {
        ++perTheme[control.theme];
        EXPECT_TRUE(control.ref.startsWith(themeClause(control.theme) + u'.')) << qPrintable(control.ref);
    }
    EXPECT_EQ(perTheme[Theme::Organizational], 37);
    EXPECT_EQ(perTheme[Theme::People], 8);
    EXPECT_EQ(perTheme[Theme::Physical], 14);
    EXPECT_EQ(perTheme[Theme::Technological], 34);
    EXPECT_EQ(controls->constFirst().ref, u"5.1");
    EXPECT_EQ(controls->constLast().ref, u"8.34");
}

TEST(CatalogueTest, MarksTheElevenNewControls)
{
    const auto controls = Catalogue::annexA2022();
    ASSERT_TRUE(controls.hasValue());
    QStringList newRefs;
    for (const Control &control : *controls) {
        if (control.isNewIn2022) {
            newRefs.append(control.ref);
        }
    }
    EXPECT_EQ(newRefs,
              QStringList({u"5.7"_s,
                           u"5.23"_s,
                           u"5.30"_s,
                           u"7.4"_s,
                           u"8.9"_s,
                           u"8.10"_s,
                           u"8.11"_s,
                           u"8.12"_s,
                           u"8.16"_s,
                           u"8.23"_s,
                           u"8.28"_s}));
}

TEST(CatalogueTest, SpotChecksTitlesAndAttributes)
{
    const auto controls = Catalogue::annexA2022();
    ASSERT_TRUE(controls.hasValue());
    EXPECT_EQ(find(*controls, u"5.1"_s).title, u"Policies for information security");
    EXPECT_EQ(find(*controls, u"8.24"_s).title, u"Use of cryptography");
    EXPECT_EQ(find(*controls, u"6.3"_s).title, u"Information security awareness, education and training");
    EXPECT_EQ(find(*controls, u"8.34"_s).title, u"Protection of information systems during audit testing");

    const Control policies = find(*controls, u"5.1"_s);
    EXPECT_EQ(policies.controlTypes, QStringList{u"Preventive"_s});
    EXPECT_EQ(policies.securityProperties,
              QStringList({u"Confidentiality"_s, u"Integrity"_s, u"Availability"_s}));
    EXPECT_EQ(policies.cybersecurityConcepts, QStringList{u"Identify"_s});
    EXPECT_EQ(policies.operationalCapabilities, QStringList{u"Governance"_s});
    EXPECT_EQ(policies.securityDomains, QStringList({u"Governance_and_Ecosystem"_s, u"Resilience"_s}));

    const Control segregation = find(*controls, u"5.3"_s);
    EXPECT_EQ(segregation.operationalCapabilities,
              QStringList({u"Governance"_s, u"Identity_and_access_management"_s}));
}

TEST(CatalogueTest, Maps114ControlsOf2013)
{
    const auto controls = Catalogue::annexA2013();
    ASSERT_TRUE(controls.hasValue());
    ASSERT_EQ(controls->size(), 114);
    QSet<QString> reached;
    for (const Control2013 &control : *controls) {
        if (control.ref == u"A.18.2.3") {
            EXPECT_EQ(control.refs2022, QStringList({u"5.36"_s, u"8.8"_s}));
        } else {
            EXPECT_EQ(control.refs2022.size(), 1) << qPrintable(control.ref);
        }
        for (const QString &ref : control.refs2022) {
            reached.insert(ref);
        }
    }
    EXPECT_EQ(reached.size(), 82);
}

TEST(CatalogueTest, Has41ClauseRowsWithMandatoryDocuments)
{
    const auto clauses = Catalogue::clauses();
    ASSERT_TRUE(clauses.hasValue());
    ASSERT_EQ(clauses->size(), 41);
    int topLevel = 0;
    QStringList withDocuments;
    for (const Clause &clause : *clauses) {
        if (clause.parentRef.isEmpty()) {
            ++topLevel;
        }
        if (!clause.documentedInformation.isEmpty()) {
            withDocuments.append(clause.ref);
        }
    }
    EXPECT_EQ(topLevel, 7);
    EXPECT_EQ(withDocuments,
              QStringList({u"4.3"_s,
                           u"5.2"_s,
                           u"6.1.2"_s,
                           u"6.1.3"_s,
                           u"6.2"_s,
                           u"7.2"_s,
                           u"7.5.1"_s,
                           u"7.5.3"_s,
                           u"8.1"_s,
                           u"8.2"_s,
                           u"8.3"_s,
                           u"9.1"_s,
                           u"9.2.2"_s,
                           u"9.3.3"_s,
                           u"10.2"_s}));
}

TEST(CatalogueTest, NewProjectCarriesTheWholeCatalogue)
{
    test::TempProject temp;
    auto db = temp.create();
    ASSERT_TRUE(db);
    RequirementService service(*db);
    const auto controls = service.controls();
    ASSERT_TRUE(controls.hasValue());
    EXPECT_EQ(controls->size(), 93);
    const auto clauses = service.clauses();
    ASSERT_TRUE(clauses.hasValue());
    EXPECT_EQ(clauses->size(), 41);
    const auto old = service.controls2013();
    ASSERT_TRUE(old.hasValue());
    EXPECT_EQ(old->size(), 114);

    const Control vulnerabilities = find(*controls, u"8.8"_s);
    EXPECT_TRUE(vulnerabilities.mapped2013Refs.contains(u"A.18.2.3"_s));
    EXPECT_TRUE(vulnerabilities.mapped2013Refs.contains(u"A.12.6.1"_s));
    EXPECT_TRUE(find(*controls, u"5.7"_s).mapped2013Refs.isEmpty());
    EXPECT_EQ(find(*controls, u"5.1"_s).mapped2013Refs, QStringList({u"A.5.1.1"_s, u"A.5.1.2"_s}));
}
