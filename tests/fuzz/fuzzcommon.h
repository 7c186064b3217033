// SPDX-License-Identifier: Apache-2.0
// What the fuzz targets share: FUZZ_CHECK (a failed invariant aborts, under libFuzzer and in the
// replay alike, with the condition and a short printable detail), a QCoreApplication for the
// targets that need an event loop, JSON values read through QJsonDocument and compared.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace keystage::fuzz {

// Non-printable bytes as \xNN, at most 400 bytes of it: the detail of a failed check.
inline QByteArray printable(QByteArrayView bytes)
{
    QByteArray out;
    for (const char c : bytes.first(qMin<qsizetype>(bytes.size(), 400))) {
        const auto b = uchar(c);
        if (b >= 0x20 && b < 0x7f && c != '\\')
            out += c;
        else
            out += "\\x" + QByteArray::number(b, 16).rightJustified(2, '0');
    }
    return out;
}
inline QByteArray printable(const QByteArray &bytes)
{
    return printable(QByteArrayView(bytes));
}
inline QByteArray printable(const QString &text)
{
    return printable(QByteArrayView(text.toUtf8()));
}

[[noreturn]] inline void failed(const char *file, int line, const char *condition,
                                const QByteArray &detail)
{
    std::fprintf(stderr, "FUZZ CHECK FAILED %s:%d: %s\n  %s\n", file, line, condition,
                 detail.constData());
    std::abort();
}

// The one QCoreApplication of the process, made on first use.
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "keystage-fuzz";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv); // lives as long as the process
}

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The text through QJsonDocument: the top-level value, or Undefined when it is not JSON.
inline QJsonValue documentValue(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue(QJsonValue::Undefined);
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

// Equal as JSON: numbers by value (QJsonDocument keeps whole numbers as integers), strings to the
// last UTF-16 unit, objects with the same keys.
inline bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case QJsonValue::Double:
        return a.toDouble() == b.toDouble();
    case QJsonValue::String:
        return a.toString() == b.toString();
    case QJsonValue::Bool:
        return a.toBool() == b.toBool();
    case QJsonValue::Array: {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!sameValue(x.at(i), y.at(i)))
                return false;
        }
        return true;
    }
    case QJsonValue::Object: {
        // Member by member in key order, not through keys() and value(): QJsonDocument sorts a
        // parsed object by the keys' bytes before it drops a leading U+FEFF from them, so such an
        // object is out of order and its value() may miss a key it has (Qt 6.4).
        const auto members = [](const QJsonObject &o) {
            QList<QPair<QString, QJsonValue>> out;
            for (auto it = o.begin(); it != o.end(); ++it)
                out.append({it.key(), it.value()});
            std::stable_sort(out.begin(), out.end(),
                             [](const auto &l, const auto &r) { return l.first < r.first; });
            return out;
        };
        const auto x = members(a.toObject()), y = members(b.toObject());
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (x.at(i).first != y.at(i).first || !sameValue(x.at(i).second, y.at(i).second))
                return false;
        }
        return true;
    }
    default:
        return true;
    }
}

// Every string value (not key) of a JSON value, depth first.
inline void collectStrings(const QJsonValue &value, QStringList &out)
{
    if (value.isString()) {
        out << value.toString();
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectStrings(item, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectStrings(it.value(), out);
    }
}

// Whether a string value of a body could appear in an error message only by being quoted: eight
// characters or more, one of them not in the alphabet the messages and the names they carry are
// written in (letters, digits, space, . , : ; ( ) ' _ -). A plainer value may be words of a
// message.
inline bool quotable(const QString &value)
{
    static const QString plain = QStringLiteral(" .,:;()'_-");
    return value.size() >= 8 && std::any_of(value.begin(), value.end(), [](QChar c) {
               return !(c.isLetterOrNumber() || plain.contains(c));
           });
}

} // namespace keystage::fuzz

#define FUZZ_CHECK(condition, detail) \
    do { \
        if (!(condition)) \
            ::keystage::fuzz::failed(__FILE__, __LINE__, #condition, (detail)); \
    } while (false)
