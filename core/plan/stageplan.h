// SPDX-License-Identifier: Apache-2.0
// StagePlan: one stage operation across many secrets, one row per secret, as it will be (the
// state now, which version each affected stage leaves and reaches, the risks in StageRules' own
// words) or why it needs nothing or cannot be done. Identifiers and metadata only.
//
// StagePlanner::planRow() decides a row from a snapshot of the secret's versions and traits: it is
// pure, so PlanBuilder (which reads the snapshots from the server) and the tests share it.
#pragma once

#include "core/api/csmstypes.h"
#include "core/ops/stagechange.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

namespace keystage {

struct PlanOperation
{
    Q_DECLARE_TR_FUNCTIONS(keystage::PlanOperation)

public:
    enum class Kind {
        Promote, // move `stage` to the newest version
        MoveToHolder, // move `stage` to the version that holds `reference`
        RollBack, // SYSCURRENT <-> SYSPREVIOUS
        DeleteStage, // delete the custom `stage`
        AddStage, // add `stage` to the newest version
        Inverse, // undo of an applied plan: each row carries its own change
    };

    Kind kind = Kind::Promote;
    QString stage;
    QString reference;

    QString describe() const; // translated: "Promote BETA to the newest version"
};

// One stage of one secret: the version it leaves (empty: it is created) and the version it reaches
// (empty: it is deleted).
struct PlannedMove
{
    QString stage;
    QString from;
    QString to;
    bool operator==(const PlannedMove &o) const
    {
        return stage == o.stage && from == o.from && to == o.to;
    }
};

struct PlanRow
{
    enum class Status {
        Planned, // `change` goes through StageEditor on Apply
        NothingToDo, // already as asked: `reason` says so
        CannotDo, // the rules refuse it: `reason` is StageRules' refusal
        NotRead, // the secret could not be read (or the build was cancelled): `reason`
    };

    QString secretName;
    Status status = Status::NotRead;
    QString reason; // translated; empty when Planned
    StageChange change; // Planned: what StageEditor is asked to do
    QList<PlannedMove> moves; // Planned: which version each affected stage leaves and reaches
    QList<StageEffect> effects; // Planned: the risks, as the single-move prompt words them
    std::optional<ApiError> readError; // NotRead: the error, with its request id
    // The snapshot the row was decided on (the stale check on Apply compares against it).
    QList<VersionMetadata> versions;
    SecretTraits traits;

    bool isPlanned() const { return status == Status::Planned; }
    bool isRisky() const;
    QStringList riskTexts() const; // the effects' sentences
    // The version holding `stage` in the snapshot, and its creation time (ms; 0 if unknown).
    QString holderOf(const QString &stage) const;
    qint64 holderCreateTime(const QString &stage) const;
};

struct StagePlan
{
    PlanOperation operation;
    QList<PlanRow> rows;

    int count(PlanRow::Status status) const;
    int riskyCount() const;
    QStringList plannedSecrets() const;
};

class StagePlanner
{
    Q_DECLARE_TR_FUNCTIONS(keystage::StagePlanner)

public:
    // The row for one secret, from its versions and traits as the server gave them.
    static PlanRow planRow(const PlanOperation &operation, const QString &secretName,
                           const QList<VersionMetadata> &versions, const SecretTraits &traits);
    // A row for a given change (an inverse plan's row), decided by the same rules.
    static PlanRow rowForChange(const StageChange &change, const QList<VersionMetadata> &versions,
                                const SecretTraits &traits);
    // The newest version: the highest version number, then the latest creation time.
    static QString newestVersion(const QList<VersionMetadata> &versions);
    // The stages whose holder differs between two snapshots.
    static QList<PlannedMove> movesBetween(const QList<VersionStages> &before,
                                           const QList<VersionStages> &after);
    // Same version ids and the same stages on each (order ignored): the secret did not change.
    static bool sameState(const QList<VersionMetadata> &a, const QList<VersionMetadata> &b);
    // The versions after a change, as the rules predict them (metadata kept from `versions`).
    static QList<VersionMetadata> predictedAfter(const StageChange &change,
                                                 const QList<VersionMetadata> &versions,
                                                 const SecretTraits &traits);
};

} // namespace keystage

Q_DECLARE_METATYPE(keystage::PlanRow)
