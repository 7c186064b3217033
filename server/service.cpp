// SPDX-License-Identifier: Apache-2.0
#include "service.h"

#include "store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace csmslocal {

QString echoed(QStringView input)
{
    constexpr qsizetype limit = 64;
    if (input.size() <= limit)
        return input.toString();
    const qsizetype cut = input.at(limit - 1).isHighSurrogate() ? limit - 1 : limit;
    return input.first(cut).toString() + QChar(0x2026);
}

Service::Service(Store &store, std::function<qint64()> clock)
    : m_store(store)
    , m_clock(std::move(clock))
{}

qint64 Service::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

bool Service::isValidName(const QString &name)
{
    static const QRegularExpression re(
            QRegularExpression::anchoredPattern(QStringLiteral("[a-zA-Z0-9_-]{1,64}")));
    return re.match(name).hasMatch();
}

bool Service::isValidExistingName(const QString &name)
{
    static const QRegularExpression re(
            QRegularExpression::anchoredPattern(QStringLiteral("[a-zA-Z0-9_.-]{1,64}")));
    return re.match(name).hasMatch();
}

std::optional<SecretRecord> Service::findSecret(const QString &name, Outcome *error)
{
    if (!isValidExistingName(name)) {
        *error = Outcome::invalid(
                QStringLiteral("Invalid secret name: it must match ^[a-zA-Z0-9_-]{1,64}$."));
        return std::nullopt;
    }
    auto secret = m_store.secretByName(name);
    if (!secret) {
        *error = Outcome::error(404, QStringLiteral("CSMS.0106"),
                                QStringLiteral("The secret %1 does not exist.").arg(echoed(name)));
    }
    return secret;
}

std::optional<SecretRecord> Service::findSecretById(const QString &id, Outcome *error)
{
    static const QRegularExpression re(
            QRegularExpression::anchoredPattern(QStringLiteral("[0-9a-fA-F-]{36}")));
    if (!re.match(id).hasMatch()) {
        *error = Outcome::invalid(
                QStringLiteral("Invalid secret_id: a 36-character id is expected."));
        return std::nullopt;
    }
    auto secret = m_store.secretById(id);
    if (!secret) {
        *error = Outcome::error(404, QStringLiteral("CSMS.0106"),
                                QStringLiteral("No secret has the id %1.").arg(echoed(id)));
    }
    return secret;
}

Outcome Service::storeFailure() const
{
    return Outcome::error(500, QStringLiteral("CSMS.0001"),
                          QStringLiteral("The local store could not complete the request."));
}

Outcome Service::inTransaction(const std::function<Outcome()> &work)
{
    if (!m_store.begin())
        return storeFailure();
    Outcome outcome = work();
    if (outcome.isError()) {
        m_store.rollback();
        return outcome;
    }
    if (!m_store.commit()) {
        m_store.rollback();
        return storeFailure();
    }
    return outcome;
}

static QJsonValue optionalJson(const std::optional<qint64> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue(QJsonValue::Null);
}

QJsonObject Service::secretJson(const SecretRecord &s) const
{
    QJsonObject o{{QStringLiteral("id"), s.id},
                  {QStringLiteral("name"), s.name},
                  {QStringLiteral("state"), s.state},
                  {QStringLiteral("kms_key_id"), s.kmsKeyId},
                  {QStringLiteral("description"), s.description},
                  {QStringLiteral("create_time"), double(s.createTime)},
                  {QStringLiteral("update_time"), double(s.updateTime)},
                  {QStringLiteral("scheduled_delete_time"), optionalJson(s.scheduledDeleteTime)},
                  {QStringLiteral("secret_type"), s.secretType},
                  {QStringLiteral("auto_rotation"), s.autoRotation},
                  {QStringLiteral("event_subscriptions"),
                   QJsonArray::fromStringList(s.eventSubscriptions)},
                  {QStringLiteral("enterprise_project_id"), s.enterpriseProjectId}};
    if (!s.rotationPeriod.isEmpty())
        o.insert(QStringLiteral("rotation_period"), s.rotationPeriod);
    if (!s.rotationConfig.isEmpty())
        o.insert(QStringLiteral("rotation_config"), s.rotationConfig);
    if (s.rotationTime)
        o.insert(QStringLiteral("rotation_time"), double(*s.rotationTime));
    if (s.nextRotationTime)
        o.insert(QStringLiteral("next_rotation_time"), double(*s.nextRotationTime));
    if (!s.rotationFuncUrn.isEmpty())
        o.insert(QStringLiteral("rotation_func_urn"), s.rotationFuncUrn);
    return o;
}

QJsonObject Service::versionJson(const SecretRecord &secret, const VersionRecord &v,
                                 const QList<StageRecord> &stages) const
{
    QStringList names;
    for (const StageRecord &stage : stages) {
        if (stage.versionNumber == v.number)
            names << stage.name;
    }
    // Built-in stages first, then the custom ones by name.
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        const auto rank = [](const QString &n) {
            return n == QLatin1String("SYSCURRENT") ? 0 : n == QLatin1String("SYSPREVIOUS") ? 1 : 2;
        };
        return rank(a) != rank(b) ? rank(a) < rank(b) : a < b;
    });
    QJsonObject o{{QStringLiteral("id"), QStringLiteral("v%1").arg(v.number)},
                  {QStringLiteral("create_time"), double(v.createTime)},
                  {QStringLiteral("kms_key_id"), v.kmsKeyId},
                  {QStringLiteral("secret_name"), secret.name},
                  {QStringLiteral("version_stages"), QJsonArray::fromStringList(names)}};
    if (v.expireTime)
        o.insert(QStringLiteral("expire_time"), double(*v.expireTime));
    return o;
}

QJsonObject Service::stageJson(const SecretRecord &secret, const StageRecord &stage) const
{
    return QJsonObject{
            {QStringLiteral("name"), stage.name},
            {QStringLiteral("update_time"), double(stage.updateTime)},
            {QStringLiteral("secret_name"), secret.name},
            {QStringLiteral("version_id"), QStringLiteral("v%1").arg(stage.versionNumber)}};
}

Outcome Service::validateValue(const QJsonObject &body, VersionRecord *version) const
{
    const QJsonValue text = body.value(QStringLiteral("secret_string"));
    const QJsonValue binary = body.value(QStringLiteral("secret_binary"));
    const bool hasText = !text.isUndefined() && !text.isNull();
    const bool hasBinary = !binary.isUndefined() && !binary.isNull();
    if (hasText == hasBinary)
        return Outcome::invalid(
                QStringLiteral("Exactly one of secret_string and secret_binary must be set."));
    const QJsonValue value = hasText ? text : binary;
    const QString field
            = hasText ? QStringLiteral("secret_string") : QStringLiteral("secret_binary");
    if (!value.isString())
        return Outcome::invalid(QStringLiteral("Invalid %1: a string is expected.").arg(field));
    const QString s = value.toString();
    if (s.size() > maxValueLength)
        return Outcome::invalid(QStringLiteral("Invalid %1: at most %2 characters.")
                                        .arg(field)
                                        .arg(maxValueLength));
    if (hasBinary) {
        const auto decoded = QByteArray::fromBase64Encoding(
                s.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        bool ascii = true;
        for (const QChar c : s)
            ascii = ascii && c.unicode() < 128;
        if (!decoded || !ascii || s.size() % 4 != 0)
            return Outcome::invalid(QStringLiteral("Invalid secret_binary: Base64 is expected."));
    }
    version->value = s;
    version->binary = hasBinary;
    return {};
}

} // namespace csmslocal
