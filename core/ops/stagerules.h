// StageRules: what a stage change will do, predicted before anything is sent, for the confirmation
// preview and for local refusals. Pure functions over a snapshot of the secret's versions.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace keystage {

// One version of a secret and the stages it holds (a snapshot; newest first or any order).
struct VersionStages
{
    QString versionId;
    QStringList stages;
};

enum class StageEffectKind {
    CurrentChanges, // SYSCURRENT moves: applications reading the current value get another version
    PreviousChanges, // SYSPREVIOUS moves: the rollback target changes
    VersionDeprecated, // a version is left with no stage: deprecated, CSMS may purge it
    VersionPurgeLikely, // ... and the secret is at the 20-version limit: the next new version
                        // purges it
    StageLimitReached, // after the change the secret holds the maximum number of stages
};

struct StageEffect
{
    StageEffectKind kind;
    QString versionId; // the version concerned
    QString stage; // the stage concerned, when there is one

    QString describe() const; // one translated sentence for the preview
    bool operator==(const StageEffect &other) const
    {
        return kind == other.kind && versionId == other.versionId && stage == other.stage;
    }
};

enum class StageRefusal {
    None,
    InvalidName, // not ^[a-zA-Z0-9_-]{1,64}$
    BuiltInStage, // SYSCURRENT / SYSPREVIOUS cannot be deleted
    UnknownStage, // the stage is on no version
    UnknownVersion, // the target version does not exist
    AlreadyThere, // the stage already labels the target version
    StageExists, // create: the stage already exists (on another version: that is a move)
    StageLimit, // create: the secret already holds the maximum number of stages
    NoPreviousVersion, // roll back: nothing holds SYSPREVIOUS (or it is the SYSCURRENT holder)
};

struct StagePrediction
{
    StageRefusal refusal = StageRefusal::None;
    QList<StageEffect> effects;
    QList<VersionStages> after; // the versions as they will be, if the server follows the rules

    bool allowed() const { return refusal == StageRefusal::None; }
    // A change worth a confirmation: SYSCURRENT moves, or a version is left with no stage.
    bool isRisky() const;
    QString refusalText() const; // translated; empty when allowed
};

class StageRules
{
    Q_DECLARE_TR_FUNCTIONS(keystage::StageRules)
public:
    static constexpr int MaxStages = 12; // distinct stage names per secret, built-ins included
    static constexpr int MaxVersions = 20; // versions per secret
    static QString current() { return QStringLiteral("SYSCURRENT"); }
    static QString previous() { return QStringLiteral("SYSPREVIOUS"); }

    static bool isBuiltIn(const QString &stage);
    static bool isValidName(const QString &stage);
    static int stageCount(const QList<VersionStages> &versions);
    static QString holderOf(const QList<VersionStages> &versions, const QString &stage);

    // PUT .../stages/{stage} {version_id: to}: only the named stage moves.
    static StagePrediction predictMove(const QList<VersionStages> &versions, const QString &stage,
                                       const QString &to);
    // POST .../stages {name: stage, version_id: version}
    static StagePrediction predictCreate(const QList<VersionStages> &versions, const QString &stage,
                                         const QString &version);
    // DELETE .../stages/{stage}
    static StagePrediction predictDelete(const QList<VersionStages> &versions,
                                         const QString &stage);
    // SYSCURRENT to the SYSPREVIOUS holder, SYSPREVIOUS to the former SYSCURRENT holder.
    static StagePrediction predictRollBack(const QList<VersionStages> &versions);

private:
    static QString refusalText(StageRefusal refusal);
    friend struct StagePrediction;
};

} // namespace keystage
