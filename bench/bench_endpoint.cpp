// SPDX-License-Identifier: Apache-2.0
// bench_endpoint: CsmsClient's CPU per call against any CSMS-compatible endpoint (a benchmark, not
// a test). bench/tls-bench.sh runs it against csms-local directly, through an nginx HTTP proxy and
// through an nginx HTTPS proxy, to show what the transport costs the client.
//   bench_endpoint URL [--ca FILE] [--moves N] [--tag TAG]
//     URL      the CSMS (and IAM) endpoint, e.g. https://127.0.0.1:18443
//     --ca     a PEM certificate to trust in addition to the system's (a self-signed proxy)
//     --moves  stage moves per run (default 4000)
//     --tag    makes the secret names unique when runs share a server (default: the process id)
// It signs with the sandbox's AK/SK and creates 8 secrets "bench-endpoint-TAG-N" with two
// versions and a stage BETA each, then moves BETA back and forth with 1 and 4 calls in flight and
// prints calls/s and the CPU time of this process (all threads) per call.
#include "benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <cstdio>
#include <functional>
#include <unistd.h>

using namespace keystage;
using namespace keystage::bench;

namespace {

// A set-up call's outcome; false (and a message) when it failed.
template<typename T>
bool succeeded(Reply<T> *reply, const char *what)
{
    const ApiResult<T> result = await(reply);
    if (!result.ok())
        std::fprintf(stderr, "%s failed: %s\n", what, qPrintable(result.error().message));
    return result.ok();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    QString endpoint, ca, tag = QString::number(getpid());
    int moves = 4000;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--ca") && i + 1 < args.size())
            ca = args.at(++i);
        else if (args.at(i) == QLatin1String("--moves") && i + 1 < args.size())
            moves = qMax(1, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--tag") && i + 1 < args.size())
            tag = args.at(++i);
        else
            endpoint = args.at(i);
    }
    if (endpoint.isEmpty()) {
        std::fprintf(stderr, "usage: bench_endpoint URL [--ca FILE] [--moves N] [--tag TAG]\n");
        return 2;
    }
    if (!ca.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!tls.addCaCertificates(ca)) {
            std::fprintf(stderr, "no certificate in %s\n", qPrintable(ca));
            return 2;
        }
        QSslConfiguration::setDefaultConfiguration(tls);
    }

    QNetworkAccessManager nam;
    Profile profile;
    profile.id = QStringLiteral("bench-endpoint");
    profile.csmsEndpoint = QUrl(endpoint);
    profile.iamEndpoint = QUrl(endpoint);
    profile.projectId = test::SandboxCredentials::projectId();
    profile.accessKey = test::SandboxCredentials::accessKey();
    Credentials credentials;
    credentials.secretKey = test::SandboxCredentials::secretKey();
    CsmsClient client(&nam, profile, credentials);

    QStringList secrets;
    for (int i = 0; i < 8; ++i) {
        const QString name = QStringLiteral("bench-endpoint-%1-%2").arg(tag).arg(i);
        secrets << name;
        CreateSecretRequest secret;
        secret.name = name;
        secret.secretString = QStringLiteral("one");
        CreateVersionRequest version;
        version.secretString = QStringLiteral("two");
        if (!succeeded(client.createSecret(secret), "create secret")
            || !succeeded(client.createVersion(name, version), "create version")
            || !succeeded(client.createStage(name, QStringLiteral("BETA"), QStringLiteral("v1")),
                          "create stage")) {
            return 1;
        }
    }

    for (int inFlight : {1, 4}) {
        int started = 0, finished = 0, failures = 0;
        QEventLoop loop;
        std::function<void(int)> next = [&](int lane) {
            if (started == moves)
                return;
            const int n = started++;
            client.moveStage(secrets.at(lane), QStringLiteral("BETA"),
                             (n / inFlight) % 2 ? QStringLiteral("v1") : QStringLiteral("v2"))
                    ->then(&loop, [&, lane](const ApiResult<Stage> &r) {
                        failures += r.ok() ? 0 : 1;
                        if (++finished == moves)
                            loop.quit();
                        else
                            next(lane);
                    });
        };
        const double cpu = selfCpuSeconds();
        QElapsedTimer wall;
        wall.start();
        for (int lane = 0; lane < inFlight; ++lane)
            next(lane);
        loop.exec();
        const double seconds = double(wall.nsecsElapsed()) / 1e9;
        std::printf("%-28s %d in flight: %6d moves, %6.0f/s, client CPU %6.1f us/call, %d failed\n",
                    qPrintable(endpoint), inFlight, moves, moves / seconds,
                    1e6 * (selfCpuSeconds() - cpu) / moves, failures);
        std::fflush(stdout);
    }
    return 0;
}
