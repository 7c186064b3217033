// SPDX-License-Identifier: Apache-2.0
// Service: every CSMS rule csms-local implements (csms-api.md, Decisions and section 6). It takes
// decoded path parameters and parsed JSON bodies and returns an Outcome; HTTP lives in Server.
#pragma once

#include "outcome.h"
#include "records.h"

#include <QJsonObject>
#include <QUrlQuery>
#include <functional>
#include <optional>

namespace csmslocal {

// The built-in stages CSMS moves itself.
inline const QString sysCurrent = QStringLiteral("SYSCURRENT");
inline const QString sysPrevious = QStringLiteral("SYSPREVIOUS");

// User input echoed into an error message: at most 64 characters, then "…" (error_msg is 2 to
// 512 characters, whatever the client sent).
QString echoed(QStringView input);

class Store;

class Service
{
public:
    static constexpr int maxStages = 12;
    static constexpr int maxVersions = 20;
    static constexpr int maxTags = 20;
    static constexpr int maxValueLength = 32768;
    static constexpr int maxDescriptionBytes = 2048;
    static constexpr qint64 minRotationSeconds = 6 * 3600;
    static constexpr qint64 maxRotationSeconds = 8760 * 3600;
    // rotation_period "<int><d|h|m|s>" in seconds, or -1 outside 6 h to 8760 h or malformed.
    static qint64 rotationPeriodSeconds(const QString &period);
    // The KMS key id csms-local reports for the alias csms/default.
    static QString defaultKmsKeyId()
    {
        return QStringLiteral("5f1b7e3a-2c4d-4e8f-9a6b-0c1d2e3f4a5b");
    }

    explicit Service(Store &store, std::function<qint64()> clock = {});

    static bool isValidName(const QString &name); // ^[a-zA-Z0-9_-]{1,64}$
    static bool isValidExistingName(const QString &name); // also allows '.', for reading

    // Secrets
    Outcome listSecrets(const QUrlQuery &query);
    Outcome createSecret(const QJsonObject &body);
    Outcome showSecret(const QString &name);
    Outcome updateSecret(const QString &name, const QJsonObject &body);
    Outcome deleteSecret(const QString &name);
    Outcome scheduleDeletion(const QString &name, const QJsonObject &body);
    Outcome cancelDeletion(const QString &name);
    Outcome batchDelete(const QJsonObject &body);
    // Deletes secrets whose recovery window has ended; returns how many.
    int purgeExpired();

    // Versions
    Outcome listVersions(const QString &name, const QUrlQuery &query);
    Outcome createVersion(const QString &name, const QJsonObject &body);
    Outcome showVersion(const QString &name, const QString &versionId);
    Outcome updateVersion(const QString &name, const QString &versionId, const QJsonObject &body);

    // Stages
    Outcome createStage(const QString &name, const QJsonObject &body); // POST .../stages
    Outcome putStage(const QString &name, const QString &stage, const QJsonObject &body);
    Outcome showStage(const QString &name, const QString &stage);
    Outcome deleteStage(const QString &name, const QString &stage);

    // Rotation (RotateSecret, ListSecretTask)
    Outcome rotateSecret(const QString &name); // nested error shape
    Outcome listTasks(const QUrlQuery &query); // flat error shape
    static constexpr int maxTaskPage = 1000;

    // Tags and resource instances (nested error shape)
    Outcome listTags(const QString &secretId);
    Outcome createTag(const QString &secretId, const QJsonObject &body);
    Outcome deleteTag(const QString &secretId, const QString &key);
    Outcome tagAction(const QString &secretId, const QJsonObject &body);
    Outcome projectTags();
    Outcome resourceInstances(const QJsonObject &body);

    // Events, notification records and generated passwords (service_events.cpp)
    static constexpr int maxEventTypes = 12;
    static constexpr int minPasswordLength = 8;
    static constexpr int maxPasswordLength = 128;
    Outcome listEvents(const QUrlQuery &query);
    Outcome createEvent(const QJsonObject &body);
    Outcome showEvent(const QString &name);
    Outcome updateEvent(const QString &name, const QJsonObject &body);
    Outcome deleteEvent(const QString &name);
    Outcome listNotificationRecords();
    Outcome generatePassword(const QJsonObject &body); // never logs the password
    // Records a notification for each ENABLED event the secret subscribes to whose types hold
    // eventType (SECRET_VERSION_CREATED, SECRET_ROTATED, ...). Call inside the transaction of
    // the change; false only when the store failed.
    bool notifySubscribers(const SecretRecord &secret, const QString &eventType,
                           const QString &versionId = {},
                           std::optional<qint64> versionExpireTime = std::nullopt);
    // SECRET_VERSION_EXPIRED: once per version and expiry time, when the time has passed (run
    // before each request, like purgeExpired). Returns how many versions expired.
    int notifyExpiredVersions();
    // A version's expiry was set: one already past is noticed by the next sweep.
    void expiryChanged(qint64 expireTime);

    // Demo data and tests
    Store &store() { return m_store; }
    qint64 now() const;

private:
    friend class SeedWriter;
    std::optional<SecretRecord> findSecret(const QString &name, Outcome *error);
    std::optional<SecretRecord> findSecretById(const QString &id, Outcome *error);
    Outcome inTransaction(const std::function<Outcome()> &work);
    Outcome storeFailure() const;
    QJsonObject secretJson(const SecretRecord &secret) const;
    QJsonObject versionJson(const SecretRecord &secret, const VersionRecord &version,
                            const QList<StageRecord> &stages) const;
    QJsonObject stageJson(const SecretRecord &secret, const StageRecord &stage) const;
    Outcome validateValue(const QJsonObject &body, VersionRecord *version) const;
    Outcome setStage(const SecretRecord &secret, const QString &stage, const QString &versionId);
    // Moves the stages to version number; SYSPREVIOUS follows SYSCURRENT when it moves.
    bool assignStages(const SecretRecord &secret, const QStringList &stages, int number);
    Outcome enforceVersionLimit(const SecretRecord &secret, int keepNumber);
    Outcome applyTags(const SecretRecord &secret, const QJsonArray &tags, bool create);
    Outcome rotateInTransaction(const QString &name, const QString &taskId, TaskRecord *task);
    // 400 when a subscription names an event that does not exist.
    Outcome checkSubscriptions(const SecretRecord &secret);
    QJsonObject eventJson(const EventRecord &event) const;

    Store &m_store;
    std::function<qint64()> m_clock;
    qint64 m_expirySweptUntil = -1; // expiries up to this time have been swept
};

} // namespace csmslocal
