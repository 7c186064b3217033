// SPDX-License-Identifier: Apache-2.0
// ApiReply: one CSMS/IAM call in flight. finished() is emitted exactly once, always from the
// event loop (never inside the call that created the reply). abort() ends it with
// ApiError::Kind::Cancelled. Reply<T> adds the typed result and then(context, callback).
//
// Lifetime: by default a reply deletes itself (deleteLater) after finished() has been delivered;
// read its result in a finished handler or a then() callback. setAutoDelete(false) keeps it until
// its parent (the client) or the caller deletes it. A callback bound to a context object is never
// called once the context has been destroyed.
#pragma once

#include "core/api/apierror.h"
#include "core/api/apiresult.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <functional>
#include <utility>

namespace keystage {

class ApiReply : public QObject
{
    Q_OBJECT

public:
    ~ApiReply() override;

    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_failed; }
    // The error; meaningful only when finished and !isOk().
    const ApiError &error() const { return m_error; }

    QByteArray method() const { return m_method; }
    QString path() const { return m_path; } // as sent, no query; empty until sent
    int httpStatus() const { return m_httpStatus; } // last response, 0 if none
    QString requestId() const { return m_requestId; }
    int attempts() const { return m_attempts; }
    // A response header the request asked to keep (ApiRequest::responseHeaders), else empty.
    QByteArray responseHeader(const QByteArray &name) const;

    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

public Q_SLOTS:
    // Cancels the call (queued, waiting for a token or back-off, or on the wire) and finishes
    // with Cancelled. Does nothing once finished.
    void abort();

Q_SIGNALS:
    void finished();
    // Internal: asks the client to drop the call. Connect to finished() instead.
    void abortRequested();

protected:
    explicit ApiReply(QByteArray method, QObject *parent);
    // Decodes a success body into the typed result; returns an error for a body that does not
    // match what the API promises.
    virtual std::optional<ApiError> decode(const QByteArray &body) = 0;
    virtual void setFailure(const ApiError &error) = 0;

private:
    friend class ApiTransport;
    // Called by the transport, in the event loop.
    void noteAttempt(const QString &path, int httpStatus, const QString &requestId);
    void noteHeader(const QByteArray &name, const QByteArray &value);
    void finishWithBody(const QByteArray &body);
    void finishWithError(const ApiError &error);
    void emitFinished();

    QByteArray m_method;
    QString m_path;
    int m_httpStatus = 0;
    QString m_requestId;
    int m_attempts = 0;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    ApiError m_error;
    bool m_finished = false;
    bool m_failed = false;
    bool m_autoDelete = true;
};

template<typename T>
class Reply : public ApiReply
{
public:
    using Decoder = std::function<ApiResult<T>(const QByteArray &body)>;
    // A decoder that also reads the reply's kept response headers.
    using ReplyDecoder = std::function<ApiResult<T>(const QByteArray &body, const ApiReply &reply)>;

    Reply(QByteArray method, Decoder decoder, QObject *parent)
        : ApiReply(std::move(method), parent)
        , m_decoder([decoder = std::move(decoder)](const QByteArray &body, const ApiReply &) {
            return decoder(body);
        })
    {}
    Reply(QByteArray method, ReplyDecoder decoder, QObject *parent)
        : ApiReply(std::move(method), parent)
        , m_decoder(std::move(decoder))
    {}

    // The result; a Cancelled error until finished.
    const ApiResult<T> &result() const { return m_result; }

    // Calls fn(const ApiResult<T> &) when the reply finishes, unless context is gone by then.
    // Returns this, so that calls can be chained: client->showSecret(n)->then(this, ...).
    template<typename Fn>
    Reply<T> *then(const QObject *context, Fn fn)
    {
        QObject::connect(this, &ApiReply::finished, context,
                         [this, fn = std::move(fn)]() { fn(m_result); });
        return this;
    }

protected:
    std::optional<ApiError> decode(const QByteArray &body) override
    {
        m_result = m_decoder(body, *this);
        if (m_result.ok())
            return std::nullopt;
        return m_result.error();
    }
    void setFailure(const ApiError &error) override { m_result = ApiResult<T>(error); }

private:
    ReplyDecoder m_decoder;
    ApiResult<T> m_result;
};

} // namespace keystage
