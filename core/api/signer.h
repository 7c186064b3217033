// SPDX-License-Identifier: Apache-2.0
// Signer: Huawei Cloud "SDK-HMAC-SHA256" AK/SK request signatures (csms-api.md 4.2), byte for
// byte what the official SDKs compute for the same headers.
//
// Which headers are signed is the caller's choice: the signer signs exactly the headers it is
// given (plus X-Sdk-Date, and X-Security-Token for temporary credentials). CsmsClient signs, like
// the Python and Node.js SDKs, every header it sets itself: host, content-type (on calls with a
// body), x-language, x-project-id, x-sdk-date and x-security-token; never User-Agent or the
// headers Qt adds on the wire. API Gateway verifies exactly what SignedHeaders lists.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace keystage {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct SigningRequest
{
    QByteArray method; // "GET"
    QUrl url; // path (percent-encoded or not: it is decoded before canonicalisation) and query
    HeaderList headers; // the headers to sign, names as sent; must include Host if it is signed
    QByteArray body; // the exact bytes sent
};

class Signer
{
public:
    Signer() = default;
    Signer(QString accessKey, QString secretKey, QString securityToken = {});

    bool isValid() const { return !m_accessKey.isEmpty() && !m_secretKey.isEmpty(); }
    QString accessKey() const { return m_accessKey; }

    // Signs request at time now (UTC). Adds X-Sdk-Date (unless present: then its value is used)
    // and, for temporary credentials, X-Security-Token to request.headers; returns the value of
    // the Authorization header. The caller sends every header of request.headers plus it.
    QByteArray sign(SigningRequest &request, const QDateTime &now) const;

    // ---- the steps, public for tests ----
    static QByteArray sdkDate(const QDateTime &now); // 20240101T000000Z
    // Percent-encodes with the SDK's rule: keeps A-Z a-z 0-9 - _ . ~, UTF-8 otherwise (%XX).
    static QByteArray encode(const QString &text);
    // Decodes the path, encodes each segment, appends "/" if missing.
    static QByteArray canonicalUri(const QUrl &url);
    // Sorted by key, then value (byte order), keys and values encoded, joined with '&'.
    static QByteArray canonicalQuery(const QList<QPair<QString, QString>> &items);
    static QByteArray canonicalQuery(const QUrl &url);
    // "name:trimmed value\n" per header, sorted by lower-case name.
    static QByteArray canonicalHeaders(const HeaderList &headers);
    static QByteArray signedHeaderNames(const HeaderList &headers); // "host;x-sdk-date"
    static QByteArray canonicalRequest(const SigningRequest &request);
    static QByteArray stringToSign(const QByteArray &canonicalRequest, const QByteArray &sdkDate);
    // The Host header value Qt sends for url: host, plus ":port" when the URL names a port.
    static QByteArray hostHeader(const QUrl &url);

private:
    QString m_accessKey;
    QString m_secretKey;
    QString m_securityToken;
};

} // namespace keystage
