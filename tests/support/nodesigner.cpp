// SPDX-License-Identifier: Apache-2.0
#include "nodesigner.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace keystage::test {

void NodeSignedRequest::replaceSignature(const QByteArray &signature)
{
    for (auto &[name, value] : headers) {
        if (name.compare("authorization", Qt::CaseInsensitive) != 0)
            continue;
        const int at = value.indexOf("Signature=");
        if (at >= 0)
            value = value.left(at + 10) + signature;
    }
}

QByteArray NodeSignedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool nodeSignerAvailable()
{
    const QString sdk
            = QStringLiteral(KEYSTAGE_SOURCE_DIR)
              + QStringLiteral(
                      "/tests/support/node/node_modules/@huaweicloud/huaweicloud-sdk-core");
    return !QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty()
           && QFileInfo::exists(sdk);
}

NodeSignedRequest nodeSign(const QByteArray &method, const QUrl &url, const QueryItems &query,
                           const QList<QPair<QByteArray, QByteArray>> &headers,
                           const QJsonValue &body, const QString &ak, const QString &sk)
{
    QJsonObject queryObject;
    for (const auto &[key, value] : query) {
        if (!queryObject.contains(key)) {
            queryObject.insert(key, value);
            continue;
        }
        QJsonValue existing = queryObject.value(key);
        QJsonArray values = existing.isArray() ? existing.toArray() : QJsonArray{existing};
        values.append(value);
        queryObject.insert(key, values);
    }
    QJsonObject headerObject;
    for (const auto &[name, value] : headers)
        headerObject.insert(QString::fromLatin1(name), QString::fromUtf8(value));
    QJsonObject input{{QStringLiteral("method"), QString::fromLatin1(method)},
                      {QStringLiteral("url"), url.toString(QUrl::FullyEncoded)},
                      {QStringLiteral("headers"), headerObject},
                      {QStringLiteral("query"), queryObject},
                      {QStringLiteral("ak"), ak},
                      {QStringLiteral("sk"), sk}};
    if (!body.isUndefined())
        input.insert(QStringLiteral("body"), body);

    NodeSignedRequest result;
    QProcess node;
    node.start(QStringLiteral("node"), {QStringLiteral(KEYSTAGE_NODE_SIGNER)});
    if (!node.waitForStarted(30000)) {
        result.error = QStringLiteral("node did not start: ") + node.errorString();
        return result;
    }
    node.write(QJsonDocument(input).toJson(QJsonDocument::Compact));
    node.closeWriteChannel();
    if (!node.waitForFinished(30000) || node.exitCode() != 0) {
        result.error = QStringLiteral("node-sign.js failed: ")
                       + QString::fromUtf8(node.readAllStandardError().left(2000));
        return result;
    }
    const QJsonObject output = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
    const QJsonObject signedHeaders = output.value(QStringLiteral("headers")).toObject();
    for (auto it = signedHeaders.begin(); it != signedHeaders.end(); ++it)
        result.headers.append({it.key().toLatin1(), it.value().toString().toUtf8()});
    result.body = output.value(QStringLiteral("body")).toString().toUtf8();
    if (result.header("authorization").isEmpty())
        result.error = QStringLiteral("node-sign.js returned no Authorization header");
    return result;
}

QUrl withQuery(const QUrl &url, const QueryItems &query)
{
    QByteArray encoded;
    for (const auto &[key, value] : query) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    QUrl result = url;
    result.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
    return result;
}

} // namespace keystage::test
