// SPDX-License-Identifier: Apache-2.0
#include "iam.h"

#include "akskverifier.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QTimeZone>

namespace csmslocal {

namespace {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
            .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'000Z'"));
}

QString hexId(const QString &seed)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Md5).toHex());
}

} // namespace

Iam::Iam(const Config &config, std::function<qint64()> clock)
    : m_config(config)
    , m_clock(std::move(clock))
{}

qint64 Iam::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

QString Iam::domainId() const
{
    return hexId(QStringLiteral("domain:") + m_config.iamDomain);
}

QString Iam::userId() const
{
    return hexId(QStringLiteral("user:") + m_config.iamDomain + QLatin1Char('/')
                 + m_config.iamUser);
}

QByteArray Iam::tokenKey() const
{
    const QByteArray material = m_config.secretKey.toUtf8() + '\0' + m_config.iamPassword.toUtf8()
                                + '\0' + m_config.projectId.toUtf8() + '\0'
                                + m_config.iamUser.toUtf8();
    return QCryptographicHash::hash("csms-local token key\0" + material,
                                    QCryptographicHash::Sha256);
}

QJsonObject Iam::errorBody(int code, const QString &title, const QString &message)
{
    return {{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                  {QStringLiteral("message"), message},
                                                  {QStringLiteral("title"), title}}}};
}

Iam::TokenOutcome Iam::issueToken(const QJsonObject &request)
{
    const auto bad = [](const QString &message) {
        return TokenOutcome{400, errorBody(400, QStringLiteral("Bad Request"), message), {}};
    };
    const auto unauthorized = [](const QString &message) {
        return TokenOutcome{401, errorBody(401, QStringLiteral("Unauthorized"), message), {}};
    };
    const QJsonObject auth = request.value(QStringLiteral("auth")).toObject();
    const QJsonObject identity = auth.value(QStringLiteral("identity")).toObject();
    const QJsonArray methods = identity.value(QStringLiteral("methods")).toArray();
    const QJsonObject user = identity.value(QStringLiteral("password"))
                                     .toObject()
                                     .value(QStringLiteral("user"))
                                     .toObject();
    const QJsonObject domain = user.value(QStringLiteral("domain")).toObject();
    const QJsonObject scope = auth.value(QStringLiteral("scope")).toObject();
    const QJsonObject project = scope.value(QStringLiteral("project")).toObject();
    if (methods != QJsonArray{QStringLiteral("password")})
        return bad(
                QStringLiteral("The request body is malformed: methods must be [\"password\"]."));
    if (!user.value(QStringLiteral("name")).isString()
        || !user.value(QStringLiteral("password")).isString()
        || (!domain.value(QStringLiteral("name")).isString()
            && !domain.value(QStringLiteral("id")).isString()))
        return bad(QStringLiteral("The request body is malformed: user name, password and "
                                  "domain are required."));
    if (project.isEmpty())
        return bad(QStringLiteral("The request body is malformed: a project scope is required."));
    const bool domainMatches
            = domain.contains(QStringLiteral("name"))
                      ? domain.value(QStringLiteral("name")).toString() == m_config.iamDomain
                      : domain.value(QStringLiteral("id")).toString() == domainId();
    const QByteArray given = user.value(QStringLiteral("password")).toString().toUtf8();
    const bool passwordMatches = AkSkVerifier::constantTimeEquals(
            QCryptographicHash::hash(given, QCryptographicHash::Sha256),
            QCryptographicHash::hash(m_config.iamPassword.toUtf8(), QCryptographicHash::Sha256));
    if (!domainMatches || user.value(QStringLiteral("name")).toString() != m_config.iamUser
        || !passwordMatches)
        return unauthorized(QStringLiteral("The username or password is wrong."));
    const bool projectMatches
            = project.contains(QStringLiteral("id"))
                      ? project.value(QStringLiteral("id")).toString() == m_config.projectId
                      : project.value(QStringLiteral("name")).toString() == m_config.projectName;
    if (!projectMatches)
        return unauthorized(QStringLiteral("The project in the scope does not exist or the user "
                                           "has no access to it."));

    const qint64 issued = now();
    const qint64 expires = issued + m_config.tokenTtlSeconds * 1000;
    const QByteArray payload
            = QJsonDocument(QJsonObject{{QStringLiteral("p"), m_config.projectId},
                                        {QStringLiteral("u"), m_config.iamUser},
                                        {QStringLiteral("e"), double(expires)},
                                        {QStringLiteral("n"),
                                         double(QRandomGenerator::global()->bounded(1 << 30))}})
                      .toJson(QJsonDocument::Compact);
    const QByteArray mac
            = QMessageAuthenticationCode::hash(payload, tokenKey(), QCryptographicHash::Sha256);
    const auto b64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    TokenOutcome out;
    out.token = "MIIks" + payload.toBase64(b64) + '.' + mac.toBase64(b64);
    const QJsonObject domainJson{{QStringLiteral("id"), domainId()},
                                 {QStringLiteral("name"), m_config.iamDomain}};
    out.body = {{QStringLiteral("token"),
                 QJsonObject{{QStringLiteral("expires_at"), isoTime(expires)},
                             {QStringLiteral("issued_at"), isoTime(issued)},
                             {QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                             {QStringLiteral("project"),
                              QJsonObject{{QStringLiteral("id"), m_config.projectId},
                                          {QStringLiteral("name"), m_config.projectName},
                                          {QStringLiteral("domain"), domainJson}}},
                             {QStringLiteral("user"),
                              QJsonObject{{QStringLiteral("id"), userId()},
                                          {QStringLiteral("name"), m_config.iamUser},
                                          {QStringLiteral("domain"), domainJson},
                                          {QStringLiteral("password_expires_at"), QString()}}},
                             {QStringLiteral("roles"),
                              QJsonArray{QJsonObject{
                                      {QStringLiteral("id"), hexId(QStringLiteral("te_admin"))},
                                      {QStringLiteral("name"), QStringLiteral("te_admin")}}}},
                             {QStringLiteral("catalog"), QJsonArray()}}}};
    return out;
}

bool Iam::verifyToken(const QByteArray &token, QString *reason) const
{
    const auto b64 = QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors;
    const QList<QByteArray> parts
            = token.startsWith("MIIks") ? token.mid(5).split('.') : QList<QByteArray>();
    const auto payload = parts.size() == 2 ? QByteArray::fromBase64Encoding(parts[0], b64)
                                           : QByteArray::FromBase64Result();
    const auto mac = parts.size() == 2 ? QByteArray::fromBase64Encoding(parts[1], b64)
                                       : QByteArray::FromBase64Result();
    if (!payload || !mac
        || !AkSkVerifier::constantTimeEquals(
                *mac, QMessageAuthenticationCode::hash(*payload, tokenKey(),
                                                       QCryptographicHash::Sha256))) {
        *reason = QStringLiteral("Incorrect IAM authentication information: the token is invalid.");
        return false;
    }
    const QJsonObject claims = QJsonDocument::fromJson(*payload).object();
    if (qint64(claims.value(QStringLiteral("e")).toDouble()) <= now()) {
        *reason = QStringLiteral("Incorrect IAM authentication information: token expires.");
        return false;
    }
    return claims.value(QStringLiteral("p")).toString() == m_config.projectId;
}

QJsonObject Iam::projects(const QString &nameFilter) const
{
    QJsonArray list;
    if (nameFilter.isEmpty() || nameFilter == m_config.projectName) {
        list << QJsonObject{{QStringLiteral("id"), m_config.projectId},
                            {QStringLiteral("name"), m_config.projectName},
                            {QStringLiteral("domain_id"), domainId()},
                            {QStringLiteral("parent_id"), domainId()},
                            {QStringLiteral("enabled"), true},
                            {QStringLiteral("is_domain"), false},
                            {QStringLiteral("description"), QString()}};
    }
    return {{QStringLiteral("projects"), list},
            {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), QString()},
                                                  {QStringLiteral("next"), QJsonValue()},
                                                  {QStringLiteral("previous"), QJsonValue()}}}};
}

} // namespace csmslocal
