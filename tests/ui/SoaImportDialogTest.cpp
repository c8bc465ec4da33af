// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "import/SoaImportDialog.h"

#include "UiTestFixture.h"
#include "domain/Entities.h"
#include "import/ImportPage.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

/// The SoA import, reached from the import page: problems, a 2013 SoA's review list as a to-do list,
/// and the import as one undo step.
class SoaImportDialogTest : public UiTestFixture
{
protected:
    void SetUp() override
    {
        UiTestFixture::SetUp();
        openDemo();
        ASSERT_TRUE(m_window->showPage(u"import-wizard"_s));
        auto *page = qobject_cast<ImportPage *>(m_window->registeredPage(u"import-wizard"_s));
        ASSERT_NE(page, nullptr);
        m_dialog = page->openSoaImport();
        ASSERT_NE(m_dialog, nullptr);
    }

    void TearDown() override
    {
        delete m_dialog;
        UiTestFixture::TearDown();
    }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_temp.path(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    QString statusOf(const QString &ref) const
    {
        const isms::RecordService controls(*m_window->database(), isms::controlSpec());
        return controls.getByRef(ref)->values.at(isms::controlSpec().indexOf(u"status")).toString();
    }

    QPointer<SoaImportDialog> m_dialog;
};

} // namespace

TEST_F(SoaImportDialogTest, ShowsProblemsWithTheirLinesAndImportsNothing)
{
    const QString before = statusOf(u"5.2"_s);
    m_dialog->setFile(write(u"bad.csv"_s, "Control;Applicable;Status\nA.5.2;ja;umgesetzt\nA.5.99;ja;\n"));
    EXPECT_FALSE(m_dialog->importButton()->isEnabled());
    ASSERT_EQ(m_dialog->problemList()->count(), 1);
    EXPECT_TRUE(m_dialog->problemList()->item(0)->text().startsWith(u"line 3: Control:"_s));
    EXPECT_FALSE(m_dialog->importNow());
    EXPECT_EQ(statusOf(u"5.2"_s), before);
    EXPECT_TRUE(m_dialog->reviewList()->isHidden());
}

TEST_F(SoaImportDialogTest, A2013SoaLeavesACheckableToDoListAndUndoesInOneStep)
{
    m_dialog->setFile(write(u"soa2013.csv"_s,
                            "Control,Applicable,Status,Justification\n"
                            "A.5.1.1,Y,planned,\n"
                            "A.5.1.2,Y,planned,\n"
                            "A.12.4.1,Y,implemented,\n"
                            "A.12.4.3,N,,No administrators of our own\n"));
    ASSERT_TRUE(m_dialog->preview().isClean());
    EXPECT_EQ(m_dialog->preview().edition, isms::SoaEdition::Iso2013);
    QListWidget *review = m_dialog->reviewList();
    EXPECT_FALSE(review->isHidden());
    ASSERT_EQ(review->count(), 12); // the 11 new controls and A.8.15 Logging
    for (int row = 0; row < review->count(); ++row) {
        EXPECT_TRUE(review->item(row)->flags() & Qt::ItemIsUserCheckable);
        EXPECT_EQ(review->item(row)->checkState(), Qt::Unchecked);
    }
    EXPECT_TRUE(review->item(0)->text().startsWith(u"A.5.7 Threat intelligence"_s));
    QListWidgetItem *logging = review->findItems(u"A.8.15 Logging"_s, Qt::MatchStartsWith).value(0);
    ASSERT_NE(logging, nullptr);
    EXPECT_TRUE(logging->text().contains(u"A.12.4.3 Administrator and operator logs: not applicable"_s));

    const QString before = statusOf(u"5.1"_s);
    ASSERT_NE(before, u"planned"_s); // the demo's own status, so that undo shows
    const int undoCount = m_window->undoStack()->count();
    ASSERT_TRUE(m_dialog->importNow());
    EXPECT_EQ(statusOf(u"5.1"_s), u"planned"_s);
    EXPECT_EQ(m_window->undoStack()->count(), undoCount + 1);
    // The to-do list stays to be ticked off after the import.
    ASSERT_EQ(review->count(), 12);
    logging->setCheckState(Qt::Checked);
    EXPECT_EQ(logging->checkState(), Qt::Checked);

    m_window->undoStack()->undo();
    EXPECT_EQ(statusOf(u"5.1"_s), before);
    m_window->undoStack()->redo();
    EXPECT_EQ(statusOf(u"5.1"_s), u"planned"_s);
}
