// SPDX-License-Identifier: Apache-2.0
#include "seed.h"

#include "service.h"
#include "store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QStringList>
#include <QUuid>

namespace csmslocal {

namespace {

const QStringList envs{QStringLiteral("prod"), QStringLiteral("staging"), QStringLiteral("dev"),
                       QStringLiteral("qa")};
const QStringList apps{
        QStringLiteral("orders"),    QStringLiteral("payments"),      QStringLiteral("billing"),
        QStringLiteral("inventory"), QStringLiteral("search"),        QStringLiteral("auth"),
        QStringLiteral("users"),     QStringLiteral("catalog"),       QStringLiteral("shipping"),
        QStringLiteral("analytics"), QStringLiteral("notifications"), QStringLiteral("gateway")};
const QStringList kinds{QStringLiteral("db-password"),         QStringLiteral("api-key"),
                        QStringLiteral("redis-password"),      QStringLiteral("jwt-signing-key"),
                        QStringLiteral("oauth-client-secret"), QStringLiteral("smtp-password"),
                        QStringLiteral("obs-access-key"),      QStringLiteral("tls-private-key")};
const QStringList dbUsers{QStringLiteral("admin"), QStringLiteral("app"),
                          QStringLiteral("readonly"), QStringLiteral("migrate")};
const QStringList teams{QStringLiteral("platform"), QStringLiteral("commerce"),
                        QStringLiteral("data"), QStringLiteral("identity")};
const QStringList customStages{QStringLiteral("BETA"), QStringLiteral("CANARY"),
                               QStringLiteral("ROLLBACK")};

QString randomText(QRandomGenerator &gen, int length)
{
    static const char alphabet[]
            = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_!#%+=";
    QString s;
    s.reserve(length);
    for (int i = 0; i < length; ++i)
        s += QLatin1Char(alphabet[gen.bounded(int(sizeof(alphabet) - 1))]);
    return s;
}

QString instanceId(int pool)
{
    return QStringLiteral("%1in01").arg(
            QString::number(0x5e1f00 + pool, 16).rightJustified(30, QLatin1Char('a')));
}

} // namespace

bool seedDemoData(Service &service, int count, QString *error)
{
    Store &store = service.store();
    QRandomGenerator gen(20240611);
    const qint64 now = service.now();
    const qint64 day = 86400000LL;
    // One transaction larger than the page cache would spill to the WAL and be read back.
    store.setCacheSize(512 * 1024);
    const auto restoreCache = qScopeGuard([&store] { store.setCacheSize(64 * 1024); });
    if (!store.begin()) {
        *error = store.lastError();
        return false;
    }
    int perCategory[3] = {0, 0, 0};
    for (int i = 0; i < count; ++i) {
        const int category = i % 10 == 3   ? 1
                             : i % 10 == 7 ? 2
                                           : 0; // COMMON, RDS-FG, GaussDB-FG (TaurusDB)
        const int c = perCategory[category]++;
        const QString env = envs.at(c % envs.size());
        const QString app = apps.at((c / envs.size()) % apps.size());
        const int combos = int(envs.size() * apps.size());
        SecretRecord s;
        QString name;
        int round = 0;
        if (category == 0) {
            const QString kind = kinds.at((c / combos) % kinds.size());
            round = c / int(combos * kinds.size());
            name = QStringLiteral("%1-%2-%3").arg(env, app, kind);
            s.description = QStringLiteral("%1 for %2 (%3)").arg(kind, app, env);
        } else {
            const QString user = dbUsers.at((c / combos) % dbUsers.size());
            round = c / int(combos * dbUsers.size());
            name = QStringLiteral("%1-%2-%3-%4")
                           .arg(category == 1 ? QStringLiteral("rds") : QStringLiteral("taurusdb"),
                                env, app, user);
            s.secretType = category == 1 ? QStringLiteral("RDS-FG") : QStringLiteral("GaussDB-FG");
            s.rotationConfig = QString::fromUtf8(
                    QJsonDocument(QJsonObject{{QStringLiteral("InstanceId"), instanceId(c % 25)},
                                              {QStringLiteral("SecretSubType"),
                                               c % 3 ? QStringLiteral("SingleUser")
                                                     : QStringLiteral("MultiUser")}})
                            .toJson(QJsonDocument::Compact));
            s.description = QStringLiteral("Database account %1 of %2 (%3)").arg(user, app, env);
            s.autoRotation = c % 2 == 0;
            s.rotationPeriod = s.autoRotation ? QStringLiteral("30d") : QString();
        }
        if (round > 0)
            name += QStringLiteral("-%1").arg(round, 3, 10, QLatin1Char('0'));
        s.name = name;
        s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.kmsKeyId = Service::defaultKmsKeyId();
        s.createTime = now - qint64(gen.bounded(400)) * day - gen.bounded(int(day));
        const int versionCount = gen.bounded(10) < 3 ? 2 + gen.bounded(4) : 1;
        qint64 t = s.createTime;
        for (int v = 1; v <= versionCount; ++v) {
            VersionRecord version;
            version.number = v;
            version.createTime = t;
            version.kmsKeyId = s.kmsKeyId;
            version.value
                    = category == 0
                              ? randomText(gen, 24)
                              : QStringLiteral("{\"username\":\"%1\",\"password\":\"%2\"}")
                                        .arg(dbUsers.at(c % dbUsers.size()), randomText(gen, 20));
            if (!store.insertVersion(s.id, version)) {
                *error = store.lastError();
                store.rollback();
                return false;
            }
            if (v < versionCount)
                t += qint64(1 + gen.bounded(20)) * day;
        }
        s.updateTime = t;
        if (s.autoRotation) {
            s.rotationTime = t;
            s.nextRotationTime = t + 30 * day;
        }
        s.nextVersion = versionCount + 1;
        bool ok = store.setStage(s.id, {QStringLiteral("SYSCURRENT"), versionCount, t});
        if (versionCount > 1)
            ok = ok && store.setStage(s.id, {QStringLiteral("SYSPREVIOUS"), versionCount - 1, t});
        if (versionCount > 2 && gen.bounded(2) == 0) {
            const QString stage = customStages.at(gen.bounded(int(customStages.size())));
            ok = ok && store.setStage(s.id, {stage, 1 + gen.bounded(versionCount), t});
        }
        if (gen.bounded(50) == 0) {
            s.state = QStringLiteral("PENDING_DELETE");
            s.scheduledDeleteTime = now + qint64(1 + gen.bounded(30)) * day;
        }
        ok = ok && store.setTag(s.id, QStringLiteral("env"), env)
             && store.setTag(s.id, QStringLiteral("app"), app)
             && store.setTag(s.id, QStringLiteral("team"), teams.at(c % teams.size()));
        if (gen.bounded(4) == 0)
            ok = ok
                 && store.setTag(s.id, QStringLiteral("cost-center"),
                                 QStringLiteral("cc-%1").arg(1000 + gen.bounded(20)));
        ok = ok && store.insertSecret(s);
        if (!ok) {
            *error = store.lastError();
            store.rollback();
            return false;
        }
    }
    if (!store.commit()) {
        *error = store.lastError();
        store.rollback();
        return false;
    }
    return true;
}

} // namespace csmslocal
