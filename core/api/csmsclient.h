// SPDX-License-Identifier: Apache-2.0
// CsmsClient: the asynchronous CSMS API client. It owns no global state: it is given a
// QNetworkAccessManager, a Profile and either the profile's Credentials or an Authenticator.
//
// Every operation returns a Reply<T> (see apireply.h): finished() exactly once, abort() →
// Cancelled, result() an ApiResult<T>, then(context, callback). Nothing blocks. Calls are queued
// (at most maxInFlight() on the wire, Interactive calls ahead of Bulk ones), authenticated
// (AK/SK signature or IAM token), retried when idempotent (see RetryPolicy), and reported through
// callFinished() and the keystage.api log (method, path, status, latency, request id only).
//
// Identifiers are passed as plain text; the client percent-encodes path segments.
#pragma once

#include "core/api/apicallrecord.h"
#include "core/api/apireply.h"
#include "core/api/csmstypes.h"
#include "core/api/retrypolicy.h"
#include "core/profile/profile.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <memory>

namespace keystage {

class Authenticator;
class ApiTransport;
class SessionCache;
// Events and generated passwords (core/api/eventtypes.h).
struct SecretEvent;
struct SecretEventRequest;
struct NotificationRecord;
struct PasswordRequest;
struct GeneratedPassword;

class CsmsClient : public QObject
{
    Q_OBJECT

public:
    enum class Priority {
        Interactive, // what the user waits for: jumps ahead of queued Bulk calls
        Bulk, // bulk deletion, background paging
    };
    Q_ENUM(Priority)

    // Builds the authenticator from the profile's auth method: AkSkAuthenticator (accessKey,
    // secretKey, securityToken) or TokenProvider (iamUser, iamDomain, password).
    CsmsClient(QNetworkAccessManager *nam, const Profile &profile, const Credentials &credentials,
               QObject *parent = nullptr);
    // Uses the given authenticator (not owned unless it has no parent: then the client adopts it).
    CsmsClient(QNetworkAccessManager *nam, const Profile &profile, Authenticator *authenticator,
               QObject *parent = nullptr);
    ~CsmsClient() override;

    const Profile &profile() const { return m_profile; }
    Authenticator *authenticator() const;
    // The profile's project id, or the one looked up from IAM; empty until known.
    QString projectId() const;

    // What this session read and views may show again at once; cleared by every write this
    // client sends (see sessioncache.h). Never consulted before a write.
    SessionCache *sessionCache() const { return m_cache; }

    int maxInFlight() const;
    void setMaxInFlight(int limit); // default 8, at least 1
    int inFlight() const; // on the wire now
    int queued() const; // waiting for a slot (including back-off waits)
    int transferTimeoutMs() const;
    void setTransferTimeoutMs(int ms); // default 30000
    // An answer larger than this (announced by Content-Length or as it streams in) is not read
    // to the end: the call fails with BadResponse. Default 32 MiB, at least 1 KiB.
    qint64 maxResponseBytes() const;
    void setMaxResponseBytes(qint64 bytes);
    const RetryPolicy &retryPolicy() const;
    void setRetryPolicy(const RetryPolicy &policy);

    // ---- secrets ----
    // limit 0: the profile's page size.
    Reply<SecretPage> *listSecrets(const QString &marker = {}, int limit = 0,
                                   Priority priority = Priority::Interactive);
    Reply<Secret> *showSecret(const QString &name, Priority priority = Priority::Interactive);
    Reply<Secret> *createSecret(const CreateSecretRequest &request,
                                Priority priority = Priority::Interactive);
    Reply<Secret> *updateSecret(const QString &name, const UpdateSecretRequest &request,
                                Priority priority = Priority::Interactive);
    // Immediate, irreversible.
    Reply<NoContent> *deleteSecret(const QString &name, Priority priority = Priority::Interactive);
    Reply<Secret> *scheduleDeletion(const QString &name, int recoveryWindowDays,
                                    Priority priority = Priority::Interactive);
    Reply<Secret> *cancelDeletion(const QString &name, Priority priority = Priority::Interactive);
    // POST /secrets/batch-delete: every secret associated with an instance (seed API).
    Reply<BatchDeleteResult> *batchDeleteByInstance(const QString &instanceId,
                                                    const QString &instanceType = {},
                                                    Priority priority = Priority::Interactive);

    // ---- versions ----
    Reply<VersionPage> *listVersions(const QString &secretName, const QString &marker = {},
                                     int limit = 0, Priority priority = Priority::Interactive);
    // The value is in the result (Version::secretString/secretBinary): wipe it when done.
    Reply<Version> *showVersion(const QString &secretName, const QString &versionId,
                                Priority priority = Priority::Interactive);
    Reply<VersionMetadata> *createVersion(const QString &secretName,
                                          const CreateVersionRequest &request,
                                          Priority priority = Priority::Interactive);
    Reply<VersionMetadata> *updateVersionExpiry(const QString &secretName, const QString &versionId,
                                                qint64 expireTimeMs,
                                                Priority priority = Priority::Interactive);

    // ---- stages ----
    // POST .../stages; where the gateway has no such route (404 with an APIG/APIGW code), PUT
    // .../stages/{name} once instead, and PUT for every later create of this client.
    Reply<Stage> *createStage(const QString &secretName, const QString &stageName,
                              const QString &versionId, Priority priority = Priority::Interactive);
    // True once POST .../stages was found absent at this client's endpoint.
    bool createsStagesWithPut() const { return m_stagePostAbsent; }
    Reply<Stage> *showStage(const QString &secretName, const QString &stageName,
                            Priority priority = Priority::Interactive);
    // PUT: points the stage at versionId (idempotent, retried).
    Reply<Stage> *moveStage(const QString &secretName, const QString &stageName,
                            const QString &versionId, Priority priority = Priority::Interactive);
    Reply<NoContent> *deleteStage(const QString &secretName, const QString &stageName,
                                  Priority priority = Priority::Interactive);

    // ---- tags (addressed by secret id) ----
    Reply<SecretTags> *listTags(const QString &secretId, Priority priority = Priority::Interactive);
    Reply<NoContent> *createTag(const QString &secretId, const Tag &tag,
                                Priority priority = Priority::Interactive);
    Reply<NoContent> *deleteTag(const QString &secretId, const QString &key,
                                Priority priority = Priority::Interactive);
    Reply<NoContent> *tagAction(const QString &secretId, TagAction action, const QList<Tag> &tags,
                                Priority priority = Priority::Interactive);
    Reply<QList<TagValues>> *listProjectTags(Priority priority = Priority::Interactive);

    // ---- resource instances (server-side search) ----
    Reply<ResourceInstancePage> *filterResources(const ResourceFilter &filter,
                                                 Priority priority = Priority::Interactive);
    Reply<int> *countResources(const ResourceFilter &filter,
                               Priority priority = Priority::Interactive);

    // ---- rotation ----
    // POST .../rotate: a new version becomes SYSCURRENT (database secrets only). Irreversible; a
    // POST, so never retried.
    Reply<RotationResult> *rotateSecret(const QString &name,
                                        Priority priority = Priority::Interactive);
    // GET /csms/tasks (retried like every GET).
    Reply<SecretTaskPage> *listSecretTasks(const SecretTaskQuery &query,
                                           Priority priority = Priority::Interactive);
    // ---- events, notification records, generated passwords (csmsclient_events.cpp) ----
    Reply<Page<SecretEvent>> *listEvents(const QString &marker = {}, int limit = 0,
                                         Priority priority = Priority::Interactive);
    Reply<SecretEvent> *showEvent(const QString &name, Priority priority = Priority::Interactive);
    Reply<SecretEvent> *createEvent(const SecretEventRequest &request,
                                    Priority priority = Priority::Interactive);
    // Changes what the request sets (state, types, target); not retried.
    Reply<SecretEvent> *updateEvent(const QString &name, const SecretEventRequest &request,
                                    Priority priority = Priority::Interactive);
    Reply<NoContent> *deleteEvent(const QString &name, Priority priority = Priority::Interactive);
    Reply<Page<NotificationRecord>> *listNotificationRecords(Priority priority
                                                             = Priority::Interactive);
    // The password is in the result only: never logged, never in an error; wipe it when done.
    Reply<GeneratedPassword> *generatePassword(const PasswordRequest &request,
                                               Priority priority = Priority::Interactive);

    // ---- identity ----
    // The project id (the profile's, or IAM GET /v3/projects?name={region}, cached).
    Reply<QString> *resolveProjectId(Priority priority = Priority::Interactive);
    // A valid IAM token (IAM password profiles only; else a Validation error). A credential.
    Reply<IamToken> *iamToken(Priority priority = Priority::Interactive);

Q_SIGNALS:
    // Every call, once, when it finishes (success, error or cancel).
    void callFinished(const keystage::ApiCallRecord &record);
    void inFlightChanged(int inFlight);
    void projectIdResolved(const QString &projectId);

private:
    void init(QNetworkAccessManager *nam, Authenticator *authenticator);

    Profile m_profile;
    std::unique_ptr<ApiTransport> m_transport;
    bool m_stagePostAbsent = false;
    SessionCache *m_cache = nullptr;
};

} // namespace keystage
