// SPDX-License-Identifier: Apache-2.0
// One wait for an API reply, shared by the core and ui tests and the benchmarks: on the reply's
// finished() signal, never a sleep. Header-only; the includer links keystage_core.
#pragma once

#include "core/api/apireply.h"

#include <QSignalSpy>

namespace keystage::test {

// Waits up to timeoutMs for reply, returns its result and deletes it; attempts, if given, gets
// how many HTTP attempts the call made. A reply still running at the deadline gives a
// BadResponse saying so, never the default value of an unfinished reply.
template<typename T>
ApiResult<T> awaitReply(Reply<T> *reply, int timeoutMs, int *attempts = nullptr)
{
    reply->setAutoDelete(false);
    if (!reply->isFinished() && !QSignalSpy(reply, &ApiReply::finished).wait(timeoutMs)) {
        delete reply;
        return ApiError::badResponse(QStringLiteral("test: no finished() in time"));
    }
    const ApiResult<T> result = reply->result();
    if (attempts)
        *attempts = reply->attempts();
    delete reply;
    return result;
}

} // namespace keystage::test
