// SPDX-License-Identifier: Apache-2.0
#include "core/ops/rotationeditor.h"

#include "core/api/csmsclient.h"
#include "core/ops/opslogging.h"
#include "core/ops/secretassociation.h"
#include "core/ops/stagerules.h"

#include <QRegularExpression>
#include <memory>
#include <optional>
#include <utility>

namespace keystage {

namespace {

// Calls both(a, b) once both replies have succeeded, or failed(error, a if it came) once, at the
// first failure. The two replies are on the wire together.
template<typename A, typename B, typename Both, typename Failed>
void whenBoth(Reply<A> *first, Reply<B> *second, const QObject *receiver, Both both, Failed failed)
{
    struct Answers
    {
        std::optional<A> a;
        std::optional<B> b;
        bool ended = false;
    };
    auto answers = std::make_shared<Answers>();
    const auto arrived = [answers, both, failed](const ApiError *error) {
        if (answers->ended)
            return;
        if (error) {
            answers->ended = true;
            failed(*error, answers->a);
        } else if (answers->a && answers->b) {
            answers->ended = true;
            both(*answers->a, *answers->b);
        }
    };
    first->then(receiver, [answers, arrived](const ApiResult<A> &r) {
        if (r)
            answers->a = r.value();
        arrived(r ? nullptr : &r.error());
    });
    second->then(receiver, [answers, arrived](const ApiResult<B> &r) {
        if (r)
            answers->b = r.value();
        arrived(r ? nullptr : &r.error());
    });
}

QString autoRotationText(const Secret &s)
{
    return s.autoRotation ? RotationEditor::tr("on, every %1").arg(s.rotationPeriod)
                          : RotationEditor::tr("off");
}

} // namespace

RotationPlan RotationPlan::of(const Secret &secret, const QList<VersionMetadata> &versions)
{
    RotationPlan plan;
    plan.secret = secret;
    for (const VersionMetadata &v : versions) {
        if (v.versionStages.contains(StageRules::current()))
            plan.currentVersion = v.id;
        if (v.versionStages.contains(StageRules::previous()))
            plan.previousVersion = v.id;
    }
    const SecretAssociation association = SecretAssociation::of(secret);
    plan.instance = association.describe();
    if (SecretAssociation::instanceTypeOf(secret.secretType).isEmpty())
        plan.login = Login::None;
    else if (association.subType() == QLatin1String("SingleUser"))
        plan.login = Login::SingleUser;
    else if (association.subType() == QLatin1String("MultiUser"))
        plan.login = Login::MultiUser;
    else
        plan.login = Login::Unknown;
    return plan;
}

std::optional<QString> RotationPlan::refusal() const
{
    if (login == Login::None)
        return RotationEditor::tr("Only database secrets (RDS, TaurusDB) can be rotated: CSMS does "
                                  "not rotate %1 secrets.")
                .arg(SecretAssociation::secretTypeLabel(secret.secretType));
    if (secret.state != QLatin1String("ENABLED"))
        return RotationEditor::tr("The secret is %1: only an enabled secret can be rotated.")
                .arg(secret.state);
    return std::nullopt;
}

RotationEditor::RotationEditor(CsmsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

qint64 RotationEditor::periodSeconds(const QString &period)
{
    static const QRegularExpression re(
            QRegularExpression::anchoredPattern(QStringLiteral("([0-9]{1,9})([dhms])")));
    const auto m = re.match(period);
    if (!m.hasMatch())
        return -1;
    const qint64 n = m.captured(1).toLongLong();
    const QChar unit = m.captured(2).at(0);
    const qint64 seconds = unit == u'd'   ? n * 86400
                           : unit == u'h' ? n * 3600
                           : unit == u'm' ? n * 60
                                          : n;
    return seconds >= minPeriodSeconds && seconds <= maxPeriodSeconds ? seconds : -1;
}

QString RotationEditor::periodProblem(const QString &period)
{
    static const QRegularExpression re(
            QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{1,9}[dhms]")));
    if (!re.match(period).hasMatch())
        return tr("A period is a whole number and a unit: d, h, m or s (e.g. 30d, 12h).");
    const qint64 seconds = periodSeconds(period);
    if (seconds < 0)
        return tr("The period must be from 6 hours to 8,760 hours (365 days).");
    return {};
}

void RotationEditor::begin()
{
    if (m_busy++ == 0)
        Q_EMIT busyChanged(true);
}

void RotationEditor::fail(RotationOutcome outcome, const ApiError &error, QObject *context,
                          const Done &done)
{
    outcome.status = RotationOutcome::Status::Failed;
    outcome.error = error;
    finish(std::move(outcome), context, done);
}

void RotationEditor::finish(RotationOutcome outcome, QObject *context, const Done &done)
{
    if (--m_busy == 0)
        Q_EMIT busyChanged(false);
    if (context && done)
        done(outcome);
}

void RotationEditor::plan(
        const QString &secretName, QObject *context,
        std::function<void(const std::optional<RotationPlan> &, const ApiError &)> done)
{
    if (!m_client)
        return;
    // The secret and its versions do not depend on each other: both reads go out together.
    QPointer<QObject> ctx(context);
    whenBoth(
            m_client->showSecret(secretName), m_client->listVersions(secretName, {}, 1000), this,
            [ctx, done](const Secret &secret, const VersionPage &versions) {
                if (ctx)
                    done(RotationPlan::of(secret, versions.items), ApiError());
            },
            [ctx, done](const ApiError &error, const std::optional<Secret> &) {
                if (ctx)
                    done(std::nullopt, error);
            });
}

void RotationEditor::setAutoRotation(const Secret &seen, bool enabled, const QString &period,
                                     QObject *context, Done done)
{
    if (!m_client)
        return;
    begin();
    QPointer<QObject> ctx(context);
    const QString name = seen.name;
    m_client->showSecret(name)->then(this, [=](const ApiResult<Secret> &now) {
        if (!now) {
            fail({}, now.error(), ctx, done);
            return;
        }
        RotationOutcome outcome;
        outcome.secret = now.value();
        if (now->autoRotation != seen.autoRotation || now->rotationPeriod != seen.rotationPeriod
            || now->state != seen.state) {
            outcome.status = RotationOutcome::Status::Stale;
            outcome.staleReason = tr("Auto rotation of %1 changed since you opened it: it is %2 "
                                     "now. Nothing was changed.")
                                          .arg(name, autoRotationText(now.value()));
            qCInfo(lcOps).noquote() << "rotation: stale auto rotation of" << name;
            finish(outcome, ctx, done);
            return;
        }
        UpdateSecretRequest update;
        update.autoRotation = enabled;
        if (enabled)
            update.rotationPeriod = period;
        m_client->updateSecret(name, update)->then(this, [=](const ApiResult<Secret> &written) {
            if (!written) {
                fail(outcome, written.error(), ctx, done);
                return;
            }
            RotationOutcome result = outcome;
            qCInfo(lcOps).noquote()
                    << "rotation: auto rotation of" << name << (enabled ? "on" : "off");
            result.status = RotationOutcome::Status::Done;
            result.secret = written.value();
            reread(name, result, ctx, done);
        });
    });
}

void RotationEditor::rotateNow(const RotationPlan &plan, QObject *context, Done done)
{
    if (!m_client)
        return;
    begin();
    // The secret and its SYSCURRENT do not depend on each other: both checks go out together,
    // and the write waits for both.
    QPointer<QObject> ctx(context);
    const QString name = plan.secret.name;
    const auto checked = [this, ctx, done, plan, name](const Secret &fresh, const Stage &current) {
        RotationOutcome outcome;
        outcome.secret = fresh;
        QString reason;
        if (fresh.rotationTime != plan.secret.rotationTime)
            reason = tr("%1 was rotated since the preview.").arg(name);
        else if (current.versionId != plan.currentVersion)
            reason = tr("SYSCURRENT of %1 moved to %2 since the preview.")
                             .arg(name, current.versionId);
        else if (fresh.state != plan.secret.state)
            reason = tr("%1 is %2 now.").arg(name, fresh.state);
        if (reason.isEmpty()) {
            rotate(name, outcome, ctx, done);
            return;
        }
        outcome.status = RotationOutcome::Status::Stale;
        outcome.staleReason = reason + u' ' + tr("Nothing was rotated.");
        qCInfo(lcOps).noquote() << "rotation: stale preview of" << name;
        finish(outcome, ctx, done);
    };
    const auto failed
            = [this, ctx, done](const ApiError &error, const std::optional<Secret> &read) {
                  RotationOutcome outcome;
                  if (read)
                      outcome.secret = *read;
                  fail(outcome, error, ctx, done);
              };
    whenBoth(m_client->showSecret(name), m_client->showStage(name, StageRules::current()), this,
             checked, failed);
}

void RotationEditor::rotate(const QString &name, RotationOutcome checked, QObject *context,
                            Done done)
{
    QPointer<QObject> ctx(context);
    m_client->rotateSecret(name)->then(this, [=](const ApiResult<RotationResult> &rotated) {
        if (!rotated) {
            fail(checked, rotated.error(), ctx, done);
            return;
        }
        RotationOutcome result = checked;
        qCInfo(lcOps).noquote() << "rotation: rotated" << name << "task" << rotated->taskId << "to"
                                << rotated->versionId;
        result.status = RotationOutcome::Status::Done;
        result.taskId = rotated->taskId;
        result.versionId = rotated->versionId;
        reread(name, result, ctx, done);
    });
}

void RotationEditor::reread(const QString &name, RotationOutcome outcome, QObject *context,
                            Done done)
{
    QPointer<QObject> ctx(context);
    m_client->showSecret(name)->then(this, [=](const ApiResult<Secret> &now) {
        RotationOutcome result = outcome;
        if (now)
            result.secret = now.value(); // else: the write's answer, or the pre-write read
        finish(result, ctx, done);
    });
}

} // namespace keystage
