// SPDX-License-Identifier: Apache-2.0
#include "core/plan/stageplan.h"

#include <QHash>
#include <QSet>

namespace keystage {

namespace {

StagePrediction predict(const StageChange &change, const QList<VersionStages> &versions,
                        const SecretTraits &traits)
{
    switch (change.kind) {
    case StageChange::Kind::Move:
        return StageRules::predictMove(versions, change.stage, change.to, traits);
    case StageChange::Kind::Create:
        return StageRules::predictCreate(versions, change.stage, change.to, traits);
    case StageChange::Kind::Delete:
        return StageRules::predictDelete(versions, change.stage, traits);
    case StageChange::Kind::RollBack:
        return StageRules::predictRollBack(versions, traits);
    case StageChange::Kind::None:
        break;
    }
    StagePrediction nothing;
    nothing.refusal = StageRefusal::UnknownStage;
    return nothing;
}

PlanRow baseRow(const QString &secretName, const QList<VersionMetadata> &versions,
                const SecretTraits &traits)
{
    PlanRow row;
    row.secretName = secretName;
    row.versions = versions;
    row.traits = traits;
    return row;
}

PlanRow nothing(PlanRow row, const QString &reason)
{
    row.status = PlanRow::Status::NothingToDo;
    row.reason = reason;
    return row;
}

PlanRow cannot(PlanRow row, const QString &reason)
{
    row.status = PlanRow::Status::CannotDo;
    row.reason = reason;
    return row;
}

} // namespace

QString PlanOperation::describe() const
{
    switch (kind) {
    case Kind::Promote:
        return tr("Promote %1 to the newest version").arg(stage);
    case Kind::MoveToHolder:
        return tr("Move %1 to the version that holds %2").arg(stage, reference);
    case Kind::RollBack:
        return tr("Roll back (SYSCURRENT and SYSPREVIOUS swap)");
    case Kind::DeleteStage:
        return tr("Delete stage %1").arg(stage);
    case Kind::AddStage:
        return tr("Add stage %1 to the newest version").arg(stage);
    case Kind::Inverse:
        return tr("Undo a stage plan");
    }
    return {};
}

bool PlanRow::isRisky() const
{
    StagePrediction p;
    p.effects = effects;
    return p.isRisky();
}

QStringList PlanRow::riskTexts() const
{
    QStringList out;
    for (const StageEffect &e : effects)
        out.append(e.describe());
    return out;
}

QString PlanRow::holderOf(const QString &stage) const
{
    for (const VersionMetadata &v : versions) {
        if (v.versionStages.contains(stage))
            return v.id;
    }
    return {};
}

qint64 PlanRow::holderCreateTime(const QString &stage) const
{
    for (const VersionMetadata &v : versions) {
        if (v.versionStages.contains(stage))
            return v.createTime;
    }
    return 0;
}

int StagePlan::count(PlanRow::Status status) const
{
    int n = 0;
    for (const PlanRow &row : rows)
        n += row.status == status ? 1 : 0;
    return n;
}

int StagePlan::riskyCount() const
{
    int n = 0;
    for (const PlanRow &row : rows)
        n += row.isPlanned() && row.isRisky() ? 1 : 0;
    return n;
}

QStringList StagePlan::plannedSecrets() const
{
    QStringList names;
    for (const PlanRow &row : rows) {
        if (row.isPlanned())
            names.append(row.secretName);
    }
    return names;
}

QString StagePlanner::newestVersion(const QList<VersionMetadata> &versions)
{
    const VersionMetadata *best = nullptr;
    for (const VersionMetadata &v : versions) {
        if (!best)
            best = &v;
        const qint64 n = StageRules::versionNumber(v.id), b = StageRules::versionNumber(best->id);
        if (n > b || (n == b && v.createTime > best->createTime))
            best = &v;
    }
    return best ? best->id : QString();
}

QList<PlannedMove> StagePlanner::movesBetween(const QList<VersionStages> &before,
                                              const QList<VersionStages> &after)
{
    QStringList stages;
    for (const VersionStages &v : before + after)
        stages += v.stages;
    stages.removeDuplicates();
    // The built-in stages first, then the others by name: stable rows for a reader and a diff.
    std::sort(stages.begin(), stages.end(), [](const QString &a, const QString &b) {
        const bool ba = StageRules::isBuiltIn(a), bb = StageRules::isBuiltIn(b);
        if (ba != bb)
            return ba;
        return ba ? a == StageRules::current() && b != StageRules::current() : a < b;
    });
    QList<PlannedMove> moves;
    for (const QString &stage : std::as_const(stages)) {
        const QString from = StageRules::holderOf(before, stage);
        const QString to = StageRules::holderOf(after, stage);
        if (from != to)
            moves.append({stage, from, to});
    }
    return moves;
}

bool StagePlanner::sameState(const QList<VersionMetadata> &a, const QList<VersionMetadata> &b)
{
    if (a.size() != b.size())
        return false;
    QHash<QString, QSet<QString>> stagesOf;
    for (const VersionMetadata &v : a) {
        const QSet<QString> stages(v.versionStages.cbegin(), v.versionStages.cend());
        stagesOf.insert(v.id, stages);
    }
    for (const VersionMetadata &v : b) {
        const auto it = stagesOf.constFind(v.id);
        if (it == stagesOf.cend())
            return false;
        const QSet<QString> stages(v.versionStages.cbegin(), v.versionStages.cend());
        if (*it != stages)
            return false;
    }
    return true;
}

QList<VersionMetadata> StagePlanner::predictedAfter(const StageChange &change,
                                                    const QList<VersionMetadata> &versions,
                                                    const SecretTraits &traits)
{
    const StagePrediction p = predict(change, toVersionStages(versions), traits);
    if (!p.allowed())
        return versions;
    QList<VersionMetadata> after = versions;
    for (VersionMetadata &v : after) {
        for (const VersionStages &s : p.after) {
            if (s.versionId == v.id)
                v.versionStages = s.stages;
        }
    }
    return after;
}

PlanRow StagePlanner::rowForChange(const StageChange &change,
                                   const QList<VersionMetadata> &versions,
                                   const SecretTraits &traits)
{
    PlanRow row = baseRow(change.secretName, versions, traits);
    const QList<VersionStages> before = toVersionStages(versions);
    const StagePrediction p = predict(change, before, traits);
    if (!p.allowed())
        return cannot(row, p.refusalText());
    row.status = PlanRow::Status::Planned;
    row.change = change;
    row.moves = movesBetween(before, p.after);
    row.effects = p.effects;
    return row;
}

PlanRow StagePlanner::planRow(const PlanOperation &operation, const QString &secretName,
                              const QList<VersionMetadata> &versions, const SecretTraits &traits)
{
    PlanRow row = baseRow(secretName, versions, traits);
    const QList<VersionStages> before = toVersionStages(versions);
    // Pending deletion and frozen first: CSMS refuses every change, whatever the stages say.
    if (const StageRefusal state = StageRules::stateRefusal(traits); state != StageRefusal::None)
        return cannot(row, StageRules::refusalText(state));
    const QString stage = operation.stage;
    const QString holder = StageRules::holderOf(before, stage);
    const QString newest = newestVersion(versions);
    StageChange change;
    change.secretName = secretName;
    change.stage = stage;
    switch (operation.kind) {
    case PlanOperation::Kind::Promote:
        if (holder.isEmpty())
            return cannot(row, StageRules::refusalText(StageRefusal::UnknownStage));
        if (holder == newest)
            return nothing(row, tr("%1 is already on the newest version, %2.").arg(stage, newest));
        change.kind = StageChange::Kind::Move;
        change.from = holder;
        change.to = newest;
        break;
    case PlanOperation::Kind::MoveToHolder: {
        const QString target = StageRules::holderOf(before, operation.reference);
        if (target.isEmpty())
            return cannot(row, tr("No version holds %1.").arg(operation.reference));
        if (holder.isEmpty())
            return cannot(row, StageRules::refusalText(StageRefusal::UnknownStage));
        if (holder == target)
            return nothing(
                    row,
                    tr("%1 is already on %2, with %3.").arg(stage, target, operation.reference));
        change.kind = StageChange::Kind::Move;
        change.from = holder;
        change.to = target;
        break;
    }
    case PlanOperation::Kind::RollBack:
        change = StageRequest::rollBack(secretName, before).change;
        break;
    case PlanOperation::Kind::DeleteStage:
        if (StageRules::isDeletable(stage) && StageRules::isExistingName(stage) && holder.isEmpty())
            return nothing(row, tr("No version holds %1: there is nothing to delete.").arg(stage));
        change.kind = StageChange::Kind::Delete;
        change.from = holder;
        break;
    case PlanOperation::Kind::AddStage:
        if (!holder.isEmpty() && holder == newest)
            return nothing(row, tr("%1 is already on the newest version, %2.").arg(stage, newest));
        change.kind = StageChange::Kind::Create;
        change.to = newest;
        break;
    case PlanOperation::Kind::Inverse:
        return cannot(row, StageRules::refusalText(StageRefusal::UnknownStage));
    }
    return rowForChange(change, versions, traits);
}

} // namespace keystage
