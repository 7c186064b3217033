// SPDX-License-Identifier: Apache-2.0
#include "core/api/retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <algorithm>
#include <cmath>
#include <limits>

namespace keystage {

RetryPolicy::RetryPolicy()
    : RetryPolicy([] { return QRandomGenerator::global()->generateDouble(); })
{}

RetryPolicy::RetryPolicy(Random random)
    : m_random(std::move(random))
{}

void RetryPolicy::setMaxRetries(int retries)
{
    m_maxRetries = std::clamp(retries, 0, 3);
}

void RetryPolicy::setDelays(qint64 baseMs, qint64 capMs)
{
    m_baseDelayMs = std::max<qint64>(0, baseMs);
    m_maxDelayMs = std::max(m_baseDelayMs, capMs);
}

bool RetryPolicy::isIdempotent(const QByteArray &method)
{
    const QByteArray m = method.toUpper();
    return m == "GET" || m == "HEAD" || m == "PUT" || m == "DELETE";
}

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    return httpStatus == 429 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
}

bool RetryPolicy::isRetryableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
        return true;
    default:
        return false;
    }
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    // delay-seconds is 1*DIGIT (RFC 9110): no sign, no fraction.
    constexpr qint64 longest = std::numeric_limits<qint64>::max();
    const bool digitsOnly
            = std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; });
    if (digitsOnly) {
        // Saturates: a pause too long to count in milliseconds is still longer than any cap.
        bool ok = false;
        const qint64 seconds = text.toLongLong(&ok);
        if (!ok || seconds > longest / 1000)
            return longest;
        return seconds * 1000;
    }
    // HTTP date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QString dateText = QString::fromLatin1(text);
    dateText.remove(QLatin1String(" GMT"));
    const QDateTime when
            = QLocale::c().toDateTime(dateText, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid())
        return std::nullopt;
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, now.msecsTo(utc));
}

std::optional<qint64> RetryPolicy::nextDelay(const RetryAttempt &attempt) const
{
    if (!attempt.idempotent || attempt.retriesDone >= m_maxRetries)
        return std::nullopt;
    const bool retryable = attempt.httpStatus != 0
                                   ? attempt.throttled || isRetryableStatus(attempt.httpStatus)
                                   : isRetryableNetworkError(attempt.networkError);
    if (!retryable)
        return std::nullopt;
    if (attempt.retryAfterMs && *attempt.retryAfterMs > m_maxDelayMs)
        return std::nullopt; // the service asks for a longer pause than we are willing to hold
    const double exponential
            = double(m_baseDelayMs) * std::pow(2.0, double(std::min(attempt.retriesDone, 30)));
    const double ceiling = std::min(double(m_maxDelayMs), exponential);
    const double random = std::clamp(m_random ? m_random() : 0.0, 0.0, 1.0);
    qint64 delay = qint64(ceiling * random);
    if (attempt.retryAfterMs)
        delay = std::max(delay, *attempt.retryAfterMs);
    return delay;
}

} // namespace keystage
