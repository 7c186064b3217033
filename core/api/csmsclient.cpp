// SPDX-License-Identifier: Apache-2.0
#include "core/api/csmsclient.h"

#include "core/api/apitransport.h"
#include "core/api/authenticator.h"
#include "core/api/codecs.h"
#include "core/api/sessioncache.h"
#include "core/api/tokenprovider.h"

namespace keystage {

namespace {

const QString secretsSegment = QStringLiteral("secrets");

ApiRequest req(const QByteArray &method, QStringList segments, CsmsClient::Priority priority)
{
    ApiRequest r;
    r.method = method;
    r.segments = std::move(segments);
    r.idempotent = method == "GET" || method == "DELETE";
    r.bulk = priority == CsmsClient::Priority::Bulk;
    return r;
}

ApiRequest withBody(ApiRequest r, QByteArray body)
{
    r.body = std::move(body);
    r.hasBody = true;
    return r;
}

// An answer about a secret must name the one asked for: another name is a BadResponse, never
// shown as the selected secret.
Reply<Secret>::Decoder secretNamed(const QString &name)
{
    return [name](const QByteArray &body) -> ApiResult<Secret> {
        ApiResult<Secret> secret = codec::secretFromBody(body);
        if (secret && secret->name != name) {
            return ApiError::badResponse(
                    CsmsClient::tr("the answer is about another secret than the one asked for"));
        }
        return secret;
    };
}

// The same for a stage: the stage and (when the answer says) the secret asked for.
Reply<Stage>::Decoder stageNamed(const QString &secretName, const QString &stageName)
{
    return [secretName, stageName](const QByteArray &body) -> ApiResult<Stage> {
        ApiResult<Stage> stage = codec::stageFromBody(body);
        if (stage
            && ((!stage->name.isEmpty() && stage->name != stageName)
                || (!stage->secretName.isEmpty() && stage->secretName != secretName))) {
            return ApiError::badResponse(
                    CsmsClient::tr("the answer is about another stage than the one asked for"));
        }
        return stage;
    };
}

ErrorSubject about(const QString &secret, const QString &version = {}, const QString &stage = {})
{
    ErrorSubject s;
    s.secretName = secret;
    s.versionId = version;
    s.stageName = stage;
    return s;
}

} // namespace

CsmsClient::CsmsClient(QNetworkAccessManager *nam, const Profile &profile,
                       const Credentials &credentials, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
{
    Authenticator *authenticator = nullptr;
    if (profile.authMethod == AuthMethod::IamPassword) {
        TokenProvider::Settings settings;
        settings.iamEndpoint = profile.effectiveIamEndpoint();
        settings.domain = profile.iamDomain;
        settings.user = profile.iamUser;
        settings.password = credentials.password;
        settings.projectId = profile.projectId;
        settings.projectName = profile.region;
        authenticator = new TokenProvider(nam, settings, this);
    } else {
        authenticator = new AkSkAuthenticator(profile.accessKey, credentials.secretKey,
                                              credentials.securityToken, this);
    }
    init(nam, authenticator);
}

CsmsClient::CsmsClient(QNetworkAccessManager *nam, const Profile &profile,
                       Authenticator *authenticator, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
{
    if (authenticator && !authenticator->parent())
        authenticator->setParent(this);
    init(nam, authenticator);
}

CsmsClient::~CsmsClient() = default;

void CsmsClient::init(QNetworkAccessManager *nam, Authenticator *authenticator)
{
    m_cache = new SessionCache(this);
    qRegisterMetaType<ApiCallRecord>();
    qRegisterMetaType<ApiError>();
    m_transport = std::make_unique<ApiTransport>(nam, m_profile, authenticator, this);
    if (authenticator)
        authenticator->attach(m_transport.get());
}

Authenticator *CsmsClient::authenticator() const
{
    return m_transport->authenticator();
}

QString CsmsClient::projectId() const
{
    return m_transport->projectId();
}

int CsmsClient::maxInFlight() const
{
    return m_transport->maxInFlight();
}

void CsmsClient::setMaxInFlight(int limit)
{
    m_transport->setMaxInFlight(limit);
}

int CsmsClient::inFlight() const
{
    return m_transport->inFlight();
}

int CsmsClient::queued() const
{
    return m_transport->queued();
}

int CsmsClient::transferTimeoutMs() const
{
    return m_transport->transferTimeoutMs();
}

void CsmsClient::setTransferTimeoutMs(int ms)
{
    m_transport->setTransferTimeoutMs(ms);
}

qint64 CsmsClient::maxResponseBytes() const
{
    return m_transport->maxResponseBytes();
}

void CsmsClient::setMaxResponseBytes(qint64 bytes)
{
    m_transport->setMaxResponseBytes(bytes);
}

const RetryPolicy &CsmsClient::retryPolicy() const
{
    return m_transport->retryPolicy();
}

void CsmsClient::setRetryPolicy(const RetryPolicy &policy)
{
    m_transport->setRetryPolicy(policy);
}

template<typename T>
static Reply<T> *submit(ApiTransport *transport, CsmsClient *client, ApiRequest request,
                        typename Reply<T>::Decoder decoder)
{
    auto *reply = new Reply<T>(request.method, std::move(decoder), client);
    // Any call that may change the server clears what the session cached (issue 18).
    if (request.method != "GET" && request.method != "HEAD" && !request.localOnly
        && !request.readOnly)
        client->sessionCache()->noteWrite(reply);
    transport->submit(reply, std::move(request));
    return reply;
}

Reply<SecretPage> *CsmsClient::listSecrets(const QString &marker, int limit, Priority priority)
{
    ApiRequest r = req("GET", {secretsSegment}, priority);
    r.query.append({QStringLiteral("limit"),
                    QString::number(qBound(1, limit > 0 ? limit : m_profile.pageSize, 1000))});
    if (!marker.isEmpty())
        r.query.append({QStringLiteral("marker"), marker});
    return submit<SecretPage>(m_transport.get(), this, r, codec::secretPageFromBody);
}

Reply<Secret> *CsmsClient::showSecret(const QString &name, Priority priority)
{
    ApiRequest r = req("GET", {secretsSegment, name}, priority);
    r.subject = about(name);
    return submit<Secret>(m_transport.get(), this, r, secretNamed(name));
}

Reply<Secret> *CsmsClient::createSecret(const CreateSecretRequest &request, Priority priority)
{
    ApiRequest r = withBody(req("POST", {secretsSegment}, priority), codec::toJson(request));
    r.subject = about(request.name);
    return submit<Secret>(m_transport.get(), this, r, secretNamed(request.name));
}

Reply<Secret> *CsmsClient::updateSecret(const QString &name, const UpdateSecretRequest &request,
                                        Priority priority)
{
    ApiRequest r = withBody(req("PUT", {secretsSegment, name}, priority), codec::toJson(request));
    r.idempotent = false; // only GET, PUT of a stage and DELETE are retried
    r.subject = about(name);
    return submit<Secret>(m_transport.get(), this, r, secretNamed(name));
}

Reply<NoContent> *CsmsClient::deleteSecret(const QString &name, Priority priority)
{
    ApiRequest r = req("DELETE", {secretsSegment, name}, priority);
    r.subject = about(name);
    return submit<NoContent>(m_transport.get(), this, r, codec::noContentFromBody);
}

Reply<Secret> *CsmsClient::scheduleDeletion(const QString &name, int recoveryWindowDays,
                                            Priority priority)
{
    ApiRequest r = withBody(req("POST",
                                {secretsSegment, name, QStringLiteral("scheduled-deleted-tasks"),
                                 QStringLiteral("create")},
                                priority),
                            codec::scheduleDeletionBody(recoveryWindowDays));
    r.subject = about(name);
    return submit<Secret>(m_transport.get(), this, r, secretNamed(name));
}

Reply<Secret> *CsmsClient::cancelDeletion(const QString &name, Priority priority)
{
    ApiRequest r = req("POST",
                       {secretsSegment, name, QStringLiteral("scheduled-deleted-tasks"),
                        QStringLiteral("cancel")},
                       priority);
    r.subject = about(name);
    return submit<Secret>(m_transport.get(), this, r, secretNamed(name));
}

Reply<BatchDeleteResult> *CsmsClient::batchDeleteByInstance(const QString &instanceId,
                                                            const QString &instanceType,
                                                            Priority priority)
{
    ApiRequest r = withBody(req("POST", {secretsSegment, QStringLiteral("batch-delete")}, priority),
                            codec::batchDeleteBody(instanceId, instanceType));
    return submit<BatchDeleteResult>(m_transport.get(), this, r, codec::batchDeleteResultFromBody);
}

Reply<VersionPage> *CsmsClient::listVersions(const QString &secretName, const QString &marker,
                                             int limit, Priority priority)
{
    ApiRequest r = req("GET", {secretsSegment, secretName, QStringLiteral("versions")}, priority);
    if (limit > 0)
        r.query.append({QStringLiteral("limit"), QString::number(qBound(1, limit, 1000))});
    if (!marker.isEmpty())
        r.query.append({QStringLiteral("marker"), marker});
    r.subject = about(secretName);
    return submit<VersionPage>(m_transport.get(), this, r, codec::versionPageFromBody);
}

Reply<Version> *CsmsClient::showVersion(const QString &secretName, const QString &versionId,
                                        Priority priority)
{
    ApiRequest r = req("GET", {secretsSegment, secretName, QStringLiteral("versions"), versionId},
                       priority);
    r.subject = about(secretName, versionId);
    return submit<Version>(m_transport.get(), this, r, codec::versionFromBody);
}

Reply<VersionMetadata> *CsmsClient::createVersion(const QString &secretName,
                                                  const CreateVersionRequest &request,
                                                  Priority priority)
{
    ApiRequest r = withBody(
            req("POST", {secretsSegment, secretName, QStringLiteral("versions")}, priority),
            codec::toJson(request));
    r.subject = about(secretName);
    return submit<VersionMetadata>(m_transport.get(), this, r, codec::versionMetadataFromBody);
}

Reply<VersionMetadata> *CsmsClient::updateVersionExpiry(const QString &secretName,
                                                        const QString &versionId,
                                                        qint64 expireTimeMs, Priority priority)
{
    ApiRequest r = withBody(req("PUT",
                                {secretsSegment, secretName, QStringLiteral("versions"), versionId},
                                priority),
                            codec::versionExpiryBody(expireTimeMs));
    r.idempotent = false;
    r.subject = about(secretName, versionId);
    return submit<VersionMetadata>(m_transport.get(), this, r, codec::versionMetadataFromBody);
}

Reply<Stage> *CsmsClient::createStage(const QString &secretName, const QString &stageName,
                                      const QString &versionId, Priority priority)
{
    // PUT .../stages/{name} creates a missing stage (what Terraform does); POST .../stages is in
    // the seed documents but not in the SDKs. POST first; a gateway answer that the route does not
    // exist sends the PUT instead, and this client (one endpoint) uses PUT from then on.
    auto put = std::make_shared<ApiRequest>(withBody(
            req("PUT", {secretsSegment, secretName, QStringLiteral("stages"), stageName}, priority),
            codec::stageBody(versionId)));
    put->idempotent = true;
    put->subject = about(secretName, versionId, stageName);
    if (m_stagePostAbsent)
        return submit<Stage>(m_transport.get(), this, *put, stageNamed(secretName, stageName));
    ApiRequest r = withBody(
            req("POST", {secretsSegment, secretName, QStringLiteral("stages")}, priority),
            codec::stageBody(versionId, stageName));
    r.subject = put->subject;
    r.fallback = put;
    r.onFallback = [this] { m_stagePostAbsent = true; };
    return submit<Stage>(m_transport.get(), this, r, stageNamed(secretName, stageName));
}

Reply<Stage> *CsmsClient::showStage(const QString &secretName, const QString &stageName,
                                    Priority priority)
{
    ApiRequest r = req("GET", {secretsSegment, secretName, QStringLiteral("stages"), stageName},
                       priority);
    r.subject = about(secretName, {}, stageName);
    return submit<Stage>(m_transport.get(), this, r, stageNamed(secretName, stageName));
}

Reply<Stage> *CsmsClient::moveStage(const QString &secretName, const QString &stageName,
                                    const QString &versionId, Priority priority)
{
    ApiRequest r = withBody(
            req("PUT", {secretsSegment, secretName, QStringLiteral("stages"), stageName}, priority),
            codec::stageBody(versionId));
    r.idempotent = true; // setting a stage to a version twice is the same as once
    r.subject = about(secretName, versionId, stageName);
    return submit<Stage>(m_transport.get(), this, r, stageNamed(secretName, stageName));
}

Reply<NoContent> *CsmsClient::deleteStage(const QString &secretName, const QString &stageName,
                                          Priority priority)
{
    ApiRequest r = req("DELETE", {secretsSegment, secretName, QStringLiteral("stages"), stageName},
                       priority);
    r.subject = about(secretName, {}, stageName);
    return submit<NoContent>(m_transport.get(), this, r, codec::noContentFromBody);
}

Reply<SecretTags> *CsmsClient::listTags(const QString &secretId, Priority priority)
{
    ApiRequest r = req("GET", {QStringLiteral("csms"), secretId, QStringLiteral("tags")}, priority);
    return submit<SecretTags>(m_transport.get(), this, r, codec::secretTagsFromBody);
}

Reply<NoContent> *CsmsClient::createTag(const QString &secretId, const Tag &tag, Priority priority)
{
    ApiRequest r = withBody(
            req("POST", {QStringLiteral("csms"), secretId, QStringLiteral("tags")}, priority),
            codec::tagBody(tag));
    r.subject.tagKey = tag.key;
    return submit<NoContent>(m_transport.get(), this, r, codec::noContentFromBody);
}

Reply<NoContent> *CsmsClient::deleteTag(const QString &secretId, const QString &key,
                                        Priority priority)
{
    ApiRequest r = req("DELETE", {QStringLiteral("csms"), secretId, QStringLiteral("tags"), key},
                       priority);
    r.subject.tagKey = key;
    return submit<NoContent>(m_transport.get(), this, r, codec::noContentFromBody);
}

Reply<NoContent> *CsmsClient::tagAction(const QString &secretId, TagAction action,
                                        const QList<Tag> &tags, Priority priority)
{
    ApiRequest r = withBody(req("POST",
                                {QStringLiteral("csms"), secretId, QStringLiteral("tags"),
                                 QStringLiteral("action")},
                                priority),
                            codec::tagActionBody(action, tags));
    return submit<NoContent>(m_transport.get(), this, r, codec::noContentFromBody);
}

Reply<QList<TagValues>> *CsmsClient::listProjectTags(Priority priority)
{
    ApiRequest r = req("GET", {QStringLiteral("csms"), QStringLiteral("tags")}, priority);
    return submit<QList<TagValues>>(m_transport.get(), this, r, codec::projectTagsFromBody);
}

Reply<ResourceInstancePage> *CsmsClient::filterResources(const ResourceFilter &filter,
                                                         Priority priority)
{
    ApiRequest r = withBody(req("POST",
                                {QStringLiteral("csms"), QStringLiteral("resource_instances"),
                                 QStringLiteral("action")},
                                priority),
                            codec::resourceFilterBody(filter, false));
    r.readOnly = true;
    return submit<ResourceInstancePage>(m_transport.get(), this, r,
                                        codec::resourceInstancesFromBody);
}

Reply<int> *CsmsClient::countResources(const ResourceFilter &filter, Priority priority)
{
    ApiRequest r = withBody(req("POST",
                                {QStringLiteral("csms"), QStringLiteral("resource_instances"),
                                 QStringLiteral("action")},
                                priority),
                            codec::resourceFilterBody(filter, true));
    r.readOnly = true;
    return submit<int>(m_transport.get(), this, r, codec::resourceCountFromBody);
}

Reply<RotationResult> *CsmsClient::rotateSecret(const QString &name, Priority priority)
{
    ApiRequest r = req("POST", {secretsSegment, name, QStringLiteral("rotate")}, priority);
    r.subject = about(name);
    return submit<RotationResult>(
            m_transport.get(), this, r,
            [name](const QByteArray &body) -> ApiResult<RotationResult> {
                ApiResult<RotationResult> result = codec::rotationResultFromBody(body);
                if (result && !result->secretName.isEmpty() && result->secretName != name) {
                    return ApiError::badResponse(
                            tr("the answer is about another secret than the one asked for"));
                }
                return result;
            });
}

Reply<SecretTaskPage> *CsmsClient::listSecretTasks(const SecretTaskQuery &query, Priority priority)
{
    ApiRequest r = req("GET", {QStringLiteral("csms"), QStringLiteral("tasks")}, priority);
    const QList<QPair<QString, QString>> items{{QStringLiteral("secret_name"), query.secretName},
                                               {QStringLiteral("status"), query.status},
                                               {QStringLiteral("task_id"), query.taskId},
                                               {QStringLiteral("marker"), query.marker}};
    for (const auto &item : items) {
        if (!item.second.isEmpty())
            r.query.append(item);
    }
    if (query.limit > 0)
        r.query.append({QStringLiteral("limit"), QString::number(qMin(query.limit, 1000))});
    r.subject = about(query.secretName);
    return submit<SecretTaskPage>(m_transport.get(), this, r, codec::secretTaskPageFromBody);
}

Reply<QString> *CsmsClient::resolveProjectId(Priority priority)
{
    ApiRequest r = req("GET", {}, priority);
    r.localOnly = true;
    ApiTransport *transport = m_transport.get();
    return submit<QString>(transport, this, r,
                           [transport](const QByteArray &) -> ApiResult<QString> {
                               return transport->projectId();
                           });
}

Reply<IamToken> *CsmsClient::iamToken(Priority priority)
{
    ApiRequest r = req("POST", {}, priority);
    r.localOnly = true;
    r.needsProject = false;
    QPointer<TokenProvider> provider = qobject_cast<TokenProvider *>(authenticator());
    return submit<IamToken>(
            m_transport.get(), this, r, [provider](const QByteArray &) -> ApiResult<IamToken> {
                if (!provider) {
                    return ApiError::validation(tr("This profile does not use an IAM user"));
                }
                return provider->token();
            });
}

} // namespace keystage
