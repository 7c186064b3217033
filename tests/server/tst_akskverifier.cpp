// SPDX-License-Identifier: Apache-2.0
// AkSkVerifier against the published SDK-HMAC-SHA256 vectors (csms-api.md 4.2), the derived
// vectors, the Go and Python header sets, the 15-minute window and the AK lockout.
#include "akskverifier.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using csmslocal::AkSkVerifier;
using csmslocal::SignedRequest;

namespace {

qint64 utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc()).toMSecsSinceEpoch();
}

QByteArray authorization(const QByteArray &ak, const QByteArray &signedHeaders,
                         const QByteArray &signature)
{
    return "SDK-HMAC-SHA256 Access=" + ak + ", SignedHeaders=" + signedHeaders
           + ", Signature=" + signature;
}

const QByteArray tv1Signature = "5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624";
const QByteArray tv2Signature = "cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59";

SignedRequest tv1()
{
    return SignedRequest{
            "GET",
            "/path",
            "limit=1",
            {{"X-Sdk-Date", "20060102T150405Z"},
             {"TEST_UNDERSCORE", "TEST_VALUE"},
             {"Authorization", authorization("AccessKey", "x-sdk-date", tv1Signature)}},
            {}};
}

SignedRequest tv2(const QByteArray &body)
{
    return SignedRequest{
            "POST",
            "/path",
            "key=value",
            {{"X-Sdk-Date", "20060102T150405Z"},
             {"TEST_UNDERSCORE", "TEST_VALUE"},
             {"Content-Type", "application/json"},
             {"Authorization", authorization("AccessKey", "x-sdk-date", tv2Signature)}},
            body};
}

} // namespace

class TestAkSkVerifier : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = 0;
    std::function<qint64()> clock()
    {
        return [this] { return m_now; };
    }
    AkSkVerifier goVectors()
    {
        return AkSkVerifier({{QStringLiteral("AccessKey"), QStringLiteral("SecretKey")}}, clock());
    }

private Q_SLOTS:
    void init() { m_now = utc(2006, 1, 2, 15, 4, 5); }

    void tv1Verifies()
    {
        const SignedRequest r = tv1();
        const QByteArray canonical = AkSkVerifier::canonicalRequest(r, {"x-sdk-date"}, false);
        QCOMPARE(canonical,
                 QByteArray("GET\n/path/\nlimit=1\nx-sdk-date:20060102T150405Z\n\nx-sdk-date\n"
                            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex(),
                 QByteArray("85c3b7730f308aee452b16138a42a914397e43a8f0d732dfa521c0ef2afa98a4"));
        AkSkVerifier verifier = goVectors();
        const auto verdict = verifier.verify(r);
        QVERIFY2(verdict.ok(), qPrintable(verdict.message));
        QCOMPARE(verdict.accessKey, QStringLiteral("AccessKey"));
    }

    void tv2VerifiesWithTrailingNewlineOnly()
    {
        AkSkVerifier verifier = goVectors();
        QVERIFY(verifier.verify(tv2("{\"Name\":\"test\",\"Id\":1}\n")).ok());
        // The same body without Go's trailing newline has another signature ...
        const SignedRequest without = tv2("{\"Name\":\"test\",\"Id\":1}");
        QCOMPARE(AkSkVerifier::signature(
                         "SecretKey", "20060102T150405Z",
                         AkSkVerifier::canonicalRequest(without, {"x-sdk-date"}, false)),
                 QByteArray("83599e5230b5b31fb58837c5760b4c2d407542df1f9493834ead538696e17a35"));
        // ... so the TV2 signature does not verify it.
        const auto verdict = verifier.verify(without);
        QCOMPARE(verdict.result, AkSkVerifier::Result::BadSignature);
    }

    void tv3QueryCanonicalisation()
    {
        // The query as a client sends it (percent-encoded, any order, repeated keys).
        const QByteArray raw = "test=%E4%B8%80%20(%26%3D%3F!%23%25.*)&limit=1&multi=2&enable=true"
                               "&path=%2Ftmp%2F123&multi=3&multi=1";
        QCOMPARE(AkSkVerifier::canonicalQuery(raw),
                 QByteArray("enable=true&limit=1&multi=1&multi=2&multi=3&path=%2Ftmp%2F123&test="
                            "%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29"));
        QCOMPARE(AkSkVerifier::canonicalQuery("a=b+c", true), QByteArray("a=b%20c"));
        QCOMPARE(AkSkVerifier::canonicalQuery("a=b+c", false), QByteArray("a=b%2Bc"));
        QCOMPARE(AkSkVerifier::canonicalQuery(""), QByteArray());
    }

    void canonicalUriReencodesDecodedSegments()
    {
        QCOMPARE(AkSkVerifier::canonicalUri("/v1/abc/secrets"), QByteArray("/v1/abc/secrets/"));
        QCOMPARE(AkSkVerifier::canonicalUri("/v1/abc/csms/x/tags/%E7%8E%AF%E5%A2%83"),
                 QByteArray("/v1/abc/csms/x/tags/%E7%8E%AF%E5%A2%83/"));
        QCOMPARE(AkSkVerifier::canonicalUri("/a/b%20c/"), QByteArray("/a/b%20c/"));
        QCOMPARE(AkSkVerifier::canonicalUri("/a/b~c(d)"), QByteArray("/a/b~c%28d%29/"));
    }

    void pythonHeaderSetWithHostAndContentType()
    {
        m_now = utc(2024, 1, 1, 0, 0, 30);
        AkSkVerifier verifier({{QStringLiteral("AKEXAMPLE"), QStringLiteral("SKEXAMPLE")}},
                              clock());
        const QByteArray project = "0123456789abcdef0123456789abcdef";
        const QByteArray signedHeaders = "content-type;host;x-project-id;x-sdk-date";
        SignedRequest d1{"GET",
                         "/v1/" + project + "/secrets",
                         "limit=10&marker=app-db",
                         {{"Host", "kms.cn-north-4.myhuaweicloud.com"},
                          {"Content-Type", "application/json"},
                          {"X-Project-Id", project},
                          {"X-Sdk-Date", "20240101T000000Z"},
                          {"User-Agent", "not signed, so it may change"},
                          {"Authorization",
                           authorization("AKEXAMPLE", signedHeaders,
                                         "059ff091989c3093bfae8577d1a961773b87d3bbe0535f2b962359"
                                         "384a28ba40")}},
                         {}};
        QVERIFY(verifier.verify(d1).ok());
        SignedRequest d2{"POST",
                         "/v1/" + project + "/secrets",
                         {},
                         {{"Host", "kms.cn-north-4.myhuaweicloud.com"},
                          {"Content-Type", "application/json;charset=UTF-8"},
                          {"X-Project-Id", project},
                          {"X-Sdk-Date", "20240101T000000Z"},
                          {"Authorization",
                           authorization("AKEXAMPLE", signedHeaders,
                                         "63b5fd3839309031ad0b18310951ada29bcbd1e184979e66039f52"
                                         "51359b3ca9")}},
                         "{\"name\":\"demo\",\"secret_string\":\"s3cr3t\"}"};
        QVERIFY(verifier.verify(d2).ok());
        // A signed header that changed (another Host) breaks the signature.
        d1.headers[0].second = "127.0.0.1:8787";
        QCOMPARE(verifier.verify(d1).result, AkSkVerifier::Result::BadSignature);
    }

    void goHeaderSetWithoutHost()
    {
        // Computed with an independent Python implementation validated on TV1, TV2 and D1.
        m_now = utc(2024, 1, 1, 0, 10, 0);
        AkSkVerifier verifier({{QStringLiteral("KSLOCALAK00000000001"),
                                QStringLiteral("ksLocalSecretKey00000000000000000000000001")}},
                              clock());
        const QByteArray project = "2a0f4b1c7d3e4f5a8b9c0d1e2f3a4b5c";
        SignedRequest r{
                "PUT",
                "/v1/" + project + "/secrets/app-db/stages/BETA",
                {},
                {{"User-Agent", "huaweicloud-usdk-go/3.0"},
                 {"X-Project-Id", project},
                 {"X-Sdk-Date", "20240101T000000Z"},
                 {"Host", "127.0.0.1:40000"},
                 {"Content-Type", "application/json;charset=UTF-8"},
                 {"Authorization",
                  authorization("KSLOCALAK00000000001", "user-agent;x-project-id;x-sdk-date",
                                "ebe32c56b8026635c5423bdf2f0fd51d413b3678427115ecaadae99a"
                                "20b94348")}},
                "{\"version_id\":\"v3\"}\n"};
        QVERIFY(verifier.verify(r).ok());
        r.body = "{\"version_id\":\"v4\"}\n"; // another body: the payload hash no longer matches
        QCOMPARE(verifier.verify(r).result, AkSkVerifier::Result::BadSignature);
    }

    void unsignedPayloadHeaderReplacesTheHash()
    {
        SignedRequest r = tv1();
        const QByteArray canonical = AkSkVerifier::canonicalRequest(r, {"x-sdk-date"}, false);
        r.headers << qMakePair(QByteArray("X-Sdk-Content-Sha256"), QByteArray("UNSIGNED-PAYLOAD"));
        QVERIFY(AkSkVerifier::canonicalRequest(r, {"x-sdk-date"}, false)
                        .endsWith("UNSIGNED-PAYLOAD"));
        QVERIFY(!canonical.endsWith("UNSIGNED-PAYLOAD"));
    }

    void clockWindowIsFifteenMinutes()
    {
        AkSkVerifier verifier = goVectors();
        const qint64 signedAt = m_now;
        m_now = signedAt + 14 * 60 * 1000;
        QVERIFY(verifier.verify(tv1()).ok());
        m_now = signedAt - 14 * 60 * 1000;
        QVERIFY(verifier.verify(tv1()).ok());
        m_now = signedAt + 16 * 60 * 1000;
        QCOMPARE(verifier.verify(tv1()).result, AkSkVerifier::Result::ClockSkew);
        m_now = signedAt - 16 * 60 * 1000;
        QCOMPARE(verifier.verify(tv1()).result, AkSkVerifier::Result::ClockSkew);
    }

    void sdkDateMustBeExactlyBasicIsoUtc()
    {
        AkSkVerifier verifier = goVectors();
        QVERIFY(verifier.verify(tv1()).ok());
        const QByteArray bad[] = {"",
                                  "20060102T150405",
                                  "20060102T150405z",
                                  "2006-01-02T15:04:05Z",
                                  "20060102 150405Z",
                                  "20061302T150405Z",
                                  "20060132T150405Z",
                                  "20060102T250405Z",
                                  "20060102T156005Z",
                                  "2006010aT150405Z",
                                  "20060102T150405Z0"};
        for (const QByteArray &date : bad) {
            SignedRequest r = tv1();
            for (auto &header : r.headers) {
                if (header.first == "X-Sdk-Date")
                    header.second = date;
            }
            QCOMPARE(verifier.verify(r).result, AkSkVerifier::Result::ClockSkew);
        }
    }

    void malformedAndUnknownKeys()
    {
        AkSkVerifier verifier = goVectors();
        SignedRequest r = tv1();
        r.headers.removeLast();
        QCOMPARE(verifier.verify(r).result, AkSkVerifier::Result::NotSigned);
        r.headers << qMakePair(QByteArray("Authorization"), QByteArray("Basic abc"));
        QCOMPARE(verifier.verify(r).result, AkSkVerifier::Result::Malformed);
        r.headers.last().second = authorization("OtherKey", "x-sdk-date", tv1Signature);
        QCOMPARE(verifier.verify(r).result, AkSkVerifier::Result::UnknownKey);
        // A header listed in SignedHeaders but absent from the request.
        r.headers.last().second = authorization("AccessKey", "host;x-sdk-date", tv1Signature);
        QCOMPARE(verifier.verify(r).result, AkSkVerifier::Result::BadSignature);
    }

    void lockoutAfterMoreThanFiveFailures()
    {
        AkSkVerifier verifier = goVectors();
        SignedRequest bad = tv1();
        bad.rawQuery = "limit=2";
        for (int i = 0; i < 5; ++i)
            QCOMPARE(verifier.verify(bad).result, AkSkVerifier::Result::BadSignature);
        QVERIFY(verifier.verify(tv1()).ok()); // a success resets the count
        for (int i = 0; i < 6; ++i)
            QCOMPARE(verifier.verify(bad).result, AkSkVerifier::Result::BadSignature);
        QVERIFY(verifier.isLocked(QStringLiteral("AccessKey")));
        const auto locked = verifier.verify(tv1());
        QCOMPARE(locked.result, AkSkVerifier::Result::Locked);
        QVERIFY(locked.message.contains(QStringLiteral("AK access failed to reach the limit")));
        m_now += AkSkVerifier::lockMs - 1000; // still locked (the date is within its window)
        QCOMPARE(verifier.verify(tv1()).result, AkSkVerifier::Result::Locked);
        m_now += 2000;
        QVERIFY(verifier.verify(tv1()).ok());
    }

    void constantTimeEquals()
    {
        QVERIFY(AkSkVerifier::constantTimeEquals("abc", "abc"));
        QVERIFY(!AkSkVerifier::constantTimeEquals("abc", "abd"));
        QVERIFY(!AkSkVerifier::constantTimeEquals("abc", "abcd"));
        QVERIFY(AkSkVerifier::constantTimeEquals({}, {}));
    }
};

QTEST_GUILESS_MAIN(TestAkSkVerifier)
#include "tst_akskverifier.moc"
