// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "settings/AppSettings.h"

#include "common/Platform.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

namespace isms {

namespace {

struct KeyInfo
{
    AppSettings::Key key;
    const char16_t *name;
    QVariant defaultValue;
};

/// The one table of setting names and defaults.
const std::vector<KeyInfo> &keyTable()
{
    static const std::vector<KeyInfo> table{
        {AppSettings::Key::ActorName, u"changeLog/actorName", QString()},
        {AppSettings::Key::RecentFiles, u"files/recent", QStringList()},
        {AppSettings::Key::MainWindowGeometry, u"mainWindow/geometry", QByteArray()},
        {AppSettings::Key::MainWindowState, u"mainWindow/state", QByteArray()},
        {AppSettings::Key::ControlsHeaderState, u"controls/headerState", QByteArray()},
        {AppSettings::Key::ClausesHeaderState, u"clauses/headerState", QByteArray()},
        {AppSettings::Key::HistoryHeaderState, u"history/headerState", QByteArray()},
        {AppSettings::Key::PageHeaderStates, u"pages/headerStates", QVariantMap()},
        {AppSettings::Key::LastDirectory, u"files/lastDirectory", QString()},
        {AppSettings::Key::PaperSize, u"reports/paperSize", QStringLiteral("auto")},
        {AppSettings::Key::Classification, u"reports/classification", QString()},
        {AppSettings::Key::SettingsVersion, u"settingsVersion", 0},
        {AppSettings::Key::HistoryAnchors, u"historyAnchors", QString()},
    };
    return table;
}

const KeyInfo &infoFor(AppSettings::Key key)
{
    for (const KeyInfo &info : keyTable()) {
        if (info.key == key) {
            return info;
        }
    }
    Q_UNREACHABLE();
}

} // namespace

AppSettings::AppSettings(std::unique_ptr<QSettings> settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings ? std::move(settings)
                          : std::make_unique<QSettings>(QSettings::IniFormat,
                                                        QSettings::UserScope,
                                                        QCoreApplication::organizationName(),
                                                        QCoreApplication::applicationName()))
{
    migrate();
}

AppSettings::~AppSettings() = default;

QVariant AppSettings::value(Key key) const
{
    const KeyInfo &info = infoFor(key);
    return m_settings->value(QString::fromUtf16(info.name), info.defaultValue);
}

void AppSettings::setValue(Key key, const QVariant &value)
{
    const KeyInfo &info = infoFor(key);
    if (m_settings->value(QString::fromUtf16(info.name), info.defaultValue) == value) {
        return;
    }
    m_settings->setValue(QString::fromUtf16(info.name), value);
    Q_EMIT changed(key);
}

QString AppSettings::projectValue(Key group, const QString &projectId) const
{
    // Project ids are UUIDs: safe as a key segment (no '/' or '\\').
    const KeyInfo &info = infoFor(group);
    return m_settings->value(QString::fromUtf16(info.name) + u'/' + projectId, info.defaultValue).toString();
}

void AppSettings::setProjectValue(Key group, const QString &projectId, const QString &value)
{
    const KeyInfo &info = infoFor(group);
    const QString name = QString::fromUtf16(info.name) + u'/' + projectId;
    if (m_settings->value(name).toString() == value) {
        return;
    }
    m_settings->setValue(name, value);
    Q_EMIT changed(group);
}

QString AppSettings::effectiveActorName() const
{
    // ISMS_ACTOR lets scripts and tests record a fixed name.
    const QString fromEnvironment = qEnvironmentVariable("ISMS_ACTOR").trimmed();
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment.left(200);
    }
    const QString configured = value(Key::ActorName).toString().trimmed();
    return configured.isEmpty() ? platform::osUserName() : configured.left(200);
}

QStringList AppSettings::recentFiles() const
{
    return value(Key::RecentFiles).toStringList();
}

void AppSettings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles) {
        files.removeLast();
    }
    setValue(Key::RecentFiles, files);
}

void AppSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    setValue(Key::RecentFiles, files);
}

void AppSettings::migrate()
{
    const int stored = value(Key::SettingsVersion).toInt();
    if (stored >= CurrentSettingsVersion) {
        return;
    }
    // Version 1 is the first; later versions rename or convert keys here, one step per version.
    m_settings->setValue(QString::fromUtf16(infoFor(Key::SettingsVersion).name), CurrentSettingsVersion);
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace isms
