// SPDX-License-Identifier: Apache-2.0
#include "core/ops/secretassociation.h"

#include "common/looseobject.h"
#include "core/api/csmstypes.h"

namespace keystage {

namespace {

const QString instanceIdKey = QStringLiteral("InstanceId");
const QString instanceTypeKey = QStringLiteral("InstanceType");
const QString subTypeKey = QStringLiteral("SecretSubType");

} // namespace

RotationConfig RotationConfig::parse(const QString &text)
{
    RotationConfig config;
    if (text.trimmed().isEmpty())
        return config;
    const std::optional<loosejson::Object> object = loosejson::readObject(text);
    if (!object) {
        config.reading = Reading::Unreadable;
        return config;
    }
    // Text values only: a key of another type is as good as absent.
    const auto stringAt = [&](const QString &key) {
        const loosejson::Value value = object->value(key);
        return value.isString() ? value.text : QString();
    };
    config.instanceId = stringAt(instanceIdKey);
    config.instanceType = stringAt(instanceTypeKey);
    config.subType = stringAt(subTypeKey);
    config.reading = Reading::Read;
    return config;
}

SecretAssociation SecretAssociation::of(const Secret &secret)
{
    SecretAssociation a;
    const RotationConfig config = RotationConfig::parse(secret.rotationConfig);
    a.m_unknown = config.reading == RotationConfig::Reading::Unreadable;
    a.m_instanceId = config.instanceId.trimmed();
    a.m_subType = config.subType;
    a.m_instanceType = config.instanceType.trimmed();
    if (a.m_instanceType.isEmpty())
        a.m_instanceType = instanceTypeOf(secret.secretType);
    return a;
}

QString SecretAssociation::instanceTypeOf(const QString &secretType)
{
    if (secretType.compare(QLatin1String("RDS-FG"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("RDS");
    if (secretType.compare(QLatin1String("GaussDB-FG"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("TaurusDB");
    return {};
}

QString SecretAssociation::secretTypeLabel(const QString &secretType)
{
    if (secretType.isEmpty())
        return QStringLiteral("COMMON");
    if (secretType.compare(QLatin1String("GaussDB-FG"), Qt::CaseInsensitive) == 0)
        return tr("TaurusDB (%1)").arg(secretType);
    return secretType;
}

QStringList SecretAssociation::instanceTypes()
{
    return {QStringLiteral("RDS"), QStringLiteral("TaurusDB"), QStringLiteral("GaussDB"),
            QStringLiteral("APIG")};
}

bool SecretAssociation::matches(const QString &instanceId, const QString &instanceType) const
{
    if (instanceId.isEmpty() && instanceType.isEmpty())
        return false;
    if (!isAssociated())
        return false;
    if (!instanceId.isEmpty() && m_instanceId != instanceId)
        return false;
    if (!instanceType.isEmpty() && m_instanceType.compare(instanceType, Qt::CaseInsensitive) != 0)
        return false;
    return true;
}

QString SecretAssociation::describe() const
{
    if (m_unknown) {
        return m_instanceType.isEmpty()
                       ? tr("unknown (the rotation configuration could not be read)")
                       : tr("%1, instance unknown (the rotation configuration could not be read)")
                                 .arg(m_instanceType);
    }
    if (!isAssociated())
        return tr("none");
    if (m_instanceId.isEmpty())
        return tr("%1 (no instance id)").arg(m_instanceType);
    if (m_instanceType.isEmpty())
        return m_instanceId;
    return tr("%1 instance %2").arg(m_instanceType, m_instanceId);
}

} // namespace keystage
