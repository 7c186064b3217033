// SPDX-License-Identifier: Apache-2.0
// Signer: the published Go SDK test vectors (TV1-TV3), the derived vectors D1/D2 of csms-api.md
// 4.2, and our Authorization header against the official Node.js SDK core for the same inputs.
#include "core/api/authenticator.h"
#include "core/api/signer.h"
#include "nodesigner.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QTest>

using namespace keystage;

namespace {

const QDateTime tvDate = QDateTime(QDate(2006, 1, 2), QTime(15, 4, 5), Qt::UTC);

QByteArray signatureOf(const QByteArray &authorization)
{
    const int at = authorization.indexOf("Signature=");
    return at < 0 ? QByteArray() : authorization.mid(at + 10);
}

} // namespace

class TestSigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tv1GetWithQuery();
    void tv2PostWithBody();
    void tv3QueryCanonicalisation();
    void derivedD1();
    void derivedD2();
    void existingDateIsReused();
    void securityTokenIsSigned();
    void canonicalUriEncodesSegments();
    void hostHeaderLikeQt();
    void sameAsNodeSdk_data();
    void sameAsNodeSdk();
};

void TestSigner::tv1GetWithQuery()
{
    Signer signer(QStringLiteral("AccessKey"), QStringLiteral("SecretKey"));
    SigningRequest r;
    r.method = "GET";
    r.url = QUrl(QStringLiteral("https://example.huaweicloud.com/path?limit=1"));
    // TEST_UNDERSCORE is not signed in Go (names with '_'): it is not passed to the signer.
    const QByteArray auth = signer.sign(r, tvDate);
    QCOMPARE(Signer::canonicalRequest(r),
             QByteArray("GET\n/path/\nlimit=1\nx-sdk-date:20060102T150405Z\n\nx-sdk-date\n"
                        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(QCryptographicHash::hash(Signer::canonicalRequest(r), QCryptographicHash::Sha256)
                     .toHex(),
             QByteArray("85c3b7730f308aee452b16138a42a914397e43a8f0d732dfa521c0ef2afa98a4"));
    QCOMPARE(auth,
             QByteArray(
                     "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=x-sdk-date, "
                     "Signature=5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624"));
}

void TestSigner::tv2PostWithBody()
{
    Signer signer(QStringLiteral("AccessKey"), QStringLiteral("SecretKey"));
    SigningRequest r;
    r.method = "POST";
    r.url = QUrl(QStringLiteral("https://example.huaweicloud.com/path?key=value"));
    r.body = QByteArray("{\"Name\":\"test\",\"Id\":1}\n"); // Go's encoder appends the newline
    QCOMPARE(signatureOf(signer.sign(r, tvDate)),
             QByteArray("cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59"));

    SigningRequest withoutNewline;
    withoutNewline.method = "POST";
    withoutNewline.url = r.url;
    withoutNewline.body = QByteArray("{\"Name\":\"test\",\"Id\":1}");
    const QByteArray negative = signatureOf(signer.sign(withoutNewline, tvDate));
    QVERIFY(negative != "cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59");
    QCOMPARE(negative,
             QByteArray("83599e5230b5b31fb58837c5760b4c2d407542df1f9493834ead538696e17a35"));
}

void TestSigner::tv3QueryCanonicalisation()
{
    const QList<QPair<QString, QString>> items{
            {QStringLiteral("limit"), QStringLiteral("1")},
            {QStringLiteral("enable"), QStringLiteral("true")},
            {QStringLiteral("test"), QString::fromUtf8("一 (&=?!#%.*)")},
            {QStringLiteral("path"), QStringLiteral("/tmp/123")},
            {QStringLiteral("multi"), QStringLiteral("3")},
            {QStringLiteral("multi"), QStringLiteral("1")},
            {QStringLiteral("multi"), QStringLiteral("2")},
    };
    const QByteArray expected("enable=true&limit=1&multi=1&multi=2&multi=3&path=%2Ftmp%2F123&"
                              "test=%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29");
    QCOMPARE(Signer::canonicalQuery(items), expected);

    // The same parameters carried by a URL, percent-encoded as the client sends them.
    QUrl url(QStringLiteral("https://example.huaweicloud.com/path"));
    QString query;
    for (const auto &item : items) {
        query += (query.isEmpty() ? QString() : QStringLiteral("&"))
                 + QString::fromLatin1(QUrl::toPercentEncoding(item.first)) + QLatin1Char('=')
                 + QString::fromLatin1(QUrl::toPercentEncoding(item.second));
    }
    url.setQuery(query, QUrl::StrictMode);
    QCOMPARE(Signer::canonicalQuery(url), expected);
    QCOMPARE(Signer::canonicalQuery(QUrl(QStringLiteral("https://h/p"))), QByteArray());
}

void TestSigner::derivedD1()
{
    Signer signer(QStringLiteral("AKEXAMPLE"), QStringLiteral("SKEXAMPLE"));
    SigningRequest r;
    r.method = "GET";
    r.url = QUrl(QStringLiteral("https://kms.cn-north-4.myhuaweicloud.com/v1/"
                                "0123456789abcdef0123456789abcdef/secrets?limit=10&marker=app-db"));
    r.headers = {{"Content-Type", "application/json"},
                 {"Host", "kms.cn-north-4.myhuaweicloud.com"},
                 {"X-Project-Id", "0123456789abcdef0123456789abcdef"},
                 {"X-Sdk-Date", "20240101T000000Z"}};
    const QByteArray auth = signer.sign(r, QDateTime::currentDateTimeUtc());
    QCOMPARE(auth,
             QByteArray(
                     "SDK-HMAC-SHA256 Access=AKEXAMPLE, "
                     "SignedHeaders=content-type;host;x-project-id;x-sdk-date, "
                     "Signature=059ff091989c3093bfae8577d1a961773b87d3bbe0535f2b962359384a28ba40"));
}

void TestSigner::derivedD2()
{
    Signer signer(QStringLiteral("AKEXAMPLE"), QStringLiteral("SKEXAMPLE"));
    SigningRequest r;
    r.method = "POST";
    r.url = QUrl(QStringLiteral("https://kms.cn-north-4.myhuaweicloud.com/v1/"
                                "0123456789abcdef0123456789abcdef/secrets"));
    r.headers = {{"X-Sdk-Date", "20240101T000000Z"},
                 {"x-project-id", "0123456789abcdef0123456789abcdef"},
                 {"Host", "kms.cn-north-4.myhuaweicloud.com"},
                 {"Content-Type", "application/json;charset=UTF-8"}};
    r.body = QByteArray("{\"name\":\"demo\",\"secret_string\":\"s3cr3t\"}");
    QVERIFY(QCryptographicHash::hash(r.body, QCryptographicHash::Sha256)
                    .toHex()
                    .startsWith("116cd706"));
    QCOMPARE(signatureOf(signer.sign(r, QDateTime::currentDateTimeUtc())),
             QByteArray("63b5fd3839309031ad0b18310951ada29bcbd1e184979e66039f5251359b3ca9"));
    // Any change to the body changes the signature.
    r.body.append(' ');
    QVERIFY(signatureOf(signer.sign(r, QDateTime::currentDateTimeUtc()))
            != "63b5fd3839309031ad0b18310951ada29bcbd1e184979e66039f5251359b3ca9");
}

void TestSigner::existingDateIsReused()
{
    Signer signer(QStringLiteral("AK"), QStringLiteral("SK"));
    SigningRequest r;
    r.method = "GET";
    r.url = QUrl(QStringLiteral("https://h/p"));
    signer.sign(r, tvDate);
    QCOMPARE(r.headers.size(), 1);
    QCOMPARE(r.headers.first().second, QByteArray("20060102T150405Z"));
    QCOMPARE(
            Signer::sdkDate(QDateTime(QDate(2024, 1, 1), QTime(8, 0), Qt::OffsetFromUTC, 8 * 3600)),
            QByteArray("20240101T000000Z"));
}

void TestSigner::securityTokenIsSigned()
{
    Signer temporary(QStringLiteral("AK"), QStringLiteral("SK"), QStringLiteral("sts-token"));
    SigningRequest r;
    r.method = "GET";
    r.url = QUrl(QStringLiteral("https://h/p"));
    const QByteArray auth = temporary.sign(r, tvDate);
    QVERIFY(auth.contains("SignedHeaders=x-sdk-date;x-security-token,"));
    bool found = false;
    for (const auto &h : std::as_const(r.headers))
        found = found || (h.first == "X-Security-Token" && h.second == "sts-token");
    QVERIFY(found);
    // The token itself never appears in the Authorization header.
    QVERIFY(!auth.contains("sts-token"));
}

void TestSigner::canonicalUriEncodesSegments()
{
    QCOMPARE(Signer::canonicalUri(QUrl(QStringLiteral("https://h/v1/abc/secrets"))),
             QByteArray("/v1/abc/secrets/"));
    QCOMPARE(Signer::canonicalUri(QUrl(QStringLiteral("https://h/a%20b/c~d/"))),
             QByteArray("/a%20b/c~d/"));
    QUrl unicode(QStringLiteral("https://h/"));
    unicode.setPath(QString::fromUtf8("/tags/键 (x)"));
    QCOMPARE(Signer::canonicalUri(unicode), QByteArray("/tags/%E9%94%AE%20%28x%29/"));
    QCOMPARE(Signer::canonicalUri(QUrl(QStringLiteral("https://h"))), QByteArray("/"));
}

void TestSigner::hostHeaderLikeQt()
{
    QCOMPARE(Signer::hostHeader(QUrl(QStringLiteral("https://kms.x.com/p"))),
             QByteArray("kms.x.com"));
    QCOMPARE(Signer::hostHeader(QUrl(QStringLiteral("http://127.0.0.1:8080/p"))),
             QByteArray("127.0.0.1:8080"));
    QCOMPARE(Signer::hostHeader(QUrl(QStringLiteral("http://[::1]:81/"))), QByteArray("[::1]:81"));
}

void TestSigner::sameAsNodeSdk_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QStringList>("segments");
    QTest::addColumn<QStringList>("query"); // key, value, key, value...
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("securityToken");

    const QString pid = QStringLiteral("0123456789abcdef0123456789abcdef");
    QTest::newRow("GET query unicode space slash")
            << QByteArray("GET") << QStringList{pid, QStringLiteral("secrets")}
            << QStringList{QStringLiteral("limit"),      QStringLiteral("50"),
                           QStringLiteral("marker"),     QString::fromUtf8("app db/生产"),
                           QStringLiteral("event_name"), QStringLiteral("a+b~c*")}
            << QByteArray() << QString();
    QTest::newRow("POST JSON") << QByteArray("POST") << QStringList{pid, QStringLiteral("secrets")}
                               << QStringList()
                               << QByteArray(R"({"name":"demo","secret_string":"p@ss wörd \"q\""})")
                               << QString();
    QTest::newRow("DELETE") << QByteArray("DELETE")
                            << QStringList{pid, QStringLiteral("secrets"), QStringLiteral("app-db"),
                                           QStringLiteral("stages"), QStringLiteral("BETA")}
                            << QStringList() << QByteArray() << QString();
    QTest::newRow("path with special chars")
            << QByteArray("DELETE")
            << QStringList{pid, QStringLiteral("csms"),
                           QStringLiteral("0b9c6a2e-1111-2222-3333-444455556666"),
                           QStringLiteral("tags"), QStringLiteral("env:a=b+c@d!(x)*,;$")}
            << QStringList() << QByteArray() << QString();
    QTest::newRow("PUT temporary credentials")
            << QByteArray("PUT")
            << QStringList{pid, QStringLiteral("secrets"), QStringLiteral("app-db"),
                           QStringLiteral("stages"), QStringLiteral("BETA")}
            << QStringList() << QByteArray(R"({"version_id":"v3"})")
            << QStringLiteral("temporary-security-token");
}

void TestSigner::sameAsNodeSdk()
{
    if (!test::nodeSignerAvailable())
        QSKIP("node or the Huawei Cloud Node.js SDK core is not installed (scripts/deps)");
    QFETCH(QByteArray, method);
    QFETCH(QStringList, segments);
    QFETCH(QStringList, query);
    QFETCH(QByteArray, body);
    QFETCH(QString, securityToken);

    const QString ak = QStringLiteral("KSLOCALAK00000000001");
    const QString sk = QStringLiteral("ksLocalSecretKey00000000000000000000000001");
    const QDateTime now(QDate(2024, 5, 17), QTime(9, 30, 15), Qt::UTC);

    // Our side, exactly as ApiTransport builds a request.
    QString encodedPath;
    QString rawPath;
    for (const QString &segment : std::as_const(segments)) {
        encodedPath += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(segment));
        rawPath += QLatin1Char('/') + segment;
    }
    encodedPath.prepend(QStringLiteral("/v1"));
    rawPath.prepend(QStringLiteral("/v1"));
    QUrl url(QStringLiteral("https://kms.cn-north-4.myhuaweicloud.com"));
    url.setPath(encodedPath, QUrl::TolerantMode);
    test::QueryItems items;
    QString queryText;
    for (int i = 0; i + 1 < query.size(); i += 2) {
        items.append({query.at(i), query.at(i + 1)});
        queryText += (queryText.isEmpty() ? QString() : QStringLiteral("&"))
                     + QString::fromLatin1(QUrl::toPercentEncoding(query.at(i))) + QLatin1Char('=')
                     + QString::fromLatin1(QUrl::toPercentEncoding(query.at(i + 1)));
    }
    if (!queryText.isEmpty())
        url.setQuery(queryText, QUrl::StrictMode);

    QNetworkRequest request(url);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!body.isEmpty())
        headers.append({QByteArray("Content-Type"), QByteArray("application/json;charset=UTF-8")});
    headers.append({QByteArray("X-Project-Id"), segments.first().toLatin1()});
    headers.append({QByteArray("X-Language"), QByteArray("en-us")});
    for (const auto &h : std::as_const(headers))
        request.setRawHeader(h.first, h.second);
    AkSkAuthenticator authenticator(ak, sk, securityToken);
    authenticator.setClockForTesting(now);
    authenticator.authorize(request, method, body);
    const QByteArray ours = request.rawHeader("Authorization");
    QVERIFY(ours.startsWith("SDK-HMAC-SHA256 Access=KSLOCALAK00000000001, SignedHeaders="));
    QVERIFY(ours.contains("host;"));

    // The Node SDK, given the same headers (it adds host itself, from the URL).
    headers.append({QByteArray("X-Sdk-Date"), Signer::sdkDate(now)});
    if (!securityToken.isEmpty())
        headers.append({QByteArray("X-Security-Token"), securityToken.toUtf8()});
    QUrl nodeUrl(QStringLiteral("https://kms.cn-north-4.myhuaweicloud.com"));
    nodeUrl.setPath(rawPath); // the SDK signs the path text it is given, undecoded
    const QJsonValue jsonBody = body.isEmpty() ? QJsonValue(QJsonValue::Undefined)
                                               : QJsonValue(QJsonDocument::fromJson(body).object());
    const test::NodeSignedRequest node
            = test::nodeSign(method, nodeUrl, items, headers, jsonBody, ak, sk);
    QVERIFY2(node.ok(), qPrintable(node.error));
    QCOMPARE(node.body, body); // the SDK hashed the very bytes we send
    QCOMPARE(ours, node.header("Authorization"));
}

QTEST_GUILESS_MAIN(TestSigner)
#include "tst_signer.moc"
