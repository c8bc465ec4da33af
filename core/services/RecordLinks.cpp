// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/RecordLinks.h"

#include "domain/Entities.h"
#include "services/ChangeNotifier.h"
#include "services/RecordService.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace isms {

namespace {

QString folded(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s_\\-]")); // compiled once
    QString result = text.toCaseFolded();
    result.remove(separators);
    return result;
}

/// The other end of each link record as text, keyed by the owner's id.
Result<QHash<RecordId, QStringList>> otherEnds(const Database &db, const LinkColumn &column)
{
    const EntitySpec *linkSpec = Entities::find(column.linkKind);
    const FieldSpec *other = RecordLinks::otherEnd(column);
    if (!linkSpec || !other) {
        return QHash<RecordId, QStringList>{};
    }
    auto links = RecordRepository(db, *linkSpec).all();
    if (!links) {
        return links.error();
    }
    QHash<qint64, QString> targetRefs;
    if (other->type == FieldType::Reference) {
        if (const EntitySpec *target = Entities::find(other->referenceKind)) {
            auto targets = RecordRepository(db, *target).all();
            if (!targets) {
                return targets.error();
            }
            for (const Record &record : std::as_const(*targets)) {
                targetRefs.insert(record.id.value, EntitySpec::refOf(record));
            }
        }
    }
    const int own = linkSpec->indexOf(column.ownField);
    const int otherIndex = linkSpec->indexOf(column.otherField);
    const int role = column.roleField.isEmpty() ? -1 : linkSpec->indexOf(column.roleField);
    QHash<RecordId, QStringList> ends;
    for (const Record &link : std::as_const(*links)) {
        if (role >= 0 && link.values.at(role).toString() != column.roleValue) {
            continue;
        }
        const QVariant value = link.values.at(otherIndex);
        const QString text =
            other->type == FieldType::Reference ? targetRefs.value(value.toLongLong()) : value.toString();
        ends[RecordId{link.values.at(own).toLongLong()}].append(text);
    }
    for (QStringList &list : ends) {
        std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) {
            return QString::compare(a, b, Qt::CaseInsensitive) < 0;
        });
    }
    return ends;
}

} // namespace

const FieldSpec *RecordLinks::otherEnd(const LinkColumn &column)
{
    const EntitySpec *linkSpec = Entities::find(column.linkKind);
    return linkSpec ? linkSpec->field(column.otherField) : nullptr;
}

Result<QList<LinkValues>> RecordLinks::read(const Database &db, const EntitySpec &spec)
{
    QList<LinkValues> columns;
    for (const LinkColumn &column : spec.links) {
        auto ends = otherEnds(db, column);
        if (!ends) {
            return ends.error();
        }
        columns.append(LinkValues{column.key, *ends});
    }
    return columns;
}

const LinkColumn *RecordLinks::columnForHeader(const EntitySpec &spec, const QString &header)
{
    const QString wanted = folded(header);
    if (wanted.isEmpty()) {
        return nullptr;
    }
    for (const LinkColumn &column : spec.links) {
        if (folded(column.key) == wanted || folded(QString::fromUtf8(column.label)) == wanted
            || folded(column.labelText()) == wanted) {
            return &column;
        }
        for (const QString &synonym : column.importSynonyms) {
            if (folded(synonym) == wanted) {
                return &column;
            }
        }
    }
    return nullptr;
}

Result<QStringList> RecordLinks::parse(const Database &db,
                                       const LinkColumn &column,
                                       const QString &cell,
                                       TextHash<TextHash<RecordId>> *targets)
{
    static const QRegularExpression annexPrefix(QStringLiteral("^A\\.?"),
                                                QRegularExpression::CaseInsensitiveOption);
    QStringList ends;
    const FieldSpec *other = otherEnd(column);
    if (!other) {
        return ends;
    }
    TextHash<TextHash<RecordId>> ownTargets;
    TextHash<TextHash<RecordId>> &known = targets ? *targets : ownTargets;
    const TextHash<RecordId> *refs = nullptr;
    const EntitySpec *target =
        other->type == FieldType::Reference ? Entities::find(other->referenceKind) : nullptr;
    QSet<QString> seen;
    const auto isSeparator = [](QChar c) { return c == u',' || c == u';' || c == u'\n' || c == u'\r'; };
    QStringList parts; // split at every run of separators
    for (qsizetype start = 0, at = 0; at <= cell.size(); ++at) {
        if (at == cell.size() || isSeparator(cell.at(at))) {
            if (at > start) {
                parts.append(cell.sliced(start, at - start));
            }
            start = at + 1;
        }
    }
    for (const QString &part : std::as_const(parts)) {
        QString end = part.trimmed();
        if (end.isEmpty()) {
            continue;
        }
        if (target) {
            if (!refs) {
                auto found = known.constFind(target->key);
                if (found == known.constEnd()) {
                    auto read = RecordRepository(db, *target).idsByRef();
                    if (!read) {
                        return read.error();
                    }
                    found = known.insert(target->key, std::move(read).value());
                }
                refs = &*found;
            }
            if (!refs->contains(end.toUpper())) {
                return Error{
                    ErrorCode::InvalidArgument,
                    QCoreApplication::translate("isms::RecordLinks",
                                                "there is no %1 \"%2\"; list them with \"isms-cli list %3\".")
                        .arg(target->singularNoun(), end, target->key),
                    {}};
            }
            end = end.toUpper();
        } else {
            // A text end (a control id, "A.5.15" or "5.15") is checked by the link register's own rule.
            end.remove(annexPrefix);
            const EntitySpec *linkSpec = Entities::find(column.linkKind);
            if (linkSpec && linkSpec->validate) {
                Record probe = linkSpec->newRecord();
                probe.values[linkSpec->indexOf(column.otherField)] = end;
                if (auto valid = linkSpec->validate(*linkSpec, probe, RecordContext{&db}); !valid) {
                    return valid.error();
                }
            }
        }
        if (!seen.contains(end)) {
            seen.insert(end);
            ends.append(end);
        }
    }
    return ends;
}

} // namespace isms
