// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The report language is per thread: a worker writing a report in German sees German text and dates,
// while the main thread keeps the window's language and locale, and the other way round.
#include "common/Translations.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QSemaphore>
#include <QThread>
#include <QTranslator>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QString contents()
{
    return QCoreApplication::translate("isms::ReportRenderer", "Contents");
}

QString monthOf(const QLocale &locale)
{
    return locale.toString(QDate(2026, 3, 1), u"MMMM"_s);
}

class ReportLanguageTest : public ::testing::Test
{
protected:
    void TearDown() override
    {
        for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    /// What a worker thread with `language` sees, read while the main thread checks its own text.
    struct Seen
    {
        QString text;
        QString month;
        QString textAfter; ///< once its ScopedLanguage is gone
    };

    static Seen inWorker(const QString &language, const std::function<void()> &whileHeld)
    {
        Seen seen;
        QSemaphore held;
        QSemaphore release;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            {
                const isms::ScopedLanguage scoped(language);
                seen.text = contents();
                seen.month = monthOf(isms::reportLocale());
                held.release();
                release.acquire();
            }
            seen.textAfter = contents();
        }));
        thread->start();
        held.acquire();
        whileHeld();
        release.release();
        thread->wait();
        return seen;
    }
};

} // namespace

TEST_F(ReportLanguageTest, AWorkerWritesGermanWhileTheWindowStaysEnglish)
{
    isms::installTranslations(*QCoreApplication::instance(), u"en"_s);
    QString mainText;
    QString mainMonth;
    const Seen seen = inWorker(u"de"_s, [&] {
        mainText = contents();
        mainMonth = monthOf(isms::reportLocale());
    });
    EXPECT_EQ(seen.text, u"Inhalt"_s);
    EXPECT_EQ(seen.month, u"März"_s);
    EXPECT_EQ(seen.textAfter, u"Contents"_s);
    EXPECT_EQ(mainText, u"Contents"_s);
    EXPECT_EQ(mainMonth, monthOf(QLocale()));
    EXPECT_EQ(QLocale().name(), QLocale::system().name()) << "the default locale is never changed";
}

TEST_F(ReportLanguageTest, AWorkerWritesEnglishWhileTheWindowStaysGerman)
{
    isms::installTranslations(*QCoreApplication::instance(), u"de"_s);
    QString mainText;
    const Seen seen = inWorker(u"en"_s, [&] { mainText = contents(); });
    EXPECT_EQ(seen.text, u"Contents"_s);
    EXPECT_EQ(seen.month, u"March"_s);
    EXPECT_EQ(seen.textAfter, u"Inhalt"_s);
    EXPECT_EQ(mainText, u"Inhalt"_s);
}

TEST_F(ReportLanguageTest, TheMainThreadMayWriteAReportInAnotherLanguageAsTheCommandLineDoes)
{
    isms::installTranslations(*QCoreApplication::instance(), u"en"_s);
    {
        const isms::ScopedLanguage scoped(u"fr"_s);
        EXPECT_EQ(contents(), u"Sommaire"_s);
        EXPECT_EQ(monthOf(isms::reportLocale()), u"mars"_s);
        {
            const isms::ScopedLanguage nested(u"de"_s);
            EXPECT_EQ(contents(), u"Inhalt"_s);
        }
        EXPECT_EQ(contents(), u"Sommaire"_s);
    }
    EXPECT_EQ(contents(), u"Contents"_s);
    EXPECT_EQ(isms::reportLocale(), QLocale());
}

TEST_F(ReportLanguageTest, WorksWithoutInstalledTranslationsWhenPreparedInTheMainThread)
{
    isms::prepareReportLanguages();
    const Seen seen = inWorker(u"de"_s, [] {});
    EXPECT_EQ(seen.text, u"Inhalt"_s);
    EXPECT_EQ(contents(), u"Contents"_s);
}
