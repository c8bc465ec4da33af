// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The Statement of Applicability page: the Annex A and the additional controls with the SoA's filters.
#include "soa/SoaPage.h"

#include "UiTestFixture.h"
#include "domain/Entities.h"
#include "models/RecordFilterProxyModel.h"
#include "records/RegisterPage.h"
#include "services/ApplicabilityRules.h"
#include "services/RecordService.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QTabWidget>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class SoaPageTest : public UiTestFixture
{
protected:
    void SetUp() override
    {
        UiTestFixture::SetUp();
        openDemo();
        ASSERT_TRUE(m_window->showPage(u"soa"_s));
        m_page = qobject_cast<SoaPage *>(m_window->registeredPage(u"soa"_s));
        ASSERT_NE(m_page, nullptr);
    }

    int annexARows() const { return m_page->annexAPage()->proxyModel()->rowCount(); }

    int additionalRows() const { return m_page->additionalPage()->proxyModel()->rowCount(); }

    static void choose(QComboBox *combo, const QString &data)
    {
        const int index = combo->findData(data);
        ASSERT_GE(index, 0) << qPrintable(data);
        combo->setCurrentIndex(index);
    }

    /// The demo's controls whose catalogue attribute `key` lists `value`.
    int controlsWithAttribute(const QString &key, const QString &value) const
    {
        const auto records = isms::RecordRepository(*m_window->database(), isms::controlSpec()).all();
        int count = 0;
        for (const isms::Record &record : *records) {
            const QString stored = record.values.at(isms::controlSpec().indexOf(key)).toString();
            count += stored.split(u';').contains(value) ? 1 : 0;
        }
        return count;
    }

    SoaPage *m_page = nullptr;
};

} // namespace

TEST_F(SoaPageTest, ShowsEveryControlWithASummaryAndTheReportButtons)
{
    EXPECT_EQ(m_window->currentPageKey(), u"soa"_s);
    EXPECT_EQ(annexARows(), 93);
    EXPECT_EQ(additionalRows(), 0);
    EXPECT_EQ(m_page->tabs()->tabText(0), u"Annex A controls (93)"_s);
    EXPECT_EQ(m_page->tabs()->tabText(1), u"Additional controls (0)"_s);
    EXPECT_TRUE(
        m_page->summaryLabel()->text().startsWith(u"Annex A: 93 controls, 90 applicable, 3 excluded"_s))
        << qPrintable(m_page->summaryLabel()->text());
    const auto buttons = m_page->findChildren<QToolButton *>();
    QStringList texts;
    for (const QToolButton *button : buttons) {
        texts.append(button->text());
    }
    EXPECT_TRUE(texts.contains(u"Print preview…"_s)) << qPrintable(texts.join(u" | "_s));
    EXPECT_TRUE(texts.contains(u"Issue SoA version…"_s)) << qPrintable(texts.join(u" | "_s));

    // The versions are a click away.
    auto *versions = m_page->findChild<QToolButton *>(u"soaVersionsButton"_s);
    ASSERT_NE(versions, nullptr);
    versions->click();
    EXPECT_EQ(m_window->currentPageKey(), u"soa-compare"_s);
}

TEST_F(SoaPageTest, FiltersByApplicabilityReasonAndAttribute)
{
    choose(m_page->applicabilityFilter(), u"0"_s);
    EXPECT_EQ(annexARows(), 3) << "the demo excludes three controls";
    EXPECT_EQ(m_page->tabs()->tabText(0), u"Annex A controls (3)"_s);
    choose(m_page->applicabilityFilter(), QString());

    const auto use = isms::ApplicabilityRules::controlUse(*m_window->database());
    ASSERT_TRUE(use.hasValue());
    ASSERT_FALSE(use->namingRisks.isEmpty());
    choose(m_page->reasonFilter(), u"risk-treatment"_s);
    EXPECT_EQ(annexARows(), use->namingRisks.size());
    choose(m_page->reasonFilter(), QString());

    const int corrective = controlsWithAttribute(u"control_types"_s, u"Corrective"_s);
    ASSERT_GT(corrective, 0);
    choose(m_page->attributeFilter(), u"control_types=Corrective"_s);
    EXPECT_EQ(annexARows(), corrective);
    choose(m_page->attributeFilter(), u"cybersecurity_concepts=Identify"_s);
    EXPECT_EQ(annexARows(), controlsWithAttribute(u"cybersecurity_concepts"_s, u"Identify"_s));
}

TEST_F(SoaPageTest, AdditionalControlsAppearOnTheirTabAndInTheSummary)
{
    const isms::EntitySpec &spec = isms::additionalControlSpec();
    isms::Record record = spec.newRecord();
    record.values[spec.indexOf(u"title")] = u"Customer data stays in the EU"_s;
    record.values[spec.indexOf(u"source")] = u"Customer contract"_s;
    record.values[spec.indexOf(u"reasons")] = u"contractual"_s;
    const auto id = isms::RecordService(*m_window->database(), spec).create(record);
    ASSERT_TRUE(id.hasValue()) << qPrintable(id.error().message);
    EXPECT_EQ(additionalRows(), 1);
    EXPECT_EQ(m_page->tabs()->tabText(1), u"Additional controls (1)"_s);
    EXPECT_TRUE(m_page->summaryLabel()->text().contains(u"Additional controls: 1 "_s))
        << qPrintable(m_page->summaryLabel()->text());

    // The reason filter covers them; the attributes are Annex A's only.
    choose(m_page->reasonFilter(), u"contractual"_s);
    EXPECT_EQ(additionalRows(), 1);
    choose(m_page->reasonFilter(), u"legal"_s);
    EXPECT_EQ(additionalRows(), 0);
    choose(m_page->reasonFilter(), QString());
    choose(m_page->attributeFilter(), u"control_types=Preventive"_s);
    EXPECT_EQ(additionalRows(), 0);

    // The history names it by its row id; the page opens it on its tab, clearing the filters.
    EXPECT_TRUE(m_page->showRecord(QString::number(id->value)));
    EXPECT_EQ(m_page->tabs()->currentWidget(), m_page->additionalPage());
    EXPECT_EQ(m_page->attributeFilter()->currentIndex(), 0);
    EXPECT_EQ(m_page->additionalPage()->currentId(), *id);
    EXPECT_TRUE(m_page->showRecord(u"5.7"_s));
    EXPECT_EQ(m_page->tabs()->currentWidget(), m_page->annexAPage());
}
