// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "common/Translations.h"

#include "TsFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

#include <gtest/gtest.h>

#include <algorithm>

using namespace Qt::StringLiterals;
using isms::test::TsFile;
using isms::test::TsMessage;

namespace {

/// Checks isms::installTranslations() with the catalogues embedded under :/i18n, as in the executables:
/// every committed translation must come back from QCoreApplication::translate().
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

    static void install(const QString &language)
    {
        isms::installTranslations(*QCoreApplication::instance(), language);
    }

    static QString translate(const TsMessage &message, int n = -1)
    {
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QByteArray comment = message.comment.toUtf8();
        return QCoreApplication::translate(context.constData(),
                                           source.constData(),
                                           comment.isEmpty() ? nullptr : comment.constData(),
                                           n);
    }

    /// The messages of `fileName` whose translation differs from what the application shows.
    static QStringList notLoaded(const QString &fileName)
    {
        const TsFile file = isms::test::readTsFile(isms::test::committedTsFile(fileName));
        if (!file.error.isEmpty()) {
            return {file.error};
        }
        QStringList problems;
        for (const TsMessage &message : file.messages) {
            QStringList expected;
            QStringList shown;
            if (message.isNumerus) {
                // The first form is the singular (1), the second the plural (2).
                for (int n = 1; n <= std::min<int>(2, message.numerusForms.size()); ++n) {
                    expected << QString(message.numerusForms.at(n - 1)).replace(u"%n"_s, QString::number(n));
                    shown << translate(message, n);
                }
            } else {
                expected << message.translation;
                shown << translate(message);
            }
            if (shown != expected) {
                problems << u"%1: \"%2\" instead of \"%3\""_s.arg(message.describe(),
                                                                  shown.join(u" | "_s),
                                                                  expected.join(u" | "_s));
            }
        }
        return problems;
    }

    static QString status(const char *text) { return QCoreApplication::translate("isms::Status", text); }
};

TEST_F(TranslationsTest, LoadsTheGivenLanguage)
{
    install(u"de"_s);
    EXPECT_EQ(status("Implemented"), u"Umgesetzt"_s);
    const QStringList problems = notLoaded(u"isms_de.ts"_s);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
}

TEST_F(TranslationsTest, LoadsARegionalVariantFromItsLanguage)
{
    install(u"fr_CA"_s);
    EXPECT_EQ(status("Not applicable"), u"Non applicable"_s);
    const QStringList problems = notLoaded(u"isms_fr.ts"_s);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
}

TEST_F(TranslationsTest, UsesTheSingularForZeroInFrench)
{
    install(u"fr"_s);
    const TsFile file = isms::test::readTsFile(isms::test::committedTsFile(u"isms_fr.ts"_s));
    const auto plural = std::ranges::find_if(file.messages, &TsMessage::isNumerus);
    ASSERT_NE(plural, file.messages.end());
    EXPECT_EQ(translate(*plural, 0), QString(plural->numerusForms.value(0)).replace(u"%n"_s, u"0"_s));
}

TEST_F(TranslationsTest, FallsBackToEnglishPluralForms)
{
    install(u"es"_s);
    EXPECT_EQ(status("Implemented"), u"Implemented"_s);
    const QStringList problems = notLoaded(u"isms_en.ts"_s);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
}

TEST_F(TranslationsTest, LoadsQtsOwnCatalogueInTheSameLanguage)
{
    if (!QFileInfo::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_de.qm"_s)) {
        GTEST_SKIP() << "Qt's German catalogue is not installed (Debian: qt6-translations-l10n)";
    }
    install(u"de"_s);
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
}

TEST_F(TranslationsTest, ParentsTheTranslatorsToTheApplication)
{
    install(u"fr"_s);
    QStringList languages;
    for (const QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        languages << translator->language();
    }
    EXPECT_TRUE(languages.contains(u"fr"_s)) << languages.join(u", "_s).toStdString();
}

} // namespace
