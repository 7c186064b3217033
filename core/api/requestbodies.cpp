// SPDX-License-Identifier: Apache-2.0
// Encoding of request bodies (codecs.h). Compact JSON; only the fields that are set are sent.
#include "core/api/codecs.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace keystage::codec {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void putIfSet(QJsonObject &o, const char *name, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(name), value);
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject tagObject(const Tag &tag)
{
    return QJsonObject{{QStringLiteral("key"), tag.key}, {QStringLiteral("value"), tag.value}};
}

} // namespace

QByteArray toJson(const CreateSecretRequest &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), r.name);
    if (r.secretString)
        o.insert(QStringLiteral("secret_string"), *r.secretString);
    if (r.secretBinary)
        o.insert(QStringLiteral("secret_binary"), QString::fromLatin1(*r.secretBinary));
    putIfSet(o, "kms_key_id", r.kmsKeyId);
    putIfSet(o, "description", r.description);
    putIfSet(o, "secret_type", r.secretType);
    if (r.autoRotation)
        o.insert(QStringLiteral("auto_rotation"), *r.autoRotation);
    putIfSet(o, "rotation_period", r.rotationPeriod);
    putIfSet(o, "rotation_config", r.rotationConfig);
    if (!r.eventSubscriptions.isEmpty())
        o.insert(QStringLiteral("event_subscriptions"), toArray(r.eventSubscriptions));
    putIfSet(o, "enterprise_project_id", r.enterpriseProjectId);
    return compact(o);
}

QByteArray toJson(const UpdateSecretRequest &r)
{
    QJsonObject o;
    if (r.kmsKeyId)
        o.insert(QStringLiteral("kms_key_id"), *r.kmsKeyId);
    if (r.description)
        o.insert(QStringLiteral("description"), *r.description);
    if (r.autoRotation)
        o.insert(QStringLiteral("auto_rotation"), *r.autoRotation);
    if (r.rotationPeriod)
        o.insert(QStringLiteral("rotation_period"), *r.rotationPeriod);
    if (r.eventSubscriptions)
        o.insert(QStringLiteral("event_subscriptions"), toArray(*r.eventSubscriptions));
    if (r.rotationFuncUrn)
        o.insert(QStringLiteral("rotation_func_urn"), *r.rotationFuncUrn);
    return compact(o);
}

QByteArray toJson(const CreateVersionRequest &r)
{
    QJsonObject o;
    if (r.secretString)
        o.insert(QStringLiteral("secret_string"), *r.secretString);
    if (r.secretBinary)
        o.insert(QStringLiteral("secret_binary"), QString::fromLatin1(*r.secretBinary));
    if (!r.versionStages.isEmpty())
        o.insert(QStringLiteral("version_stages"), toArray(r.versionStages));
    if (r.expireTime)
        o.insert(QStringLiteral("expire_time"), *r.expireTime);
    return compact(o);
}

QByteArray scheduleDeletionBody(int recoveryWindowDays)
{
    return compact({{QStringLiteral("recovery_window_in_days"), recoveryWindowDays}});
}

QByteArray stageBody(const QString &versionId, const QString &name)
{
    QJsonObject o;
    putIfSet(o, "name", name);
    o.insert(QStringLiteral("version_id"), versionId);
    return compact(o);
}

QByteArray versionExpiryBody(qint64 expireTimeMs)
{
    return compact({{QStringLiteral("expire_time"), expireTimeMs}});
}

QByteArray batchDeleteBody(const QString &instanceId, const QString &instanceType)
{
    QJsonObject o;
    putIfSet(o, "instance_id", instanceId);
    putIfSet(o, "instance_type", instanceType);
    return compact(o);
}

QByteArray tagBody(const Tag &tag)
{
    return compact({{QStringLiteral("tag"), tagObject(tag)}});
}

QByteArray tagActionBody(TagAction action, const QList<Tag> &tags)
{
    QJsonArray items;
    for (const Tag &tag : tags) {
        // A delete may name keys only.
        if (action == TagAction::Delete && tag.value.isEmpty())
            items.append(QJsonObject{{QStringLiteral("key"), tag.key}});
        else
            items.append(tagObject(tag));
    }
    return compact(
            {{QStringLiteral("action"),
              action == TagAction::Create ? QStringLiteral("create") : QStringLiteral("delete")},
             {QStringLiteral("tags"), items}});
}

QByteArray resourceFilterBody(const ResourceFilter &f, bool count)
{
    QJsonObject o;
    o.insert(QStringLiteral("action"), count ? QStringLiteral("count") : QStringLiteral("filter"));
    if (!count) {
        o.insert(QStringLiteral("limit"), QString::number(qBound(1, f.limit, 1000)));
        o.insert(QStringLiteral("offset"), QString::number(qMax(0, f.offset)));
    }
    QJsonArray tags;
    for (const TagValues &t : f.tags)
        tags.append(QJsonObject{{QStringLiteral("key"), t.key},
                                {QStringLiteral("values"), toArray(t.values)}});
    o.insert(QStringLiteral("tags"), tags);
    if (!f.nameMatch.isEmpty()) {
        o.insert(QStringLiteral("matches"),
                 QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("resource_name")},
                                        {QStringLiteral("value"), f.nameMatch}}});
    }
    return compact(o);
}

QByteArray iamPasswordTokenBody(const QString &domain, const QString &user, const QString &password,
                                const QString &projectId, const QString &projectName)
{
    const QJsonObject userObject{
            {QStringLiteral("domain"), QJsonObject{{QStringLiteral("name"), domain}}},
            {QStringLiteral("name"), user},
            {QStringLiteral("password"), password}};
    const QJsonObject identity{
            {QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
            {QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), userObject}}}};
    const QJsonObject project = projectId.isEmpty()
                                        ? QJsonObject{{QStringLiteral("name"), projectName}}
                                        : QJsonObject{{QStringLiteral("id"), projectId}};
    const QJsonObject auth{
            {QStringLiteral("identity"), identity},
            {QStringLiteral("scope"), QJsonObject{{QStringLiteral("project"), project}}}};
    return compact({{QStringLiteral("auth"), auth}});
}

} // namespace keystage::codec
