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

// Compares before and after and lists what a user must know, in a stable order.
QList<StageEffect> diff(const QList<VersionStages> &before, const QList<VersionStages> &after)
{
    QList<StageEffect> effects;
    const QString currentBefore = StageRules::holderOf(before, StageRules::current());
    const QString currentAfter = StageRules::holderOf(after, StageRules::current());
    if (currentBefore != currentAfter)
        effects.append({StageEffectKind::CurrentChanges, currentAfter, StageRules::current()});
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

StagePrediction predicted(const QList<VersionStages> &before, QList<VersionStages> after)
{
    StagePrediction p;
    p.effects = diff(before, after);
    p.after = std::move(after);
    return p;
}

void removeStage(QList<VersionStages> &versions, const QString &stage)
{
    for (VersionStages &v : versions)
        v.stages.removeAll(stage);
}

} // namespace

bool StageRules::isBuiltIn(const QString &stage)
{
    return stage == current() || stage == previous();
}

bool StageRules::isValidName(const QString &stage)
{
    static const QRegularExpression re(
            QRegularExpression::anchoredPattern(QStringLiteral("[a-zA-Z0-9_-]{1,64}")));
    return re.match(stage).hasMatch();
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

StagePrediction StageRules::predictMove(const QList<VersionStages> &versions, const QString &stage,
                                        const QString &to)
{
    if (!isValidName(stage))
        return refused(StageRefusal::InvalidName);
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
    return predicted(versions, std::move(after));
}

StagePrediction StageRules::predictCreate(const QList<VersionStages> &versions,
                                          const QString &stage, const QString &version)
{
    if (!isValidName(stage))
        return refused(StageRefusal::InvalidName);
    const int target = indexOfVersion(versions, version);
    if (target < 0)
        return refused(StageRefusal::UnknownVersion);
    if (!holderOf(versions, stage).isEmpty())
        return refused(StageRefusal::StageExists);
    if (stageCount(versions) >= MaxStages)
        return refused(StageRefusal::StageLimit);
    QList<VersionStages> after = versions;
    after[target].stages.append(stage);
    return predicted(versions, std::move(after));
}

StagePrediction StageRules::predictDelete(const QList<VersionStages> &versions,
                                          const QString &stage)
{
    if (isBuiltIn(stage))
        return refused(StageRefusal::BuiltInStage);
    if (!isValidName(stage))
        return refused(StageRefusal::InvalidName);
    if (holderOf(versions, stage).isEmpty())
        return refused(StageRefusal::UnknownStage);
    QList<VersionStages> after = versions;
    removeStage(after, stage);
    return predicted(versions, std::move(after));
}

StagePrediction StageRules::predictRollBack(const QList<VersionStages> &versions)
{
    const QString currentHolder = holderOf(versions, current());
    const QString previousHolder = holderOf(versions, previous());
    if (previousHolder.isEmpty() || currentHolder.isEmpty() || previousHolder == currentHolder)
        return refused(StageRefusal::NoPreviousVersion);
    QList<VersionStages> after = versions;
    removeStage(after, current());
    removeStage(after, previous());
    after[indexOfVersion(after, previousHolder)].stages.append(current());
    after[indexOfVersion(after, currentHolder)].stages.append(previous());
    return predicted(versions, std::move(after));
}

bool StagePrediction::isRisky() const
{
    for (const StageEffect &e : effects) {
        if (e.kind == StageEffectKind::CurrentChanges
            || e.kind == StageEffectKind::VersionDeprecated)
            return true;
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
        return StageRules::tr("The secret has %n versions, the limit: the next new version purges "
                              "the oldest deprecated one.",
                              nullptr, StageRules::MaxVersions);
    case StageEffectKind::StageLimitReached:
        return StageRules::tr(
                "The secret will hold %n stages, the limit: no new stage can be added.", nullptr,
                StageRules::MaxStages);
    }
    return {};
}

} // namespace keystage
