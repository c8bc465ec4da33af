// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// Internal to MandatoryInformation: how the evaluators read the registers, and those evaluators that
// read the documented-information, support and performance registers (MandatoryEvaluators.cpp).
#pragma once

#include "common/Result.h"
#include "domain/Entities.h"
#include "services/MandatoryInformation.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QHash>

namespace isms::mandatory {

using State = InformationState;

/// The records of the register `key` as the file holds them; none when the file is older than the
/// register.
class Registers
{
public:
    explicit Registers(const Database &db)
        : m_db(db)
    {}

    Result<const QList<Record> *> of(const QString &key)
    {
        if (const auto found = m_records.constFind(key); found != m_records.cend()) {
            return &*found;
        }
        QList<Record> records;
        if (const EntitySpec *spec = Entities::find(key)) {
            const RecordRepository repository(m_db, *spec);
            const auto exists = repository.tableExists();
            if (!exists) {
                return exists.error();
            }
            if (*exists) {
                auto all = repository.all();
                if (!all) {
                    return all.error();
                }
                records = std::move(*all);
            }
        }
        return &*m_records.insert(key, std::move(records));
    }

    static QVariant value(const QString &key, const Record &record, QStringView field)
    {
        const EntitySpec *spec = Entities::find(key);
        const int index = spec ? spec->indexOf(field) : -1;
        return index >= 0 ? record.values.value(index) : QVariant();
    }

    static QString text(const QString &key, const Record &record, QStringView field)
    {
        return value(key, record, field).toString().trimmed();
    }

    const Database &db() const { return m_db; }

private:
    const Database &m_db;
    QHash<QString, QList<Record>> m_records;
};

/// What a register says about an item before documents are consulted.
struct Found
{
    State state = State::Missing;
    QString detail;
    QString ref;
};

/// A missing item with `detail` (a QT_TRANSLATE_NOOP in context "isms::MandatoryInformation").
Found missing(const char *detail);

Result<Found> policy(Registers &registers);
Result<Found> necessaryDocuments(Registers &registers);
Result<Found> externalDocuments(Registers &registers);
Result<Found> competence(Registers &registers);
/// DI-9.3.3: a held management review with approved minutes (held but not approved: incomplete).
Result<Found> reviewMinutes(Registers &registers);

Result<Found> measurements(Registers &registers);
Result<Found> auditProgramme(Registers &registers);
Result<Found> auditResults(Registers &registers);
Result<Found> nonconformities(Registers &registers);
Result<Found> correctiveResults(Registers &registers);

} // namespace isms::mandatory
