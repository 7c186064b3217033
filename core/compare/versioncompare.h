// SPDX-License-Identifier: Apache-2.0
// compareValues: what changed between two secret values, without showing either (issue 20).
// JSON objects are compared key by key (nested objects flattened to paths such as "db.password";
// arrays compared whole): added, removed, changed, unchanged, with the JSON type and the length of
// each side. Text and binary values say only whether they differ, their lengths and a short
// fingerprint: HMAC-SHA256 under a salt chosen per comparison, so a fingerprint cannot be looked
// up in a table of common passwords nor matched across comparisons. No value is kept: the result
// holds paths, kinds, types, lengths and fingerprints. valueAt() reads one key's value back, for
// the explicit per-key Reveal.
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace keystage {

struct Version;

struct KeyDifference
{
    enum class Change { Added, Removed, Changed, Unchanged };
    QString path; // "user", "db.password"; a key holding '.' is quoted: "[\"a.b\"]"
    Change change = Change::Unchanged;
    QString leftType; // "string", "number", "bool", "null", "array", "object"; empty when absent
    QString rightType;
    int leftLength = -1; // characters of the value as written in the JSON text; -1 when absent
    int rightLength = -1;
};

struct VersionComparison
{
    enum class Kind { Json, Text, Binary, Mixed };
    Kind kind = Kind::Text;
    bool identical = false;
    int leftLength = 0; // characters (text) or bytes (binary)
    int rightLength = 0;
    QString leftFingerprint; // 8 hex digits of HMAC-SHA256(salt, value)
    QString rightFingerprint;
    QList<KeyDifference> keys; // Kind::Json only, sorted by path

    int count(KeyDifference::Change change) const;
};

// salt: at least 16 random bytes, one per comparison (see newCompareSalt()).
VersionComparison compareValues(const Version &left, const Version &right, const QByteArray &salt);
QByteArray newCompareSalt();
QString fingerprint(const QByteArray &value, const QByteArray &salt);

// The value at `path` (as compareValues() names it) of a JSON object value, as JSON text (a string
// without its quotes); nullopt when absent. The caller wipes it when done.
std::optional<QString> valueAt(const Version &version, const QString &path);

QString changeName(KeyDifference::Change change); // "added", for tests and exports

} // namespace keystage

Q_DECLARE_METATYPE(keystage::VersionComparison)
