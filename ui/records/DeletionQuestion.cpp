// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "records/DeletionQuestion.h"

#include "services/RecordService.h"

#include <algorithm>

bool DeletionQuestion::isLink(const isms::EntitySpec &spec)
{
    return std::all_of(spec.fields.cbegin(), spec.fields.cend(), [](const isms::FieldSpec &field) {
        return field.has(isms::ReadOnly);
    });
}

QString DeletionQuestion::children(const QList<isms::RemovedRecords> &children)
{
    QStringList parts;
    int links = 0;
    for (const isms::RemovedRecords &child : children) {
        const auto count = static_cast<int>(child.records.size());
        if (count == 0) {
            continue;
        }
        if (isLink(*child.spec)) {
            links += count;
        } else {
            //: A number and a kind of records: "2 treatment tasks"
            parts.append(tr("%1 %2").arg(count).arg(count == 1 ? child.spec->singularNoun()
                                                               : child.spec->pluralNoun()));
        }
    }
    if (links > 0) {
        //: A number of links of a record (to assets, controls): "4 links"
        parts.append(links == 1 ? tr("1 link") : tr("%1 links").arg(links));
    }
    if (parts.size() <= 1) {
        return parts.value(0);
    }
    const QString last = parts.takeLast();
    //: The end of a list: "2 treatment tasks, 1 version and 4 links"
    return tr("%1 and %2").arg(parts.join(tr(", ")), last);
}

QString DeletionQuestion::text(const isms::EntitySpec &spec,
                               const QStringList &refs,
                               const QList<isms::RemovedRecords> &children)
{
    qsizetype total = 0;
    for (const isms::RemovedRecords &child : children) {
        total += child.records.size();
    }
    const QString what = DeletionQuestion::children(children);
    if (refs.size() == 1) {
        return total == 1
                   //: %1 is a reference, %2 the one record that goes with it: "R-003 has 1 link"
                   ? tr("%1 has %2, which is deleted with it. Undo brings both back.")
                         .arg(refs.constFirst(), what)
                   //: %1 is a reference, %2 what goes with it: "R-003 has 2 treatment tasks and 4 links"
                   : tr("%1 has %2; they are deleted with it. Undo brings everything back.")
                         .arg(refs.constFirst(), what);
    }
    //: %1 is a number of two or more, %2 a kind of records, %3 what goes with them
    return tr("The %1 selected %2 have %3; they are deleted with them. Undo brings everything back.")
        .arg(refs.size())
        .arg(spec.pluralNoun(), what);
}
