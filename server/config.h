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
};

} // namespace csmslocal
