// SPDX-License-Identifier: Apache-2.0
// Service: secrets (list, create, show, update, delete, scheduled deletion, batch-delete).
#include "bodyreader.h"
#include "rotationconfig.h"
#include "service.h"
#include "store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace csmslocal {

namespace {

// Reads the metadata fields shared by create and update into secret.
// A KMS key id as the Secret answer patterns it: a lower-case UUID. csms-local has no KMS to
// resolve anything else (an alias, an upper-case id).
bool isKmsKeyId(const QString &id)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(
            QStringLiteral("[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}")));
    return re.match(id).hasMatch();
}

void readMetadata(BodyReader &in, SecretRecord &secret, qint64 now)
{
    if (const auto kms = in.string(QStringLiteral("kms_key_id"), 64)) {
        if (!isKmsKeyId(*kms))
            in.fail(QStringLiteral(
                    "Invalid kms_key_id: a KMS key id "
                    "(^[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}$) "
                    "is expected."));
        secret.kmsKeyId = *kms;
    }
    if (const auto d = in.string(QStringLiteral("description"))) {
        if (d->toUtf8().size() > Service::maxDescriptionBytes)
            in.fail(QStringLiteral("Invalid description: at most %1 bytes.")
                            .arg(Service::maxDescriptionBytes));
        secret.description = *d;
    }
    const auto period = in.string(QStringLiteral("rotation_period"), 50);
    if (period) {
        if (Service::rotationPeriodSeconds(*period) < 0)
            in.fail(QStringLiteral("Invalid rotation_period: <number><d|h|m|s> from 6h to 8760h "
                                   "is expected."));
        secret.rotationPeriod = *period;
    }
    const auto autoRotation = in.boolean(QStringLiteral("auto_rotation"));
    if (autoRotation)
        secret.autoRotation = *autoRotation;
    if (secret.autoRotation && secret.rotationPeriod.isEmpty())
        in.fail(QStringLiteral("rotation_period is required when auto_rotation is true."));
    // The next rotation is a period from when auto rotation or its period was last set, or from
    // the last rotation (rotateSecret); a change to anything else leaves it alone.
    if (period || autoRotation) {
        const qint64 seconds = Service::rotationPeriodSeconds(secret.rotationPeriod);
        if (secret.autoRotation && seconds > 0)
            secret.nextRotationTime = now + seconds * 1000;
        else
            secret.nextRotationTime.reset();
    }
    if (const auto events = in.stringList(QStringLiteral("event_subscriptions"))) {
        if (events->size() > 1)
            in.fail(QStringLiteral("Invalid event_subscriptions: at most 1 event."));
        // Items are 0 to 32 characters (an empty one subscribes to nothing and is dropped).
        secret.eventSubscriptions.clear();
        for (const QString &e : *events) {
            if (e.isEmpty())
                continue;
            if (e.size() > 32 || !Service::isValidName(e))
                in.fail(QStringLiteral("Invalid event name in event_subscriptions: at most 32 "
                                       "characters of ^[a-zA-Z0-9_-]$."));
            secret.eventSubscriptions << e;
        }
    }
    if (const auto urn = in.string(QStringLiteral("rotation_func_urn"), 1024))
        secret.rotationFuncUrn = *urn;
}

} // namespace

qint64 Service::rotationPeriodSeconds(const QString &period)
{
    // UpdateSecret's rotation_period: Integer[unit], unit d, h, m or s; 6 hours to 8,760 hours.
    static const QRegularExpression re(
            QRegularExpression::anchoredPattern(QStringLiteral("([0-9]{1,9})([dhms])")));
    const auto m = re.match(period);
    if (!m.hasMatch())
        return -1;
    const qint64 n = m.captured(1).toLongLong();
    const QChar unit = m.captured(2).at(0);
    const qint64 seconds = unit == QLatin1Char('d')   ? n * 86400
                           : unit == QLatin1Char('h') ? n * 3600
                           : unit == QLatin1Char('m') ? n * 60
                                                      : n;
    return seconds >= minRotationSeconds && seconds <= maxRotationSeconds ? seconds : -1;
}

Outcome Service::listSecrets(const QUrlQuery &query)
{
    int limit = 50;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 1000)
            return Outcome::invalid(QStringLiteral("Invalid limit: 1 to 1000 is expected."));
    }
    const QString marker = query.queryItemValue(QStringLiteral("marker"), QUrl::FullyDecoded);
    if (!marker.isEmpty() && !isValidExistingName(marker))
        return Outcome::invalid(QStringLiteral("Invalid marker: a secret name is expected."));
    const QString eventName
            = query.queryItemValue(QStringLiteral("event_name"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("event_name")) && !isValidName(eventName))
        return Outcome::invalid(QStringLiteral("Invalid event_name."));
    QList<SecretRecord> page = m_store.secrets(marker, limit + 1, eventName);
    const bool more = page.size() > limit;
    if (more)
        page.removeLast();
    QJsonArray items;
    for (const SecretRecord &s : page)
        items << secretJson(s);
    QJsonObject pageInfo{{QStringLiteral("current_count"), int(page.size())}};
    if (!page.isEmpty())
        pageInfo.insert(QStringLiteral("previous_marker"), page.first().name);
    if (more)
        pageInfo.insert(QStringLiteral("next_marker"), page.last().name);
    return Outcome::ok(
            {{QStringLiteral("secrets"), items}, {QStringLiteral("page_info"), pageInfo}});
}

Outcome Service::createSecret(const QJsonObject &body)
{
    BodyReader in(body);
    SecretRecord secret;
    const qint64 t = now();
    const auto name = in.string(QStringLiteral("name"));
    if (!in.failed() && (!name || !isValidName(*name)))
        in.fail(QStringLiteral("Invalid name: it must match ^[a-zA-Z0-9_-]{1,64}$."));
    secret.name = name.value_or(QString());
    secret.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    secret.kmsKeyId = defaultKmsKeyId();
    secret.createTime = secret.updateTime = t;
    readMetadata(in, secret, t);
    if (const auto type = in.string(QStringLiteral("secret_type"))) {
        static const QStringList types{QStringLiteral("COMMON"), QStringLiteral("RDS-FG"),
                                       QStringLiteral("GaussDB-FG")};
        if (!types.contains(*type))
            in.fail(QStringLiteral("Invalid secret_type: COMMON, RDS-FG or GaussDB-FG."));
        secret.secretType = *type;
    }
    // Stored and answered exactly as given: a JSON object text or Huawei's single-quoted form.
    std::optional<QHash<QString, QString>> config;
    if (const auto text = in.string(QStringLiteral("rotation_config"), 1024)) {
        config = parseRotationConfig(*text);
        if (!config)
            in.fail(QStringLiteral("Invalid rotation_config: {\"InstanceId\":\"...\","
                                   "\"SecretSubType\":\"SingleUser|MultiUser\"} is expected."));
        secret.rotationConfig = *text;
    }
    if (config && config->contains(QStringLiteral("SecretSubType"))) {
        const QString subType = config->value(QStringLiteral("SecretSubType"));
        if (subType != QLatin1String("SingleUser") && subType != QLatin1String("MultiUser"))
            in.fail(QStringLiteral("Invalid rotation_config: SecretSubType is SingleUser or "
                                   "MultiUser."));
    }
    if (secret.secretType != QLatin1String("COMMON")
        && (!config || config->value(QStringLiteral("InstanceId")).isEmpty()))
        in.fail(QStringLiteral("rotation_config with an InstanceId is required for %1.")
                        .arg(secret.secretType));
    if (const auto ep = in.string(QStringLiteral("enterprise_project_id"), 36)) {
        if (ep->isEmpty())
            in.fail(QStringLiteral("Invalid enterprise_project_id."));
        secret.enterpriseProjectId = *ep;
    }
    if (in.failed())
        return in.error();
    VersionRecord version;
    if (Outcome bad = validateValue(body, &version); bad.isError())
        return bad;
    version.number = 1;
    version.createTime = t;
    version.kmsKeyId = secret.kmsKeyId;
    secret.nextVersion = 2;
    return inTransaction([&]() -> Outcome {
        if (m_store.secretByName(secret.name))
            return Outcome::invalid(
                    QStringLiteral("A secret named %1 already exists.").arg(echoed(secret.name)));
        if (Outcome unknown = checkSubscriptions(secret); unknown.isError())
            return unknown;
        if (!m_store.insertSecret(secret) || !m_store.insertVersion(secret.id, version)
            || !m_store.setStage(secret.id, {QStringLiteral("SYSCURRENT"), 1, t}))
            return storeFailure();
        return Outcome::ok({{QStringLiteral("secret"), secretJson(secret)}});
    });
}

Outcome Service::showSecret(const QString &name)
{
    Outcome error;
    const auto secret = findSecret(name, &error);
    if (!secret)
        return error;
    return Outcome::ok({{QStringLiteral("secret"), secretJson(*secret)}});
}

Outcome Service::updateSecret(const QString &name, const QJsonObject &body)
{
    return inTransaction([&]() -> Outcome {
        Outcome error;
        auto secret = findSecret(name, &error);
        if (!secret)
            return error;
        if (secret->state == QLatin1String("PENDING_DELETE"))
            return Outcome::error(
                    400, QStringLiteral("CSMS.0103"),
                    QStringLiteral("The secret %1 is pending deletion.").arg(echoed(name)));
        BodyReader in(body);
        // UpdateSecretRequestBody has no rotation_config (set when the secret is created) and no
        // next_rotation_time (it follows from the period): refused rather than ignored, so that
        // a client never believes it changed them.
        for (const QString &field :
             {QStringLiteral("rotation_config"), QStringLiteral("next_rotation_time")}) {
            if (in.has(field))
                in.fail(QStringLiteral("%1 cannot be changed by UpdateSecret.").arg(field));
        }
        readMetadata(in, *secret, now());
        if (in.failed())
            return in.error();
        if (Outcome unknown = checkSubscriptions(*secret); unknown.isError())
            return unknown;
        secret->updateTime = now();
        if (!m_store.updateSecret(*secret))
            return storeFailure();
        return Outcome::ok({{QStringLiteral("secret"), secretJson(*secret)}});
    });
}

Outcome Service::deleteSecret(const QString &name)
{
    return inTransaction([&]() -> Outcome {
        Outcome error;
        const auto secret = findSecret(name, &error);
        if (!secret)
            return error;
        if (!m_store.deleteSecret(secret->id)
            || !notifySubscribers(*secret, QStringLiteral("SECRET_DELETED")))
            return storeFailure();
        return Outcome::empty(200);
    });
}

Outcome Service::scheduleDeletion(const QString &name, const QJsonObject &body)
{
    return inTransaction([&]() -> Outcome {
        Outcome error;
        auto secret = findSecret(name, &error);
        if (!secret)
            return error;
        BodyReader in(body);
        const auto days = in.integer(QStringLiteral("recovery_window_in_days"), 7, 30);
        if (!in.failed() && !days)
            in.fail(QStringLiteral("recovery_window_in_days (7 to 30) is required."));
        if (in.failed())
            return in.error();
        if (secret->state == QLatin1String("PENDING_DELETE"))
            return Outcome::error(
                    400, QStringLiteral("CSMS.0107"),
                    QStringLiteral("The secret %1 is already pending deletion.").arg(echoed(name)));
        secret->state = QStringLiteral("PENDING_DELETE");
        secret->updateTime = now();
        secret->scheduledDeleteTime = secret->updateTime + *days * 86400000LL;
        if (!m_store.updateSecret(*secret))
            return storeFailure();
        return Outcome::ok({{QStringLiteral("secret"), secretJson(*secret)}});
    });
}

Outcome Service::cancelDeletion(const QString &name)
{
    return inTransaction([&]() -> Outcome {
        Outcome error;
        auto secret = findSecret(name, &error);
        if (!secret)
            return error;
        if (secret->state != QLatin1String("PENDING_DELETE"))
            return Outcome::error(
                    400, QStringLiteral("CSMS.0108"),
                    QStringLiteral("The secret %1 is not pending deletion.").arg(echoed(name)));
        secret->state = QStringLiteral("ENABLED");
        secret->scheduledDeleteTime.reset();
        secret->updateTime = now();
        if (!m_store.updateSecret(*secret))
            return storeFailure();
        return Outcome::ok({{QStringLiteral("secret"), secretJson(*secret)}});
    });
}

int Service::purgeExpired()
{
    const QStringList ids = m_store.expiredPendingSecrets(now());
    if (ids.isEmpty() || !m_store.begin())
        return 0;
    for (const QString &id : ids) {
        const auto secret = m_store.secretById(id);
        if (!m_store.deleteSecret(id)
            || (secret && !notifySubscribers(*secret, QStringLiteral("SECRET_DELETED")))) {
            m_store.rollback();
            return 0;
        }
    }
    if (!m_store.commit()) {
        m_store.rollback();
        return 0;
    }
    return int(ids.size());
}

Outcome Service::batchDelete(const QJsonObject &body)
{
    BodyReader in(body);
    const QString instanceId = in.string(QStringLiteral("instance_id"), 128).value_or(QString());
    const QString instanceType = in.string(QStringLiteral("instance_type"), 64).value_or(QString());
    static const QStringList types{QStringLiteral("RDS"), QStringLiteral("TaurusDB"),
                                   QStringLiteral("GaussDB"), QStringLiteral("APIG")};
    if (!in.failed() && !instanceType.isEmpty() && !types.contains(instanceType))
        in.fail(QStringLiteral("Invalid instance_type: RDS, TaurusDB, GaussDB or APIG."));
    if (!in.failed() && instanceId.isEmpty() && instanceType.isEmpty())
        in.fail(QStringLiteral("instance_id or instance_type is required."));
    if (in.failed())
        return in.error();
    return inTransaction([&]() -> Outcome {
        QJsonArray deleted;
        QJsonArray failed;
        int total = 0;
        for (const SecretRecord &s : m_store.secretsWithInstances()) {
            // InstanceId from either form of rotation_config; the type from csms-local's own
            // InstanceType key or else from the secret type (GaussDB-FG holds a TaurusDB
            // account: SDK model_secret.go, the definitions' secret_type).
            const QHash<QString, QString> config
                    = parseRotationConfig(s.rotationConfig).value_or(QHash<QString, QString>());
            const QString id = config.value(QStringLiteral("InstanceId"));
            QString type = config.value(QStringLiteral("InstanceType"));
            if (type.isEmpty() && s.secretType == QLatin1String("RDS-FG"))
                type = QStringLiteral("RDS");
            if (type.isEmpty() && s.secretType == QLatin1String("GaussDB-FG"))
                type = QStringLiteral("TaurusDB");
            if (id.isEmpty() && type.isEmpty())
                continue;
            if ((!instanceId.isEmpty() && id != instanceId)
                || (!instanceType.isEmpty()
                    && type.compare(instanceType, Qt::CaseInsensitive) != 0))
                continue;
            ++total;
            if (s.state == QLatin1String("PENDING_DELETE")) {
                failed << QJsonObject{{QStringLiteral("secret_name"), s.name},
                                      {QStringLiteral("error_msg"),
                                       QStringLiteral("CSMS.0107: Secret is already in the "
                                                      "Pending deletion state.")}};
                continue;
            }
            if (!m_store.deleteSecret(s.id)
                || !notifySubscribers(s, QStringLiteral("SECRET_DELETED")))
                return storeFailure();
            deleted << s.name;
        }
        return Outcome::ok({{QStringLiteral("total"), total},
                            {QStringLiteral("success_secrets"), deleted},
                            {QStringLiteral("failed_secrets"), failed}});
    });
}

} // namespace csmslocal
