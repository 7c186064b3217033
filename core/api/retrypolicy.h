// SPDX-License-Identifier: Apache-2.0
// RetryPolicy: when and after how long an API call is retried. Pure (no timers, no I/O): the
// transport asks it after each failed attempt.
//  - only idempotent calls (GET, PUT of a stage, DELETE); a POST is never retried;
//  - on 429, 502, 503, 504, on a throttling code (APIG(W).0308) whatever the status, and on
//    connection resets; never on an answer that could not be decoded (BadResponse);
//  - exponential back-off with full jitter: uniform in [0, min(cap, base * 2^retry)];
//  - Retry-After (seconds or an HTTP date) is a floor for the delay; when it exceeds the cap,
//    the call is not retried;
//  - at most maxRetries (3) retries per call: the budget is spent once (a re-authentication or
//    a fallback does not renew it).
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <functional>
#include <optional>

namespace keystage {

struct RetryAttempt
{
    bool idempotent = false;
    int retriesDone = 0; // retries already made (0 after the first attempt)
    int httpStatus = 0; // 0 when no response arrived
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    std::optional<qint64> retryAfterMs; // parsed Retry-After
    bool throttled = false; // the answer carried a throttling code (ApiError::Kind::RateLimited)
};

class RetryPolicy
{
public:
    using Random = std::function<double()>; // uniform in [0, 1)

    RetryPolicy(); // default random source: QRandomGenerator::global()
    explicit RetryPolicy(Random random);

    int maxRetries() const { return m_maxRetries; }
    void setMaxRetries(int retries); // clamped to 0..3
    qint64 baseDelayMs() const { return m_baseDelayMs; }
    qint64 maxDelayMs() const { return m_maxDelayMs; }
    void setDelays(qint64 baseMs, qint64 capMs);

    static bool isIdempotent(const QByteArray &method); // GET, HEAD, PUT, DELETE
    static bool isRetryableStatus(int httpStatus); // 429, 502, 503, 504
    static bool isRetryableNetworkError(QNetworkReply::NetworkError error); // resets only
    // Retry-After: delay-seconds or an HTTP date (relative to now). nullopt if absent/garbage.
    // Never overflows: more seconds than a qint64 of milliseconds holds gives that maximum,
    // which exceeds any cap (nextDelay then gives up).
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);

    // The delay before the next attempt, or nullopt when the call must not be retried.
    std::optional<qint64> nextDelay(const RetryAttempt &attempt) const;

private:
    Random m_random;
    int m_maxRetries = 3;
    qint64 m_baseDelayMs = 250;
    qint64 m_maxDelayMs = 8000;
};

} // namespace keystage
