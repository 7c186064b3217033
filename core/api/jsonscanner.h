// SPDX-License-Identifier: Apache-2.0
// JsonScanner (internal to core/api): a pull parser over a UTF-8 JSON text, for the decoder of
// secret pages (up to 1000 secrets a body), which decodes straight into typed values instead of
// building a QJsonDocument first. It accepts exactly the texts QJsonDocument::fromJson accepts,
// with the same values: the same whitespace and byte order mark, the same lenient numbers ("1.",
// ".5") and escapes ("\x" is "x"), raw control characters in strings, the same UTF-8 rules and the
// same nesting limit. tst_jsonscanner holds it to that against QJsonDocument itself.
//
// Use: next() tells the type of the value ahead; then exactly one of enterObject / enterArray /
// readString / readNumber / readBool / readNull / skip consumes it. Inside an object, nextMember()
// moves to the next member's value (giving its key) or consumes the closing brace; inside an array
// nextElement() does the same for elements. The first syntax error sticks: every call after it
// fails, and failed() is true.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <bitset>

namespace keystage::codec {

class JsonScanner
{
public:
    enum class Type { Object, Array, String, Number, Bool, Null, Invalid };

    static constexpr int MaxDepth = 1024; // QJsonDocument's nesting limit

    // Reads the byte order mark and the start of the top-level value, which must be an object or
    // an array as for QJsonDocument.
    explicit JsonScanner(QByteArrayView text);

    Type next();
    bool enterObject() { return enter(Type::Object); }
    bool enterArray() { return enter(Type::Array); }
    // Inside an object: true at the next member's value, with its key (UTF-8; escapes decoded) in
    // *key when key is given. False at the end of the object or at an error.
    bool nextMember(QByteArrayView *key = nullptr);
    // Inside an array: true at the next element, false at the end of the array or at an error.
    bool nextElement();
    bool readString(QString *out);
    // A string as it stands between its quotes, checked; decode() makes the QString of it. For
    // readers that keep the text and decode only what they use.
    enum class StringForm { Ascii, Utf8, Escaped };
    bool readRawString(QByteArrayView *text, StringForm *form);
    static QString decode(QByteArrayView text, StringForm form);
    // The number as QJsonValue::toDouble() gives it.
    bool readNumber(double *out);
    bool readBool(bool *out);
    bool readNull();
    bool skip(); // any value, whole

    // True when the top-level value is complete and only whitespace follows it.
    bool atEnd();
    bool failed() const { return m_failed; }

    // A position in front of a value, to come back to and read it again (JsonStreamReader).
    struct Mark
    {
        const char *pos = nullptr;
        int depth = 0;
    };
    Mark mark() const { return {m_pos, m_depth}; }
    void seek(const Mark &mark);
    // Whether the last key nextMember() gave had escapes: it then points into a buffer that the
    // next key with escapes overwrites, not into the text.
    bool lastKeyDecoded() const { return m_lastKeyDecoded; }

private:
    bool enter(Type type);
    bool fail();
    bool eatSpace(); // false at the end of the text
    bool literal(const char *rest, int length);
    bool scanString(QByteArrayView *text, StringForm *form);
    bool scanNumber(QByteArrayView *text, bool *isInt);
    bool closeContainer();

    const char *m_pos;
    const char *m_end;
    int m_depth = 0;
    bool m_failed = false;
    bool m_lastKeyDecoded = false;
    bool m_first = false; // just entered a container: no separator before its first item
    std::bitset<MaxDepth + 1> m_inObject; // per depth: an object (else an array)
    QByteArray m_keyBuffer; // a key with escapes, decoded
};

} // namespace keystage::codec
