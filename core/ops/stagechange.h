// SPDX-License-Identifier: Apache-2.0
// StageChange: one stage operation as a value (what to do, and what undoes it); StageRequest: a
// change as it enters the StageEditor (where from, what the user sees, how to ask); StageOutcome:
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

struct StageRequest
{
    // Where the change comes from. User: a drop, a key, a menu or a dialog of the board, on the
    // versions the user sees. Undo / Redo: the undo history, possibly for a secret not on screen.
    enum class Origin { User, Undo, Redo };
    // How the editor's calls queue at the client (CsmsClient::Priority of the same name).
    // Interactive: what the user waits for (a drop, a key, undo). Bulk: a stage plan's changes,
    // so a change the user makes meanwhile goes ahead of the plan's queued calls.
    enum class Priority { Interactive, Bulk };

    StageChange change;
    Origin origin = Origin::User;
    Priority priority = Priority::Interactive;
    // The versions and the secret as the user sees them. Without versions (undo, redo) the editor
    // reads the server's (the secret too), so rules and prompts speak of the truth.
    std::optional<QList<VersionStages>> versions;
    std::optional<SecretTraits> secret;
    // For the prompts, translated by the caller: "Move BETA from v2 to v3?", the accept button's
    // text and the action a production profile's guard names ("Move BETA from v2 to v3").
    QString question;
    QString acceptText;
    QString action;

    static StageRequest move(const QString &secret, const QString &stage, const QString &from,
                             const QString &to);
    static StageRequest create(const QString &secret, const QString &stage, const QString &version);
    static StageRequest remove(const QString &secret, const QString &stage, const QString &holder);
    // SYSCURRENT from its holder in `versions` to the SYSPREVIOUS holder (and back for
    // SYSPREVIOUS).
    static StageRequest rollBack(const QString &secret, const QList<VersionStages> &versions);
};

struct StageOutcome
{
    StageChange change; // what was asked
    StageRequest::Origin origin = StageRequest::Origin::User;
    // Refused before anything was written: the rules, a prompt the user declined (error kind
    // Cancelled) or a change of the same stage still in flight.
    bool refusedLocally = false;
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
// What StageRules needs of a secret: its state and rotation.
SecretTraits toSecretTraits(const Secret &secret);

} // namespace keystage

Q_DECLARE_METATYPE(keystage::StageChange)
Q_DECLARE_METATYPE(keystage::StageRequest)
Q_DECLARE_METATYPE(keystage::StageOutcome)
