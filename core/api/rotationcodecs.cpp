// SPDX-License-Identifier: Apache-2.0
// Decoding of the rotation answers (codecs.h): RotateSecret's {"rotation_task_id","secret_name",
// "version_id"} and ListSecretTask's {"tasks","total","next_marker"}. Lenient like the secrets:
// a task field of an unexpected type is dropped for that task only (SecretTask::unreadFields);
// a task without a task_id cannot be told apart and is dropped from the page (counted).
#include "core/api/apilog.h"
#include "core/api/codecs.h"
#include "core/api/jsonreader.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace keystage::codec {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("keystage::codec", text);
}

} // namespace

ApiResult<RotationResult> rotationResultFromBody(const QByteArray &body)
{
    const ApiResult<QJsonObject> object = objectFromBody(body);
    if (!object)
        return object.error();
    JsonReader r(*object, QStringLiteral("body"));
    RotationResult result;
    // The task id is what the user follows the rotation by: required. The rest only informs.
    result.taskId = r.string("rotation_task_id");
    if (!r.ok())
        return r.error();
    if (result.taskId.isEmpty())
        return ApiError::badResponse(
                tr("the field %1 is missing").arg(QLatin1String("rotation_task_id")));
    r.setLenient(true);
    result.secretName = r.string("secret_name");
    result.versionId = r.string("version_id");
    return result;
}

ApiResult<SecretTask> secretTaskFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return ApiError::badResponse(tr("%1 is not a JSON object").arg(QLatin1String("task")));
    JsonReader r(value.toObject(), QStringLiteral("task"));
    SecretTask t;
    t.taskId = r.string("task_id");
    if (!r.ok())
        return r.error();
    r.setLenient(true);
    t.secretName = r.string("secret_name");
    t.status = r.string("task_status");
    t.operateType = r.string("operate_type");
    t.taskTime = r.time0("task_time");
    t.attempts = readInteger(r, "attempt_nums");
    t.errorCode = r.string("task_error_code");
    t.errorMessage = r.string("task_error_msg");
    t.rotationFuncUrn = r.string("rotation_func_urn");
    t.unreadFields = r.dropped();
    for (const QString &field : t.unreadFields)
        qCDebug(lcApi).noquote() << "dropped task." << field << "(unexpected type)";
    return t;
}

ApiResult<SecretTaskPage> secretTaskPageFromBody(const QByteArray &body)
{
    const ApiResult<QJsonObject> object = objectFromBody(body);
    if (!object)
        return object.error();
    JsonReader r(*object, QStringLiteral("body"));
    SecretTaskPage page;
    const QJsonArray tasks = r.array("tasks");
    if (!r.ok())
        return r.error();
    r.setLenient(true);
    page.total = r.integer("total");
    page.nextMarker = r.string("next_marker");
    for (const QJsonValue &item : tasks) {
        ApiResult<SecretTask> task = secretTaskFromJson(item);
        if (task && !task->taskId.isEmpty())
            page.tasks.append(std::move(task.value()));
        else
            ++page.dropped;
    }
    if (page.total < page.tasks.size())
        page.total = int(page.tasks.size());
    return page;
}

} // namespace keystage::codec
