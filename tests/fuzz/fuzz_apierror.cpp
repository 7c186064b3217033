// SPDX-License-Identifier: Apache-2.0
// ApiError::fromHttp on any status and body (every error shape of csms-api.md 3.1, or garbage).
// Input: two bytes of status (100..599), one byte of request id length, the request id (the
// X-Request-Id header; may be empty), then the body. What must hold:
// - the kind follows the status where the code does not say otherwise (5xx with no code: Server;
//   404: NotFound; 429: RateLimited unless a quota code), and the same input gives the same error;
// - the message is non-empty, one line, and quotes no value of the body except the server's own
//   message (error_msg / message), which is one line of at most 301 characters (quotable() in
//   fuzzcommon.h says which values could only appear by being quoted);
// - the code is at most 64 characters, a request id taken from the body at most 128.
#include "fuzzcommon.h"

#include "core/api/apierror.h"

using namespace keystage;
using namespace keystage::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    const int status = 100 + (data[0] << 8 | data[1]) % 500;
    const size_t idLength = qMin<size_t>(data[2], size - 3);
    const QString requestId = QString::fromLatin1(bytesOf(data + 3, idLength));
    const QByteArray body = bytesOf(data + 3 + idLength, size - 3 - idLength);
    const ErrorSubject subject{QStringLiteral("fz-secret"), QStringLiteral("v7"),
                               QStringLiteral("FZSTAGE"), QStringLiteral("fz-tag"),
                               QStringLiteral("fz-event")};

    const ApiError error = ApiError::fromHttp(status, body, requestId, subject);
    const ApiError again = ApiError::fromHttp(status, body, requestId, subject);
    const QByteArray where = "status " + QByteArray::number(status) + ", body " + printable(body);
    FUZZ_CHECK(error.kind == again.kind && error.message == again.message
                       && error.code == again.code && error.requestId == again.requestId,
               where);
    FUZZ_CHECK(error.httpStatus == status, where);
    FUZZ_CHECK(!error.message.isEmpty() && !error.message.contains(QLatin1Char('\n')), where);
    FUZZ_CHECK(error.code.size() <= 64, where);
    FUZZ_CHECK(error.serverMessage.size() <= 301
                       && !error.serverMessage.contains(QLatin1Char('\n')),
               where);
    if (requestId.isEmpty())
        FUZZ_CHECK(error.requestId.size() <= 128, where);
    else
        FUZZ_CHECK(error.requestId == requestId, where);
    const bool quotaCode = error.code == QLatin1String("CSMS.0202")
                           || error.code == QLatin1String("CSMS.0203")
                           || error.code == QLatin1String("CSMS.0204");
    // Codes that decide the kind whatever the status (Huawei's definitions, issue 15): the
    // gateway's (APIG.* / APIGW.*: credentials, throttling, a route that does not exist), not found
    // (CSMS.0005, CSMS.0106) and an invalid token (CSMS.0301).
    const bool gatewayCode = error.code.startsWith(QLatin1String("APIG."))
                             || error.code.startsWith(QLatin1String("APIGW."));
    const bool codeDecides = quotaCode || gatewayCode || error.code == QLatin1String("CSMS.0005")
                             || error.code == QLatin1String("CSMS.0106")
                             || error.code == QLatin1String("CSMS.0301");
    if (status == 404 && !codeDecides)
        FUZZ_CHECK(error.kind == ApiError::Kind::NotFound, where);
    if (status == 429 && !codeDecides)
        FUZZ_CHECK(error.kind == ApiError::Kind::RateLimited, where);
    if (error.code == QLatin1String("CSMS.0005") || error.code == QLatin1String("CSMS.0106"))
        FUZZ_CHECK(error.kind == ApiError::Kind::NotFound || status >= 500 || status < 400, where);
    if (status >= 500 && error.code.isEmpty())
        FUZZ_CHECK(error.kind == ApiError::Kind::Server, where);
    if (error.kind == ApiError::Kind::Server)
        FUZZ_CHECK(status >= 500, where);

    QStringList strings;
    collectStrings(documentValue(body), strings);
    for (const QString &value : std::as_const(strings)) {
        const QString plain = value.simplified();
        if (!quotable(plain) || error.serverMessage.contains(plain))
            continue;
        FUZZ_CHECK(!error.message.contains(plain),
                   "the message quotes a value of the body: " + printable(error.message));
    }
    FUZZ_CHECK(!error.summary().isEmpty(), where);
    return 0;
}
