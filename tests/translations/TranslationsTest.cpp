// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "common/Translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

/// Checks isms::installTranslations() with the catalogues embedded under :/i18n, as in the executables.
class TranslationsTest : public ::testing::Test
{
protected:
    void TearDown() override
    {
        // Each test starts from an application without translators.
        for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    static QString status(const char *text) { return QCoreApplication::translate("isms::Status", text); }

    static QString controls(int count)
    {
        return QCoreApplication::translate("MainWindow", "%n control(s)", nullptr, count);
    }

    static bool hasQtCatalogue(const QString &language)
    {
        return QFileInfo::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_"_s + language
                                 + u".qm"_s);
    }
};

TEST_F(TranslationsTest, LoadsTheGivenLanguage)
{
    isms::installTranslations(*QCoreApplication::instance(), u"de"_s);
    EXPECT_EQ(status("Implemented"), u"Umgesetzt"_s);
    EXPECT_EQ(controls(1), u"1 Maßnahme"_s);
    EXPECT_EQ(controls(93), u"93 Maßnahmen"_s);
}

TEST_F(TranslationsTest, LoadsARegionalVariantFromItsLanguage)
{
    isms::installTranslations(*QCoreApplication::instance(), u"fr_CA"_s);
    EXPECT_EQ(status("Not applicable"), u"Non applicable"_s);
    // French uses the singular for zero.
    EXPECT_EQ(controls(0), u"0 mesure"_s);
    EXPECT_EQ(controls(2), u"2 mesures"_s);
}

TEST_F(TranslationsTest, FallsBackToEnglishPluralForms)
{
    isms::installTranslations(*QCoreApplication::instance(), u"es"_s);
    EXPECT_EQ(status("Implemented"), u"Implemented"_s);
    EXPECT_EQ(controls(1), u"1 control"_s);
    EXPECT_EQ(controls(93), u"93 controls"_s);
}

TEST_F(TranslationsTest, LoadsQtsOwnCatalogueInTheSameLanguage)
{
    if (!hasQtCatalogue(u"de"_s)) {
        GTEST_SKIP() << "Qt's German catalogue is not installed (Debian: qt6-translations-l10n)";
    }
    isms::installTranslations(*QCoreApplication::instance(), u"de"_s);
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
}

TEST_F(TranslationsTest, ParentsTheTranslatorsToTheApplication)
{
    isms::installTranslations(*QCoreApplication::instance(), u"fr"_s);
    const QList<QTranslator *> translators = QCoreApplication::instance()->findChildren<QTranslator *>();
    ASSERT_FALSE(translators.isEmpty());
    EXPECT_EQ(translators.first()->language(), u"fr"_s);
}

} // namespace
