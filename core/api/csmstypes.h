// SPDX-License-Identifier: Apache-2.0
// Value types of the CSMS API (csms-api.md section 2) and the request bodies the client sends.
// Identifiers and metadata only, except Version, which holds a secret value: see its comment.
// Times are int64 milliseconds since the epoch; 0 (or a false has…) means "absent".
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace keystage {

struct Secret
{
    QString id; // UUID; tags are addressed by it
    QString name;
    QString state; // ENABLED, DISABLED, PENDING_DELETE, FROZEN (kept as text: tolerate new ones)
    QString kmsKeyId;
    QString description;
    qint64 createTime = 0;
    qint64 updateTime = 0;
    std::optional<qint64> scheduledDeleteTime; // set only when a deletion is scheduled
    QString secretType; // COMMON, RDS-FG, GaussDB-FG
    bool autoRotation = false;
    QString rotationPeriod;
    QString rotationConfig; // as sent: JSON or Huawei's single-quoted form (core/ops parses it)
    std::optional<qint64> rotationTime;
    std::optional<qint64> nextRotationTime;
    QStringList eventSubscriptions;
    QString enterpriseProjectId;
    QString rotationFuncUrn;
    // Fields the answer carried with an unexpected type, dropped (read as absent): e.g.
    // "rotation_config" means the rotation settings are unknown, not "none".
    QStringList unreadFields;

    bool isPendingDelete() const { return state == QLatin1String("PENDING_DELETE"); }
    // The scheduled deletion time, only while the secret is PENDING_DELETE: Huawei's examples
    // carry scheduled_delete_time on ENABLED secrets too, where it means nothing.
    std::optional<qint64> pendingDeletionTime() const
    {
        return isPendingDelete() ? scheduledDeleteTime : std::nullopt;
    }
};

struct VersionMetadata
{
    QString id; // "v1", "v2", ...
    QString secretName;
    qint64 createTime = 0;
    std::optional<qint64> expireTime;
    QString kmsKeyId;
    QStringList versionStages;
};

// A version with its value. The value is the one secret thing this layer handles: it is never
// logged, never part of an error message, and the holder wipes it (wipe()) when it is no longer
// shown. Exactly one of secretString / secretBinary is set, as stored.
struct Version
{
    VersionMetadata metadata;
    std::optional<QString> secretString;
    std::optional<QByteArray> secretBinary; // the Base64 text as sent by the service

    bool isBinary() const { return secretBinary.has_value(); }
    void wipe(); // overwrites the value buffers in place, then clears them
};

struct Stage
{
    QString name;
    QString secretName;
    QString versionId;
    qint64 updateTime = 0;
};

struct PageInfo
{
    QString nextMarker; // empty on the last page
    QString previousMarker;
    int currentCount = 0;
};

template<typename T>
struct Page
{
    QList<T> items;
    PageInfo pageInfo;
    // Terraform's rule: stop when the page is empty or next_marker is empty.
    bool hasMore() const { return !items.isEmpty() && !pageInfo.nextMarker.isEmpty(); }
};

using SecretPage = Page<Secret>;
using VersionPage = Page<VersionMetadata>;

struct FailedDeletedSecret
{
    QString secretName;
    QString errorMessage; // starts with the CSMS code, e.g. "CSMS.0107: ..."
};

struct BatchDeleteResult
{
    int total = 0;
    QStringList succeeded;
    QList<FailedDeletedSecret> failed;
};

struct Tag
{
    QString key;
    QString value;
};

struct SecretTags
{
    QList<Tag> tags;
    QList<Tag> sysTags;
};

// GET /csms/tags: every key in the project with its values.
struct TagValues
{
    QString key;
    QStringList values;
};

struct ResourceInstance
{
    QString resourceId; // the secret id
    QString resourceName; // the secret name
    std::optional<Secret> detail; // resource_detail
    QList<Tag> tags;
    QList<Tag> sysTags;
};

struct ResourceInstancePage
{
    QList<ResourceInstance> resources; // rows without a name are dropped
    int totalCount = 0;
    int dropped = 0; // rows of the answer left out (no name)
};

// ---- rotation (RotateSecret, ListSecretTask) ----

// POST /secrets/{name}/rotate: the new version and the task that made it.
struct RotationResult
{
    QString taskId; // rotation_task_id
    QString secretName;
    QString versionId; // the new SYSCURRENT ("v7"); empty when the answer does not say
};

// One rotation task (ListSecretTask's SecretTask).
struct SecretTask
{
    QString taskId;
    QString secretName;
    QString status; // SUCCESS, FAILED (kept as text: tolerate others, e.g. a running state)
    QString operateType; // e.g. SINGLE_USER, MULTI_USER
    qint64 taskTime = 0;
    int attempts = 0;
    QString errorCode;
    QString errorMessage; // the service's text, no value in it
    QString rotationFuncUrn;
    QStringList unreadFields; // fields of an unexpected type, dropped for this task only

    bool succeeded() const { return status == QLatin1String("SUCCESS"); }
    bool failed() const { return status == QLatin1String("FAILED"); }
};

// GET /csms/tasks: filters (empty: any). A task id cannot be combined with the others.
struct SecretTaskQuery
{
    QString secretName;
    QString status; // SUCCESS or FAILED
    QString taskId;
    int limit = 0; // 0: the service's default (50); at most 1000
    QString marker; // a task id: the page after it
};

struct SecretTaskPage
{
    QList<SecretTask> tasks; // newest first, as answered; rows without a task_id are dropped
    int total = 0;
    QString nextMarker; // empty on the last page
    int dropped = 0;
};

// IAM token (POST /v3/auth/tokens). The token is a credential: never logged or shown.
struct IamToken
{
    QByteArray token; // X-Subject-Token
    QDateTime expiresAt; // UTC
    QString projectId;
    QString projectName;
};

// ---- request bodies ----

struct CreateSecretRequest
{
    QString name;
    std::optional<QString> secretString; // exactly one of the two values
    std::optional<QByteArray> secretBinary; // Base64 text
    QString kmsKeyId; // empty: service default
    QString description;
    QString secretType; // empty: COMMON
    std::optional<bool> autoRotation;
    QString rotationPeriod;
    QString rotationConfig;
    QStringList eventSubscriptions;
    QString enterpriseProjectId;
};

// Only the fields that are set are sent.
struct UpdateSecretRequest
{
    std::optional<QString> kmsKeyId;
    std::optional<QString> description;
    std::optional<bool> autoRotation;
    std::optional<QString> rotationPeriod;
    std::optional<QStringList> eventSubscriptions;
    std::optional<QString> rotationFuncUrn;
};

struct CreateVersionRequest
{
    std::optional<QString> secretString; // exactly one of the two values
    std::optional<QByteArray> secretBinary;
    QStringList versionStages; // empty: the service's default (SYSCURRENT)
    std::optional<qint64> expireTime;
};

// POST /csms/resource_instances/action
struct ResourceFilter
{
    QString nameMatch; // matches [{"key":"resource_name","value":...}]; empty: none
    QList<TagValues> tags; // tag filter; empty values list matches any value
    int limit = 10; // 1..1000 ("filter" only)
    int offset = 0;
};

enum class TagAction { Create, Delete };

} // namespace keystage

Q_DECLARE_METATYPE(keystage::Secret)
Q_DECLARE_METATYPE(keystage::Stage)
Q_DECLARE_METATYPE(keystage::VersionMetadata)
