// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "domain/Requirement.h"

#include <QCoreApplication>

namespace isms {

QString requirementKindKeyword(RequirementKind kind)
{
    return kind == RequirementKind::Clause ? QStringLiteral("clause") : QStringLiteral("control");
}

std::optional<RequirementKind> requirementKindFromKeyword(const QString &keyword)
{
    const QString normalised = keyword.trimmed().toLower();
    if (normalised == u"clause") {
        return RequirementKind::Clause;
    }
    if (normalised == u"control") {
        return RequirementKind::Control;
    }
    return std::nullopt;
}

QString trackingFieldKeyword(TrackingField field)
{
    switch (field) {
    case TrackingField::Status:
        return QStringLiteral("status");
    case TrackingField::Owner:
        return QStringLiteral("owner");
    case TrackingField::Notes:
        return QStringLiteral("notes");
    case TrackingField::TargetDate:
        return QStringLiteral("target_date");
    }
    return {};
}

QString trackingFieldLabel(TrackingField field)
{
    switch (field) {
    case TrackingField::Status:
        return QCoreApplication::translate("isms::Field", "Status");
    case TrackingField::Owner:
        return QCoreApplication::translate("isms::Field", "Owner");
    case TrackingField::Notes:
        return QCoreApplication::translate("isms::Field", "Notes");
    case TrackingField::TargetDate:
        return QCoreApplication::translate("isms::Field", "Target date");
    }
    return {};
}

QString normaliseControlRef(const QString &typed)
{
    QString ref = typed.trimmed();
    if (ref.startsWith(u"A.", Qt::CaseInsensitive)) {
        ref = ref.mid(2);
    }
    return ref;
}

} // namespace isms
