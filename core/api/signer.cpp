// SPDX-License-Identifier: Apache-2.0
#include "core/api/signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>
#include <algorithm>
#include <cstdio>

namespace keystage {

namespace {

const QByteArray algorithm = QByteArrayLiteral("SDK-HMAC-SHA256");

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
           || c == '_' || c == '.' || c == '~';
}

QByteArray lowerName(const QByteArray &name)
{
    return name.toLower();
}

// The headers as they are signed: names in lower case, stable-sorted by name (the order of equal
// names kept), values as given.
HeaderList canonicalOrder(const HeaderList &headers)
{
    HeaderList sorted;
    sorted.reserve(headers.size());
    for (const auto &header : headers)
        sorted.append({lowerName(header.first), header.second});
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    return sorted;
}

QByteArray headerBlock(const HeaderList &ordered)
{
    QByteArray out;
    for (const auto &header : ordered)
        out += header.first + ':' + header.second.trimmed() + '\n';
    return out;
}

QByteArray headerNames(const HeaderList &ordered)
{
    QByteArray out;
    for (const auto &header : ordered) {
        if (!out.isEmpty())
            out += ';';
        out += header.first;
    }
    return out;
}

int findHeader(const HeaderList &headers, const QByteArray &name)
{
    for (int i = 0; i < headers.size(); ++i) {
        if (headers.at(i).first.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QByteArray canonicalRequestOf(const SigningRequest &request, const HeaderList &ordered)
{
    const int sha = findHeader(request.headers, QByteArrayLiteral("X-Sdk-Content-Sha256"));
    const QByteArray payloadHash
            = sha >= 0 ? request.headers.at(sha).second
                       : QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex();
    return request.method.toUpper() + '\n' + Signer::canonicalUri(request.url) + '\n'
           + Signer::canonicalQuery(request.url) + '\n' + headerBlock(ordered) + '\n'
           + headerNames(ordered) + '\n' + payloadHash;
}

} // namespace

Signer::Signer(QString accessKey, QString secretKey, QString securityToken)
    : m_accessKey(std::move(accessKey))
    , m_secretKey(std::move(secretKey))
    , m_securityToken(std::move(securityToken))
{}

QByteArray Signer::sdkDate(const QDateTime &now)
{
    // By hand: QDateTime::toString with a format costs more than the rest of the signature.
    const QDateTime utc = now.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    char text[32];
    std::snprintf(text, sizeof text, "%04d%02d%02dT%02d%02d%02dZ", d.year(), d.month(), d.day(),
                  t.hour(), t.minute(), t.second());
    return QByteArray(text);
}

QByteArray Signer::encode(const QString &text)
{
    static const char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        if (isUnreserved(c)) {
            out.append(c);
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out.append('%');
            out.append(hex[byte >> 4]);
            out.append(hex[byte & 0x0f]);
        }
    }
    return out;
}

QByteArray Signer::canonicalUri(const QUrl &url)
{
    const QStringList segments = url.path(QUrl::FullyDecoded).split(QLatin1Char('/'));
    QList<QByteArray> encoded;
    encoded.reserve(segments.size());
    for (const QString &segment : segments)
        encoded.append(encode(segment));
    QByteArray uri = encoded.join('/');
    if (!uri.endsWith('/'))
        uri.append('/');
    return uri;
}

QByteArray Signer::canonicalQuery(const QList<QPair<QString, QString>> &items)
{
    // Sorted by the raw UTF-8 bytes of key, then value (Go sorts keys and the values of a key),
    // then encoded.
    QList<QPair<QByteArray, QByteArray>> raw;
    raw.reserve(items.size());
    for (const auto &item : items)
        raw.append({item.first.toUtf8(), item.second.toUtf8()});
    std::sort(raw.begin(), raw.end());
    QList<QByteArray> parts;
    parts.reserve(raw.size());
    for (const auto &item : std::as_const(raw)) {
        parts.append(encode(QString::fromUtf8(item.first)) + '='
                     + encode(QString::fromUtf8(item.second)));
    }
    return parts.join('&');
}

QByteArray Signer::canonicalQuery(const QUrl &url)
{
    return canonicalQuery(QUrlQuery(url).queryItems(QUrl::FullyDecoded));
}

QByteArray Signer::canonicalHeaders(const HeaderList &headers)
{
    return headerBlock(canonicalOrder(headers));
}

QByteArray Signer::signedHeaderNames(const HeaderList &headers)
{
    return headerNames(canonicalOrder(headers));
}

QByteArray Signer::canonicalRequest(const SigningRequest &request)
{
    return canonicalRequestOf(request, canonicalOrder(request.headers));
}

QByteArray Signer::stringToSign(const QByteArray &canonicalRequest, const QByteArray &sdkDate)
{
    return algorithm + '\n' + sdkDate + '\n'
           + QCryptographicHash::hash(canonicalRequest, QCryptographicHash::Sha256).toHex();
}

QByteArray Signer::hostHeader(const QUrl &url)
{
    // As QHttpNetworkConnection builds it: IPv6 literals bracketed, names in ACE form, and the
    // port whenever the URL names one (even the scheme's default).
    const QString hostName = url.host();
    QByteArray host;
    if (hostName.contains(QLatin1Char(':')))
        host = '[' + hostName.toLatin1() + ']';
    else
        host = QUrl::toAce(hostName);
    if (url.port() != -1)
        host += ':' + QByteArray::number(url.port());
    return host;
}

QByteArray Signer::sign(SigningRequest &request, const QDateTime &now) const
{
    const int dateIndex = findHeader(request.headers, QByteArrayLiteral("X-Sdk-Date"));
    QByteArray date;
    if (dateIndex >= 0) {
        date = request.headers.at(dateIndex).second;
    } else {
        date = sdkDate(now);
        request.headers.append({QByteArrayLiteral("X-Sdk-Date"), date});
    }
    if (!m_securityToken.isEmpty()
        && findHeader(request.headers, QByteArrayLiteral("X-Security-Token")) < 0) {
        request.headers.append({QByteArrayLiteral("X-Security-Token"), m_securityToken.toUtf8()});
    }
    const HeaderList ordered = canonicalOrder(request.headers);
    const QByteArray toSign = stringToSign(canonicalRequestOf(request, ordered), date);
    const QByteArray signature = QMessageAuthenticationCode::hash(toSign, m_secretKey.toUtf8(),
                                                                  QCryptographicHash::Sha256)
                                         .toHex();
    return algorithm + " Access=" + m_accessKey.toUtf8() + ", SignedHeaders=" + headerNames(ordered)
           + ", Signature=" + signature;
}

} // namespace keystage
