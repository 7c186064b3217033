// SPDX-License-Identifier: Apache-2.0
// Guards for the QNetworkReplies core/api starts (internal to core/api): a limit on the size of an
// answer, and dropping a reply without hearing from it again.
//
// No CSMS or IAM answer Keystage asks for comes near the size limit; one that passes it,
// announced by Content-Length or streaming on without a length, is a broken endpoint or proxy, and
// reading it to the end could fill memory.
#pragma once

#include "core/api/apierror.h"

#include <functional>

class QNetworkReply;
class QObject;

namespace keystage {

constexpr qint64 DefaultMaxAnswerBytes = 32 * 1024 * 1024;

// Calls exceeded() (in context's thread) as soon as reply's answer is known to be larger than
// maxBytes; the caller then drops the reply. readyRead, not downloadProgress: Qt emits that one
// at most every 100 ms, and loopback delivers ~90 MB in that time.
void watchAnswerSize(QNetworkReply *reply, qint64 maxBytes, QObject *context,
                     std::function<void()> exceeded);

// The BadResponse for such an answer.
ApiError answerTooLarge(qint64 maxBytes);

// Stops reply: listener hears nothing more from it (finished included), the request is aborted
// and the reply deleted later.
void abandonReply(QNetworkReply *reply, const QObject *listener);

} // namespace keystage
