// SPDX-License-Identifier: Apache-2.0
#include "core/ops/stagerules.h"

#include <QRegularExpression>

namespace keystage {

namespace {

int indexOfVersion(const QList<VersionStages> &versions, const QString &id)
{
    for (int i = 0; i < versions.size(); ++i) {
        if (versions.at(i).versionId == id)
            return i;
    }
    return -1;
}

StagePrediction refused(StageRefusal why)
{
    StagePrediction p;
    p.refusal = why;
    return p;
}

// What moving SYSCURRENT does to the database login of a rotated secret.
StageEffectKind loginEffect(const SecretTraits &secret)
{
    if (secret.rotationSubType.compare(QLatin1String("SingleUser"), Qt::CaseInsensitive) == 0)
        return StageEffectKind::LoginSingleUser;
    if (secret.rotationSubType.compare(QLatin1String("MultiUser"), Qt::CaseInsensitive) == 0)
        return StageEffectKind::LoginMultiUser;
    return StageEffectKind::LoginUnknown;
}

// Compares before and after and lists what a user must know, in a stable order.
QList<StageEffect> diff(const QList<VersionStages> &before, const QList<VersionStages> &after,
                        const SecretTraits &secret)
{
    QList<StageEffect> effects;
    const QString currentBefore = StageRules::holderOf(before, StageRules::current());
    const QString currentAfter = StageRules::holderOf(after, StageRules::current());
    if (currentBefore != currentAfter) {
        effects.append({StageEffectKind::CurrentChanges, currentAfter, StageRules::current()});
        if (secret.isRotated() && !currentAfter.isEmpty())
            effects.append({loginEffect(secret), currentAfter, StageRules::current()});
    }
    const QString previousBefore = StageRules::holderOf(before, StageRules::previous());
    const QString previousAfter = StageRules::holderOf(after, StageRules::previous());
    if (previousBefore != previousAfter)
        effects.append({StageEffectKind::PreviousChanges, previousAfter, StageRules::previous()});
    for (int i = 0; i < after.size(); ++i) {
        if (!after.at(i).stages.isEmpty() || before.at(i).stages.isEmpty())
            continue;
        effects.append({StageEffectKind::VersionDeprecated, after.at(i).versionId, {}});
        if (after.size() >= StageRules::MaxVersions)
            effects.append({StageEffectKind::VersionPurgeLikely, after.at(i).versionId, {}});
    }
    if (StageRules::stageCount(after) >= StageRules::MaxStages
        && StageRules::stageCount(before) < StageRules::MaxStages)
        effects.append({StageEffectKind::StageLimitReached, {}, {}});
    return effects;
}

StagePrediction predicted(const QList<VersionStages> &before, QList<VersionStages> after,
                          const SecretTraits &secret)
{
    StagePrediction p;
    p.effects = diff(before, after, secret);
    p.after = std::move(after);
    return p;
}

void removeStage(QList<VersionStages> &versions, const QString &stage)
{
    for (VersionStages &v : versions)
        v.stages.removeAll(stage);
}

} // namespace

bool SecretTraits::isRotated() const
{
    return autoRotation || type == QLatin1String("RDS-FG") || type == QLatin1String("GaussDB-FG");
}

QString SecretTraits::subTypeOf(const QString &rotationConfig)
{
    // {"SecretSubType":"MultiUser"} or {'SecretSubType':'MultiUser'}: the value, whichever quote.
    static const QRegularExpression re(
            QStringLiteral("[\"']SecretSubType[\"']\\s*:\\s*[\"']([A-Za-z]{1,32})[\"']"));
    const QRegularExpressionMatch m = re.match(rotationConfig);
    return m.hasMatch() ? m.captured(1) : QString();
}

bool StageRules::isBuiltIn(const QString &stage)
{
    return stage == current() || stage == previous();
}

bool StageRules::isSystem(const QString &stage)
{
    return stage == pending();
}

bool StageRules::isValidName(const QString &stage)
{
    static const QRegularExpression re(
            QRegularExpression::anchoredPattern(QStringLiteral("[a-zA-Z0-9_-]{1,64}")));
    return re.match(stage).hasMatch();
}

bool StageRules::isExistingName(const QString &stage)
{
    static const QRegularExpression re(
            QRegularExpression::anchoredPattern(QStringLiteral("[a-zA-Z0-9_.-]{1,64}")));
    return stage != QLatin1String(".") && stage != QLatin1String("..")
           && re.match(stage).hasMatch();
}

qint64 StageRules::versionNumber(const QString &id)
{
    bool ok = false;
    const qint64 n = id.mid(1).toLongLong(&ok);
    return id.startsWith(QLatin1Char('v')) && ok ? n : -1;
}

int StageRules::stageCount(const QList<VersionStages> &versions)
{
    QStringList all;
    for (const VersionStages &v : versions)
        all += v.stages;
    all.removeDuplicates();
    return int(all.size());
}

QString StageRules::holderOf(const QList<VersionStages> &versions, const QString &stage)
{
    for (const VersionStages &v : versions) {
        if (v.stages.contains(stage))
            return v.versionId;
    }
    return {};
}

StageRefusal StageRules::stateRefusal(const SecretTraits &secret, bool newVersion)
{
    if (secret.state == QLatin1String("PENDING_DELETE"))
        return StageRefusal::SecretPendingDeletion;
    if (secret.state == QLatin1String("FROZEN"))
        return StageRefusal::SecretFrozen;
    if (newVersion && secret.state == QLatin1String("DISABLED"))
        return StageRefusal::SecretDisabled;
    return StageRefusal::None;
}

StageRefusal StageRules::addStageRefusal(const QList<VersionStages> &versions,
                                         const SecretTraits &secret)
{
    if (const StageRefusal state = stateRefusal(secret); state != StageRefusal::None)
        return state;
    return stageCount(versions) >= MaxStages ? StageRefusal::StageLimit : StageRefusal::None;
}

StagePrediction StageRules::predictMove(const QList<VersionStages> &versions, const QString &stage,
                                        const QString &to, const SecretTraits &secret)
{
    if (const StageRefusal state = stateRefusal(secret); state != StageRefusal::None)
        return refused(state);
    if (!isExistingName(stage))
        return refused(StageRefusal::InvalidName);
    if (isSystem(stage))
        return refused(StageRefusal::SystemStage);
    const QString from = holderOf(versions, stage);
    if (from.isEmpty())
        return refused(StageRefusal::UnknownStage);
    const int target = indexOfVersion(versions, to);
    if (target < 0)
        return refused(StageRefusal::UnknownVersion);
    if (from == to)
        return refused(StageRefusal::AlreadyThere);
    QList<VersionStages> after = versions;
    removeStage(after, stage);
    after[target].stages.append(stage);
    return predicted(versions, std::move(after), secret);
}

StagePrediction StageRules::predictCreate(const QList<VersionStages> &versions,
                                          const QString &stage, const QString &version,
                                          const SecretTraits &secret)
{
    if (const StageRefusal state = stateRefusal(secret); state != StageRefusal::None)
        return refused(state);
    if (!isValidName(stage))
        return refused(StageRefusal::InvalidName);
    if (isSystem(stage))
        return refused(StageRefusal::SystemStage);
    const int target = indexOfVersion(versions, version);
    if (target < 0)
        return refused(StageRefusal::UnknownVersion);
    if (!holderOf(versions, stage).isEmpty())
        return refused(StageRefusal::StageExists);
    if (stageCount(versions) >= MaxStages)
        return refused(StageRefusal::StageLimit);
    QList<VersionStages> after = versions;
    after[target].stages.append(stage);
    return predicted(versions, std::move(after), secret);
}

StagePrediction StageRules::predictDelete(const QList<VersionStages> &versions,
                                          const QString &stage, const SecretTraits &secret)
{
    if (isBuiltIn(stage))
        return refused(StageRefusal::BuiltInStage);
    if (isSystem(stage))
        return refused(StageRefusal::SystemStage);
    if (const StageRefusal state = stateRefusal(secret); state != StageRefusal::None)
        return refused(state);
    if (!isExistingName(stage))
        return refused(StageRefusal::InvalidName);
    if (holderOf(versions, stage).isEmpty())
        return refused(StageRefusal::UnknownStage);
    QList<VersionStages> after = versions;
    removeStage(after, stage);
    return predicted(versions, std::move(after), secret);
}

StagePrediction StageRules::predictRollBack(const QList<VersionStages> &versions,
                                            const SecretTraits &secret)
{
    if (const StageRefusal state = stateRefusal(secret); state != StageRefusal::None)
        return refused(state);
    const QString currentHolder = holderOf(versions, current());
    const QString previousHolder = holderOf(versions, previous());
    if (previousHolder.isEmpty() || currentHolder.isEmpty() || previousHolder == currentHolder)
        return refused(StageRefusal::NoPreviousVersion);
    QList<VersionStages> after = versions;
    removeStage(after, current());
    removeStage(after, previous());
    after[indexOfVersion(after, previousHolder)].stages.append(current());
    after[indexOfVersion(after, currentHolder)].stages.append(previous());
    return predicted(versions, std::move(after), secret);
}

StagePrediction StageRules::predictNewVersion(const QList<VersionStages> &versions,
                                              const SecretTraits &secret)
{
    if (const StageRefusal state = stateRefusal(secret, true); state != StageRefusal::None)
        return refused(state);
    StagePrediction p;
    p.after = versions;
    if (versions.size() >= MaxVersions) {
        // The definitions only say versions without a stage "can be" deleted: name the
        // candidate, never promise what CSMS does.
        QString oldest;
        for (const VersionStages &v : versions) {
            if (v.stages.isEmpty()
                && (oldest.isEmpty() || versionNumber(v.versionId) < versionNumber(oldest)))
                oldest = v.versionId;
        }
        p.effects.append({StageEffectKind::VersionLimit, oldest, {}});
    }
    if (secret.isRotated())
        p.effects.append({StageEffectKind::NewValueNotInDatabase, {}, {}});
    return p;
}

bool StagePrediction::isRisky() const
{
    for (const StageEffect &e : effects) {
        switch (e.kind) {
        case StageEffectKind::CurrentChanges:
        case StageEffectKind::VersionDeprecated:
        case StageEffectKind::VersionLimit:
        case StageEffectKind::LoginSingleUser:
        case StageEffectKind::LoginMultiUser:
        case StageEffectKind::LoginUnknown:
        case StageEffectKind::NewValueNotInDatabase:
            return true;
        case StageEffectKind::PreviousChanges:
        case StageEffectKind::VersionPurgeLikely:
        case StageEffectKind::StageLimitReached:
            break;
        }
    }
    return false;
}

QString StagePrediction::refusalText() const
{
    return StageRules::refusalText(refusal);
}

QString StageRules::refusalText(StageRefusal refusal)
{
    switch (refusal) {
    case StageRefusal::None:
        return {};
    case StageRefusal::InvalidName:
        return tr("A stage name has 1 to 64 characters: letters, digits, '_' and '-'.");
    case StageRefusal::BuiltInStage:
        return tr("SYSCURRENT and SYSPREVIOUS are built in and cannot be deleted.");
    case StageRefusal::SystemStage:
        return tr("SYSPENDING belongs to rotation: only CSMS sets, moves and removes it.");
    case StageRefusal::UnknownStage:
        return tr("No version holds this stage.");
    case StageRefusal::UnknownVersion:
        return tr("The target version does not exist.");
    case StageRefusal::AlreadyThere:
        return tr("The stage already labels this version.");
    case StageRefusal::StageExists:
        return tr("The stage already exists; move it instead.");
    case StageRefusal::StageLimit:
        return tr("A secret can have at most %n stages, built-in stages included.", nullptr,
                  MaxStages);
    case StageRefusal::NoPreviousVersion:
        return tr("There is no previous version to roll back to.");
    case StageRefusal::SecretPendingDeletion:
        return tr("The secret is pending deletion: CSMS refuses every change until it is "
                  "restored (CSMS.0103).");
    case StageRefusal::SecretFrozen:
        return tr("The secret is frozen: CSMS refuses every change to it.");
    case StageRefusal::SecretDisabled:
        return tr("The secret is disabled: CSMS adds new versions only to enabled secrets.");
    }
    return {};
}

QString StageEffect::describe() const
{
    switch (kind) {
    case StageEffectKind::CurrentChanges:
        return StageRules::tr("SYSCURRENT moves to %1: applications reading the current value will "
                              "get this version.")
                .arg(versionId);
    case StageEffectKind::PreviousChanges:
        return versionId.isEmpty()
                       ? StageRules::tr("No version will hold SYSPREVIOUS.")
                       : StageRules::tr("SYSPREVIOUS moves to %1: the rollback target changes.")
                                 .arg(versionId);
    case StageEffectKind::VersionDeprecated:
        return StageRules::tr("%1 keeps no stage and becomes deprecated: CSMS may purge it.")
                .arg(versionId);
    case StageEffectKind::VersionPurgeLikely:
        return StageRules::tr("The secret has %n versions, the limit: on the next new version CSMS "
                              "may purge the oldest version without a stage, or may refuse the new "
                              "version.",
                              nullptr, StageRules::MaxVersions);
    case StageEffectKind::StageLimitReached:
        return StageRules::tr(
                "The secret will hold %n stages, the limit: no new stage can be added.", nullptr,
                StageRules::MaxStages);
    case StageEffectKind::VersionLimit:
        return versionId.isEmpty()
                       ? StageRules::tr("The secret has %n versions, the limit, and every version "
                                        "holds a stage: CSMS may refuse the new version.",
                                        nullptr, StageRules::MaxVersions)
                       : StageRules::tr("The secret has %n versions, the limit: CSMS may purge "
                                        "the oldest unstaged version (%1), or may refuse the new "
                                        "version.",
                                        nullptr, StageRules::MaxVersions)
                                 .arg(versionId);
    case StageEffectKind::LoginSingleUser:
        return StageRules::tr("Rotated database secret (SingleUser): each rotation reset the "
                              "database password, so %1 may hold a password the database no "
                              "longer accepts. Applications reading SYSCURRENT may fail to log in.")
                .arg(versionId);
    case StageEffectKind::LoginMultiUser:
        return StageRules::tr("Rotated database secret (MultiUser): rotation alternates two "
                              "database users through SYSPENDING, and a later rotation may have "
                              "changed the password in %1. Applications reading SYSCURRENT may "
                              "fail to log in.")
                .arg(versionId);
    case StageEffectKind::LoginUnknown:
        return StageRules::tr("Rotated secret: %1 may hold a database password that a later "
                              "rotation replaced. Applications reading SYSCURRENT may fail to log "
                              "in.")
                .arg(versionId);
    case StageEffectKind::NewValueNotInDatabase:
        return StageRules::tr("Rotated database secret: CSMS does not set this value in the "
                              "database. Once it is SYSCURRENT, applications log in with it, and "
                              "the database accepts it only if you set the same password there.");
    }
    return {};
}

} // namespace keystage
