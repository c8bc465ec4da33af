// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/MandatoryInformationSection.h"

#include "common/Translations.h"
#include "services/MandatoryInformation.h"

#include <QLocale>

namespace isms {

namespace {

ReportTableCell cell(const QString &text)
{
    return ReportTableCell{.text = text, .background = {}, .bold = false, .foreground = {}};
}

ReportTableCell stateCell(InformationState state)
{
    QColor tint(0xDFF0D8);
    if (state == InformationState::Incomplete) {
        tint = QColor(0xFFF0C2);
    } else if (state == InformationState::Missing) {
        tint = QColor(0xF8D7DA);
    }
    return ReportTableCell{.text = MandatoryInformation::stateText(state),
                           .background = tint,
                           .bold = state == InformationState::Missing,
                           .foreground = {}};
}

} // namespace

Result<void> MandatoryInformationSection::append(QList<ReportBlock> &blocks,
                                                 const Database &db,
                                                 const QDate &today,
                                                 int level)
{
    const auto states = MandatoryInformation::evaluate(db, today);
    if (!states) {
        return states.error();
    }
    int present = 0;
    for (const MandatoryItemState &state : *states) {
        present += state.state == InformationState::Present ? 1 : 0;
    }
    const QLocale locale = reportLocale();
    blocks.append(ReportHeading{level, tr("Mandatory documented information")});
    blocks.append(ReportParagraph{
        tr("Clauses 4 to 10 of ISO/IEC 27001 require documented information in fifteen places; split "
           "into the items they hold, these are the %1 below. The project holds %2 of them in full. An "
           "item is present when the record that holds it exists and is approved or complete, incomplete "
           "when it is a draft or leaves records out, and missing when nothing holds it; a document of the "
           "documented-information register that names the clause and is approved counts too.")
            .arg(locale.toString(states->size()), locale.toString(present))});
    ReportTable table;
    table.compact = true;
    table.columns = {{tr("Clause"), 0.8, Qt::AlignLeft},
                     {tr("Item"), 2.2, Qt::AlignLeft},
                     {tr("State"), 1.0, Qt::AlignLeft},
                     {tr("Kept as"), 2.6, Qt::AlignLeft},
                     {tr("What was found"), 3.6, Qt::AlignLeft}};
    for (const MandatoryItemState &state : *states) {
        const MandatoryItem *item = MandatoryInformation::item(state.itemId);
        table.rows.append({cell(item->clause),
                           cell(item->titleText()),
                           stateCell(state.state),
                           cell(item->heldByText()),
                           cell(state.detail)});
    }
    blocks.append(table);
    return {};
}

} // namespace isms
