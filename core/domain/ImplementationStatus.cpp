// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "domain/ImplementationStatus.h"

#include <QCoreApplication>

namespace isms {

QString statusKeyword(ImplementationStatus status)
{
    switch (status) {
    case ImplementationStatus::NotStarted:
        return QStringLiteral("not-started");
    case ImplementationStatus::Planned:
        return QStringLiteral("planned");
    case ImplementationStatus::Partial:
        return QStringLiteral("partial");
    case ImplementationStatus::Implemented:
        return QStringLiteral("implemented");
    case ImplementationStatus::NotApplicable:
        return QStringLiteral("not-applicable");
    }
    return {};
}

std::optional<ImplementationStatus> statusFromKeyword(const QString &keyword)
{
    QString normalised = keyword.trimmed().toLower();
    normalised.replace(u'_', u'-').replace(u' ', u'-');
    for (const ImplementationStatus status : AllStatuses) {
        if (statusKeyword(status) == normalised) {
            return status;
        }
    }
    return std::nullopt;
}

QString statusLabel(ImplementationStatus status)
{
    switch (status) {
    case ImplementationStatus::NotStarted:
        return QCoreApplication::translate("isms::Status", "Not started");
    case ImplementationStatus::Planned:
        return QCoreApplication::translate("isms::Status", "Planned");
    case ImplementationStatus::Partial:
        return QCoreApplication::translate("isms::Status", "Partially implemented");
    case ImplementationStatus::Implemented:
        return QCoreApplication::translate("isms::Status", "Implemented");
    case ImplementationStatus::NotApplicable:
        return QCoreApplication::translate("isms::Status", "Not applicable");
    }
    return {};
}

QString themeKeyword(Theme theme)
{
    switch (theme) {
    case Theme::Organizational:
        return QStringLiteral("Organizational");
    case Theme::People:
        return QStringLiteral("People");
    case Theme::Physical:
        return QStringLiteral("Physical");
    case Theme::Technological:
        return QStringLiteral("Technological");
    }
    return {};
}

std::optional<Theme> themeFromKeyword(const QString &keyword)
{
    for (const Theme theme : AllThemes) {
        if (themeKeyword(theme).compare(keyword.trimmed(), Qt::CaseInsensitive) == 0) {
            return theme;
        }
    }
    return std::nullopt;
}

QString themeLabel(Theme theme)
{
    switch (theme) {
    case Theme::Organizational:
        return QCoreApplication::translate("isms::Theme", "Organizational");
    case Theme::People:
        return QCoreApplication::translate("isms::Theme", "People");
    case Theme::Physical:
        return QCoreApplication::translate("isms::Theme", "Physical");
    case Theme::Technological:
        return QCoreApplication::translate("isms::Theme", "Technological");
    }
    return {};
}

QString themeClause(Theme theme)
{
    return QString::number(static_cast<int>(theme) + 5);
}

} // namespace isms
