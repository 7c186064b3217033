// SPDX-License-Identifier: Apache-2.0
// Test harness addition: checks of CSMS response shapes (csms-api.md section 3 and Decisions).
// Each returns an empty text when the response matches, otherwise what is wrong (for QVERIFY2).
#pragma once

#include "csmslocal.h"

#include <QByteArray>

namespace keystage::test {

// Flat `{"error_code","error_msg"}` (secrets, versions, stages, batch-delete).
QByteArray flatErrorProblem(const HttpResult &result, int status, const QByteArray &code);
// Nested `{"error":{"error_code","error_msg"}}` (tags, resource instances).
QByteArray nestedErrorProblem(const HttpResult &result, int status, const QByteArray &code);
// Gateway `{"error_code":"APIG.xxxx","error_msg","request_id"}`; request_id == X-Request-Id.
QByteArray gatewayErrorProblem(const HttpResult &result, int status, const QByteArray &code);
// IAM `{"error":{"code","message","title"}}`.
QByteArray iamErrorProblem(const HttpResult &result, int status);
// Status only, with a description of the response on mismatch.
QByteArray statusProblem(const HttpResult &result, int status);

} // namespace keystage::test

#define KS_VERIFY_OK(problem) \
    do { \
        const QByteArray ksProblem_ = (problem); \
        QVERIFY2(ksProblem_.isEmpty(), ksProblem_.constData()); \
    } while (false)
#define KS_VERIFY_STATUS(result, status) KS_VERIFY_OK(keystage::test::statusProblem(result, status))
#define KS_VERIFY_FLAT(result, status, code) \
    KS_VERIFY_OK(keystage::test::flatErrorProblem(result, status, code))
#define KS_VERIFY_NESTED(result, status, code) \
    KS_VERIFY_OK(keystage::test::nestedErrorProblem(result, status, code))
#define KS_VERIFY_GATEWAY(result, status, code) \
    KS_VERIFY_OK(keystage::test::gatewayErrorProblem(result, status, code))
