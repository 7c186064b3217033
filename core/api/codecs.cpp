// SPDX-License-Identifier: Apache-2.0
// Decoding of CSMS/IAM response bodies. Each reader records the first field of the wrong type;
// the caller turns it into a BadResponse error naming the field (never its value).
#include "core/api/codecs.h"

#include "core/api/apilog.h"
#include "core/api/jsonreader.h"
#include "core/api/jsonscanner.h"
#include "core/api/jsonstreamreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSet>
#include <cmath>

namespace keystage::codec {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("keystage::codec", text);
}

ApiError notAnObject(const QString &what)
{
    return ApiError::badResponse(tr("%1 is not a JSON object").arg(what));
}

ApiError invalidJson()
{
    return ApiError::badResponse(tr("the body is not valid JSON"));
}

template<typename T, typename Fn>
ApiResult<T> enveloped(const QByteArray &body, const char *field, Fn decode)
{
    const ApiResult<QJsonObject> object = objectFromBody(body);
    if (!object)
        return object.error();
    const QJsonValue inner = object->value(QLatin1String(field));
    if (!inner.isObject())
        return ApiError::badResponse(
                tr("the field %1 is missing or not an object").arg(QLatin1String(field)));
    return decode(inner);
}

template<typename T, typename Fn>
bool decodeList(JsonReader &reader, const char *field, Fn decode, QList<T> &out)
{
    const QJsonArray array = reader.array(field);
    out.reserve(array.size());
    for (const QJsonValue &item : array) {
        ApiResult<T> decoded = decode(item);
        if (!decoded) {
            reader.failWith(decoded.error());
            return false;
        }
        out.append(std::move(decoded.value()));
    }
    return reader.ok();
}

// A marker-paginated list: {"<field>": [T...], "page_info": {...}}.
template<typename T, typename Fn>
ApiResult<Page<T>> markerPage(const QByteArray &body, const char *field, Fn decode)
{
    const ApiResult<QJsonObject> object = objectFromBody(body);
    if (!object)
        return object.error();
    JsonReader r(*object, QStringLiteral("body"));
    Page<T> page;
    if (!decodeList<T>(r, field, decode, page.items))
        return r.error();
    ApiResult<PageInfo> info = pageInfoFromJson(r.value("page_info"));
    if (!info)
        return info.error();
    page.pageInfo = info.value();
    return page;
}

// Says once per field (for the life of the process), at debug level, that a field of an
// unexpected type was dropped. Never the value.
void noteDropped(const QString &where, const QStringList &fields)
{
    static QMutex mutex;
    static QSet<QString> said;
    for (const QString &field : fields) {
        const QString name = where + QLatin1Char('.') + field;
        const QMutexLocker lock(&mutex);
        if (said.contains(name))
            continue;
        said.insert(name);
        qCDebug(lcApi).noquote() << "dropped" << name << "(unexpected type)";
    }
}

enum class NameRule { Required, Optional };

// Reader is JsonReader (a QJsonObject) or JsonStreamReader (a JsonScanner). Only the name is
// required (NameRule::Required): every other field of the wrong type is dropped for this secret
// (listed in unreadFields), so one odd value never fails a page.
template<typename Reader>
ApiResult<Secret> decodeSecret(Reader &r, NameRule nameRule = NameRule::Required)
{
    Secret s;
    s.name = r.string("name");
    if (!r.ok())
        return r.error();
    if (s.name.isEmpty() && nameRule == NameRule::Required)
        return ApiError::badResponse(tr("a secret has no name"));
    r.setLenient(true);
    s.id = r.string("id");
    s.state = r.string("state");
    s.kmsKeyId = r.string("kms_key_id");
    s.description = r.string("description");
    s.createTime = r.time0("create_time");
    s.updateTime = r.time0("update_time");
    s.scheduledDeleteTime = r.time("scheduled_delete_time");
    s.secretType = r.string("secret_type");
    s.autoRotation = r.boolean("auto_rotation").value_or(false);
    s.rotationPeriod = r.string("rotation_period");
    s.rotationConfig = r.string("rotation_config");
    s.rotationTime = r.time("rotation_time");
    s.nextRotationTime = r.time("next_rotation_time");
    s.eventSubscriptions = r.strings("event_subscriptions");
    s.eventSubscriptions.removeAll(QString());
    s.enterpriseProjectId = r.string("enterprise_project_id");
    s.rotationFuncUrn = r.string("rotation_func_urn");
    r.setLenient(false);
    if (!r.dropped().isEmpty()) {
        s.unreadFields = r.dropped();
        noteDropped(QStringLiteral("secret"), s.unreadFields);
    }
    return s;
}

template<typename Reader>
ApiResult<PageInfo> decodePageInfo(Reader &r)
{
    PageInfo p;
    p.nextMarker = r.string("next_marker");
    p.previousMarker = r.string("previous_marker");
    p.currentCount = r.integer("current_count");
    if (!r.ok())
        return r.error();
    return p;
}

} // namespace

ApiResult<QJsonObject> objectFromBody(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalidJson();
    if (!document.isObject())
        return notAnObject(tr("the body"));
    return document.object();
}

ApiResult<Secret> secretFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return notAnObject(QStringLiteral("secret"));
    JsonReader r(value.toObject(), QStringLiteral("secret"));
    return decodeSecret(r);
}

ApiResult<VersionMetadata> versionMetadataFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return notAnObject(QStringLiteral("version_metadata"));
    JsonReader r(value.toObject(), QStringLiteral("version_metadata"));
    VersionMetadata v;
    // Decisions (stage moves, purge warnings) rest on the id and the stages: those are strict.
    v.id = r.string("id");
    v.versionStages = r.strings("version_stages");
    if (!r.ok())
        return r.error();
    r.setLenient(true);
    v.secretName = r.string("secret_name");
    v.createTime = r.time0("create_time");
    v.expireTime = r.time("expire_time");
    v.kmsKeyId = r.string("kms_key_id");
    noteDropped(QStringLiteral("version_metadata"), r.dropped());
    return v;
}

ApiResult<Version> versionFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return notAnObject(QStringLiteral("version"));
    JsonReader r(value.toObject(), QStringLiteral("version"));
    Version v;
    if (r.has("version_metadata")) {
        ApiResult<VersionMetadata> metadata = versionMetadataFromJson(r.value("version_metadata"));
        if (!metadata)
            return metadata.error();
        v.metadata = std::move(metadata.value());
    }
    if (r.has("secret_string")) {
        const QString text = r.string("secret_string");
        if (r.ok())
            v.secretString = text;
    }
    if (r.has("secret_binary")) {
        const QString text = r.string("secret_binary");
        if (r.ok())
            v.secretBinary = text.toLatin1();
    }
    if (!r.ok()) {
        v.wipe();
        return r.error();
    }
    return v;
}

ApiResult<Stage> stageFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return notAnObject(QStringLiteral("stage"));
    JsonReader r(value.toObject(), QStringLiteral("stage"));
    Stage s;
    s.name = r.string("name");
    s.versionId = r.string("version_id");
    if (!r.ok())
        return r.error();
    r.setLenient(true);
    s.secretName = r.string("secret_name");
    s.updateTime = r.time0("update_time");
    noteDropped(QStringLiteral("stage"), r.dropped());
    return s;
}

ApiResult<PageInfo> pageInfoFromJson(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return PageInfo{};
    if (!value.isObject())
        return notAnObject(QStringLiteral("page_info"));
    JsonReader r(value.toObject(), QStringLiteral("page_info"));
    return decodePageInfo(r);
}

ApiResult<Tag> tagFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return notAnObject(QStringLiteral("tag"));
    JsonReader r(value.toObject(), QStringLiteral("tag"));
    Tag t;
    t.key = r.string("key");
    t.value = r.string("value");
    if (!r.ok())
        return r.error();
    return t;
}

ApiResult<ResourceInstance> resourceInstanceFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return notAnObject(QStringLiteral("resource"));
    JsonReader r(value.toObject(), QStringLiteral("resource"));
    ResourceInstance res;
    // Lenient: a row keeps what could be read (a row without a name is dropped by the caller).
    r.setLenient(true);
    res.resourceId = r.string("resource_id");
    res.resourceName = r.string("resource_name");
    const QJsonValue detail = r.value("resource_detail");
    if (detail.isObject()) {
        JsonReader dr(detail.toObject(), QStringLiteral("resource_detail"));
        ApiResult<Secret> secret = decodeSecret(dr, NameRule::Optional);
        if (secret)
            res.detail = secret.value();
    }
    QList<Tag> tags;
    QList<Tag> sysTags;
    JsonReader tagReader(value.toObject(), QStringLiteral("resource"));
    if (decodeList<Tag>(tagReader, "tags", tagFromJson, tags))
        res.tags = tags;
    JsonReader sr(value.toObject(), QStringLiteral("resource"));
    if (decodeList<Tag>(sr, "sys_tags", tagFromJson, sysTags))
        res.sysTags = sysTags;
    noteDropped(QStringLiteral("resource"), r.dropped());
    return res;
}

namespace {

// The value of "secrets" in a page: null (no secrets) or an array of secret objects. After the
// first bad item the rest is only checked for syntax, as markerPage stops at it.
void scanSecretList(JsonScanner &s, QList<Secret> &items, std::optional<ApiError> &error)
{
    switch (s.next()) {
    case JsonScanner::Type::Null:
        s.readNull();
        return;
    case JsonScanner::Type::Array:
        break;
    default:
        s.skip();
        error = JsonReader::wrongType(QStringLiteral("body.secrets"));
        return;
    }
    s.enterArray();
    while (s.nextElement()) {
        if (error) {
            s.skip();
        } else if (s.next() != JsonScanner::Type::Object) {
            s.skip();
            error = notAnObject(QStringLiteral("secret"));
        } else {
            JsonStreamReader r(s, QStringLiteral("secret"));
            ApiResult<Secret> secret = decodeSecret(r);
            if (secret)
                items.append(std::move(secret.value()));
            else
                error = secret.error();
        }
    }
}

ApiResult<PageInfo> scanPageInfo(JsonScanner &s)
{
    switch (s.next()) {
    case JsonScanner::Type::Null:
        s.readNull();
        return PageInfo{};
    case JsonScanner::Type::Object: {
        JsonStreamReader r(s, QStringLiteral("page_info"));
        return decodePageInfo(r);
    }
    default:
        s.skip();
        return notAnObject(QStringLiteral("page_info"));
    }
}

} // namespace

// Pages of secrets are the largest bodies Keystage reads (up to 1000 secrets, ~400 KB): they are
// decoded straight from the text, without a QJsonDocument in between. The result, errors included,
// is the same as secretPageFromDocument's (tst_codecs compares them on generated and mutated
// bodies): the members are read in the same order, the last of duplicate keys wins, a syntax error
// anywhere beats any other error.
ApiResult<SecretPage> secretPageFromBody(const QByteArray &body)
{
    JsonScanner s(body);
    if (s.next() != JsonScanner::Type::Object) {
        s.skip();
        return s.atEnd() ? notAnObject(tr("the body")) : invalidJson();
    }
    SecretPage page;
    std::optional<ApiError> itemsError;
    ApiResult<PageInfo> info = PageInfo{};
    s.enterObject();
    QByteArrayView key;
    while (s.nextMember(&key)) {
        if (key == "secrets") {
            page.items.clear();
            itemsError.reset();
            scanSecretList(s, page.items, itemsError);
        } else if (key == "page_info") {
            info = scanPageInfo(s);
        } else {
            s.skip();
        }
    }
    if (!s.atEnd())
        return invalidJson();
    if (itemsError)
        return *itemsError;
    if (!info)
        return info.error();
    page.pageInfo = info.value();
    return page;
}

ApiResult<SecretPage> secretPageFromDocument(const QByteArray &body)
{
    return markerPage<Secret>(body, "secrets", secretFromJson);
}

ApiResult<Secret> secretFromBody(const QByteArray &body)
{
    return enveloped<Secret>(body, "secret", secretFromJson);
}

ApiResult<VersionPage> versionPageFromBody(const QByteArray &body)
{
    return markerPage<VersionMetadata>(body, "version_metadatas", versionMetadataFromJson);
}

ApiResult<VersionMetadata> versionMetadataFromBody(const QByteArray &body)
{
    return enveloped<VersionMetadata>(body, "version_metadata", versionMetadataFromJson);
}

ApiResult<Version> versionFromBody(const QByteArray &body)
{
    return enveloped<Version>(body, "version", versionFromJson);
}

ApiResult<Stage> stageFromBody(const QByteArray &body)
{
    return enveloped<Stage>(body, "stage", stageFromJson);
}

ApiResult<BatchDeleteResult> batchDeleteResultFromBody(const QByteArray &body)
{
    const ApiResult<QJsonObject> object = objectFromBody(body);
    if (!object)
        return object.error();
    JsonReader r(*object, QStringLiteral("body"));
    BatchDeleteResult result;
    result.total = r.integer("total");
    result.succeeded = r.strings("success_secrets");
    const auto failed = [](const QJsonValue &item) -> ApiResult<FailedDeletedSecret> {
        if (!item.isObject())
            return notAnObject(QStringLiteral("failed_secrets"));
        JsonReader fr(item.toObject(), QStringLiteral("failed_secrets"));
        FailedDeletedSecret f{fr.string("secret_name"), fr.string("error_msg")};
        if (!fr.ok())
            return fr.error();
        return f;
    };
    decodeList<FailedDeletedSecret>(r, "failed_secrets", failed, result.failed);
    if (!r.ok())
        return r.error();
    return result;
}

ApiResult<SecretTags> secretTagsFromBody(const QByteArray &body)
{
    const ApiResult<QJsonObject> object = objectFromBody(body);
    if (!object)
        return object.error();
    JsonReader r(*object, QStringLiteral("body"));
    SecretTags tags;
    decodeList<Tag>(r, "tags", tagFromJson, tags.tags);
    decodeList<Tag>(r, "sys_tags", tagFromJson, tags.sysTags);
    if (!r.ok())
        return r.error();
    return tags;
}

ApiResult<QList<TagValues>> projectTagsFromBody(const QByteArray &body)
{
    const ApiResult<QJsonObject> object = objectFromBody(body);
    if (!object)
        return object.error();
    JsonReader r(*object, QStringLiteral("body"));
    QList<TagValues> out;
    const auto decode = [](const QJsonValue &item) -> ApiResult<TagValues> {
        if (!item.isObject())
            return notAnObject(QStringLiteral("tags"));
        JsonReader tv(item.toObject(), QStringLiteral("tags"));
        TagValues t{tv.string("key"), tv.strings("values")};
        if (!tv.ok())
            return tv.error();
        return t;
    };
    if (!decodeList<TagValues>(r, "tags", decode, out))
        return r.error();
    return out;
}

ApiResult<ResourceInstancePage> resourceInstancesFromBody(const QByteArray &body)
{
    const ApiResult<QJsonObject> object = objectFromBody(body);
    if (!object)
        return object.error();
    JsonReader r(*object, QStringLiteral("body"));
    ResourceInstancePage page;
    page.totalCount = r.integer("total_count");
    QList<ResourceInstance> resources;
    decodeList<ResourceInstance>(r, "resources", resourceInstanceFromJson, resources);
    if (!r.ok())
        return r.error();
    // A row without a name cannot be shown or addressed: dropped, not shown blank.
    for (ResourceInstance &resource : resources) {
        if (!resource.resourceName.isEmpty()
            || (resource.detail && !resource.detail->name.isEmpty()))
            page.resources.append(std::move(resource));
        else
            ++page.dropped;
    }
    return page;
}

ApiResult<int> resourceCountFromBody(const QByteArray &body)
{
    const ApiResult<QJsonObject> object = objectFromBody(body);
    if (!object)
        return object.error();
    JsonReader r(*object, QStringLiteral("body"));
    if (!r.has("total_count"))
        return ApiError::badResponse(tr("the field total_count is missing"));
    const int count = r.integer("total_count");
    if (!r.ok())
        return r.error();
    return count;
}

ApiResult<IamToken> iamTokenFromResponse(const QByteArray &body, const QByteArray &subjectToken)
{
    if (subjectToken.isEmpty())
        return ApiError::badResponse(tr("the X-Subject-Token header is missing"));
    const ApiResult<QJsonObject> object = objectFromBody(body);
    if (!object)
        return object.error();
    const QJsonValue token = object->value(QLatin1String("token"));
    if (!token.isObject())
        return ApiError::badResponse(tr("the field token is missing or not an object"));
    JsonReader r(token.toObject(), QStringLiteral("token"));
    IamToken out;
    out.token = subjectToken;
    const QString expires = r.string("expires_at");
    out.expiresAt = QDateTime::fromString(expires, Qt::ISODateWithMs);
    if (!out.expiresAt.isValid())
        out.expiresAt = QDateTime::fromString(expires, Qt::ISODate);
    if (!r.ok() || !out.expiresAt.isValid())
        return ApiError::badResponse(tr("the field token.expires_at is missing or invalid"));
    out.expiresAt = out.expiresAt.toUTC();
    if (r.value("project").isObject()) {
        JsonReader pr(r.value("project").toObject(), QStringLiteral("token.project"));
        out.projectId = pr.string("id");
        out.projectName = pr.string("name");
        if (!pr.ok())
            return pr.error();
    }
    return out;
}

ApiResult<QString> projectIdFromProjectsBody(const QByteArray &body, const QString &name)
{
    const ApiResult<QJsonObject> object = objectFromBody(body);
    if (!object)
        return object.error();
    JsonReader r(*object, QStringLiteral("body"));
    QStringList ids;
    const QJsonArray projects = r.array("projects");
    for (const QJsonValue &item : projects) {
        if (!item.isObject())
            return notAnObject(QStringLiteral("projects"));
        JsonReader pr(item.toObject(), QStringLiteral("projects"));
        const QString id = pr.string("id");
        const QString projectName = pr.string("name");
        if (!pr.ok())
            return pr.error();
        if (projectName.isEmpty() || projectName == name)
            ids.append(id);
    }
    if (!r.ok())
        return r.error();
    if (ids.size() != 1 || ids.first().isEmpty()) {
        return ApiError::validation(
                QCoreApplication::translate(
                        "keystage::codec",
                        "IAM lists %n project(s) named %1; set the project id in the profile",
                        nullptr, int(ids.size()))
                        .arg(name));
    }
    return ids.first();
}

ApiResult<NoContent> noContentFromBody(const QByteArray &)
{
    return NoContent{};
}

} // namespace keystage::codec
