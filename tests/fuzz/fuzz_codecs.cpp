// SPDX-License-Identifier: Apache-2.0
// The response decoders of core/api/codecs. The first byte chooses the decoder, the rest is the
// body. What must hold:
// - a page of secrets decodes the same through the streaming decoder and through QJsonDocument,
//   errors included;
// - a decoded page, secret, version list, version or stage re-encodes (below, as CSMS writes it)
//   to a body that decodes to the same rows;
// - a failure is a BadResponse (a Validation for the project lookup) whose message names no string
//   value of the body;
// - no decoder crashes or reads out of bounds on any body.
#include "describe.h"
#include "fuzzcommon.h"

#include "core/api/codecs.h"

using namespace keystage;
using namespace keystage::fuzz;

namespace {

// Times as digit strings: the codecs read those exactly, whatever their size.
void putTime(QJsonObject &o, const char *name, const std::optional<qint64> &t)
{
    if (t)
        o.insert(QLatin1String(name), QString::number(*t));
}

QJsonObject encode(const Secret &s)
{
    QJsonObject o{{QStringLiteral("id"), s.id},
                  {QStringLiteral("name"), s.name},
                  {QStringLiteral("state"), s.state},
                  {QStringLiteral("kms_key_id"), s.kmsKeyId},
                  {QStringLiteral("description"), s.description},
                  {QStringLiteral("secret_type"), s.secretType},
                  {QStringLiteral("auto_rotation"), s.autoRotation},
                  {QStringLiteral("rotation_period"), s.rotationPeriod},
                  {QStringLiteral("rotation_config"), s.rotationConfig},
                  {QStringLiteral("event_subscriptions"),
                   QJsonArray::fromStringList(s.eventSubscriptions)},
                  {QStringLiteral("enterprise_project_id"), s.enterpriseProjectId},
                  {QStringLiteral("rotation_func_urn"), s.rotationFuncUrn}};
    putTime(o, "create_time", s.createTime);
    putTime(o, "update_time", s.updateTime);
    putTime(o, "scheduled_delete_time", s.scheduledDeleteTime);
    putTime(o, "rotation_time", s.rotationTime);
    putTime(o, "next_rotation_time", s.nextRotationTime);
    return o;
}

QJsonObject encode(const VersionMetadata &v)
{
    QJsonObject o{{QStringLiteral("id"), v.id},
                  {QStringLiteral("secret_name"), v.secretName},
                  {QStringLiteral("kms_key_id"), v.kmsKeyId},
                  {QStringLiteral("version_stages"), QJsonArray::fromStringList(v.versionStages)}};
    putTime(o, "create_time", v.createTime);
    putTime(o, "expire_time", v.expireTime);
    return o;
}

QJsonObject encode(const Stage &s)
{
    QJsonObject o{{QStringLiteral("name"), s.name},
                  {QStringLiteral("secret_name"), s.secretName},
                  {QStringLiteral("version_id"), s.versionId}};
    putTime(o, "update_time", s.updateTime);
    return o;
}

QJsonObject encode(const Version &v)
{
    QJsonObject o{{QStringLiteral("version_metadata"), encode(v.metadata)}};
    if (v.secretString)
        o.insert(QStringLiteral("secret_string"), *v.secretString);
    if (v.secretBinary)
        o.insert(QStringLiteral("secret_binary"), QString::fromLatin1(*v.secretBinary));
    return o;
}

template<typename T>
QByteArray encodePage(const Page<T> &page, const char *field)
{
    QJsonArray items;
    for (const T &item : page.items)
        items.append(encode(item));
    const QJsonObject info{{QStringLiteral("next_marker"), page.pageInfo.nextMarker},
                           {QStringLiteral("previous_marker"), page.pageInfo.previousMarker},
                           {QStringLiteral("current_count"), page.pageInfo.currentCount}};
    return QJsonDocument(
                   QJsonObject{{QLatin1String(field), items}, {QStringLiteral("page_info"), info}})
            .toJson(QJsonDocument::Compact);
}

template<typename T>
QByteArray envelope(const T &value, const char *field)
{
    return QJsonDocument(QJsonObject{{QLatin1String(field), encode(value)}})
            .toJson(QJsonDocument::Compact);
}

// A failure is of the expected kind, has a message, and quotes no value of the body.
template<typename T>
void checkError(const ApiResult<T> &result, const QByteArray &body,
                ApiError::Kind kind = ApiError::Kind::BadResponse)
{
    if (result)
        return;
    const ApiError &error = result.error();
    FUZZ_CHECK(error.kind == kind, printable(body));
    FUZZ_CHECK(!error.message.isEmpty(), printable(body));
    QStringList strings;
    collectStrings(documentValue(body), strings);
    for (const QString &value : std::as_const(strings)) {
        FUZZ_CHECK(!quotable(value) || !error.message.contains(value),
                   "the error message quotes a value of the body: " + printable(error.message));
    }
}

// Decoded, re-encoded and decoded again: the same rows.
template<typename T, typename Decode, typename Encode>
void checkRoundTrip(const QByteArray &body, Decode decode, Encode encodeBody)
{
    const ApiResult<T> first = decode(body);
    checkError(first, body);
    if (!first)
        return;
    const QByteArray again = encodeBody(*first);
    const ApiResult<T> second = decode(again);
    FUZZ_CHECK(describe(second) == describe(first),
               "re-encoded " + printable(again) + " decodes to " + printable(describe(second))
                       + " instead of " + printable(describe(first)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body = bytesOf(data + 1, size - 1);
    switch (data[0] % 13) {
    case 0: {
        const ApiResult<SecretPage> streamed = codec::secretPageFromBody(body);
        const ApiResult<SecretPage> document = codec::secretPageFromDocument(body);
        // Except where a key starts with U+FEFF: QJsonDocument's object is then out of order and
        // JsonReader may miss a field it has (fuzzcommon.h, sameValue); the scanner keeps the
        // key's bytes, so such a key is simply another key.
        FUZZ_CHECK(describe(streamed) == describe(document) || body.contains("\"\xef\xbb\xbf"),
                   "secretPageFromBody: " + printable(describe(streamed))
                           + "\nsecretPageFromDocument: " + printable(describe(document))
                           + "\nbody: " + printable(body));
        checkRoundTrip<SecretPage>(body, codec::secretPageFromBody,
                                   [](const SecretPage &p) { return encodePage(p, "secrets"); });
        break;
    }
    case 1:
        checkRoundTrip<VersionPage>(body, codec::versionPageFromBody, [](const VersionPage &p) {
            return encodePage(p, "version_metadatas");
        });
        break;
    case 2:
        checkRoundTrip<Secret>(body, codec::secretFromBody,
                               [](const Secret &s) { return envelope(s, "secret"); });
        break;
    case 3:
        checkRoundTrip<VersionMetadata>(
                body, codec::versionMetadataFromBody,
                [](const VersionMetadata &v) { return envelope(v, "version_metadata"); });
        break;
    case 4: {
        // A value: wiped on failure, never in an error.
        checkRoundTrip<Version>(body, codec::versionFromBody,
                                [](const Version &v) { return envelope(v, "version"); });
        break;
    }
    case 5:
        checkRoundTrip<Stage>(body, codec::stageFromBody,
                              [](const Stage &s) { return envelope(s, "stage"); });
        break;
    case 6:
        checkError(codec::batchDeleteResultFromBody(body), body);
        break;
    case 7:
        checkError(codec::secretTagsFromBody(body), body);
        break;
    case 8:
        checkError(codec::projectTagsFromBody(body), body);
        break;
    case 9:
        checkError(codec::resourceInstancesFromBody(body), body);
        break;
    case 10:
        checkError(codec::resourceCountFromBody(body), body);
        break;
    case 11:
        checkError(codec::iamTokenFromResponse(body, "fuzz-subject-token"), body);
        break;
    case 12: {
        const ApiResult<QString> id = codec::projectIdFromProjectsBody(body, QStringLiteral("ap"));
        if (!id && id.error().kind == ApiError::Kind::Validation)
            FUZZ_CHECK(id.error().message.contains(QLatin1String("ap")), printable(body));
        else
            checkError(id, body);
        break;
    }
    }
    return 0;
}
