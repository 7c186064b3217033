// SPDX-License-Identifier: Apache-2.0
// RotationEditor: the one door for rotation changes (turning auto rotation on or off with its
// period, and Rotate now). Each change runs: re-read the secret (and, for Rotate now, the
// SYSCURRENT stage), compare with what the user saw, write, re-read. When the re-read differs from
// what the user saw, nothing is written: the outcome is Stale and carries what the server holds
// now. The prompts (the preview, the production guard) are the ui's, before a call here.
//
// RotationPlan describes a rotation before it happens, for the preview: which version is
// SYSCURRENT and SYSPREVIOUS now and what happens to them, and to the database login.
#pragma once

#include "core/api/apierror.h"
#include "core/api/csmstypes.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

namespace keystage {

class CsmsClient;

// What a rotation of the secret will do (read from the secret and its versions).
struct RotationPlan
{
    enum class Login {
        None, // not a database secret: RotateSecret refuses it
        SingleUser, // the one account's password is reset
        MultiUser, // the other account's password is reset and the two swap
        Unknown, // a database secret whose sub-type could not be read
    };
    Secret secret;
    QString currentVersion; // holder of SYSCURRENT now (empty: none)
    QString previousVersion; // holder of SYSPREVIOUS now (empty: none)
    Login login = Login::None;
    QString instance; // SecretAssociation::describe()

    static RotationPlan of(const Secret &secret, const QList<VersionMetadata> &versions);
    bool canRotate() const { return login != Login::None && !refusal().has_value(); }
    // Why the secret cannot be rotated now (not a database secret, not ENABLED), or nullopt.
    std::optional<QString> refusal() const;
};

struct RotationOutcome
{
    enum class Status { Done, Stale, Failed };
    Status status = Status::Failed;
    Secret secret; // the re-read secret (Done, Stale; Failed when the re-read worked)
    QString taskId; // Rotate now: the rotation task
    QString versionId; // Rotate now: the new SYSCURRENT
    QString staleReason; // Stale: what changed, for the user
    ApiError error; // Failed
};

class RotationEditor : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const RotationOutcome &)>;

    explicit RotationEditor(CsmsClient *client, QObject *parent = nullptr);

    // rotation_period as the definitions give it: "<int><d|h|m|s>", 6 hours to 8,760 hours.
    static constexpr qint64 minPeriodSeconds = 6 * 3600;
    static constexpr qint64 maxPeriodSeconds = 8760 * 3600;
    // Seconds of a period, or -1 when it is malformed or out of range.
    static qint64 periodSeconds(const QString &period);
    // Why a period would be refused ("at least 6 hours"...), or empty when it is fine.
    static QString periodProblem(const QString &period);

    // Reads the secret and its versions into a plan (for the preview).
    void plan(const QString &secretName, QObject *context,
              std::function<void(const std::optional<RotationPlan> &, const ApiError &)> done);

    // Turns auto rotation on (with period) or off. seen: the secret as the user saw it.
    void setAutoRotation(const Secret &seen, bool enabled, const QString &period, QObject *context,
                         Done done);
    // Rotates now, if the secret and its SYSCURRENT are still as in the plan.
    void rotateNow(const RotationPlan &plan, QObject *context, Done done);

    bool isBusy() const { return m_busy > 0; }

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    // The write of rotateNow, once its checks passed; then the secret is read again.
    void rotate(const QString &name, RotationOutcome checked, QObject *context, Done done);
    void reread(const QString &name, RotationOutcome outcome, QObject *context, Done done);
    // outcome as Failed with error, then finish.
    void fail(RotationOutcome outcome, const ApiError &error, QObject *context, const Done &done);
    void finish(RotationOutcome outcome, QObject *context, const Done &done);
    void begin();

    QPointer<CsmsClient> m_client;
    int m_busy = 0;
};

} // namespace keystage
