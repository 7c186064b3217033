// SPDX-License-Identifier: Apache-2.0
// compareValues: JSON key by key (added, removed, changed, unchanged; nested paths), text and
// binary by length and a salted fingerprint; the result never holds a value; valueAt() reads one
// key back. And against a real csms-local: two versions read with showVersion compare as expected.
#include "core/compare/versioncompare.h"
#include "sandboxclient.h"

#include <QtTest>

using namespace keystage;
using namespace keystage::test;
using Change = KeyDifference::Change;

namespace {

Version text(const QString &value)
{
    Version v;
    v.secretString = value;
    return v;
}

Version binary(const QByteArray &bytes)
{
    Version v;
    v.secretBinary = bytes.toBase64();
    return v;
}

const KeyDifference *key(const VersionComparison &c, const QString &path)
{
    for (const KeyDifference &k : c.keys) {
        if (k.path == path)
            return &k;
    }
    return nullptr;
}

} // namespace

class TstVersionCompare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonKeyByKey()
    {
        const Version v3 = text(QStringLiteral(
                R"({"user":"app","password":"old-Pa55","port":5432,"db":{"host":"a","tls":true},"drop":1})"));
        const Version v4 = text(QStringLiteral(
                R"({"user":"app","password":"new-Pa55!","port":"5432","db":{"host":"b","tls":true},"add":null})"));
        const QByteArray salt = newCompareSalt();
        const VersionComparison c = compareValues(v3, v4, salt);
        QCOMPARE(c.kind, VersionComparison::Kind::Json);
        QVERIFY(!c.identical);
        QCOMPARE(c.keys.size(), 7);
        QCOMPARE(key(c, QStringLiteral("user"))->change, Change::Unchanged);
        const KeyDifference *password = key(c, QStringLiteral("password"));
        QCOMPARE(password->change, Change::Changed);
        QCOMPARE(password->leftLength, 8);
        QCOMPARE(password->rightLength, 9);
        const KeyDifference *port = key(c, QStringLiteral("port"));
        QCOMPARE(port->change, Change::Changed); // 5432 became "5432": the type changed
        QCOMPARE(port->leftType, QStringLiteral("number"));
        QCOMPARE(port->rightType, QStringLiteral("string"));
        QCOMPARE(key(c, QStringLiteral("db.host"))->change, Change::Changed);
        QCOMPARE(key(c, QStringLiteral("db.tls"))->change, Change::Unchanged);
        QCOMPARE(key(c, QStringLiteral("drop"))->change, Change::Removed);
        QCOMPARE(key(c, QStringLiteral("drop"))->rightLength, -1);
        QCOMPARE(key(c, QStringLiteral("add"))->change, Change::Added);
        QCOMPARE(key(c, QStringLiteral("add"))->rightType, QStringLiteral("null"));
        QCOMPARE(c.count(Change::Changed), 3);
        QCOMPARE(c.count(Change::Unchanged), 2);

        // Nothing in the result is a value.
        for (const KeyDifference &k : c.keys) {
            for (const QString &field : {k.path, k.leftType, k.rightType}) {
                QVERIFY(!field.contains(QStringLiteral("Pa55")));
                QVERIFY(!field.contains(QStringLiteral("5432")));
            }
        }
        QCOMPARE(valueAt(v3, QStringLiteral("password")),
                 std::optional<QString>(QStringLiteral("old-Pa55")));
        QCOMPARE(valueAt(v4, QStringLiteral("db.host")),
                 std::optional<QString>(QStringLiteral("b")));
        QCOMPARE(valueAt(v3, QStringLiteral("port")),
                 std::optional<QString>(QStringLiteral("5432")));
        QVERIFY(!valueAt(v3, QStringLiteral("add")).has_value());
    }

    void keysWithDotsArePathsOfTheirOwn()
    {
        const VersionComparison c
                = compareValues(text(QStringLiteral(R"({"a.b":1,"a":{"b":2}})")),
                                text(QStringLiteral(R"({"a.b":1,"a":{"b":3}})")), newCompareSalt());
        QCOMPARE(c.keys.size(), 2);
        QCOMPARE(key(c, QStringLiteral("[\"a.b\"]"))->change, Change::Unchanged);
        QCOMPARE(key(c, QStringLiteral("a.b"))->change, Change::Changed);
    }

    void textByLengthAndSaltedFingerprint()
    {
        const QByteArray salt = newCompareSalt();
        const VersionComparison same = compareValues(text(QStringLiteral("hunter2")),
                                                     text(QStringLiteral("hunter2")), salt);
        QCOMPARE(same.kind, VersionComparison::Kind::Text);
        QVERIFY(same.identical);
        QCOMPARE(same.leftFingerprint, same.rightFingerprint);
        QCOMPARE(same.leftFingerprint.size(), 8);
        QVERIFY(same.keys.isEmpty());

        const VersionComparison differ = compareValues(text(QStringLiteral("hunter2")),
                                                       text(QStringLiteral("hunter3!")), salt);
        QVERIFY(!differ.identical);
        QCOMPARE(differ.leftLength, 7);
        QCOMPARE(differ.rightLength, 8);
        QVERIFY(differ.leftFingerprint != differ.rightFingerprint);
        // Another comparison, another salt: the same value does not give the same fingerprint,
        // so fingerprints cannot be matched across comparisons or looked up.
        const VersionComparison again = compareValues(
                text(QStringLiteral("hunter2")), text(QStringLiteral("hunter2")), newCompareSalt());
        QVERIFY(again.leftFingerprint != same.leftFingerprint);
        QVERIFY(newCompareSalt() != newCompareSalt());
        QCOMPARE(newCompareSalt().size(), 32);
    }

    void binaryAndMixed()
    {
        const QByteArray salt = newCompareSalt();
        const VersionComparison b
                = compareValues(binary("\x01\x02\x03"), binary("\x01\x02\x03"), salt);
        QCOMPARE(b.kind, VersionComparison::Kind::Binary);
        QVERIFY(b.identical);
        QCOMPARE(b.leftLength, 3);
        const VersionComparison m = compareValues(text(QStringLiteral(R"({"a":1})")),
                                                  text(QStringLiteral("plain")), salt);
        QCOMPARE(m.kind, VersionComparison::Kind::Mixed);
        QVERIFY(!m.identical);
        QVERIFY(m.keys.isEmpty());
    }

    void versionsReadFromTheServer()
    {
        CsmsLocal server;
        QVERIFY2(server.start(), server.errorOutput().constData());
        QNetworkAccessManager nam;
        auto client = sandboxClient(&nam, server);
        QVERIFY(await(client->createSecret(
                              secretRequest(QStringLiteral("db"),
                                            QStringLiteral(R"({"user":"app","password":"one"})"))))
                        .ok());
        CreateVersionRequest next;
        next.secretString
                = QStringLiteral(R"({"user":"app","password":"two","host":"db.internal"})");
        QVERIFY(await(client->createVersion(QStringLiteral("db"), next)).ok());
        auto v1 = await(client->showVersion(QStringLiteral("db"), QStringLiteral("v1")));
        auto v2 = await(client->showVersion(QStringLiteral("db"), QStringLiteral("v2")));
        QVERIFY(v1.ok() && v2.ok());
        const VersionComparison c = compareValues(*v1, *v2, newCompareSalt());
        QCOMPARE(c.kind, VersionComparison::Kind::Json);
        QCOMPARE(c.count(Change::Changed), 1);
        QCOMPARE(c.count(Change::Added), 1);
        QCOMPARE(c.count(Change::Unchanged), 1);
        QCOMPARE(key(c, QStringLiteral("password"))->change, Change::Changed);
    }
};

QTEST_GUILESS_MAIN(TstVersionCompare)
#include "tst_versioncompare.moc"
