// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QObject>
#include <QSettings>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace isms {

/// User and UI preferences (never document data), stored with QSettings in INI format.
/// Keys are typed; their names and defaults live in one table in AppSettings.cpp.
class AppSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    enum class Key
    {
        ActorName,           ///< QString: the name written to the change log; empty means the OS user
        RecentFiles,         ///< QStringList, newest first
        MainWindowGeometry,  ///< QByteArray
        MainWindowState,     ///< QByteArray
        ControlsHeaderState, ///< QByteArray
        ClausesHeaderState,  ///< QByteArray
        HistoryHeaderState,  ///< QByteArray
        PageHeaderStates,    ///< QVariantMap: the PageRegistry's pages' header states, by page key
        LastDirectory,       ///< QString
        PaperSize,           ///< QString: "auto", "A4" or "Letter"
        Classification,      ///< QString: classification label printed on reports
        SettingsVersion,     ///< int
        HistoryAnchors, ///< group of QString per project id: the change-log head last seen (HistoryAnchor)
    };
    Q_ENUM(Key)

    static constexpr int MaxRecentFiles = 10;
    static constexpr int CurrentSettingsVersion = 1;

    /// Uses `settings` if given (tests), otherwise an INI QSettings for the organisation and application
    /// names set on the application object.
    explicit AppSettings(std::unique_ptr<QSettings> settings = {}, QObject *parent = nullptr);
    ~AppSettings() override;

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);

    /// A value stored per project id under a group key (Key::HistoryAnchors); empty when none.
    QString projectValue(Key group, const QString &projectId) const;
    void setProjectValue(Key group, const QString &projectId, const QString &value);

    /// The name set in preferences, or the OS user name when none is set.
    QString effectiveActorName() const;

    QStringList recentFiles() const;
    /// Moves `path` to the front of the recent files (absolute path; at most MaxRecentFiles kept).
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);

    /// Brings stored settings from an older settings version to the current one.
    void migrate();

    void sync();

Q_SIGNALS:
    void changed(isms::AppSettings::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace isms
