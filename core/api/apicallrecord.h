// SPDX-License-Identifier: Apache-2.0
// One finished API call, as the client reports it (CsmsClient::callFinished) for the Activity
// view and the log. Identifiers and numbers only: no body, no query values, no header values.
#pragma once

#include "core/api/apierror.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <optional>

namespace keystage {

struct ApiCallRecord
{
    QDateTime startedAt; // UTC, when the call was submitted (before any wait for a token)
    QDateTime sentAt; // UTC, when it first went on the wire; invalid if it never did
    QByteArray method; // "GET"
    QString path; // the URL path as sent (project id and names included), no query
    int httpStatus = 0; // of the last attempt; 0 when no response arrived
    qint64 latencyMs = 0; // from first send to finish, retries and back-off included
    int attempts = 0; // 1 + retries
    QString code; // CSMS/APIG code of an error response, else empty
    QString requestId; // X-Request-Id of the last response
    std::optional<ApiError::Kind> errorKind; // unset on success
};

} // namespace keystage

Q_DECLARE_METATYPE(keystage::ApiCallRecord)
