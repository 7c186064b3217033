// SPDX-License-Identifier: Apache-2.0
// Iam: the sandbox's IAM endpoint. Issues password tokens (POST /v3/auth/tokens) and verifies
// them. Tokens are self-contained and HMAC-protected with a key derived from the configured
// credentials, so they survive a restart of csms-local and die when the credentials change.
#pragma once

#include "config.h"

#include <QByteArray>
#include <QJsonObject>
#include <functional>

namespace csmslocal {

class Iam
{
public:
    struct TokenOutcome
    {
        int status = 201;
        QJsonObject body; // token body, or the IAM error shape {"error":{code,message,title}}
        QByteArray token; // X-Subject-Token when status is 201
    };

    explicit Iam(const Config &config, std::function<qint64()> clock = {});

    TokenOutcome issueToken(const QJsonObject &request);
    // True when token was issued by this server for its project and has not expired.
    bool verifyToken(const QByteArray &token, QString *reason) const;
    QJsonObject projects(const QString &nameFilter) const; // GET /v3/projects?name=
    static QJsonObject errorBody(int code, const QString &title, const QString &message);
    QString domainId() const;
    QString userId() const;

private:
    qint64 now() const;
    QByteArray tokenKey() const;

    Config m_config;
    std::function<qint64()> m_clock;
};

} // namespace csmslocal
