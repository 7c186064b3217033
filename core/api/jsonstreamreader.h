// SPDX-License-Identifier: Apache-2.0
// JsonStreamReader (internal to core/api): JsonReader's field access for an object read by a
// JsonScanner instead of a QJsonObject, for the decoders of large bodies. Constructed at the
// object, it consumes it, noting where each member's value starts; each accessor goes back and
// reads that value. The same rules as JsonReader: absent and null are "not set", the last of
// duplicate keys wins (as in a QJsonObject), the first field of the wrong type is the one the
// error names.
#pragma once

#include "core/api/apierror.h"
#include "core/api/jsonscanner.h"

#include <QList>
#include <QStringList>
#include <QVarLengthArray>
#include <optional>

namespace keystage::codec {

class JsonStreamReader
{
public:
    // The scanner stands at an object; afterwards it stands behind it (or has failed).
    JsonStreamReader(JsonScanner &scanner, QString where);

    QString string(const char *name);
    std::optional<qint64> time(const char *name);
    qint64 time0(const char *name) { return time(name).value_or(0); }
    int integer(const char *name);
    std::optional<bool> boolean(const char *name);
    QStringList strings(const char *name);

    void fail(const char *name);
    // Lenient: a field of the wrong type is dropped (read as "not set") and listed in dropped()
    // instead of failing the object. For the optional fields of a row (issue 15, item 8).
    void setLenient(bool lenient) { m_lenient = lenient; }
    const QStringList &dropped() const { return m_dropped; }
    bool ok() const { return m_error.isEmpty(); }
    ApiError error() const;

private:
    struct Member
    {
        QByteArrayView key;
        JsonScanner::Type type;
        JsonScanner::Mark value; // where the value starts
        QByteArrayView text; // a string's text
        JsonScanner::StringForm form;
    };
    // The last member called name, or nullptr.
    const Member *find(const char *name) const;
    // Moves the scanner to the member's value; done() moves it back behind the object.
    void seek(const Member &member) { m_scanner.seek(member.value); }
    void done() { m_scanner.seek(m_after); }

    JsonScanner &m_scanner;
    QString m_where;
    QString m_error;
    bool m_lenient = false;
    QStringList m_dropped;
    QVarLengthArray<Member, 24> m_members;
    QList<QByteArray> m_decodedKeys; // keys that had escapes; m_members point into them
    JsonScanner::Mark m_after;
};

} // namespace keystage::codec
