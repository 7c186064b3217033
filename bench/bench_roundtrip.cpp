// SPDX-License-Identifier: Apache-2.0
// bench_roundtrip: what one API call costs on top of the network's latency (issue 18). It starts
// csms-local with --fault-latency-ms N and times sequential calls, each sent from the finished()
// of the one before in the application's own event loop (no polling wait):
//   - a plain QNetworkAccessManager GET (the floor: N plus loopback and HTTP parsing),
//   - CsmsClient::showSecret with AK/SK signing, and with an IAM token.
// A benchmark, not a test: it prints the medians and exits 1 when a call's median exceeds
// N + --bound MS (default 10), the regression check for the 30 ms surplus found in issue 18.
//   bench_roundtrip [--latency MS] [--calls N] [--bound MS]
#include "benchsupport.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <cstdio>
#include <functional>

using namespace keystage;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

// Runs `calls` sequential calls of `one` (which calls its argument when the call is done) and
// returns the time of each, the first (connection set-up, token) left out.
QList<double> timeSequential(int calls, const std::function<void(std::function<void()>)> &one)
{
    QList<double> times;
    QElapsedTimer timer;
    QEventLoop loop;
    int started = 0;
    std::function<void()> next = [&]() {
        if (started > 1)
            times << double(timer.nsecsElapsed()) / 1e6;
        if (started == calls + 1) {
            loop.quit();
            return;
        }
        ++started;
        timer.start();
        one(next);
    };
    QTimer::singleShot(0, &loop, next);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    return times;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int latency = 30;
    int calls = 20;
    int bound = 10;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--latency"))
            latency = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--calls"))
            calls = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--bound"))
            bound = args.at(i + 1).toInt();
    }
    test::CsmsLocalOptions options;
    options.seedDemo = 20;
    options.faultLatencyMs = latency;
    test::CsmsLocal server(options);
    if (!server.start(120000)) {
        std::fprintf(stderr, "csms-local did not start: %s\n", server.errorOutput().constData());
        return 1;
    }
    QNetworkAccessManager nam;

    // The floor: Qt's HTTP stack alone, on an answer held N ms (a 401: no credentials).
    const QList<double> raw = timeSequential(calls, [&](std::function<void()> done) {
        QNetworkRequest request(server.apiUrl(QStringLiteral("secrets")));
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        QNetworkReply *reply = nam.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done]() {
            reply->deleteLater();
            done();
        });
    });

    const std::unique_ptr<CsmsClient> aksk = bench::makeClient(&nam, server, 100);
    const ApiResult<SecretPage> page = bench::await(aksk->listSecrets({}, 1));
    if (!page || page->items.isEmpty())
        return 1;
    const QString name = page->items.constFirst().name;
    const auto timeClient = [&](CsmsClient *client) {
        return timeSequential(calls, [client, name](std::function<void()> done) {
            Reply<Secret> *reply = client->showSecret(name);
            QObject::connect(reply, &ApiReply::finished, reply, [done]() { done(); });
        });
    };
    const QList<double> signedCalls = timeClient(aksk.get());

    Profile p;
    p.id = QStringLiteral("bench-iam");
    p.authMethod = AuthMethod::IamPassword;
    p.csmsEndpoint = server.baseUrl();
    p.iamEndpoint = server.baseUrl();
    p.region = QStringLiteral("cn-north-4");
    p.iamUser = test::SandboxCredentials::iamUser();
    p.iamDomain = test::SandboxCredentials::iamDomain();
    Credentials c;
    c.password = test::SandboxCredentials::iamPassword();
    CsmsClient iam(&nam, p, c);
    const QList<double> tokenCalls = timeClient(&iam);

    std::printf("bench_roundtrip: +%d ms a request, %d sequential calls each\n\n", latency, calls);
    std::printf("| call | median ms | over latency ms |\n|---|---|---|\n");
    bool ok = true;
    const auto row = [&](const char *what, const QList<double> &times) {
        const double m = median(times);
        std::printf("| %-36s | %7.1f | %6.1f |\n", what, m, m - latency);
        ok = ok && times.size() == calls && m <= latency + bound;
    };
    row("QNetworkAccessManager GET (floor)", raw);
    row("CsmsClient::showSecret, AK/SK", signedCalls);
    row("CsmsClient::showSecret, IAM token", tokenCalls);
    if (!ok)
        std::printf("\nFAIL: a median is over %d + %d ms\n", latency, bound);
    return ok ? 0 : 1;
}
