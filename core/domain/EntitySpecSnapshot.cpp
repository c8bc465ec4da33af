// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "domain/EntitySpec.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <charconv>
#include <vector>

namespace isms {

namespace {

/// The logged fields of a spec in the order of their keys, with the keys it was worked out from. The
/// keys are held, so their text stays where it is: a field whose key text is still at the same place
/// has the same key, and the order fits a spec exactly when every field's key and Logged flag match.
struct KeyOrder
{
    const EntitySpec *spec = nullptr;
    QList<QString> keys;
    QList<bool> logged;
    QList<int> order;

    bool fits(const EntitySpec &candidate) const
    {
        if (spec != &candidate || keys.size() != candidate.fields.size()) {
            return false;
        }
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const FieldSpec &field = candidate.fields.at(i);
            if (field.key.constData() != keys.at(i).constData() || field.key.size() != keys.at(i).size()
                || field.has(Logged) != logged.at(i)) {
                return false;
            }
        }
        return true;
    }

    void build(const EntitySpec &from)
    {
        spec = &from;
        keys.clear();
        logged.clear();
        order.clear();
        for (qsizetype i = 0; i < from.fields.size(); ++i) {
            const FieldSpec &field = from.fields.at(i);
            keys.append(field.key);
            logged.append(field.has(Logged));
            if (field.has(Logged)) {
                order.append(static_cast<int>(i));
            }
        }
        std::sort(order.begin(), order.end(), [&from](int a, int b) {
            return from.fields.at(a).key < from.fields.at(b).key;
        });
    }
};

/// The key order of `spec`, worked out once per spec and thread for the few specs last written.
const KeyOrder &keyOrderOf(const EntitySpec &spec)
{
    thread_local std::array<KeyOrder, 4> cache;
    thread_local std::size_t next = 0;
    for (const KeyOrder &entry : cache) {
        if (entry.fits(spec)) {
            return entry;
        }
    }
    KeyOrder &entry = cache.at(next);
    next = (next + 1) % cache.size();
    entry.build(spec);
    return entry;
}

/// Writes JSON text into a buffer kept per thread, so that a snapshot costs one allocation: the string
/// it returns.
class JsonWriter final
{
public:
    JsonWriter()
        : m_buffer(scratch())
    {}

    /// Room for `count` more characters.
    void reserve(qsizetype count)
    {
        const auto needed = static_cast<std::size_t>(m_size + count);
        if (m_buffer.size() < needed) {
            m_buffer.resize(std::max(needed, m_buffer.size() * 2));
        }
    }

    void put(char16_t c) { m_buffer[static_cast<std::size_t>(m_size++)] = c; }

    void put(QLatin1StringView text)
    {
        reserve(text.size());
        for (const char c : text) {
            put(static_cast<char16_t>(static_cast<unsigned char>(c)));
        }
    }

    void put(QStringView text)
    {
        reserve(text.size());
        std::copy(text.utf16(), text.utf16() + text.size(), m_buffer.data() + m_size);
        m_size += text.size();
    }

    /// `text` as the inside of a JSON string, escaped as QJsonDocument escapes it. False (with the
    /// text partly written) for text with a lone surrogate, which QJsonDocument writes its own way.
    bool putEscaped(QStringView text)
    {
        // At most six characters for each one (\u001f).
        reserve(6 * text.size());
        const char16_t *from = text.utf16();
        const char16_t *const end = from + text.size();
        char16_t *to = m_buffer.data() + m_size;
        while (from != end) {
            const char16_t c = *from++;
            if (c >= 0x20 && c != u'"' && c != u'\\' && (c & 0xf800) != 0xd800) [[likely]] {
                *to++ = c;
                continue;
            }
            if ((c & 0xf800) == 0xd800) {
                // A whole pair goes as it is (UTF-8 carries it); a lone half does not.
                if (c >= 0xdc00 || from == end || (*from & 0xfc00) != 0xdc00) {
                    return false;
                }
                *to++ = c;
                *to++ = *from++;
                continue;
            }
            *to++ = u'\\';
            switch (c) {
            case u'"':
            case u'\\':
                *to++ = c;
                break;
            case 0x08:
                *to++ = u'b';
                break;
            case 0x0c:
                *to++ = u'f';
                break;
            case 0x0a:
                *to++ = u'n';
                break;
            case 0x0d:
                *to++ = u'r';
                break;
            case 0x09:
                *to++ = u't';
                break;
            default: {
                constexpr char16_t hex[] = u"0123456789abcdef";
                *to++ = u'u';
                *to++ = u'0';
                *to++ = u'0';
                *to++ = hex[c >> 4];
                *to++ = hex[c & 0xf];
            }
            }
        }
        m_size = to - m_buffer.data();
        return true;
    }

    QString text() const { return QString(reinterpret_cast<const QChar *>(m_buffer.data()), m_size); }

private:
    static std::vector<char16_t> &scratch()
    {
        thread_local std::vector<char16_t> buffer(4096);
        return buffer;
    }

    std::vector<char16_t> &m_buffer;
    qsizetype m_size = 0;
};

/// The stored text of a text or enum value without copying it when it is a QString.
QString textOf(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QString) {
        return *static_cast<const QString *>(value.constData());
    }
    return value.toString();
}

/// Writes the canonical value of `field` (FieldSpec::canonical) as a JSON value. False when it holds
/// text that QJsonDocument must write.
bool putValue(JsonWriter &json, const FieldSpec &field, const QVariant &value)
{
    switch (field.type) {
    case FieldType::Text:
    case FieldType::MultilineText:
    case FieldType::Enum: {
        const QString text = textOf(value);
        json.reserve(2);
        json.put(u'"');
        if (!json.putEscaped(text)) {
            return false;
        }
        json.reserve(1);
        json.put(u'"');
        return true;
    }
    case FieldType::Boolean:
        json.put(value.toBool() ? QLatin1StringView("\"true\"") : QLatin1StringView("\"false\""));
        return true;
    case FieldType::Date: {
        const QDate date = value.metaType().id() == QMetaType::QDate
                               ? *static_cast<const QDate *>(value.constData())
                               : value.toDate();
        if (!date.isValid()) {
            json.put(QLatin1StringView("null"));
            return true;
        }
        int year = 0;
        int month = 0;
        int day = 0;
        date.getDate(&year, &month, &day);
        if (year < 1 || year > 9999) {
            json.reserve(1);
            json.put(u'"');
            json.put(date.toString(Qt::ISODate));
            json.reserve(1);
            json.put(u'"');
            return true;
        }
        const auto digit = [](int n) { return static_cast<char16_t>(u'0' + n); };
        json.reserve(12);
        for (const char16_t c : {u'"',
                                 digit(year / 1000),
                                 digit(year / 100 % 10),
                                 digit(year / 10 % 10),
                                 digit(year % 10),
                                 u'-',
                                 digit(month / 10),
                                 digit(month % 10),
                                 u'-',
                                 digit(day / 10),
                                 digit(day % 10),
                                 u'"'}) {
            json.put(c);
        }
        return true;
    }
    case FieldType::Integer:
    case FieldType::Reference: {
        if (!value.isValid() || value.isNull()) {
            json.put(QLatin1StringView("null"));
            return true;
        }
        std::array<char, 24> digits{};
        const auto written = std::to_chars(digits.data(), digits.data() + digits.size(), value.toLongLong());
        json.reserve(2);
        json.put(u'"');
        json.put(QLatin1StringView(digits.data(), written.ptr));
        json.reserve(1);
        json.put(u'"');
        return true;
    }
    }
    json.put(QLatin1StringView("null"));
    return true;
}

/// The snapshot as QJsonDocument writes it: the definition the direct writer follows.
QString snapshotThroughJson(const EntitySpec &spec, const Record &record)
{
    QJsonObject object;
    for (qsizetype i = 0; i < spec.fields.size(); ++i) {
        const FieldSpec &field = spec.fields.at(i);
        if (field.has(Logged)) {
            const std::optional<QString> value = field.canonical(record.values.value(i));
            object.insert(field.key, value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null));
        }
    }
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QString EntitySpec::snapshot(const Record &record) const
{
    // Canonical JSON as QJsonDocument writes it in compact form (keys sorted, no whitespace), written
    // directly into one string with the key order worked out once per spec: an import logs one snapshot
    // per record. Text with a lone surrogate, which JSON cannot carry as it is, goes through
    // QJsonDocument, so the stored bytes never depend on which path wrote them.
    static const QVariant noValue;
    const KeyOrder &keyOrder = keyOrderOf(*this);
    JsonWriter json;
    json.reserve(1);
    json.put(u'{');
    bool first = true;
    for (const int i : keyOrder.order) {
        const QString &fieldKey = fields.at(i).key;
        json.reserve(fieldKey.size() + 4);
        if (!first) {
            json.put(u',');
        }
        first = false;
        json.put(u'"');
        json.put(QStringView(fieldKey));
        json.put(u'"');
        json.put(u':');
        const QVariant &value = i < record.values.size() ? record.values.at(i) : noValue;
        if (!putValue(json, fields.at(i), value)) {
            return snapshotThroughJson(*this, record);
        }
    }
    json.reserve(1);
    json.put(u'}');
    return json.text();
}

} // namespace isms
