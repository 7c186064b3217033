// SPDX-License-Identifier: Apache-2.0
// CsmsClient's events, notification records and generated passwords (issue 19): every call
// against a real csms-local, error paths, the retry policy and lenient decoding against a replay
// server, and a generated password that never reaches the log, an Activity record or an error
// text. Waits on signals only.
#include "clienttest.h"
#include "core/api/csmsclient.h"
#include "core/api/eventtypes.h"
#include "csmslocal.h"
#include "replayserver.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace keystage;
using test::await;
using test::credentials;
using test::CsmsLocal;
using test::profileFor;
using test::ReplayServer;
using Kind = ApiError::Kind;

class TestEventsClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eventLifeAndNotifications();
    void eventErrors();
    void generatedPassword();
    void passwordNeverLoggedNorRecorded();
    void readsAreRetriedWritesAreNot();
    void lenientEventDecoding();
};

namespace {

EventTarget smn(const QString &name = QStringLiteral("ops-topic"))
{
    return EventTarget{QStringLiteral("SMN"),
                       QStringLiteral("urn:smn:cn-north-4:0123456789abcdef:%1").arg(name), name};
}

SecretEventRequest newEvent(const QString &name, const QStringList &types, bool enabled = true)
{
    SecretEventRequest r;
    r.name = name;
    r.eventTypes = types;
    r.enabled = enabled;
    r.target = smn();
    return r;
}

// Every message of the process while alive (the keystage.api category at debug).
class LogCapture
{
public:
    LogCapture()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("keystage.*=true"));
        s_lines.clear();
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false"));
    }
    static QString text()
    {
        QMutexLocker lock(&s_mutex);
        return s_lines.join(u'\n');
    }

private:
    static void handle(QtMsgType, const QMessageLogContext &, const QString &message)
    {
        QMutexLocker lock(&s_mutex);
        s_lines << message;
    }
    QtMessageHandler m_previous = nullptr;
    static inline QMutex s_mutex;
    static inline QStringList s_lines;
};

Profile replayProfile(const ReplayServer &server)
{
    Profile p = profileFor(server.baseUrl());
    p.projectId = ReplayServer::projectId();
    return p;
}

} // namespace

void TestEventsClient::eventLifeAndNotifications()
{
    CsmsLocal server;
    START(server);
    QNetworkAccessManager nam;
    CsmsClient client(&nam, profileFor(server), credentials());

    const ApiResult<SecretEvent> created = await(client.createEvent(
            newEvent(QStringLiteral("on-change"), {QStringLiteral("SECRET_VERSION_CREATED"),
                                                   QStringLiteral("SECRET_DELETED")})));
    OK(created);
    QCOMPARE(created->name, QStringLiteral("on-change"));
    QVERIFY(created->isEnabled());
    QCOMPARE(created->eventTypes.size(), 2);
    QCOMPARE(created->target.name, QStringLiteral("ops-topic"));
    QVERIFY(created->createTime > 0);
    QVERIFY(created->unreadFields.isEmpty());

    const ApiResult<SecretEventPage> listed = await(client.listEvents());
    OK(listed);
    QCOMPARE(listed->items.size(), 1);
    QCOMPARE(listed->items.first().id, created->id);

    SecretEventRequest disable;
    disable.enabled = false;
    const ApiResult<SecretEvent> disabled
            = await(client.updateEvent(QStringLiteral("on-change"), disable));
    OK(disabled);
    QVERIFY(!disabled->isEnabled());
    QCOMPARE(disabled->eventTypes, created->eventTypes); // untouched
    SecretEventRequest enable;
    enable.enabled = true;
    OK(await(client.updateEvent(QStringLiteral("on-change"), enable)));
    OK(await(client.showEvent(QStringLiteral("on-change"))));

    // Subscribe a secret (UpdateSecret's event_subscriptions), make a version: one record.
    CreateSecretRequest secret;
    secret.name = QStringLiteral("watched");
    secret.secretString = QStringLiteral("v1-value");
    OK(await(client.createSecret(secret)));
    UpdateSecretRequest subscribe;
    subscribe.eventSubscriptions = QStringList{QStringLiteral("on-change")};
    const ApiResult<Secret> subscribed
            = await(client.updateSecret(QStringLiteral("watched"), subscribe));
    OK(subscribed);
    QCOMPARE(subscribed->eventSubscriptions, QStringList{QStringLiteral("on-change")});
    CreateVersionRequest version;
    version.secretString = QStringLiteral("v2-value");
    OK(await(client.createVersion(QStringLiteral("watched"), version)));
    const ApiResult<NotificationRecordPage> records = await(client.listNotificationRecords());
    OK(records);
    QCOMPARE(records->items.size(), 1);
    const NotificationRecord &record = records->items.first();
    QCOMPARE(record.eventName, QStringLiteral("on-change"));
    QCOMPARE(record.triggerEventType, QStringLiteral("SECRET_VERSION_CREATED"));
    QCOMPARE(record.secretName, QStringLiteral("watched"));
    QCOMPARE(record.status, QStringLiteral("SUCCESS"));
    QVERIFY(record.content.contains(QLatin1String("\"versionId\":\"v2\"")));

    // Subscribed, the event cannot go; unsubscribed, it can.
    const ApiResult<NoContent> refused = await(client.deleteEvent(QStringLiteral("on-change")));
    QCOMPARE(refused.error().kind, Kind::Validation);
    QVERIFY2(refused.error().message.contains(QLatin1String("subscribed")),
             qPrintable(refused.error().message));
    UpdateSecretRequest unsubscribe;
    unsubscribe.eventSubscriptions = QStringList();
    OK(await(client.updateSecret(QStringLiteral("watched"), unsubscribe)));
    OK(await(client.deleteEvent(QStringLiteral("on-change"))));
    OK(await(client.listEvents()));
}

void TestEventsClient::eventErrors()
{
    CsmsLocal server;
    START(server);
    QNetworkAccessManager nam;
    CsmsClient client(&nam, profileFor(server), credentials());
    const ApiResult<SecretEvent> missing = await(client.showEvent(QStringLiteral("nope")));
    QCOMPARE(missing.error().kind, Kind::NotFound);
    QCOMPARE(missing.error().code, QStringLiteral("CSMS.0005"));
    QCOMPARE(missing.error().message, QStringLiteral("Event nope does not exist"));
    QVERIFY(!missing.error().requestId.isEmpty());

    const ApiResult<SecretEvent> noTypes
            = await(client.createEvent(newEvent(QStringLiteral("empty"), {})));
    QCOMPARE(noTypes.error().kind, Kind::Validation);
    QCOMPARE(noTypes.error().code, QStringLiteral("CSMS.0002"));

    OK(await(client.createEvent(
            newEvent(QStringLiteral("once"), {QStringLiteral("SECRET_ROTATED")}))));
    const ApiResult<SecretEvent> twice = await(client.createEvent(
            newEvent(QStringLiteral("once"), {QStringLiteral("SECRET_ROTATED")})));
    QCOMPARE(twice.error().kind, Kind::Validation);

    UpdateSecretRequest ghost;
    ghost.eventSubscriptions = QStringList{QStringLiteral("ghost")};
    CreateSecretRequest secret;
    secret.name = QStringLiteral("s");
    secret.secretString = QStringLiteral("v");
    OK(await(client.createSecret(secret)));
    const ApiResult<Secret> subscribed = await(client.updateSecret(QStringLiteral("s"), ghost));
    QCOMPARE(subscribed.error().kind, Kind::Validation);
    QVERIFY(subscribed.error().message.contains(QLatin1String("ghost")));

    QCOMPARE(await(client.deleteEvent(QStringLiteral("nope"))).error().kind, Kind::NotFound);
}

void TestEventsClient::generatedPassword()
{
    CsmsLocal server;
    START(server);
    QNetworkAccessManager nam;
    CsmsClient client(&nam, profileFor(server), credentials());
    PasswordRequest request;
    request.length = 40;
    request.excludePunctuation = true;
    request.requireEachIncludedType = true;
    ApiResult<GeneratedPassword> generated = await(client.generatePassword(request));
    OK(generated);
    QCOMPARE(generated->password.size(), 40);
    static const QRegularExpression alnum(QStringLiteral("^[a-zA-Z0-9]{40}$"));
    QVERIFY(alnum.match(generated->password).hasMatch());
    GeneratedPassword copy = generated.value();
    copy.wipe();
    QVERIFY(copy.password.isEmpty());

    request.length = 3;
    const ApiResult<GeneratedPassword> refused = await(client.generatePassword(request));
    QCOMPARE(refused.error().kind, Kind::Validation);
    QCOMPARE(refused.error().code, QStringLiteral("CSMS.0002"));
}

void TestEventsClient::passwordNeverLoggedNorRecorded()
{
    CsmsLocal server;
    START(server);
    QNetworkAccessManager nam;
    CsmsClient client(&nam, profileFor(server), credentials());
    QSignalSpy records(&client, &CsmsClient::callFinished);
    QString password;
    {
        LogCapture log;
        PasswordRequest request;
        request.length = 64;
        const ApiResult<GeneratedPassword> generated = await(client.generatePassword(request));
        OK(generated);
        password = generated->password;
        QCOMPARE(password.size(), 64);
        QTRY_COMPARE(records.size(), 1); // the record and its log line follow the answer
        QVERIFY2(LogCapture::text().contains(QLatin1String("generate-password")),
                 qPrintable(LogCapture::text())); // the call is logged ...
        QVERIFY(!LogCapture::text().contains(password)); // ... its answer is not
    }
    QCOMPARE(records.size(), 1);
    const auto record = records.at(0).at(0).value<ApiCallRecord>();
    QCOMPARE(record.httpStatus, 200);
    for (const QString &field :
         {record.path, record.code, record.requestId, QString::fromLatin1(record.method)})
        QVERIFY(!field.contains(password));

    // An answer the client cannot read says which field, never what it held.
    ReplayServer replay;
    QVERIFY(replay.listen());
    const QString path = ReplayServer::apiPath(QStringLiteral("csms/generate-password"));
    replay.on("POST", path, {ReplayServer::json(200, R"({"password":["leaked-password-text"]})")});
    CsmsClient replayClient(&nam, replayProfile(replay), credentials());
    const ApiResult<GeneratedPassword> odd = await(replayClient.generatePassword({}));
    QCOMPARE(odd.error().kind, Kind::BadResponse);
    QVERIFY(odd.error().message.contains(QLatin1String("password")));
    QVERIFY(!odd.error().summary().contains(QLatin1String("leaked")));
}

void TestEventsClient::readsAreRetriedWritesAreNot()
{
    ReplayServer replay;
    QVERIFY(replay.listen());
    const QString events = ReplayServer::apiPath(QStringLiteral("csms/events"));
    const QString password = ReplayServer::apiPath(QStringLiteral("csms/generate-password"));
    replay.on("GET", events,
              {ReplayServer::error(503, QStringLiteral("CSMS.0001")),
               ReplayServer::json(200, R"({"events":[],"page_info":{"current_count":0}})")});
    replay.on("POST", password, {ReplayServer::error(503, QStringLiteral("CSMS.0001"))});
    QNetworkAccessManager nam;
    CsmsClient client(&nam, replayProfile(replay), credentials());
    RetryPolicy quick;
    quick.setDelays(1, 20);
    client.setRetryPolicy(quick);
    int attempts = 0;
    OK(await(client.listEvents(), &attempts));
    QCOMPARE(attempts, 2);
    QCOMPARE(replay.count("GET", events), 2);
    QCOMPARE(await(client.generatePassword({})).error().kind, Kind::Server);
    QCOMPARE(replay.count("POST", password), 1); // a POST is never retried
}

void TestEventsClient::lenientEventDecoding()
{
    ReplayServer replay;
    QVERIFY(replay.listen());
    const QString events = ReplayServer::apiPath(QStringLiteral("csms/events"));
    // Huawei's ListSecretEvents example (with SECRET_VERSION_NEAR_EXPIRY, not in the enum), and a
    // row whose optional fields have odd types: every row is kept.
    replay.on(
            "GET", events,
            {ReplayServer::json(
                    200,
                    R"({"events":[{"create_time":1669042498000,"event_id":"120eeafd-eca5-4098-8733-c1b369f3a450",
                       "event_types":["SECRET_VERSION_CREATED","SECRET_VERSION_EXPIRED","SECRET_VERSION_NEAR_EXPIRY","SECRET_DELETED"],
                       "name":"TestEvent1","notification":{"target_id":"urn:smn:cn-north-4:dc3b7c85759141a991da17423c0f2068:smn-target-name",
                       "target_name":"smn-target-name","target_type":"SMN"},"state":"ENABLED","update_time":1669042498000},
                       {"name":"odd","create_time":"soon","event_types":"SECRET_ROTATED","notification":7,"colour":"red"}],
                       "page_info":{"current_count":2,"next_marker":"TestEvent2","previous_marker":"TestEvent3"}})")});
    const QString show = ReplayServer::apiPath(QStringLiteral("csms/events/bad"));
    replay.on("GET", show, {ReplayServer::json(200, R"({"event":{"name":5}})")});
    const QString other = ReplayServer::apiPath(QStringLiteral("csms/events/mine"));
    replay.on("GET", other, {ReplayServer::json(200, R"({"event":{"name":"theirs"}})")});
    QNetworkAccessManager nam;
    CsmsClient client(&nam, replayProfile(replay), credentials());
    const ApiResult<SecretEventPage> page = await(client.listEvents());
    OK(page);
    QCOMPARE(page->items.size(), 2);
    QCOMPARE(page->items.at(0).eventTypes.size(), 4);
    QVERIFY(page->items.at(0).eventTypes.contains(QStringLiteral("SECRET_VERSION_NEAR_EXPIRY")));
    QCOMPARE(page->items.at(0).target.name, QStringLiteral("smn-target-name"));
    QCOMPARE(page->items.at(1).name, QStringLiteral("odd"));
    QCOMPARE(page->items.at(1).createTime, 0);
    QVERIFY(page->items.at(1).unreadFields.contains(QStringLiteral("create_time")));
    QVERIFY(page->items.at(1).unreadFields.contains(QStringLiteral("notification")));
    QVERIFY(page->hasMore());
    QCOMPARE(await(client.showEvent(QStringLiteral("bad"))).error().kind, Kind::BadResponse);
    QCOMPARE(await(client.showEvent(QStringLiteral("mine"))).error().kind, Kind::BadResponse);
}

QTEST_GUILESS_MAIN(TestEventsClient)
#include "tst_eventsclient.moc"
