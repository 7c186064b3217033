// SPDX-License-Identifier: Apache-2.0
#include "core/api/jsonstreamreader.h"

#include "core/api/jsonreader.h"

namespace keystage::codec {

JsonStreamReader::JsonStreamReader(JsonScanner &scanner, QString where)
    : m_scanner(scanner)
    , m_where(std::move(where))
{
    if (!m_scanner.enterObject())
        return;
    QByteArrayView key;
    while (m_scanner.nextMember(&key)) {
        if (m_scanner.lastKeyDecoded()) {
            m_decodedKeys.append(key.toByteArray());
            key = m_decodedKeys.constLast();
        }
        Member member{key, m_scanner.next(), m_scanner.mark(), {}, {}};
        // Strings are kept as text (most fields are strings); anything else is read again when
        // asked for.
        if (member.type == JsonScanner::Type::String)
            m_scanner.readRawString(&member.text, &member.form);
        else
            m_scanner.skip();
        m_members.append(member);
    }
    m_after = m_scanner.mark();
}

const JsonStreamReader::Member *JsonStreamReader::find(const char *name) const
{
    if (m_scanner.failed())
        return nullptr;
    const QByteArrayView wanted(name);
    for (auto it = m_members.crbegin(); it != m_members.crend(); ++it) {
        if (it->key.size() == wanted.size() && it->key == wanted)
            return &*it;
    }
    return nullptr;
}

QString JsonStreamReader::string(const char *name)
{
    const Member *m = find(name);
    if (!m || m->type == JsonScanner::Type::Null)
        return {};
    if (m->type != JsonScanner::Type::String) {
        fail(name);
        return {};
    }
    return JsonScanner::decode(m->text, m->form);
}

std::optional<qint64> JsonStreamReader::time(const char *name)
{
    const Member *m = find(name);
    if (!m || m->type == JsonScanner::Type::Null)
        return std::nullopt;
    std::optional<qint64> time;
    if (m->type == JsonScanner::Type::Number) {
        double number = 0;
        seek(*m);
        if (m_scanner.readNumber(&number))
            time = JsonReader::timeFromNumber(number);
        done();
    } else if (m->type == JsonScanner::Type::String) {
        time = JsonReader::timeFromText(JsonScanner::decode(m->text, m->form));
    }
    if (!time)
        fail(name);
    return time;
}

int JsonStreamReader::integer(const char *name)
{
    return readInteger(*this, name);
}

std::optional<bool> JsonStreamReader::boolean(const char *name)
{
    const Member *m = find(name);
    if (!m || m->type == JsonScanner::Type::Null)
        return std::nullopt;
    std::optional<bool> b;
    if (m->type == JsonScanner::Type::Bool)
        b = *m->value.pos == 't'; // the literal was checked when the object was read
    else if (m->type == JsonScanner::Type::String)
        b = JsonReader::booleanFromText(JsonScanner::decode(m->text, m->form));
    if (!b)
        fail(name);
    return b;
}

QStringList JsonStreamReader::strings(const char *name)
{
    QStringList out;
    const Member *m = find(name);
    if (!m || m->type == JsonScanner::Type::Null)
        return out;
    if (m->type != JsonScanner::Type::Array) {
        fail(name);
        return out;
    }
    seek(*m);
    m_scanner.enterArray();
    while (m_scanner.nextElement()) {
        QString item;
        if (m_scanner.next() != JsonScanner::Type::String) {
            fail(name);
            out.clear();
            break;
        }
        m_scanner.readString(&item);
        out.append(item);
    }
    done();
    return out;
}

void JsonStreamReader::fail(const char *name)
{
    if (m_lenient) {
        const QString field = QLatin1String(name);
        if (!m_dropped.contains(field))
            m_dropped.append(field);
        return;
    }
    if (ok())
        m_error = m_where + QLatin1Char('.') + QLatin1String(name);
}

ApiError JsonStreamReader::error() const
{
    return JsonReader::wrongType(m_error);
}

} // namespace keystage::codec
