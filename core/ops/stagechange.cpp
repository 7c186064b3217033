// SPDX-License-Identifier: Apache-2.0
#include "core/ops/stagechange.h"

namespace keystage {

StageChange StageChange::inverse() const
{
    StageChange undo = *this;
    switch (kind) {
    case Kind::None:
        break;
    case Kind::Move:
    case Kind::RollBack:
        undo.from = to;
        undo.to = from;
        break;
    case Kind::Create:
        undo.kind = Kind::Delete;
        undo.from = to;
        undo.to.clear();
        break;
    case Kind::Delete:
        undo.kind = Kind::Create;
        undo.to = from;
        undo.from.clear();
        break;
    }
    return undo;
}

QString StageChange::describe() const
{
    switch (kind) {
    case Kind::None:
        return {};
    // The secret is named: Undo may act on a secret that is no longer the one on screen.
    case Kind::Move:
        return tr("Move stage %1 of %2 from %3 to %4").arg(stage, secretName, from, to);
    case Kind::Create:
        return tr("Add stage %1 to %2 of %3").arg(stage, to, secretName);
    case Kind::Delete:
        return tr("Delete stage %1 from %2 of %3").arg(stage, from, secretName);
    case Kind::RollBack:
        return tr("Roll back %1: make %2 current").arg(secretName, to);
    }
    return {};
}

StageRequest StageRequest::move(const QString &secret, const QString &stage, const QString &from,
                                const QString &to)
{
    StageRequest r;
    r.change = {StageChange::Kind::Move, secret, stage, from, to};
    return r;
}

StageRequest StageRequest::create(const QString &secret, const QString &stage,
                                  const QString &version)
{
    StageRequest r;
    r.change = {StageChange::Kind::Create, secret, stage, {}, version};
    return r;
}

StageRequest StageRequest::remove(const QString &secret, const QString &stage,
                                  const QString &holder)
{
    StageRequest r;
    r.change = {StageChange::Kind::Delete, secret, stage, holder, {}};
    return r;
}

StageRequest StageRequest::rollBack(const QString &secret, const QList<VersionStages> &versions)
{
    StageRequest r;
    r.change = {StageChange::Kind::RollBack, secret, StageRules::current(),
                StageRules::holderOf(versions, StageRules::current()),
                StageRules::holderOf(versions, StageRules::previous())};
    r.versions = versions;
    return r;
}

QList<VersionStages> toVersionStages(const QList<VersionMetadata> &versions)
{
    QList<VersionStages> out;
    out.reserve(versions.size());
    for (const VersionMetadata &v : versions)
        out.append({v.id, v.versionStages});
    return out;
}

SecretTraits toSecretTraits(const Secret &secret)
{
    SecretTraits traits;
    traits.state = secret.state;
    traits.type = secret.secretType;
    traits.autoRotation = secret.autoRotation;
    traits.rotationSubType = SecretTraits::subTypeOf(secret.rotationConfig);
    return traits;
}

} // namespace keystage
