// StageChange: one stage operation as a value (what to do, and what undoes it), and StageOutcome:
// what happened when StageEditor ran it. Identifiers only.
#pragma once

#include "core/api/apierror.h"
#include "core/api/csmstypes.h"
#include "core/ops/stagerules.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace keystage {

struct StageChange
{
    Q_DECLARE_TR_FUNCTIONS(keystage::StageChange)

public:
    enum class Kind {
        None,
        Move, // `stage` from version `from` to version `to`
        Create, // `stage` created on version `to`
        Delete, // `stage`, held by version `from`, deleted
        RollBack, // SYSCURRENT from `from` to `to`, SYSPREVIOUS from `to` to `from`
    };

    Kind kind = Kind::None;
    QString secretName;
    QString stage;
    QString from;
    QString to;

    bool isValid() const { return kind != Kind::None; }
    // The change that reverses this one (for the ui's undo stack).
    StageChange inverse() const;
    QString describe() const; // translated, for undo texts and banners
    bool operator==(const StageChange &other) const
    {
        return kind == other.kind && secretName == other.secretName && stage == other.stage
               && from == other.from && to == other.to;
    }
};

struct StageOutcome
{
    StageChange change; // what was asked
    std::optional<ApiError> error; // unset on success
    StageChange undo; // on success: what reverses it (change.inverse() as actually done)
    QString currentHolder; // on a stale move: the version that holds the stage now (may be empty)
    bool versionsKnown = false; // versions holds the server's truth after the operation
    QList<VersionMetadata> versions;
    // Roll back only: the first call succeeded, the second failed and the first could not be
    // undone either, so the secret is half rolled back (SYSCURRENT moved, SYSPREVIOUS did not).
    bool partial = false;

    bool ok() const { return !error.has_value(); }
    bool isConflict() const { return error && error->kind == ApiError::Kind::Conflict; }
};

// Versions (as the API returns them) as StageRules snapshots.
QList<VersionStages> toVersionStages(const QList<VersionMetadata> &versions);

} // namespace keystage

Q_DECLARE_METATYPE(keystage::StageChange)
Q_DECLARE_METATYPE(keystage::StageOutcome)
