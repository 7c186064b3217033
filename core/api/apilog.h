// SPDX-License-Identifier: Apache-2.0
// The keystage.api logging category (method, path, status, latency, request id only).
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApi)
