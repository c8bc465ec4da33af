// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/RaciReport.h"

#include "domain/Entities.h"
#include "report/DocumentControl.h"
#include "report/RiskReport.h"
#include "services/RaciMatrix.h"
#include "storage/RecordRepository.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace isms {

namespace {

ReportTableCell cell(const QString &text)
{
    return ReportTableCell{.text = text, .background = {}, .bold = false, .foreground = {}};
}

ReportTableCell letterCell(const QString &letter)
{
    const EnumValue *value = raciLetterValues().find(letter);
    if (!value) {
        return cell({});
    }
    // The letter's colour, mostly white, so that the letters stay easy to read.
    const QColor colour{QRgb(value->colour)};
    const QColor tint((colour.red() + 3 * 255) / 4,
                      (colour.green() + 3 * 255) / 4,
                      (colour.blue() + 3 * 255) / 4);
    return ReportTableCell{.text = letter, .background = tint, .bold = letter == u"A", .foreground = {}};
}

Result<void> appendRoles(Database &db, QList<ReportBlock> &blocks)
{
    blocks.append(ReportHeading{1, RaciReport::tr("Roles")});
    const EntitySpec &role = roleSpec();
    const auto roles = RecordRepository(db, role).all();
    const auto people = RecordRepository(db, personSpec()).all();
    if (!roles || !people) {
        return !roles ? roles.error() : people.error();
    }
    QHash<qint64, QString> names;
    for (const Record &person : *people) {
        QString name = person.values.at(personSpec().indexOf(u"name")).toString();
        if (person.values.at(personSpec().indexOf(u"status")).toString() == u"left") {
            //: A person in a report who has left the organisation: "Erik Sand (left)".
            name = RaciReport::tr("%1 (left)").arg(name);
        }
        names.insert(person.id.value, name);
    }
    if (roles->isEmpty()) {
        blocks.append(ReportParagraph{RaciReport::tr("No role is recorded.")});
        return {};
    }
    const auto nameOf = [&](const Record &record, QStringView key) {
        const QVariant value = record.values.at(role.indexOf(key));
        //: A role without a holder or deputy in the roles table.
        return value.isValid() ? names.value(value.toLongLong()) : RaciReport::tr("(none)");
    };
    const auto yes = [&](const Record &record, QStringView key) {
        return record.values.at(role.indexOf(key)).toBool() ? RaciReport::tr("Yes") : QString();
    };
    ReportTable table;
    table.compact = true;
    table.columns = {{RaciReport::tr("Ref"), 0.8, Qt::AlignLeft},
                     {RaciReport::tr("Role"), 2.0, Qt::AlignLeft},
                     {RaciReport::tr("Holder"), 1.6, Qt::AlignLeft},
                     {RaciReport::tr("Deputy"), 1.6, Qt::AlignLeft},
                     {RaciReport::tr("Ensures conformity (5.3 a)"), 1.1, Qt::AlignLeft},
                     {RaciReport::tr("Reports performance (5.3 b)"), 1.1, Qt::AlignLeft},
                     {RaciReport::tr("Responsibilities"), 3.4, Qt::AlignLeft},
                     {RaciReport::tr("Communicated"), 2.0, Qt::AlignLeft}};
    for (const Record &record : *roles) {
        const QDate on = record.values.at(role.indexOf(u"communicated_on")).toDate();
        QString communicated = record.values.at(role.indexOf(u"communicated_how")).toString();
        if (on.isValid()) {
            //: How and when a role was communicated: "Intranet page, 2026-03-02".
            communicated = RaciReport::tr("%1, %2").arg(communicated, on.toString(Qt::ISODate));
        }
        table.rows.append({cell(EntitySpec::refOf(record)),
                           cell(record.values.at(role.indexOf(u"name")).toString()),
                           cell(nameOf(record, u"holder")),
                           cell(nameOf(record, u"deputy")),
                           cell(yes(record, u"ensures_conformity")),
                           cell(yes(record, u"reports_performance")),
                           cell(record.values.at(role.indexOf(u"responsibilities")).toString()),
                           cell(communicated)});
    }
    blocks.append(table);
    return {};
}

void appendMatrix(const RaciMatrix &matrix, QList<ReportBlock> &blocks)
{
    blocks.append(ReportHeading{1, RaciReport::tr("RACI matrix")});
    blocks.append(ReportParagraph{RaciReport::tr(
        "One row per ISMS process, one column per role. R does the work, A answers for the result and "
        "approves it (exactly one role per process), C is asked before, I is told after.")});
    if (matrix.activities().isEmpty() || matrix.roles().isEmpty()) {
        blocks.append(ReportParagraph{
            RaciReport::tr("The matrix is empty: it needs ISMS processes and roles to be recorded.")});
        return;
    }
    ReportTable table;
    table.compact = true;
    table.columns.append({RaciReport::tr("Process"), 2.6, Qt::AlignLeft});
    for (const RaciRole &role : matrix.roles()) {
        //: A column of the RACI matrix: the role's reference and name, "RL-002 ISMS Manager".
        table.columns.append({RaciReport::tr("%1 %2").arg(role.ref, role.name), 1.0, Qt::AlignCenter});
    }
    table.columns.append({RaciReport::tr("One A"), 0.9, Qt::AlignLeft});
    QStringList gaps;
    for (qsizetype row = 0; row < matrix.activities().size(); ++row) {
        const RaciActivity &activity = matrix.activities().at(row);
        QList<ReportTableCell> cells{cell(u"%1 %2"_s.arg(activity.ref, activity.name))};
        for (qsizetype column = 0; column < matrix.roles().size(); ++column) {
            cells.append(letterCell(matrix.cell(row, column).letter));
        }
        const int accountable = matrix.accountableCount(row);
        if (accountable == 1) {
            cells.append(cell(RaciReport::tr("Yes")));
        } else {
            gaps.append(activity.ref);
            cells.append(ReportTableCell{.text = accountable == 0
                                                     ? RaciReport::tr("None")
                                                     : RaciReport::tr("%1 roles").arg(accountable),
                                         .background = QColor(0xF8D7DA),
                                         .bold = true,
                                         .foreground = {}});
        }
        table.rows.append(cells);
    }
    blocks.append(table);
    if (!gaps.isEmpty()) {
        blocks.append(ReportParagraph{
            RaciReport::tr("Processes without exactly one Accountable role: %1.").arg(gaps.join(u", "_s))});
    }
}

} // namespace

QString RaciReport::documentId()
{
    return u"ISMS-RPT-RACI"_s;
}

Result<ReportDocument> RaciReport::build(Database &db, const ReportOptions &options)
{
    Result<ReportDocument> cover = RiskReport::coverFor(db, options);
    if (!cover) {
        return cover.error();
    }
    ReportDocument doc = std::move(cover).value();
    doc.title = tr("Roles and responsibilities");
    doc.subtitle = tr("The roles of the ISMS, the assignments of clause 5.3 and the RACI matrix over the "
                      "ISMS processes");
    doc.documentId = documentId();
    doc.orientation = QPageLayout::Landscape;
    if (auto controlled = DocumentControl::apply(db, u"raci"_s, doc); !controlled) {
        return controlled.error();
    }
    const auto matrix = RaciMatrix::load(db);
    if (!matrix) {
        return matrix.error();
    }
    const auto exists = RecordRepository(db, roleSpec()).tableExists();
    if (!exists) {
        return exists.error();
    }
    if (*exists) {
        if (auto roles = appendRoles(db, doc.blocks); !roles) {
            return roles.error();
        }
        doc.blocks.append(ReportPageBreak{});
    }
    appendMatrix(*matrix, doc.blocks);
    return doc;
}

} // namespace isms
