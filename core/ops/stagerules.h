// SPDX-License-Identifier: Apache-2.0
// StageRules: what a stage change will do, predicted before anything is sent, for the confirmation
// preview and for local refusals. Pure functions over a snapshot of the secret's versions and, when
// known, the secret's state and rotation (SecretTraits).
//
// What each secret state allows (Huawei's definitions; docs/architecture.md "What a secret's state
// allows"): ENABLED everything; DISABLED stage changes, but no new version (CreateSecretVersion:
// versions are added only to ENABLED secrets); PENDING_DELETE nothing (CSMS.0103 until restored);
// FROZEN nothing (the service holds it). An unknown or unread state refuses nothing: the server
// decides and the client shows its answer.
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

// What the rules need to know about the secret itself (identifiers and metadata only).
struct SecretTraits
{
    QString state; // ENABLED, DISABLED, PENDING_DELETE, FROZEN; empty: not known
    QString type; // COMMON, RDS-FG, GaussDB-FG (a TaurusDB secret)
    bool autoRotation = false;
    QString rotationSubType; // SingleUser, MultiUser; empty when rotation_config does not say

    // RDS-FG, GaussDB-FG or auto rotation on: CSMS rotates a database login in it.
    bool isRotated() const;
    // Reads SecretSubType from rotation_config, JSON or Huawei's single-quoted form; empty if none.
    static QString subTypeOf(const QString &rotationConfig);
    bool operator==(const SecretTraits &other) const
    {
        return state == other.state && type == other.type && autoRotation == other.autoRotation
               && rotationSubType == other.rotationSubType;
    }
    bool operator!=(const SecretTraits &other) const { return !(*this == other); }
};

enum class StageEffectKind {
    CurrentChanges, // SYSCURRENT moves: applications reading the current value get another version
    PreviousChanges, // SYSPREVIOUS moves: the rollback target changes
    VersionDeprecated, // a version is left with no stage: deprecated, CSMS may purge it
    VersionPurgeLikely, // ... and the secret is at the 20-version limit: the next new version may
                        // purge it, or CSMS may refuse the new version
    StageLimitReached, // after the change the secret holds the maximum number of stages
    VersionLimit, // new version at 20 versions: CSMS may purge versionId (the oldest without a
                  // stage; empty: there is none) or refuse
    LoginSingleUser, // rotated secret, SYSCURRENT moves to an older password (SingleUser rotation)
    LoginMultiUser, // rotated secret, SYSCURRENT moves to another user's login (MultiUser)
    LoginUnknown, // rotated secret, SYSCURRENT moves; the rotation kind is not known
    NewValueNotInDatabase, // new version of a rotated secret: the database does not know the value
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
    InvalidName, // a new stage: not ^[a-zA-Z0-9_-]{1,64}$; an existing one: not even with '.'
    BuiltInStage, // SYSCURRENT / SYSPREVIOUS cannot be deleted
    SystemStage, // SYSPENDING belongs to rotation: never moved, deleted or created by hand
    UnknownStage, // the stage is on no version
    UnknownVersion, // the target version does not exist
    AlreadyThere, // the stage already labels the target version
    StageExists, // create: the stage already exists (on another version: that is a move)
    StageLimit, // create: the secret already holds the maximum number of stages
    NoPreviousVersion, // roll back: nothing holds SYSPREVIOUS (or it is the SYSCURRENT holder)
    SecretPendingDeletion, // the secret is pending deletion: CSMS.0103 for every write
    SecretFrozen, // the secret is frozen: no change
    SecretDisabled, // new version: only ENABLED secrets get new versions
};

struct StagePrediction
{
    StageRefusal refusal = StageRefusal::None;
    QList<StageEffect> effects;
    QList<VersionStages> after; // the versions as they will be, if the server follows the rules

    bool allowed() const { return refusal == StageRefusal::None; }
    // A change worth a confirmation: SYSCURRENT moves, a version is left with no stage, a
    // database login may stop working, or the version limit is reached.
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
    static QString pending() { return QStringLiteral("SYSPENDING"); }

    static bool isBuiltIn(const QString &stage); // SYSCURRENT, SYSPREVIOUS
    static bool isSystem(const QString &stage); // SYSPENDING: rotation's own, not movable
    static bool isMovable(const QString &stage) { return !isSystem(stage); }
    static bool isDeletable(const QString &stage) { return !isBuiltIn(stage) && !isSystem(stage); }
    // A name for a new stage: the current pattern ^[a-zA-Z0-9_-]{1,64}$.
    static bool isValidName(const QString &stage);
    // A stage that already exists: older revisions of the pattern also allowed '.', so such
    // stages can still be moved and deleted ("." and ".." alone never: they are path steps).
    static bool isExistingName(const QString &stage);
    static int stageCount(const QList<VersionStages> &versions);
    // The number of a version id ("v12": 12), -1 for an id of another shape: versions sort by it.
    static qint64 versionNumber(const QString &id);
    static QString holderOf(const QList<VersionStages> &versions, const QString &stage);

    // What the secret's state refuses: stage changes, or (newVersion) a new version.
    static StageRefusal stateRefusal(const SecretTraits &secret, bool newVersion = false);
    // Add stage on this secret now: the state, then the 12-stage limit.
    static StageRefusal addStageRefusal(const QList<VersionStages> &versions,
                                        const SecretTraits &secret = {});

    // PUT .../stages/{stage} {version_id: to}: only the named stage moves.
    static StagePrediction predictMove(const QList<VersionStages> &versions, const QString &stage,
                                       const QString &to, const SecretTraits &secret = {});
    // POST .../stages {name: stage, version_id: version}
    static StagePrediction predictCreate(const QList<VersionStages> &versions, const QString &stage,
                                         const QString &version, const SecretTraits &secret = {});
    // DELETE .../stages/{stage}
    static StagePrediction predictDelete(const QList<VersionStages> &versions, const QString &stage,
                                         const SecretTraits &secret = {});
    // SYSCURRENT to the SYSPREVIOUS holder, SYSPREVIOUS to the former SYSCURRENT holder.
    static StagePrediction predictRollBack(const QList<VersionStages> &versions,
                                           const SecretTraits &secret = {});
    // POST .../versions: what a new version may do (the version limit, a rotated database login).
    static StagePrediction predictNewVersion(const QList<VersionStages> &versions,
                                             const SecretTraits &secret = {});

    static QString refusalText(StageRefusal refusal);
};

} // namespace keystage
