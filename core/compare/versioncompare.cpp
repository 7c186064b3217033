// SPDX-License-Identifier: Apache-2.0
#include "core/compare/versioncompare.h"

#include "core/api/csmstypes.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <algorithm>

namespace keystage {

namespace {

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString jsonText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default: {
        // A scalar: its JSON spelling, through a one-element array.
        QByteArray text = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(text.mid(1, text.size() - 2));
    }
    }
}

QString keySegment(const QString &key)
{
    if (key.contains(QLatin1Char('.')) || key.contains(QLatin1Char('[')) || key.isEmpty())
        return QStringLiteral("[\"%1\"]").arg(key);
    return key;
}

// Flattens nested objects into path → leaf (an empty object is a leaf of its own).
void flatten(const QJsonObject &object, const QString &prefix, QMap<QString, QJsonValue> &out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString segment = keySegment(it.key());
        const QString path = prefix.isEmpty()           ? segment
                             : segment.startsWith(u'[') ? prefix + segment
                                                        : prefix + QLatin1Char('.') + segment;
        if (it->isObject() && !it->toObject().isEmpty())
            flatten(it->toObject(), path, out);
        else
            out.insert(path, *it);
    }
}

std::optional<QJsonObject> asObject(const Version &version)
{
    if (!version.secretString)
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(version.secretString->toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QByteArray rawValue(const Version &version)
{
    if (version.secretString)
        return version.secretString->toUtf8();
    if (version.secretBinary)
        return QByteArray::fromBase64(*version.secretBinary);
    return {};
}

int valueLength(const Version &version)
{
    if (version.secretString)
        return int(version.secretString->size());
    if (version.secretBinary)
        return int(QByteArray::fromBase64(*version.secretBinary).size());
    return 0;
}

} // namespace

int VersionComparison::count(KeyDifference::Change change) const
{
    return int(std::count_if(keys.begin(), keys.end(),
                             [change](const KeyDifference &k) { return k.change == change; }));
}

QByteArray newCompareSalt()
{
    QByteArray salt(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          salt.size() / int(sizeof(quint32)));
    return salt;
}

QString fingerprint(const QByteArray &value, const QByteArray &salt)
{
    const QByteArray mac
            = QMessageAuthenticationCode::hash(value, salt, QCryptographicHash::Sha256);
    return QString::fromLatin1(mac.left(4).toHex());
}

VersionComparison compareValues(const Version &left, const Version &right, const QByteArray &salt)
{
    VersionComparison c;
    QByteArray leftRaw = rawValue(left);
    QByteArray rightRaw = rawValue(right);
    c.identical = left.isBinary() == right.isBinary() && leftRaw == rightRaw;
    c.leftLength = valueLength(left);
    c.rightLength = valueLength(right);
    c.leftFingerprint = fingerprint(leftRaw, salt);
    c.rightFingerprint = fingerprint(rightRaw, salt);
    leftRaw.fill('\0');
    rightRaw.fill('\0');

    if (left.isBinary() || right.isBinary()) {
        c.kind = left.isBinary() && right.isBinary() ? VersionComparison::Kind::Binary
                                                     : VersionComparison::Kind::Mixed;
        return c;
    }
    const std::optional<QJsonObject> a = asObject(left);
    const std::optional<QJsonObject> b = asObject(right);
    if (!a || !b) {
        c.kind = a || b ? VersionComparison::Kind::Mixed : VersionComparison::Kind::Text;
        return c;
    }
    c.kind = VersionComparison::Kind::Json;
    QMap<QString, QJsonValue> leftKeys;
    QMap<QString, QJsonValue> rightKeys;
    flatten(*a, {}, leftKeys);
    flatten(*b, {}, rightKeys);
    QStringList paths = leftKeys.keys();
    for (auto it = rightKeys.cbegin(); it != rightKeys.cend(); ++it) {
        if (!leftKeys.contains(it.key()))
            paths << it.key();
    }
    std::sort(paths.begin(), paths.end());
    for (const QString &path : std::as_const(paths)) {
        KeyDifference d;
        d.path = path;
        const auto l = leftKeys.constFind(path);
        const auto r = rightKeys.constFind(path);
        if (l != leftKeys.cend()) {
            d.leftType = typeName(*l);
            d.leftLength = int(jsonText(*l).size());
        }
        if (r != rightKeys.cend()) {
            d.rightType = typeName(*r);
            d.rightLength = int(jsonText(*r).size());
        }
        if (l == leftKeys.cend())
            d.change = KeyDifference::Change::Added;
        else if (r == rightKeys.cend())
            d.change = KeyDifference::Change::Removed;
        else
            d.change = *l == *r ? KeyDifference::Change::Unchanged : KeyDifference::Change::Changed;
        c.keys << d;
    }
    return c;
}

std::optional<QString> valueAt(const Version &version, const QString &path)
{
    const std::optional<QJsonObject> object = asObject(version);
    if (!object)
        return std::nullopt;
    QMap<QString, QJsonValue> keys;
    flatten(*object, {}, keys);
    const auto it = keys.constFind(path);
    if (it == keys.cend())
        return std::nullopt;
    return jsonText(*it);
}

QString changeName(KeyDifference::Change change)
{
    switch (change) {
    case KeyDifference::Change::Added:
        return QStringLiteral("added");
    case KeyDifference::Change::Removed:
        return QStringLiteral("removed");
    case KeyDifference::Change::Changed:
        return QStringLiteral("changed");
    case KeyDifference::Change::Unchanged:
        break;
    }
    return QStringLiteral("unchanged");
}

} // namespace keystage
