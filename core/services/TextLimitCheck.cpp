// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/TextLimitCheck.h"

#include "common/TextRules.h"
#include "domain/Requirement.h"
#include "services/ProjectService.h"
#include "services/RequirementService.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace isms {

namespace {

QString recordName(const QString &kind, const QString &ref)
{
    return kind == u"control" ? QCoreApplication::translate("isms::TextLimitCheck", "control A.%1").arg(ref)
                              : QCoreApplication::translate("isms::TextLimitCheck", "clause %1").arg(ref);
}

QString problemWith(const QString &field,
                    const QString &record,
                    QStringView value,
                    text::Shape shape,
                    int limit)
{
    if (value.size() > limit) {
        return QCoreApplication::translate("isms::TextLimitCheck",
                                           "The field \"%1\" of %2 has %3 characters, more than the %4 "
                                           "the program allows; it was written outside ISMS Workbench and is "
                                           "shown cut.")
            .arg(field, record)
            .arg(value.size())
            .arg(limit);
    }
    const qsizetype at = text::firstForbidden(value, shape);
    if (at >= 0) {
        return QCoreApplication::translate("isms::TextLimitCheck",
                                           "The field \"%1\" of %2 contains %3; it was written outside "
                                           "ISMS Workbench and is shown with that character replaced.")
            .arg(field, record, text::describe(value.at(at)));
    }
    return {};
}

} // namespace

Result<QStringList> TextLimitCheck::run(const Database &db)
{
    QStringList problems;
    const auto add = [&problems](const QString &problem) {
        if (!problem.isEmpty()) {
            problems.append(problem);
        }
    };
    QSqlQuery rows(db.connection());
    rows.setForwardOnly(true);
    if (auto done =
            sql::exec(rows, QStringLiteral("SELECT kind, ref, owner, notes FROM requirement ORDER BY id"));
        !done) {
        return done.error();
    }
    while (rows.next()) {
        const QString record = recordName(rows.value(0).toString(), rows.value(1).toString());
        add(problemWith(trackingFieldLabel(TrackingField::Owner),
                        record,
                        rows.value(2).toString(),
                        text::Shape::SingleLine,
                        RequirementService::MaxOwnerLength));
        add(problemWith(trackingFieldLabel(TrackingField::Notes),
                        record,
                        rows.value(3).toString(),
                        text::Shape::MultiLine,
                        RequirementService::MaxNotesLength));
    }
    const auto organisation =
        sql::scalar(db.connection(), QStringLiteral("SELECT organisation FROM project WHERE id = 1"));
    if (!organisation) {
        return organisation.error();
    }
    add(problemWith(QCoreApplication::translate("isms::TextLimitCheck", "Organisation"),
                    QCoreApplication::translate("isms::TextLimitCheck", "the project"),
                    organisation->toString(),
                    text::Shape::SingleLine,
                    ProjectService::MaxOrganisationLength));
    return problems;
}

} // namespace isms
