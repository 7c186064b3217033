// SPDX-License-Identifier: Apache-2.0
// AkSkVerifier: checks SDK-HMAC-SHA256 signatures the way API Gateway does (csms-api.md 4.2):
// exactly the headers listed in SignedHeaders, canonical URI and query from the decoded request,
// payload hash of the exact body (or X-Sdk-Content-Sha256), a 15-minute X-Sdk-Date window, and a
// 5-minute lockout of an access key after more than 5 consecutive bad signatures.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <functional>

namespace csmslocal {

struct SignedRequest
{
    QByteArray method;
    QByteArray rawPath; // as sent (percent-encoded), without the query
    QByteArray rawQuery; // as sent, without '?'
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

class AkSkVerifier
{
public:
    enum class Result { Ok, NotSigned, Malformed, UnknownKey, ClockSkew, BadSignature, Locked };
    struct Verdict
    {
        Result result = Result::NotSigned;
        QString accessKey;
        QString message; // for the APIG.0301 body; never contains the SK or the signature
        bool ok() const { return result == Result::Ok; }
    };

    static constexpr qint64 windowMs = 15 * 60 * 1000;
    static constexpr int maxFailures = 5;
    static constexpr qint64 lockMs = 5 * 60 * 1000;

    // keys: access key → secret key. clock: ms since the epoch (default: the system clock).
    explicit AkSkVerifier(QHash<QString, QString> keys, std::function<qint64()> clock = {});

    Verdict verify(const SignedRequest &request);
    bool isLocked(const QString &accessKey) const;

    // Building blocks, public for the unit tests.
    static QByteArray escape(const QByteArray &bytes);
    // Go and Python sign the decoded path segments, re-encoded; the Node.js SDK encodes the
    // already-encoded segments again (decode = false). The verifier accepts both.
    static QByteArray canonicalUri(const QByteArray &rawPath, bool decode = true);
    static QByteArray canonicalQuery(const QByteArray &rawQuery, bool plusIsSpace = false);
    static QByteArray canonicalRequest(const SignedRequest &request,
                                       const QList<QByteArray> &signedHeaders, bool plusIsSpace,
                                       bool decodePath = true);
    static QByteArray signature(const QByteArray &secretKey, const QByteArray &sdkDate,
                                const QByteArray &canonicalRequest);
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
    static QByteArray header(const SignedRequest &request, const QByteArray &lowerName,
                             bool *present = nullptr);

private:
    qint64 now() const;
    Verdict fail(const QString &accessKey, Result result, const QString &message);

    QHash<QString, QString> m_keys;
    std::function<qint64()> m_clock;
    QHash<QString, int> m_failures;
    QHash<QString, qint64> m_lockedUntil;
};

} // namespace csmslocal
