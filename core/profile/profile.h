// SPDX-License-Identifier: Apache-2.0
// A connection profile: where and as whom Keystage connects. A plain value; never holds a secret
// (the SK, security token and IAM password live in a CredentialStore, see Credentials).
#pragma once

#include <QString>
#include <QUrl>

namespace keystage {

enum class AuthMethod {
    AkSk, // access key / secret key, SDK-HMAC-SHA256 signatures
    IamPassword, // IAM user + domain + password → X-Auth-Token
};

struct Profile
{
    QString id; // stable identifier (UUID without braces); key in settings and keychain
    QString displayName;
    QString region; // e.g. "cn-north-4"; may be empty when both endpoints are explicit
    QUrl csmsEndpoint; // explicit CSMS base URL (the sandbox); empty: from region
    QUrl iamEndpoint; // explicit IAM base URL; empty: from region
    QString projectId; // 32 hex characters; empty: looked up from IAM by region name
    AuthMethod authMethod = AuthMethod::AkSk;
    QString accessKey; // an identifier, not a secret
    QString iamUser;
    QString iamDomain;
    int pageSize = 200; // secrets per list call (1..1000)
    // Enterprise project new secrets are created in (CreateSecret enterprise_project_id, 1 to 36
    // characters); empty: the account has none, or the service's default.
    QString enterpriseProjectId;
    bool production = false; // the ui asks for extra confirmation on destructive actions
    bool sandbox = false; // the local csms-local sandbox profile

    // The region's CSMS endpoint from the SDK's table (RegionEndpoints) unless csmsEndpoint is set.
    QUrl effectiveCsmsEndpoint() const;
    // The region's IAM endpoint from the SDK's table, the global one for regions without one of
    // their own (RegionEndpoints), unless iamEndpoint is set.
    QUrl effectiveIamEndpoint() const;
    bool isValid() const; // an id, an endpoint, and the identity fields of its auth method

    // localhost, 127.0.0.0/8 or ::1: traffic to it never leaves this computer. The one place
    // that decides where plain http is harmless (the local sandbox).
    static bool isLoopbackHost(const QString &host);
    // An http:// address of another host: the password, tokens and secret values sent to it
    // would cross the network in clear text. False for https, loopback and empty addresses.
    static bool isUnencryptedRemote(const QUrl &endpoint);
};

// The secret half of a profile. Never written to QSettings, logs or error text.
struct Credentials
{
    QString secretKey; // AK/SK
    QString securityToken; // temporary AK/SK (STS), optional
    QString password; // IAM password

    bool isEmpty() const
    {
        return secretKey.isEmpty() && securityToken.isEmpty() && password.isEmpty();
    }
    // Overwrites the characters this object holds (where it owns them alone) and empties it.
    void wipe();
};

bool operator==(const Credentials &a, const Credentials &b);
inline bool operator!=(const Credentials &a, const Credentials &b)
{
    return !(a == b);
}

} // namespace keystage
