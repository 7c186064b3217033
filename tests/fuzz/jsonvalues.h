// SPDX-License-Identifier: Apache-2.0
// JSON values read through JsonScanner, for the targets that hold it to QJsonDocument.
#pragma once

#include "fuzzcommon.h"

#include "core/api/jsonscanner.h"

namespace keystage::fuzz {

inline QJsonValue scanValue(codec::JsonScanner &s, bool rawStrings, bool checkMarks, int depth = 0);

// The value ahead of the scanner, read once (its members through scanValue).
inline QJsonValue readValue(codec::JsonScanner &s, bool rawStrings, bool checkMarks, int depth)
{
    using codec::JsonScanner;
    switch (s.next()) {
    case JsonScanner::Type::Object: {
        QJsonObject object;
        s.enterObject();
        QByteArrayView key;
        while (s.nextMember(&key)) {
            const QString name = QString::fromUtf8(key);
            object.insert(name, scanValue(s, rawStrings, checkMarks, depth + 1));
        }
        return s.failed() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(object);
    }
    case JsonScanner::Type::Array: {
        QJsonArray array;
        s.enterArray();
        while (s.nextElement())
            array.append(scanValue(s, rawStrings, checkMarks, depth + 1));
        return s.failed() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(array);
    }
    case JsonScanner::Type::String: {
        if (rawStrings) {
            QByteArrayView raw;
            JsonScanner::StringForm form;
            return s.readRawString(&raw, &form) ? QJsonValue(JsonScanner::decode(raw, form))
                                                : QJsonValue(QJsonValue::Undefined);
        }
        QString text;
        return s.readString(&text) ? QJsonValue(text) : QJsonValue(QJsonValue::Undefined);
    }
    case JsonScanner::Type::Number: {
        double number = 0;
        return s.readNumber(&number) ? QJsonValue(number) : QJsonValue(QJsonValue::Undefined);
    }
    case JsonScanner::Type::Bool: {
        bool b = false;
        return s.readBool(&b) ? QJsonValue(b) : QJsonValue(QJsonValue::Undefined);
    }
    case JsonScanner::Type::Null:
        return s.readNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonValue::Undefined);
    case JsonScanner::Type::Invalid:
        break;
    }
    return QJsonValue(QJsonValue::Undefined);
}

// The value ahead of the scanner as a QJsonValue; Undefined after a syntax error. rawStrings
// reads strings with readRawString + decode instead of readString, and checkMarks reads each value
// of the first three levels twice: skip() it, seek() back to its mark, then read it (what
// JsonStreamReader does); both must end at the same place.
inline QJsonValue scanValue(codec::JsonScanner &s, bool rawStrings, bool checkMarks, int depth)
{
    using codec::JsonScanner;
    if (!checkMarks || depth >= 3)
        return readValue(s, rawStrings, checkMarks, depth);
    const JsonScanner::Mark mark = s.mark();
    if (!s.skip())
        return QJsonValue(QJsonValue::Undefined);
    const JsonScanner::Mark after = s.mark();
    s.seek(mark);
    QJsonValue value = readValue(s, rawStrings, checkMarks, depth);
    if (!s.failed() && (s.mark().pos != after.pos || s.mark().depth != after.depth))
        failed(__FILE__, __LINE__, "skip() and a read of the same value end at the same place", {});
    return value;
}

// The whole text through the scanner: the top-level value, or Undefined when it is not JSON.
inline QJsonValue scanText(QByteArrayView text, bool rawStrings = false, bool checkMarks = false)
{
    codec::JsonScanner s(text);
    QJsonValue value = scanValue(s, rawStrings, checkMarks);
    return s.atEnd() ? value : QJsonValue(QJsonValue::Undefined);
}

} // namespace keystage::fuzz
