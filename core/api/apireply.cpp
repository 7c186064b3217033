// SPDX-License-Identifier: Apache-2.0
#include "core/api/apireply.h"

namespace keystage {

ApiReply::ApiReply(QByteArray method, QObject *parent)
    : QObject(parent)
    , m_method(std::move(method))
{}

ApiReply::~ApiReply()
{
    for (auto &header : m_headers)
        header.second.fill('\0'); // X-Subject-Token is a credential
}

void ApiReply::abort()
{
    if (m_finished)
        return;
    // The transport drops the call and finishes the reply with Cancelled.
    Q_EMIT abortRequested();
    if (!m_finished)
        finishWithError(ApiError::cancelled());
}

void ApiReply::noteAttempt(const QString &path, int httpStatus, const QString &requestId)
{
    m_path = path;
    m_httpStatus = httpStatus;
    if (!requestId.isEmpty())
        m_requestId = requestId;
    ++m_attempts;
}

void ApiReply::noteHeader(const QByteArray &name, const QByteArray &value)
{
    m_headers.append({name, value});
}

QByteArray ApiReply::responseHeader(const QByteArray &name) const
{
    for (const auto &header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

void ApiReply::finishWithBody(const QByteArray &body)
{
    if (m_finished)
        return;
    if (const std::optional<ApiError> error = decode(body)) {
        ApiError withContext = *error;
        withContext.httpStatus = m_httpStatus;
        withContext.requestId = m_requestId;
        m_error = withContext;
        m_failed = true;
        setFailure(withContext);
    }
    emitFinished();
}

void ApiReply::finishWithError(const ApiError &error)
{
    if (m_finished)
        return;
    m_error = error;
    m_failed = true;
    setFailure(error);
    emitFinished();
}

void ApiReply::emitFinished()
{
    m_finished = true;
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}

} // namespace keystage
