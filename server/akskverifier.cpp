// SPDX-License-Identifier: Apache-2.0
#include "akskverifier.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>
#include <algorithm>

namespace csmslocal {

namespace {

// X-Sdk-Date, "yyyyMMddTHHmmssZ", read as UTC; an invalid QDateTime for anything else.
// (QDateTime::fromString with a format goes through local time: eight stat("/etc/localtime")
// calls per request.)
QDateTime parseSdkDate(const QByteArray &text)
{
    if (text.size() != 16 || text.at(8) != 'T' || text.at(15) != 'Z')
        return {};
    int fields[6] = {};
    const int widths[6] = {4, 2, 2, 2, 2, 2};
    qsizetype pos = 0;
    for (int i = 0; i < 6; ++i) {
        if (pos == 8)
            ++pos; // the 'T'
        for (int d = 0; d < widths[i]; ++d, ++pos) {
            const char c = text.at(pos);
            if (c < '0' || c > '9')
                return {};
            fields[i] = fields[i] * 10 + (c - '0');
        }
    }
    const QDate date(fields[0], fields[1], fields[2]);
    const QTime time(fields[3], fields[4], fields[5]);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

} // namespace

AkSkVerifier::AkSkVerifier(QHash<QString, QString> keys, std::function<qint64()> clock)
    : m_keys(std::move(keys))
    , m_clock(std::move(clock))
{}

qint64 AkSkVerifier::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

QByteArray AkSkVerifier::escape(const QByteArray &bytes)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
            || c == '_' || c == '.' || c == '~') {
            out += char(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0xf];
        }
    }
    return out;
}

QByteArray AkSkVerifier::canonicalUri(const QByteArray &rawPath, bool decode)
{
    const QList<QByteArray> segments
            = (decode ? QByteArray::fromPercentEncoding(rawPath) : rawPath).split('/');
    QList<QByteArray> encoded;
    for (const QByteArray &s : segments)
        encoded << escape(s);
    QByteArray uri = encoded.join('/');
    if (!uri.endsWith('/'))
        uri += '/';
    return uri;
}

QByteArray AkSkVerifier::canonicalQuery(const QByteArray &rawQuery, bool plusIsSpace)
{
    QList<QPair<QByteArray, QByteArray>> params;
    const auto decode = [plusIsSpace](QByteArray part) {
        if (plusIsSpace)
            part.replace('+', ' ');
        return QByteArray::fromPercentEncoding(part);
    };
    for (const QByteArray &pair : rawQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        params << qMakePair(decode(eq < 0 ? pair : pair.left(eq)),
                            decode(eq < 0 ? QByteArray() : pair.mid(eq + 1)));
    }
    std::sort(params.begin(), params.end());
    QList<QByteArray> parts;
    for (const auto &[key, value] : params)
        parts << escape(key) + '=' + escape(value);
    return parts.join('&');
}

QByteArray AkSkVerifier::header(const SignedRequest &request, const QByteArray &lowerName,
                                bool *present)
{
    QList<QByteArray> values;
    for (const auto &[name, value] : request.headers) {
        if (name.toLower() == lowerName)
            values << value.trimmed();
    }
    if (present)
        *present = !values.isEmpty();
    return values.join(',');
}

QByteArray AkSkVerifier::canonicalRequest(const SignedRequest &request,
                                          const QList<QByteArray> &signedHeaders, bool plusIsSpace,
                                          bool decodePath)
{
    QByteArray headers;
    for (const QByteArray &name : signedHeaders)
        headers += name + ':' + header(request, name) + '\n';
    bool hasContentHash = false;
    QByteArray payloadHash = header(request, "x-sdk-content-sha256", &hasContentHash);
    if (!hasContentHash)
        payloadHash = QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex();
    return request.method + '\n' + canonicalUri(request.rawPath, decodePath) + '\n'
           + canonicalQuery(request.rawQuery, plusIsSpace) + '\n' + headers + '\n'
           + signedHeaders.join(';') + '\n' + payloadHash;
}

QByteArray AkSkVerifier::signature(const QByteArray &secretKey, const QByteArray &sdkDate,
                                   const QByteArray &canonicalRequest)
{
    const QByteArray stringToSign
            = "SDK-HMAC-SHA256\n" + sdkDate + '\n'
              + QCryptographicHash::hash(canonicalRequest, QCryptographicHash::Sha256).toHex();
    return QMessageAuthenticationCode::hash(stringToSign, secretKey, QCryptographicHash::Sha256)
            .toHex();
}

bool AkSkVerifier::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

bool AkSkVerifier::isLocked(const QString &accessKey) const
{
    return m_lockedUntil.value(accessKey, 0) > now();
}

AkSkVerifier::Verdict AkSkVerifier::fail(const QString &accessKey, Result result,
                                         const QString &message)
{
    if (result == Result::BadSignature && m_keys.contains(accessKey)) {
        const int failures = ++m_failures[accessKey];
        if (failures > maxFailures) {
            m_lockedUntil[accessKey] = now() + lockMs;
            m_failures.remove(accessKey);
        }
    }
    return Verdict{result, accessKey, message};
}

AkSkVerifier::Verdict AkSkVerifier::verify(const SignedRequest &request)
{
    bool present = false;
    const QByteArray authorization = header(request, "authorization", &present);
    if (!present)
        return Verdict{Result::NotSigned, {}, QStringLiteral("No authentication information.")};
    static const QRegularExpression re(QStringLiteral(
            "^SDK-HMAC-SHA256\\s+Access=([^,\\s]+)\\s*,\\s*SignedHeaders=([^,\\s]+)\\s*,"
            "\\s*Signature=([0-9a-fA-F]+)\\s*\\z"));
    const auto m = re.match(QString::fromLatin1(authorization));
    if (!m.hasMatch())
        return Verdict{Result::Malformed,
                       {},
                       QStringLiteral("Incorrect IAM authentication information: the "
                                      "Authorization header is not SDK-HMAC-SHA256.")};
    const QString accessKey = m.captured(1);
    const QList<QByteArray> signedHeaders = m.captured(2).toLatin1().toLower().split(';');
    const QByteArray given = m.captured(3).toLatin1().toLower();
    if (!m_keys.contains(accessKey))
        return Verdict{Result::UnknownKey, accessKey,
                       QStringLiteral("Incorrect IAM authentication information: verify aksk "
                                      "signature fail, unknown access key.")};
    if (isLocked(accessKey))
        return Verdict{Result::Locked, accessKey,
                       QStringLiteral("Incorrect IAM authentication information: AK access "
                                      "failed to reach the limit, forbidden.")};
    const QByteArray sdkDate = header(request, "x-sdk-date");
    const QDateTime date = parseSdkDate(sdkDate);
    if (!date.isValid() || qAbs(date.toMSecsSinceEpoch() - now()) > windowMs)
        return Verdict{Result::ClockSkew, accessKey,
                       QStringLiteral("Incorrect IAM authentication information: X-Sdk-Date is "
                                      "missing or more than 15 minutes away from the server "
                                      "time.")};
    for (const QByteArray &name : signedHeaders) {
        bool has = false;
        header(request, name, &has);
        if (name.isEmpty() || !has)
            return fail(accessKey, Result::BadSignature,
                        QStringLiteral("Incorrect IAM authentication information: verify aksk "
                                       "signature fail, a signed header is missing."));
    }
    const QByteArray sk = m_keys.value(accessKey).toUtf8();
    // Variants: '+' in the query as '+' or as a space; the path decoded (Go, Python) or not
    // (Node.js). Only the variants the request can distinguish are tried.
    bool ok = false;
    for (int variant = 0; variant < 4 && !ok; ++variant) {
        const bool plusIsSpace = variant & 1;
        const bool decodePath = !(variant & 2);
        if ((plusIsSpace && !request.rawQuery.contains('+'))
            || (!decodePath && !request.rawPath.contains('%')))
            continue;
        ok = constantTimeEquals(given, signature(sk, sdkDate,
                                                 canonicalRequest(request, signedHeaders,
                                                                  plusIsSpace, decodePath)));
    }
    if (!ok)
        return fail(accessKey, Result::BadSignature,
                    QStringLiteral("Incorrect IAM authentication information: verify aksk "
                                   "signature fail."));
    m_failures.remove(accessKey);
    return Verdict{Result::Ok, accessKey, {}};
}

} // namespace csmslocal
