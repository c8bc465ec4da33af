// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "settings/AppSettings.h"

#include "common/Platform.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

class AppSettingsTest : public ::testing::Test
{
protected:
    std::unique_ptr<AppSettings> makeSettings()
    {
        return std::make_unique<AppSettings>(
            std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat));
    }

    QTemporaryDir m_dir;
};

TEST_F(AppSettingsTest, ActorFallsBackToTheOsUser)
{
    qunsetenv("ISMS_ACTOR");
    auto settings = makeSettings();
    EXPECT_EQ(settings->effectiveActorName(), platform::osUserName());
    QSignalSpy changed(settings.get(), &AppSettings::changed);
    settings->setValue(AppSettings::Key::ActorName, u"  Dana Auditor "_s);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(settings->effectiveActorName(), u"Dana Auditor");
}

TEST_F(AppSettingsTest, RecentFilesAreUniqueNewestFirstAndBounded)
{
    auto settings = makeSettings();
    for (int i = 0; i < 12; ++i) {
        settings->addRecentFile(m_dir.filePath(u"p%1.isms"_s.arg(i)));
    }
    settings->addRecentFile(m_dir.filePath(u"p5.isms"_s));
    const QStringList files = settings->recentFiles();
    EXPECT_EQ(files.size(), AppSettings::MaxRecentFiles);
    EXPECT_TRUE(files.constFirst().endsWith(u"p5.isms"_s));
    EXPECT_EQ(files.count(files.constFirst()), 1);
    settings->removeRecentFile(m_dir.filePath(u"p5.isms"_s));
    EXPECT_FALSE(settings->recentFiles().constFirst().endsWith(u"p5.isms"_s));
}

TEST_F(AppSettingsTest, PersistsAndMigrates)
{
    {
        auto settings = makeSettings();
        settings->setValue(AppSettings::Key::PaperSize, u"Letter"_s);
        settings->sync();
    }
    auto again = makeSettings();
    EXPECT_EQ(again->value(AppSettings::Key::PaperSize).toString(), u"Letter");
    EXPECT_EQ(again->value(AppSettings::Key::SettingsVersion).toInt(), AppSettings::CurrentSettingsVersion);
}

TEST_F(AppSettingsTest, KeepsOneValuePerProjectId)
{
    auto settings = makeSettings();
    const QString first = u"0f8fad5b-d9cb-469f-a165-70867728950e"_s;
    const QString second = u"7c9e6679-7425-40de-944b-e07fc1f90ae7"_s;
    EXPECT_TRUE(settings->projectValue(AppSettings::Key::HistoryAnchors, first).isEmpty());
    QSignalSpy changed(settings.get(), &AppSettings::changed);
    settings->setProjectValue(AppSettings::Key::HistoryAnchors, first, u"one"_s);
    settings->setProjectValue(AppSettings::Key::HistoryAnchors, first, u"one"_s);
    settings->setProjectValue(AppSettings::Key::HistoryAnchors, second, u"two"_s);
    EXPECT_EQ(changed.count(), 2);
    settings.reset();
    settings = makeSettings();
    EXPECT_EQ(settings->projectValue(AppSettings::Key::HistoryAnchors, first), u"one");
    EXPECT_EQ(settings->projectValue(AppSettings::Key::HistoryAnchors, second), u"two");
}
