// SPDX-License-Identifier: Apache-2.0
// JSON codecs for the CSMS objects (csms-api.md section 2). Lenient: every field is optional and
// unknown fields are ignored; times are int64 milliseconds (a JSON number without fraction, or a
// digit string). Validating: a field of the wrong type, a body that is not JSON or not an object,
// or a missing envelope gives ApiError::Kind::BadResponse naming the field, never a crash and
// never a silently defaulted value. Error texts never quote values.
#pragma once

#include "core/api/apiresult.h"
#include "core/api/csmstypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace keystage::codec {

// Objects.
ApiResult<Secret> secretFromJson(const QJsonValue &value);
ApiResult<VersionMetadata> versionMetadataFromJson(const QJsonValue &value);
ApiResult<Version> versionFromJson(const QJsonValue &value);
ApiResult<Stage> stageFromJson(const QJsonValue &value);
ApiResult<PageInfo> pageInfoFromJson(const QJsonValue &value);
ApiResult<Tag> tagFromJson(const QJsonValue &value);
ApiResult<ResourceInstance> resourceInstanceFromJson(const QJsonValue &value);

// Response bodies (the envelope of each operation).
// The body as a JSON object, or BadResponse (the decoders below start with it).
ApiResult<QJsonObject> objectFromBody(const QByteArray &body);
ApiResult<SecretPage> secretPageFromBody(const QByteArray &body); // {"secrets","page_info"}
// The same through QJsonDocument, as every other body is decoded: the reference the streaming
// decoder of secretPageFromBody is tested and measured against.
ApiResult<SecretPage> secretPageFromDocument(const QByteArray &body);
ApiResult<Secret> secretFromBody(const QByteArray &body); // {"secret"}
ApiResult<VersionPage> versionPageFromBody(const QByteArray &body); // {"version_metadatas",...}
ApiResult<VersionMetadata> versionMetadataFromBody(const QByteArray &body); // {"version_metadata"}
ApiResult<Version> versionFromBody(const QByteArray &body); // {"version"}
ApiResult<Stage> stageFromBody(const QByteArray &body); // {"stage"}
ApiResult<BatchDeleteResult> batchDeleteResultFromBody(const QByteArray &body);
ApiResult<SecretTags> secretTagsFromBody(const QByteArray &body); // {"tags","sys_tags"}
ApiResult<QList<TagValues>> projectTagsFromBody(const QByteArray &body); // {"tags":[{key,values}]}
ApiResult<ResourceInstancePage> resourceInstancesFromBody(const QByteArray &body);
ApiResult<int> resourceCountFromBody(const QByteArray &body); // {"total_count"}
// Rotation (core/api/rotationcodecs.cpp).
ApiResult<RotationResult> rotationResultFromBody(const QByteArray &body);
ApiResult<SecretTask> secretTaskFromJson(const QJsonValue &value);
ApiResult<SecretTaskPage> secretTaskPageFromBody(const QByteArray &body); // {"tasks","total",...}
// POST /v3/auth/tokens: the token comes from the X-Subject-Token header.
ApiResult<IamToken> iamTokenFromResponse(const QByteArray &body, const QByteArray &subjectToken);
// GET /v3/projects?name=...: exactly one project named name.
ApiResult<QString> projectIdFromProjectsBody(const QByteArray &body, const QString &name);
// Any body accepted (204 / empty 200).
ApiResult<NoContent> noContentFromBody(const QByteArray &body);

// Request bodies (compact JSON, UTF-8).
QByteArray toJson(const CreateSecretRequest &request);
QByteArray toJson(const UpdateSecretRequest &request);
QByteArray toJson(const CreateVersionRequest &request);
QByteArray scheduleDeletionBody(int recoveryWindowDays);
QByteArray stageBody(const QString &versionId, const QString &name = {}); // name for POST
QByteArray versionExpiryBody(qint64 expireTimeMs);
QByteArray batchDeleteBody(const QString &instanceId, const QString &instanceType);
QByteArray tagBody(const Tag &tag);
QByteArray tagActionBody(TagAction action, const QList<Tag> &tags);
QByteArray resourceFilterBody(const ResourceFilter &filter, bool count);
QByteArray iamPasswordTokenBody(const QString &domain, const QString &user, const QString &password,
                                const QString &projectId, const QString &projectName);

} // namespace keystage::codec
