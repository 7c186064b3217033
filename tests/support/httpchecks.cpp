// SPDX-License-Identifier: Apache-2.0
#include "httpchecks.h"

#include "apisession.h"

#include <QJsonObject>

namespace keystage::test {

static QByteArray commonProblem(const HttpResult &result, int status)
{
    if (result.status != status)
        return "expected HTTP " + QByteArray::number(status) + ", got " + describe(result);
    if (result.header("x-request-id").isEmpty())
        return "no X-Request-Id header on " + describe(result);
    if (!result.json.isObject())
        return "body is not a JSON object: " + describe(result);
    return {};
}

QByteArray statusProblem(const HttpResult &result, int status)
{
    if (result.status != status)
        return "expected HTTP " + QByteArray::number(status) + ", got " + describe(result);
    if (result.header("x-request-id").isEmpty())
        return "no X-Request-Id header on " + describe(result);
    return {};
}

QByteArray flatErrorProblem(const HttpResult &result, int status, const QByteArray &code)
{
    QByteArray problem = commonProblem(result, status);
    if (!problem.isEmpty())
        return problem;
    const QJsonObject body = result.json.object();
    if (body.contains(QStringLiteral("error")))
        return "expected a flat error body, got a nested one: " + describe(result);
    const QString errorCode = body.value(QStringLiteral("error_code")).toString();
    if (errorCode.toUtf8() != code)
        return "expected error_code " + code + ", got " + describe(result);
    const QJsonValue message = body.value(QStringLiteral("error_msg"));
    if (!message.isString() || message.toString().size() < 2)
        return "error_msg missing or too short: " + describe(result);
    return {};
}

QByteArray nestedErrorProblem(const HttpResult &result, int status, const QByteArray &code)
{
    QByteArray problem = commonProblem(result, status);
    if (!problem.isEmpty())
        return problem;
    const QJsonValue error = result.json.object().value(QStringLiteral("error"));
    if (!error.isObject())
        return "expected a nested {\"error\":{...}} body: " + describe(result);
    const QJsonObject inner = error.toObject();
    if (inner.value(QStringLiteral("error_code")).toString().toUtf8() != code)
        return "expected error.error_code " + code + ", got " + describe(result);
    if (!inner.value(QStringLiteral("error_msg")).isString())
        return "error.error_msg missing: " + describe(result);
    return {};
}

QByteArray gatewayErrorProblem(const HttpResult &result, int status, const QByteArray &code)
{
    QByteArray problem = commonProblem(result, status);
    if (!problem.isEmpty())
        return problem;
    const QJsonObject body = result.json.object();
    if (body.value(QStringLiteral("error_code")).toString().toUtf8() != code)
        return "expected error_code " + code + ", got " + describe(result);
    if (!body.value(QStringLiteral("error_msg")).isString())
        return "error_msg missing: " + describe(result);
    const QString requestId = body.value(QStringLiteral("request_id")).toString();
    if (requestId.isEmpty())
        return "request_id missing from the gateway body: " + describe(result);
    if (requestId.toUtf8() != result.header("x-request-id"))
        return "request_id differs from X-Request-Id " + result.header("x-request-id") + ": "
               + describe(result);
    return {};
}

QByteArray iamErrorProblem(const HttpResult &result, int status)
{
    QByteArray problem = commonProblem(result, status);
    if (!problem.isEmpty())
        return problem;
    const QJsonValue error = result.json.object().value(QStringLiteral("error"));
    if (!error.isObject())
        return "expected an IAM {\"error\":{code,message,title}} body: " + describe(result);
    const QJsonObject inner = error.toObject();
    const QJsonValue code = inner.value(QStringLiteral("code"));
    const bool codeOk = (code.isDouble() && code.toInt() == status)
                        || (code.isString() && code.toString() == QString::number(status));
    if (!codeOk)
        return "error.code is not " + QByteArray::number(status) + ": " + describe(result);
    if (!inner.value(QStringLiteral("message")).isString()
        || !inner.value(QStringLiteral("title")).isString())
        return "error.message or error.title missing: " + describe(result);
    return {};
}

} // namespace keystage::test
