// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "import/ImportPage.h"

#include "UiTestFixture.h"
#include "domain/Entities.h"
#include "services/IntegrityService.h"
#include "services/RecordLinks.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

/// The import page on the demo project: preview, mapping by hand, import as one undo step.
class ImportPageTest : public UiTestFixture
{
protected:
    void SetUp() override
    {
        UiTestFixture::SetUp();
        openDemo();
        ASSERT_TRUE(m_window->showPage(u"import-wizard"_s));
        m_page = qobject_cast<ImportPage *>(m_window->registeredPage(u"import-wizard"_s));
        ASSERT_NE(m_page, nullptr);
        ASSERT_TRUE(m_page->setKind(u"risks"_s));
    }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_temp.path(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    qsizetype riskCount() const
    {
        return isms::RecordService(*m_window->database(), isms::riskSpec()).all()->size();
    }

    ImportPage *m_page = nullptr;
};

} // namespace

TEST_F(ImportPageTest, ShowsProblemsWithTheirLinesAndImportsNothingUntilClean)
{
    const qsizetype before = riskCount();
    m_page->setFile(write(u"bad.csv"_s, "Risiko;Wahrscheinlichkeit;Werte\nPhishing;hoch;AS-999\n;2;\n"));
    EXPECT_FALSE(m_page->importButton()->isEnabled());
    EXPECT_EQ(m_page->preview().problems.size(), 2);
    ASSERT_GE(m_page->problemList()->count(), 2);
    EXPECT_TRUE(m_page->problemList()->item(0)->text().startsWith(u"line 2: Werte:"))
        << qPrintable(m_page->problemList()->item(0)->text());
    EXPECT_TRUE(m_page->summaryLabel()->text().contains(u"Nothing has been imported"));
    EXPECT_FALSE(m_page->importNow());
    EXPECT_EQ(riskCount(), before);
}

TEST_F(ImportPageTest, ColumnsCanBeMappedByHandAndTheImportIsOneUndoStep)
{
    const qsizetype before = riskCount();
    m_page->setFile(write(u"risks.csv"_s,
                          "Gefahr;Wahrscheinlichkeit;Auswirkung;Assets\n"
                          "Phishing;likely;major;AS-001\n"
                          "Flood;rare;severe;\n"));
    // "Gefahr" names no field: the title is missing until the column is mapped to it.
    EXPECT_FALSE(m_page->preview().isClean());
    ASSERT_EQ(m_page->columnTable()->rowCount(), 4);
    auto *combo = qobject_cast<QComboBox *>(m_page->columnTable()->cellWidget(0, 1));
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(combo->currentData().toString(), QString());
    combo->setCurrentIndex(combo->findData(u"title"_s)); // as a user picks it
    ASSERT_TRUE(m_page->preview().isClean()) << qPrintable(m_page->preview().problems.value(0).text());
    EXPECT_TRUE(m_page->importButton()->isEnabled());
    EXPECT_EQ(m_page->previewModel()->rowCount(), 2);
    EXPECT_TRUE(m_page->summaryLabel()->text().contains(u"2 new"));
    EXPECT_TRUE(m_page->preview().readAs.contains(u"Likelihood: \"likely\" read as 4 Likely"_s));

    ASSERT_TRUE(m_page->importNow());
    EXPECT_EQ(riskCount(), before + 2);
    QUndoStack *undo = m_window->undoStack();
    ASSERT_TRUE(undo->canUndo());
    EXPECT_TRUE(undo->undoText().startsWith(u"Import 2"));
    undo->undo();
    EXPECT_EQ(riskCount(), before);
    undo->redo();
    EXPECT_EQ(riskCount(), before + 2);
    const auto phishing = isms::RecordService(*m_window->database(), isms::riskSpec())
                              .getByRef(isms::riskSpec().formatRef(before + 1));
    ASSERT_TRUE(phishing.hasValue());
    EXPECT_EQ(phishing->values.at(isms::riskSpec().indexOf(u"level")).toString(), u"High");
    const auto links = isms::RecordLinks::read(*m_window->database(), isms::riskSpec());
    EXPECT_EQ(links->at(0).values.value(phishing->id), QStringList{u"AS-001"_s});
}

TEST_F(ImportPageTest, UndoPutsChangedFieldsAndLinksBack)
{
    m_page->setFile(write(u"new.csv"_s, "title,owner,assets\nA,Ann,AS-001\n"));
    ASSERT_TRUE(m_page->importNow());
    const isms::EntitySpec &spec = isms::riskSpec();
    isms::RecordService service(*m_window->database(), spec);
    const QString ref = isms::EntitySpec::refOf(service.all()->constLast());
    m_page->setFile(
        write(u"change.csv"_s, u"ref,owner,assets\n%1,Bob,\"AS-002, AS-003\"\n"_s.arg(ref).toUtf8()));
    ASSERT_TRUE(m_page->preview().isClean()) << qPrintable(m_page->preview().problems.value(0).text());
    EXPECT_EQ(m_page->preview().updates.size(), 1);
    ASSERT_TRUE(m_page->importNow());
    const isms::RecordId id = service.getByRef(ref)->id;
    EXPECT_EQ(service.get(id)->values.at(spec.indexOf(u"owner")).toString(), u"Bob");
    EXPECT_EQ(isms::RecordLinks::read(*m_window->database(), spec)->at(0).values.value(id),
              (QStringList{u"AS-002"_s, u"AS-003"_s}));
    m_window->undoStack()->undo();
    EXPECT_EQ(service.get(id)->values.at(spec.indexOf(u"owner")).toString(), u"Ann");
    EXPECT_EQ(isms::RecordLinks::read(*m_window->database(), spec)->at(0).values.value(id),
              QStringList{u"AS-001"_s});
    m_window->undoStack()->redo();
    EXPECT_EQ(service.get(id)->values.at(spec.indexOf(u"owner")).toString(), u"Bob");
    const auto report = isms::IntegrityService::check(m_demoPath);
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(report->isClean()) << qPrintable(report->findings.value(0).message);
}
