// SPDX-License-Identifier: Apache-2.0
// csms-local: a CSMS-compatible local server (see csms-api.md). Command line only; the logic is
// in csmslocal_lib.
#include "server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("csms-local", text);
}

int sigtermPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(sigtermPipe[1], &byte, 1);
}

void print(const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

bool parseRate(const QString &text, double *rate)
{
    bool ok = false;
    *rate = text.toDouble(&ok);
    return ok && *rate >= 0 && *rate <= 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("csms-local"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    csmslocal::Config config;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("A CSMS-compatible local server for Keystage."));
    parser.addHelpOption();
    parser.addVersionOption();
    const auto opt = [&](const char *name, const char *help, const QString &value = {}) {
        QCommandLineOption o(QString::fromLatin1(name), tr(help), QStringLiteral("value"), value);
        parser.addOption(o);
        return o;
    };
    const auto listen = opt("listen", "HOST:PORT to listen on (port 0: any free port).",
                            QStringLiteral("127.0.0.1:0"));
    const auto data = opt("data", "SQLite data file, or :memory:.", config.dataFile);
    const auto projectId = opt("project-id", "Project id (32 characters).", config.projectId);
    const auto projectName = opt("project-name", "Project name (region).", config.projectName);
    const auto ak = opt("access-key", "Access key (AK).", config.accessKey);
    const auto sk = opt("secret-key", "Secret key (SK).");
    const auto user = opt("iam-user", "IAM user name.", config.iamUser);
    const auto password = opt("iam-password", "IAM user password.");
    const auto domain = opt("iam-domain", "IAM account (domain) name.", config.iamDomain);
    const auto seed
            = opt("seed-demo", "Seed N demo secrets when the store is empty.", QStringLiteral("0"));
    const auto latency
            = opt("fault-latency-ms", "Delay every /v1 response by N ms.", QStringLiteral("0"));
    const auto rate429 = opt("fault-429-rate", "Answer this share (0..1) of /v1 calls with 429.",
                             QStringLiteral("0"));
    const auto dropRate
            = opt("fault-drop-rate", "Close the connection of this share (0..1) of /v1 calls.",
                  QStringLiteral("0"));
    const auto ttl = opt("token-ttl", "IAM token lifetime in seconds.", QStringLiteral("86400"));
    const auto notFound = opt("not-found-status",
                              "HTTP status of a missing secret, version, stage or tag: 404 "
                              "(default) or 400, as Huawei's error table lists CSMS.0005 and "
                              "CSMS.0106.",
                              QStringLiteral("404"));
    const auto invalidToken = opt("invalid-token-status",
                                  "HTTP status of an invalid or expired X-Auth-Token: 401 "
                                  "(default, APIG.0301) or 400 (CSMS.0301).",
                                  QStringLiteral("401"));
    const QCommandLineOption noPostStages(
            QStringLiteral("no-post-stages"),
            tr("Answer POST .../stages 404 APIGW.0101, as a gateway without that route would "
               "(PUT .../stages/{name} still creates a stage)."));
    parser.addOption(noPostStages);
    const QCommandLineOption credentials(QStringLiteral("print-credentials"),
                                         tr("Print the sandbox credentials."));
    const QCommandLineOption verbose(QStringLiteral("verbose"), tr("Log every request."));
    const QCommandLineOption exitWithParent(
            QStringLiteral("exit-with-parent"),
            tr("Stop when standard input closes: the process that started csms-local with a "
               "pipe on its standard input has exited, even if it was killed."));
    parser.addOption(credentials);
    parser.addOption(verbose);
    parser.addOption(exitWithParent);
    parser.process(app);

    const auto fail = [](const QString &message) {
        std::fputs((message + QLatin1Char('\n')).toLocal8Bit().constData(), stderr);
        return 2;
    };
    const QString listenValue = parser.value(listen);
    const qsizetype colon = listenValue.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = listenValue.mid(colon + 1).toUInt(&portOk);
    if (colon <= 0 || !portOk || port > 65535)
        return fail(tr("Invalid --listen, HOST:PORT expected."));
    config.listenHost = listenValue.left(colon);
    config.listenPort = quint16(port);
    config.dataFile = parser.value(data);
    config.projectId = parser.value(projectId);
    config.projectName = parser.value(projectName);
    config.accessKey = parser.value(ak);
    if (parser.isSet(sk))
        config.secretKey = parser.value(sk);
    config.iamUser = parser.value(user);
    if (parser.isSet(password))
        config.iamPassword = parser.value(password);
    config.iamDomain = parser.value(domain);
    bool ok = false;
    config.seedDemo = parser.value(seed).toInt(&ok);
    if (!ok || config.seedDemo < 0)
        return fail(tr("Invalid --seed-demo."));
    config.faultLatencyMs = parser.value(latency).toInt(&ok);
    if (!ok || config.faultLatencyMs < 0)
        return fail(tr("Invalid --fault-latency-ms."));
    if (!parseRate(parser.value(rate429), &config.fault429Rate)
        || !parseRate(parser.value(dropRate), &config.faultDropRate))
        return fail(tr("Invalid fault rate, 0..1 expected."));
    config.tokenTtlSeconds = parser.value(ttl).toLongLong(&ok);
    if (!ok || config.tokenTtlSeconds <= 0)
        return fail(tr("Invalid --token-ttl."));
    const QString notFoundValue = parser.value(notFound);
    if (notFoundValue != QLatin1String("404") && notFoundValue != QLatin1String("400"))
        return fail(tr("Invalid --not-found-status, 404 or 400 expected."));
    config.notFoundStatus = notFoundValue.toInt();
    const QString invalidTokenValue = parser.value(invalidToken);
    if (invalidTokenValue != QLatin1String("401") && invalidTokenValue != QLatin1String("400"))
        return fail(tr("Invalid --invalid-token-status, 401 or 400 expected."));
    config.invalidTokenStatus = invalidTokenValue.toInt();
    config.postStages = !parser.isSet(noPostStages);
    if (parser.isSet(verbose))
        QLoggingCategory::setFilterRules(QStringLiteral("csmslocal.*.info=true"));

    csmslocal::Server server(config);
    QString error;
    QElapsedTimer timer;
    timer.start();
    if (!server.open(&error))
        return fail(tr("Cannot open the data store: %1").arg(error));
    if (config.seedDemo > 0)
        std::fprintf(stderr, "csms-local: store ready in %lld ms\n", qint64(timer.elapsed()));
    const quint16 bound = server.start();
    if (bound == 0)
        return fail(tr("Cannot listen on %1.").arg(listenValue));

    if (parser.isSet(credentials)) {
        print(tr("project id:    %1").arg(config.projectId));
        print(tr("project name:  %1").arg(config.projectName));
        print(tr("access key:    %1").arg(config.accessKey));
        print(tr("secret key:    %1").arg(config.secretKey));
        print(tr("IAM user:      %1").arg(config.iamUser));
        print(tr("IAM password:  %1").arg(config.iamPassword));
        print(tr("IAM domain:    %1").arg(config.iamDomain));
    }
    // Exactly this line tells scripts and tests the server is ready.
    print(QStringLiteral("csms-local listening on http://%1:%2").arg(config.listenHost).arg(bound));

    if (::pipe(sigtermPipe) == 0) {
        auto *notifier = new QSocketNotifier(sigtermPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }
    if (parser.isSet(exitWithParent)) {
        // End of file on the pipe: the other end is closed, whatever way its process ended.
        auto *notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
            char buffer[512];
            const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (got == 0 || (got < 0 && errno != EINTR && errno != EAGAIN)) {
                notifier->setEnabled(false);
                QCoreApplication::quit();
            }
        });
    }
    return app.exec();
}
