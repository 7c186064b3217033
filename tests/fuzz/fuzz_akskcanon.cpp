// SPDX-License-Identifier: Apache-2.0
// The AK/SK verifier's canonicalisation, and the client's signer against the verifier. The input:
// one byte choosing the method, then lines: the path (its segments as the client names them, '/'
// between), the query ("key=value&..."), and the body. What must hold:
// - canonicalUri (decoding) and canonicalQuery (either reading of '+') are idempotent: the
//   canonical form of a canonical form is itself; and they use only unreserved characters, %XX
//   with upper-case hex, and '/' (the URI) or '=' '&' (the query);
// - a request built the way CsmsClient builds it (apitransport: each segment and query item
//   percent-encoded, then set on a QUrl) and signed by keystage::Signer passes
//   AkSkVerifier::verify, whatever the names in it. The signer and the verifier share no code.
#include "fuzzcommon.h"

#include "akskverifier.h"
#include "core/api/signer.h"

#include <QUrlQuery>

using namespace keystage;
using namespace keystage::fuzz;
using csmslocal::AkSkVerifier;

namespace {

bool canonicalCharacters(const QByteArray &text, QByteArrayView separators)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
            || c == '_' || c == '.' || c == '~' || separators.contains(c))
            continue;
        const auto hex = [](char h) { return (h >= '0' && h <= '9') || (h >= 'A' && h <= 'F'); };
        if (c == '%' && i + 2 < text.size() + 0 && hex(text.at(i + 1)) && hex(text.at(i + 2))) {
            i += 2;
            continue;
        }
        return false;
    }
    return true;
}

constexpr qint64 fixedNow = 1800000000000;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const char *const methods[] = {"GET", "POST", "PUT", "DELETE"};
    const QByteArray method = methods[data[0] % 4];
    const QByteArray rest = bytesOf(data + 1, size - 1);
    const QList<QByteArray> lines = rest.split('\n');
    const QByteArray path = lines.value(0);
    const QByteArray query = lines.value(1);
    const qsizetype bodyStart = path.size() + query.size() + 2;
    const QByteArray body = rest.size() > bodyStart ? rest.mid(bodyStart) : QByteArray();

    // Idempotence and alphabet, on the raw bytes as a server receives them.
    const QByteArray uri = AkSkVerifier::canonicalUri(path);
    FUZZ_CHECK(AkSkVerifier::canonicalUri(uri) == uri,
               "canonicalUri is not idempotent: " + printable(path) + " -> " + printable(uri)
                       + " -> " + printable(AkSkVerifier::canonicalUri(uri)));
    FUZZ_CHECK(canonicalCharacters(uri, "/"), printable(uri));
    FUZZ_CHECK(canonicalCharacters(AkSkVerifier::canonicalUri(path, false), "/"), printable(path));
    for (const bool plusIsSpace : {false, true}) {
        const QByteArray canonical = AkSkVerifier::canonicalQuery(query, plusIsSpace);
        FUZZ_CHECK(AkSkVerifier::canonicalQuery(canonical, plusIsSpace) == canonical,
                   "canonicalQuery is not idempotent: " + printable(query) + " -> "
                           + printable(canonical));
        FUZZ_CHECK(canonicalCharacters(canonical, "=&"), printable(canonical));
    }

    // The client's signature, verified by the server. Not for names with a Unicode noncharacter
    // (U+FFFE, U+FFFF...): QUrl keeps those percent-encoded when asked for the decoded query, so
    // the client signs "%EF%BF%BF" encoded twice while the verifier decodes it; CSMS's names are
    // [A-Za-z0-9_-] and never carry one.
    const auto hasNonCharacter = [](const QByteArray &bytes) {
        const QString text = QString::fromUtf8(bytes);
        return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isNonCharacter(); });
    };
    if (hasNonCharacter(path) || hasNonCharacter(query))
        return 0;
    QString urlPath = QStringLiteral("/v1/2a0f4b1c7d3e4f5a8b9c0d1e2f3a4b5c");
    for (const QByteArray &segment : path.split('/'))
        urlPath += QLatin1Char('/')
                   + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(segment)));
    QUrl url(QStringLiteral("http://127.0.0.1:8787"));
    url.setPath(urlPath, QUrl::TolerantMode);
    if (!query.isEmpty()) {
        QUrlQuery items;
        for (const QByteArray &pair : query.split('&')) {
            const qsizetype eq = pair.indexOf('=');
            const QString key = QString::fromUtf8(eq < 0 ? pair : pair.left(eq));
            // CsmsClient's query keys are fixed names. A key-less item is signed as "=" by the
            // client and dropped by the verifier when it is empty ("&&"): not a request it sends.
            if (key.isEmpty())
                continue;
            const QString value = QString::fromUtf8(eq < 0 ? QByteArray() : pair.mid(eq + 1));
            items.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key)),
                               QString::fromLatin1(QUrl::toPercentEncoding(value)));
        }
        url.setQuery(items);
    }
    SigningRequest request{method, url,
                           HeaderList{{"Host", Signer::hostHeader(url)},
                                      {"Content-Type", "application/json;charset=UTF-8"},
                                      {"X-Project-Id", "2a0f4b1c7d3e4f5a8b9c0d1e2f3a4b5c"}},
                           body};
    const Signer signer(QStringLiteral("FUZZAK"), QStringLiteral("fuzz-secret-key"));
    const QByteArray authorization
            = signer.sign(request, QDateTime::fromMSecsSinceEpoch(fixedNow, Qt::UTC));
    csmslocal::SignedRequest received{method, url.path(QUrl::FullyEncoded).toLatin1(),
                                      url.query(QUrl::FullyEncoded).toLatin1(), request.headers,
                                      body};
    received.headers.append({"Authorization", authorization});
    AkSkVerifier verifier({{QStringLiteral("FUZZAK"), QStringLiteral("fuzz-secret-key")}},
                          [] { return fixedNow; });
    const AkSkVerifier::Verdict verdict = verifier.verify(received);
    FUZZ_CHECK(verdict.ok(),
               "the server refuses the client's signature (" + verdict.message.toUtf8() + ") for "
                       + printable(received.rawPath) + "?" + printable(received.rawQuery));
    return 0;
}
