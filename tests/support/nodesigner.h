// SPDX-License-Identifier: Apache-2.0
// Test harness addition: signs a request with the official Huawei Cloud Node.js SDK core
// (node-sign.js, AKSKSigner), so AK/SK tests check csms-local against a signer that is not ours.
// Starting node costs ~50 ms: sign a few requests, not thousands.
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace keystage::test {

struct NodeSignedRequest
{
    QList<QPair<QByteArray, QByteArray>> headers; // as the SDK would send them, incl. Authorization
    QByteArray body; // the exact body text the SDK hashed (empty when there is none)
    QString error; // empty on success
    bool ok() const { return error.isEmpty(); }
    // The Authorization header's Signature=... value replaced by `signature`.
    void replaceSignature(const QByteArray &signature);
    QByteArray header(const QByteArray &name) const; // case-insensitive
};

using QueryItems = QList<QPair<QString, QString>>; // repeated keys allowed

// `url` carries scheme, host, port and path (no query). `body` Undefined means no body.
// Header values given here are signed as they are (e.g. an X-Sdk-Date to use instead of now).
NodeSignedRequest nodeSign(const QByteArray &method, const QUrl &url, const QueryItems &query,
                           const QList<QPair<QByteArray, QByteArray>> &headers,
                           const QJsonValue &body, const QString &ak, const QString &sk);

// `url` with `query` appended, every key and value percent-encoded as UTF-8 (RFC 3986 unreserved
// characters kept, space as %20), as the SDKs send it.
QUrl withQuery(const QUrl &url, const QueryItems &query);

// True when node and the SDK core are installed (scripts/deps).
bool nodeSignerAvailable();

} // namespace keystage::test
