// SPDX-License-Identifier: Apache-2.0
// csms-local's command-line options for the readings of Huawei's definitions that a client must
// survive (fidelity issue items 3, 4 and 7): not found as 400 (Huawei's error table) instead of
// 404, an invalid token as 400 CSMS.0301 instead of 401 APIG.0301, and a gateway without
// POST .../stages (404 APIGW.0101) where PUT .../stages/{name} still creates the stage. Each
// test starts its own server in that mode; the defaults are tested by the other server tests.
#include "apisession.h"
#include "httpchecks.h"

#include <QJsonObject>
#include <QtTest>

using namespace keystage::test;

class TstOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notFoundAs400();
    void notFoundDefaultIs404();
    void invalidTokenAs400();
    void withoutPostStages();
    void invalidOptionValuesAreRefused_data();
    void invalidOptionValuesAreRefused();

private:
    // A started server with the options and a session with a token; nullptr on failure.
    static QByteArray startSession(CsmsLocal &server, std::unique_ptr<ApiSession> &api);
};

QByteArray TstOptions::startSession(CsmsLocal &server, std::unique_ptr<ApiSession> &api)
{
    if (!server.start())
        return server.errorOutput();
    api = std::make_unique<ApiSession>(server);
    if (!api->authenticate())
        return "no IAM token";
    if (api->createSecret(QStringLiteral("here")).status != 200)
        return "could not create the secret";
    return {};
}

void TstOptions::notFoundAs400()
{
    CsmsLocalOptions options;
    options.notFoundStatus = 400;
    CsmsLocal server(options);
    std::unique_ptr<ApiSession> api;
    KS_VERIFY_OK(startSession(server, api));
    // The codes stay: CSMS.0106 for a secret, CSMS.0005 for a version, stage or tag.
    KS_VERIFY_FLAT(api->get(QStringLiteral("secrets/gone")), 400, "CSMS.0106");
    KS_VERIFY_FLAT(api->del(QStringLiteral("secrets/gone")), 400, "CSMS.0106");
    KS_VERIFY_FLAT(api->put(QStringLiteral("secrets/gone/stages/BETA"), R"({"version_id":"v1"})"),
                   400, "CSMS.0106");
    KS_VERIFY_FLAT(api->get(QStringLiteral("secrets/here/versions/v9")), 400, "CSMS.0005");
    KS_VERIFY_FLAT(api->get(QStringLiteral("secrets/here/stages/BETA")), 400, "CSMS.0005");
    KS_VERIFY_FLAT(api->del(QStringLiteral("secrets/here/stages/BETA")), 400, "CSMS.0005");
    KS_VERIFY_NESTED(api->get(QStringLiteral("csms/00000000-0000-4000-8000-000000000000/tags")),
                     400, "CSMS.0106");
    const QString id = jsonAt(api->get(QStringLiteral("secrets/here")), "secret.id").toString();
    KS_VERIFY_NESTED(api->del(QStringLiteral("csms/%1/tags/nope").arg(id)), 400, "CSMS.0005");
    // A route the gateway does not know is still a 404, in the gateway's shape.
    KS_VERIFY_GATEWAY(api->get(QStringLiteral("secrets/here/rotate")), 404, "APIGW.0101");
    // A found resource is unaffected.
    KS_VERIFY_STATUS(api->get(QStringLiteral("secrets/here/versions/v1")), 200);
}

void TstOptions::notFoundDefaultIs404()
{
    CsmsLocal server;
    std::unique_ptr<ApiSession> api;
    KS_VERIFY_OK(startSession(server, api));
    KS_VERIFY_FLAT(api->get(QStringLiteral("secrets/gone")), 404, "CSMS.0106");
    KS_VERIFY_FLAT(api->get(QStringLiteral("secrets/here/stages/BETA")), 404, "CSMS.0005");
    KS_VERIFY_NESTED(api->get(QStringLiteral("csms/00000000-0000-4000-8000-000000000000/tags")),
                     404, "CSMS.0106");
}

void TstOptions::invalidTokenAs400()
{
    CsmsLocalOptions options;
    options.invalidTokenStatus = 400;
    CsmsLocal server(options);
    std::unique_ptr<ApiSession> api;
    KS_VERIFY_OK(startSession(server, api));
    const QString good = api->token();
    api->setToken(good.left(good.size() - 4) + QStringLiteral("AAAA"));
    KS_VERIFY_FLAT(api->get(QStringLiteral("secrets")), 400, "CSMS.0301");
    KS_VERIFY_FLAT(api->put(QStringLiteral("secrets/here/stages/BETA"), R"({"version_id":"v1"})"),
                   400, "CSMS.0301");
    KS_VERIFY_NESTED(api->get(QStringLiteral("csms/tags")), 400, "CSMS.0301");
    // Nothing was written with the refused token.
    api->setToken(good);
    KS_VERIFY_FLAT(api->get(QStringLiteral("secrets/here/stages/BETA")), 404, "CSMS.0005");
    // No credentials at all is still the gateway's 401, and so is IAM's own API.
    api->setToken({});
    KS_VERIFY_GATEWAY(api->get(QStringLiteral("secrets")), 401, "APIG.0301");
    api->setToken(QStringLiteral("not-a-token-but-long-enough-to-look-like-one"));
    KS_VERIFY_OK(iamErrorProblem(api->sendPath("GET", QStringLiteral("/v3/projects")), 401));
}

void TstOptions::withoutPostStages()
{
    CsmsLocalOptions options;
    options.postStages = false;
    CsmsLocal server(options);
    std::unique_ptr<ApiSession> api;
    KS_VERIFY_OK(startSession(server, api));
    const auto posted = api->post(QStringLiteral("secrets/here/stages"),
                                  R"({"name":"BETA","version_id":"v1"})");
    KS_VERIFY_GATEWAY(posted, 404, "APIGW.0101");
    KS_VERIFY_FLAT(api->get(QStringLiteral("secrets/here/stages/BETA")), 404, "CSMS.0005");
    // PUT creates the absent stage (UpdateSecretStage, as Terraform uses it).
    const auto put = api->put(QStringLiteral("secrets/here/stages/BETA"), R"({"version_id":"v1"})");
    KS_VERIFY_STATUS(put, 200);
    QCOMPARE(jsonAt(put, "stage.name").toString(), QStringLiteral("BETA"));
    QCOMPARE(jsonAt(put, "stage.version_id").toString(), QStringLiteral("v1"));
    KS_VERIFY_STATUS(api->get(QStringLiteral("secrets/here/stages/BETA")), 200);
}

void TstOptions::invalidOptionValuesAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("not found 403")
            << QStringList{QStringLiteral("--not-found-status"), QStringLiteral("403")};
    QTest::newRow("invalid token 404")
            << QStringList{QStringLiteral("--invalid-token-status"), QStringLiteral("404")};
}

void TstOptions::invalidOptionValuesAreRefused()
{
    QFETCH(QStringList, arguments);
    CsmsLocalOptions options;
    options.extraArgs = arguments;
    CsmsLocal server(options);
    QVERIFY(!server.start(20000));
    QVERIFY2(server.errorOutput().contains("Invalid --"), server.errorOutput().constData());
}

QTEST_GUILESS_MAIN(TstOptions)
#include "tst_options.moc"
