// SPDX-License-Identifier: Apache-2.0
// RetryPolicy: which calls are retried, how long we wait (full jitter, Retry-After) and how often.
#include "core/api/retrypolicy.h"

#include <QTest>

#include <limits>

using namespace keystage;

namespace {

RetryAttempt attempt(int status, int retriesDone = 0, bool idempotent = true)
{
    RetryAttempt a;
    a.idempotent = idempotent;
    a.retriesDone = retriesDone;
    a.httpStatus = status;
    return a;
}

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idempotentMethods();
    void retryableStatuses_data();
    void retryableStatuses();
    void postIsNeverRetried();
    void throttlingCodeWhateverTheStatus();
    void networkResetsOnly();
    void atMostThreeRetries();
    void fullJitterExponential();
    void retryAfterIsAFloor();
    void retryAfterBeyondCapGivesUp();
    void parseRetryAfter();
    void hugeRetryAfterSaturatesAndGivesUp_data();
    void hugeRetryAfterSaturatesAndGivesUp();
};

void TestRetryPolicy::idempotentMethods()
{
    QVERIFY(RetryPolicy::isIdempotent("GET"));
    QVERIFY(RetryPolicy::isIdempotent("delete"));
    QVERIFY(RetryPolicy::isIdempotent("PUT"));
    QVERIFY(!RetryPolicy::isIdempotent("POST"));
    QVERIFY(!RetryPolicy::isIdempotent("PATCH"));
}

void TestRetryPolicy::retryableStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retried");
    for (int s : {429, 502, 503, 504})
        QTest::addRow("%d", s) << s << true;
    for (int s : {200, 400, 401, 403, 404, 409, 500, 501})
        QTest::addRow("%d", s) << s << false;
}

void TestRetryPolicy::retryableStatuses()
{
    QFETCH(int, status);
    QFETCH(bool, retried);
    RetryPolicy policy([] { return 0.5; });
    QCOMPARE(policy.nextDelay(attempt(status)).has_value(), retried);
}

void TestRetryPolicy::postIsNeverRetried()
{
    RetryPolicy policy([] { return 0.5; });
    for (int s : {429, 502, 503, 504})
        QVERIFY(!policy.nextDelay(attempt(s, 0, false)));
    RetryAttempt reset = attempt(0, 0, false);
    reset.networkError = QNetworkReply::RemoteHostClosedError;
    QVERIFY(!policy.nextDelay(reset));
}

// APIG(W).0308 arrives with 400 or 403 too: backed off all the same (issue 15, item 6).
void TestRetryPolicy::throttlingCodeWhateverTheStatus()
{
    RetryPolicy policy([] { return 0.5; });
    for (int s : {400, 403, 429}) {
        RetryAttempt a = attempt(s);
        a.throttled = true;
        QVERIFY2(policy.nextDelay(a), qPrintable(QString::number(s)));
        a.retriesDone = 3;
        QVERIFY(!policy.nextDelay(a)); // within the same budget
    }
    QVERIFY(!policy.nextDelay(attempt(400)));
    RetryAttempt post = attempt(400, 0, false);
    post.throttled = true;
    QVERIFY(!policy.nextDelay(post));
}

void TestRetryPolicy::networkResetsOnly()
{
    RetryPolicy policy([] { return 0.5; });
    RetryAttempt a = attempt(0);
    a.networkError = QNetworkReply::RemoteHostClosedError;
    QVERIFY(policy.nextDelay(a));
    for (auto e : {QNetworkReply::ConnectionRefusedError, QNetworkReply::HostNotFoundError,
                   QNetworkReply::SslHandshakeFailedError, QNetworkReply::OperationCanceledError,
                   QNetworkReply::InsecureRedirectError}) {
        a.networkError = e;
        QVERIFY2(!policy.nextDelay(a), qPrintable(QString::number(int(e))));
    }
}

void TestRetryPolicy::atMostThreeRetries()
{
    RetryPolicy policy([] { return 0.5; });
    QVERIFY(policy.nextDelay(attempt(503, 0)));
    QVERIFY(policy.nextDelay(attempt(503, 2)));
    QVERIFY(!policy.nextDelay(attempt(503, 3)));
    policy.setMaxRetries(10); // clamped
    QCOMPARE(policy.maxRetries(), 3);
    QVERIFY(!policy.nextDelay(attempt(503, 3)));
    policy.setMaxRetries(0);
    QVERIFY(!policy.nextDelay(attempt(503, 0)));
}

void TestRetryPolicy::fullJitterExponential()
{
    double r = 0.999999;
    RetryPolicy policy([&r] { return r; });
    policy.setDelays(100, 1000);
    // Upper bound doubles per retry: 100, 200, 400 ... capped at 1000.
    QCOMPARE(*policy.nextDelay(attempt(503, 0)), qint64(99));
    QCOMPARE(*policy.nextDelay(attempt(503, 1)), qint64(199));
    QCOMPARE(*policy.nextDelay(attempt(503, 2)), qint64(399));
    policy.setMaxRetries(3);
    r = 0.0; // full jitter: the lower bound is zero
    QCOMPARE(*policy.nextDelay(attempt(503, 2)), qint64(0));
    r = 0.5;
    QCOMPARE(*policy.nextDelay(attempt(429, 1)), qint64(100));
    // The cap holds even for large retry counts.
    RetryPolicy capped([] { return 0.999999; });
    capped.setDelays(400, 1000);
    QVERIFY(*capped.nextDelay(attempt(503, 2)) <= 1000);
}

void TestRetryPolicy::retryAfterIsAFloor()
{
    RetryPolicy policy([] { return 0.1; });
    policy.setDelays(100, 8000);
    RetryAttempt a = attempt(429);
    a.retryAfterMs = 2000;
    QCOMPARE(*policy.nextDelay(a), qint64(2000));
    a.retryAfterMs = 0;
    QCOMPARE(*policy.nextDelay(a), qint64(10));
}

void TestRetryPolicy::retryAfterBeyondCapGivesUp()
{
    RetryPolicy policy([] { return 0.5; });
    policy.setDelays(100, 5000);
    RetryAttempt a = attempt(429);
    a.retryAfterMs = 3600 * 1000;
    QVERIFY(!policy.nextDelay(a));
}

void TestRetryPolicy::parseRetryAfter()
{
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 0), Qt::UTC);
    QCOMPARE(RetryPolicy::parseRetryAfter("3", now), std::optional<qint64>(3000));
    QCOMPARE(RetryPolicy::parseRetryAfter(" 0 ", now), std::optional<qint64>(0));
    QCOMPARE(RetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now),
             std::optional<qint64>(60000));
    QCOMPARE(RetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now),
             std::optional<qint64>(0));
    QVERIFY(!RetryPolicy::parseRetryAfter("", now));
    QVERIFY(!RetryPolicy::parseRetryAfter("-5", now));
    QVERIFY(!RetryPolicy::parseRetryAfter("soon", now));
}

void TestRetryPolicy::hugeRetryAfterSaturatesAndGivesUp_data()
{
    QTest::addColumn<QByteArray>("header");
    // seconds * 1000 would overflow a qint64 from here on
    QTest::newRow("just past the limit") << QByteArray("9223372036854776");
    QTest::newRow("qint64 maximum") << QByteArray("9223372036854775807");
    QTest::newRow("beyond qint64") << QByteArray("18446744073709551616");
    QTest::newRow("forty digits") << QByteArray(40, '9');
}

void TestRetryPolicy::hugeRetryAfterSaturatesAndGivesUp()
{
    QFETCH(QByteArray, header);
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 0), Qt::UTC);
    const std::optional<qint64> parsed = RetryPolicy::parseRetryAfter(header, now);
    QVERIFY(parsed);
    QCOMPARE(*parsed, std::numeric_limits<qint64>::max());

    RetryPolicy policy([] { return 0.5; });
    RetryAttempt a = attempt(429);
    a.retryAfterMs = parsed;
    QVERIFY(!policy.nextDelay(a)); // longer than the cap: not retried, never a wrapped delay

    // The largest value that still fits is exact.
    QCOMPARE(RetryPolicy::parseRetryAfter("9223372036854775", now),
             std::optional<qint64>(Q_INT64_C(9223372036854775000)));
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
