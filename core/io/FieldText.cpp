// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "io/FieldText.h"

#include "domain/Entities.h"

#include <QCoreApplication>
#include <QDate>

namespace isms {

namespace {

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidArgument, message, {}};
}

} // namespace

Result<QVariant> FieldText::parseFor(const EntitySpec &spec,
                                     const FieldSpec &field,
                                     const QString &text,
                                     const RefToId &refToId,
                                     const QStringList &columnTexts,
                                     const RecordContext &context,
                                     QString *note)
{
    return parseFor(
        spec,
        field,
        text,
        refToId,
        [&columnTexts]() -> const QStringList & { return columnTexts; },
        context,
        note);
}

Result<QVariant> FieldText::parseFor(const EntitySpec &spec,
                                     const FieldSpec &field,
                                     const QString &text,
                                     const RefToId &refToId,
                                     const std::function<const QStringList &()> &columnTexts,
                                     const RecordContext &context,
                                     QString *note)
{
    auto value = parse(field, text, refToId);
    if (value || field.type != FieldType::Integer || !spec.parseWord) {
        return value;
    }
    if (const auto word = spec.parseWord(spec, field, text, columnTexts(), context)) {
        if (note) {
            *note = word->second;
        }
        return QVariant(word->first);
    }
    return value;
}

Result<QVariant> FieldText::parse(const FieldSpec &field, const QString &text, const RefToId &refToId)
{
    const QString trimmed = text.trimmed();
    switch (field.type) {
    case FieldType::Text:
        return QVariant(trimmed);
    case FieldType::MultilineText:
        return QVariant(text);
    case FieldType::Enum: {
        if (trimmed.isEmpty()) {
            return QVariant(QString());
        }
        const EnumValue *value = field.enumSpec ? field.enumSpec->match(trimmed) : nullptr;
        if (!value) {
            return invalid(QCoreApplication::translate("isms::FieldText", "\"%1\" is not one of %2.")
                               .arg(trimmed, field.enumSpec ? field.enumSpec->keywordList() : QString()));
        }
        return QVariant(value->keyword);
    }
    case FieldType::Date: {
        if (trimmed.isEmpty()) {
            return QVariant();
        }
        QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (!date.isValid()) {
            // A spreadsheet's date cell: days since 1899-12-30. (Only read as a number when the text is
            // no ISO date: the conversion cost an import of thousands of dated rows a twentieth.)
            bool isSerial = false;
            const double serial = trimmed.toDouble(&isSerial);
            if (isSerial && serial >= 1 && serial < 100000) {
                date = QDate(1899, 12, 30).addDays(static_cast<qint64>(serial));
            }
        }
        if (!date.isValid()) {
            return invalid(QCoreApplication::translate("isms::FieldText",
                                                       "\"%1\" is not a date; write it as YYYY-MM-DD.")
                               .arg(trimmed));
        }
        return QVariant(date);
    }
    case FieldType::Integer: {
        if (trimmed.isEmpty()) {
            return QVariant();
        }
        bool ok = false;
        qint64 number = trimmed.toLongLong(&ok);
        if (!ok && field.enumSpec) { // a level given by name: "high", "hoch", "élevé"
            if (const EnumValue *named = field.enumSpec->match(trimmed)) {
                number = named->keyword.toLongLong(&ok);
            }
        }
        if (!ok) {
            return invalid(
                QCoreApplication::translate("isms::FieldText", "\"%1\" is not a whole number.").arg(trimmed));
        }
        return QVariant(number);
    }
    case FieldType::Boolean: {
        static const QStringList yes{QStringLiteral("true"),
                                     QStringLiteral("yes"),
                                     QStringLiteral("1"),
                                     QStringLiteral("y"),
                                     QStringLiteral("ja"),
                                     QStringLiteral("oui")};
        static const QStringList no{QStringLiteral("false"),
                                    QStringLiteral("no"),
                                    QStringLiteral("0"),
                                    QStringLiteral("n"),
                                    QStringLiteral("nein"),
                                    QStringLiteral("non"),
                                    QString()};
        const QString lower = trimmed.toLower();
        if (yes.contains(lower)) {
            return QVariant(true);
        }
        if (no.contains(lower)) {
            return QVariant(false);
        }
        return invalid(
            QCoreApplication::translate("isms::FieldText", "\"%1\" is not yes or no.").arg(trimmed));
    }
    case FieldType::Reference: {
        if (trimmed.isEmpty()) {
            return QVariant();
        }
        const RecordId id = refToId ? refToId(field.referenceKind, trimmed) : RecordId{};
        if (!id.isValid()) {
            const EntitySpec *target = Entities::find(field.referenceKind);
            return invalid(QCoreApplication::translate("isms::FieldText", "There is no %1 \"%2\".")
                               .arg(target ? target->singularNoun() : field.referenceKind, trimmed));
        }
        return QVariant(id.value);
    }
    }
    return QVariant();
}

QString FieldText::format(const FieldSpec &field, const QVariant &value, const IdToRef &idToRef)
{
    if (field.type == FieldType::Reference) {
        if (!value.isValid() || value.isNull()) {
            return {};
        }
        return idToRef ? idToRef(field.referenceKind, RecordId{value.toLongLong()}) : value.toString();
    }
    return field.canonical(value).value_or(QString());
}

QString FieldText::display(const FieldSpec &field, const QVariant &value, const IdToRef &idToRef)
{
    switch (field.type) {
    case FieldType::Enum:
        return field.enumSpec ? field.enumSpec->labelOf(value.toString()) : value.toString();
    case FieldType::Boolean:
        return value.toBool() ? QCoreApplication::translate("isms::FieldText", "yes")
                              : QCoreApplication::translate("isms::FieldText", "no");
    default:
        return format(field, value, idToRef);
    }
}

} // namespace isms
