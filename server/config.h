// SPDX-License-Identifier: Apache-2.0
// Configuration of one csms-local instance (command line → Server).
#pragma once

#include <QString>

namespace csmslocal {

struct Config
{
    QString listenHost = QStringLiteral("127.0.0.1");
    quint16 listenPort = 0;
    QString dataFile = QStringLiteral(":memory:");
    QString projectId = QStringLiteral("2a0f4b1c7d3e4f5a8b9c0d1e2f3a4b5c");
    QString projectName = QStringLiteral("cn-north-4");
    QString accessKey = QStringLiteral("KSLOCALAK00000000001");
    QString secretKey = QStringLiteral("ksLocalSecretKey00000000000000000000000001");
    QString iamUser = QStringLiteral("sandbox-admin");
    QString iamPassword = QStringLiteral("sandbox-password");
    QString iamDomain = QStringLiteral("sandbox");
    int seedDemo = 0;
    int faultLatencyMs = 0;
    double fault429Rate = 0;
    double faultDropRate = 0;
    qint64 tokenTtlSeconds = 24 * 3600;
    qint64 maxBodyBytes = 1024 * 1024;
    // Huawei's error table lists a missing secret, version, stage or tag as 400 (CSMS.0106,
    // CSMS.0005); csms-local answers 404 with the same codes unless this is 400.
    int notFoundStatus = 404;
    // An invalid or expired X-Auth-Token: 401 APIG.0301 (gateway), or 400 CSMS.0301 when 400.
    int invalidTokenStatus = 401;
    // false: POST .../stages is absent, answered 404 APIGW.0101 like any unknown route (the SDKs
    // and Terraform create a stage with PUT .../stages/{name}).
    bool postStages = true;
};

} // namespace csmslocal
