// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// An import read on two threads says every problem in the language of the thread that asked for it.
#include "TempProject.h"
#include "common/Translations.h"
#include "domain/Entities.h"
#include "io/RecordImport.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

class ImportLanguageTest : public ::testing::Test
{
protected:
    void TearDown() override
    {
        for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
};

} // namespace

TEST_F(ImportLanguageTest, BothHalvesOfAFileReadOnTwoThreadsAreInTheCallersLanguage)
{
    installTranslations(*QCoreApplication::instance(), u"en"_s);
    test::TempProject temp;
    auto db = Database::open(temp.createDemo(), {});
    ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message);
    QByteArray file = "title,owner,likelihood,impact,assets\n";
    for (int i = 0; i < 20; ++i) {
        file += "Risk " + QByteArray::number(i) + ",Ann,2,3,AS-999\n"; // an asset the project does not have
    }
    const auto table = RecordImport::readCsv(file);
    ASSERT_TRUE(table.hasValue());

    const ImportPreview english = RecordImport::preview(**db, riskSpec(), *table, {}, 2);
    ImportPreview german;
    {
        const ScopedLanguage language(u"de"_s);
        EXPECT_EQ(reportLanguage(), u"de");
        german = RecordImport::preview(**db, riskSpec(), *table, {}, 2);
    }
    EXPECT_TRUE(reportLanguage().isEmpty());
    ASSERT_EQ(english.problems.size(), 20);
    ASSERT_EQ(german.problems.size(), 20);
    for (qsizetype i = 0; i < 20; ++i) {
        EXPECT_TRUE(english.problems.at(i).message.startsWith(u"there is no asset"_s))
            << qPrintable(english.problems.at(i).message);
        EXPECT_TRUE(german.problems.at(i).message.startsWith(u"es gibt keinen Datensatz"_s))
            << "line " << german.problems.at(i).line << ": " << qPrintable(german.problems.at(i).message);
    }
}
