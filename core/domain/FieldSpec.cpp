// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "domain/FieldSpec.h"

#include "common/TextRules.h"

#include <QCoreApplication>

namespace isms {

namespace {

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidArgument, message, {}};
}

} // namespace

QString FieldSpec::labelText() const
{
    return QCoreApplication::translate("isms::FieldSpec", label);
}

QVariant FieldSpec::defaultValue() const
{
    switch (type) {
    case FieldType::Text:
    case FieldType::MultilineText:
        return QString();
    case FieldType::Enum:
        return has(Required) && enumSpec && !enumSpec->values.isEmpty()
                   ? enumSpec->values.constFirst().keyword
                   : QString();
    case FieldType::Boolean:
        return false;
    case FieldType::Date:
    case FieldType::Integer:
    case FieldType::Reference:
        return QVariant();
    }
    return QVariant();
}

bool FieldSpec::isEmptyValue(const QVariant &value) const
{
    switch (type) {
    case FieldType::Text:
    case FieldType::MultilineText:
    case FieldType::Enum:
        return value.toString().isEmpty();
    case FieldType::Date:
        return !value.toDate().isValid();
    case FieldType::Boolean:
        return false;
    case FieldType::Integer:
    case FieldType::Reference:
        return !value.isValid() || value.isNull();
    }
    return true;
}

std::optional<QString> FieldSpec::canonical(const QVariant &value) const
{
    switch (type) {
    case FieldType::Text:
    case FieldType::MultilineText:
    case FieldType::Enum:
        return value.toString();
    case FieldType::Boolean:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case FieldType::Date: {
        const QDate date = value.toDate();
        if (!date.isValid()) {
            return std::nullopt;
        }
        const int year = date.year();
        if (year < 1 || year > 9999) {
            return date.toString(Qt::ISODate);
        }
        // What toString(Qt::ISODate) gives, written directly: it costs an import of thousands of dated
        // records more than storing them.
        const auto digit = [](int n) { return QChar(u'0' + n); };
        const QChar text[10] = {digit(year / 1000),
                                digit(year / 100 % 10),
                                digit(year / 10 % 10),
                                digit(year % 10),
                                u'-',
                                digit(date.month() / 10),
                                digit(date.month() % 10),
                                u'-',
                                digit(date.day() / 10),
                                digit(date.day() % 10)};
        return QString(text, 10);
    }
    case FieldType::Integer:
    case FieldType::Reference:
        if (!value.isValid() || value.isNull()) {
            return std::nullopt;
        }
        return QString::number(value.toLongLong());
    }
    return std::nullopt;
}

QVariant FieldSpec::fromCanonical(const std::optional<QString> &text) const
{
    switch (type) {
    case FieldType::Text:
    case FieldType::MultilineText:
    case FieldType::Enum:
        return text.value_or(QString());
    case FieldType::Boolean:
        return text && *text == u"true";
    case FieldType::Date:
        return text ? QVariant(QDate::fromString(*text, Qt::ISODate)) : QVariant();
    case FieldType::Integer:
    case FieldType::Reference: {
        bool ok = false;
        const qint64 number = text ? text->toLongLong(&ok) : 0;
        return ok ? QVariant(number) : QVariant();
    }
    }
    return QVariant();
}

Result<void> FieldSpec::validate(const QVariant &value) const
{
    if (has(Required) && isEmptyValue(value)) {
        return invalid(QCoreApplication::translate("isms::FieldSpec", "%1 is required; enter a value.")
                           .arg(labelText()));
    }
    switch (type) {
    case FieldType::Text:
    case FieldType::MultilineText: {
        const QString text = value.toString();
        if (text.size() > maxLength) {
            return invalid(QCoreApplication::translate("isms::FieldSpec",
                                                       "%1 may have at most %2 characters; shorten it.")
                               .arg(labelText())
                               .arg(maxLength));
        }
        const text::Shape shape = type == FieldType::Text ? text::Shape::SingleLine : text::Shape::MultiLine;
        if (const qsizetype at = text::firstForbidden(text, shape); at >= 0) {
            return invalid(QCoreApplication::translate("isms::FieldSpec",
                                                       "%1 contains %2, which it may not hold; remove it.")
                               .arg(labelText(), text::describe(text.at(at))));
        }
        return {};
    }
    case FieldType::Enum: {
        const QString keyword = value.toString();
        if (!keyword.isEmpty() && enumSpec && !enumSpec->find(keyword)) {
            return invalid(QCoreApplication::translate("isms::FieldSpec",
                                                       "\"%1\" is not a value of %2; use one "
                                                       "of %3.")
                               .arg(keyword, labelText(), enumSpec->keywordList()));
        }
        return {};
    }
    case FieldType::Date: {
        const QDate date = value.toDate();
        if (date.isValid() && (date.year() < EarliestYear || date.year() > LatestYear)) {
            return invalid(QCoreApplication::translate("isms::FieldSpec",
                                                       "%1 must lie between the years %2 and %3; enter a "
                                                       "realistic date.")
                               .arg(labelText())
                               .arg(EarliestYear)
                               .arg(LatestYear));
        }
        return {};
    }
    case FieldType::Integer: {
        if (value.isValid() && !value.isNull()
            && (value.toLongLong() < minimum || value.toLongLong() > maximum)) {
            return invalid(
                QCoreApplication::translate("isms::FieldSpec", "%1 must be a whole number from %2 to %3.")
                    .arg(labelText())
                    .arg(minimum)
                    .arg(maximum));
        }
        return {};
    }
    case FieldType::Boolean:
    case FieldType::Reference:
        return {};
    }
    return {};
}

} // namespace isms
