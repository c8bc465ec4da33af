// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/UniqueValues.h"

#include "storage/RecordRepository.h"

#include <QCoreApplication>

namespace isms {

namespace {

QString keyOf(const FieldSpec &field, const QVariant &value)
{
    return field.canonical(value).value_or(QString()).toCaseFolded();
}

} // namespace

Result<UniqueValues> UniqueValues::read(const Database &db, const EntitySpec &spec)
{
    UniqueValues values;
    values.m_spec = &spec;
    for (int i = 1; i < spec.fields.size(); ++i) {
        if (spec.fields.at(i).has(Unique)) {
            values.m_fields.append(i);
        }
    }
    if (values.m_fields.isEmpty()) {
        return values;
    }
    const auto records = RecordRepository(db, spec).all();
    if (!records) {
        return records.error();
    }
    for (const Record &record : *records) {
        for (const int i : std::as_const(values.m_fields)) {
            values.m_taken[i].insert(keyOf(spec.fields.at(i), record.values.at(i)),
                                     {record.id, EntitySpec::refOf(record)});
        }
    }
    return values;
}

Result<void> UniqueValues::claim(const Record &record)
{
    for (const int i : std::as_const(m_fields)) {
        const FieldSpec &field = m_spec->fields.at(i);
        if (field.isEmptyValue(record.values.at(i))) {
            continue;
        }
        const QString key = keyOf(field, record.values.at(i));
        TextHash<std::pair<RecordId, QString>> &taken = m_taken[i];
        const auto holder = taken.constFind(key);
        if (holder != taken.constEnd() && (!record.id.isValid() || holder->first != record.id)) {
            const QString shown = field.enumSpec ? field.enumSpec->labelOf(record.values.at(i).toString())
                                                 : record.values.at(i).toString();
            //: %1: a field ("Report"), %2: its value, %3: the record that holds it ("DC-001"), %4: the
            //: register's noun ("document control").
            return Error{
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("isms::UniqueValues",
                                            "%1 \"%2\" already has its %4, %3; change that one instead.")
                    .arg(field.labelText(), shown, holder->second, m_spec->singularNoun()),
                {}};
        }
        taken.insert(key, {record.id, EntitySpec::refOf(record)});
    }
    return {};
}

} // namespace isms
