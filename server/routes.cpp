// SPDX-License-Identifier: Apache-2.0
// Server: the route table of /v1/{project_id}/... and /v3 (IAM).
#include "server.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>
#include <QUrlQuery>

namespace csmslocal {

namespace {

// Parses a JSON object body. On failure returns false and sets *error (CSMS.0004).
bool parseBody(const QByteArray &body, QJsonObject *object, Outcome *error)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(body); // decoding happens on conversion
    Q_UNUSED(text);
    if (decoder.hasError()) {
        *error = Outcome::error(400, QStringLiteral("CSMS.0004"),
                                QStringLiteral("The request body is not valid UTF-8."));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = Outcome::error(400, QStringLiteral("CSMS.0004"),
                                QStringLiteral("The request body is not a JSON object."));
        return false;
    }
    *object = doc.object();
    return true;
}

} // namespace

HttpResponse Server::routeV1(const Incoming &in, const QByteArray &requestId)
{
    m_service.purgeExpired();
    m_service.notifyExpiredVersions(); // SECRET_VERSION_EXPIRED of expiries that have passed
    if (auto rejected = authenticate(in, requestId, false))
        return *rejected;
    const QStringList &s = in.segments;
    if (s.size() < 3)
        return routeAbsent(requestId);
    if (s.at(1) != m_config.projectId)
        return gatewayError(403, QStringLiteral("APIG.0302"),
                            QStringLiteral("The IAM user is not authorized to access the API: the "
                                           "project id in the path is not the caller's project."),
                            requestId);
    const QByteArray &m = in.method;
    const QStringList p = s.mid(2);
    const qsizetype n = p.size();
    const bool nested = p.at(0) == QLatin1String("csms");
    QJsonObject body;
    Outcome bad;
    const auto withBody = [&](const std::function<Outcome(const QJsonObject &)> &call) {
        if (!parseBody(in.request->body(), &body, &bad))
            return toResponse(bad, nested);
        return toResponse(call(body), nested);
    };
    const QUrlQuery query(QString::fromLatin1(in.rawQuery));
    const auto is = [&](qsizetype i, const char *literal) {
        return n > i && p.at(i) == QLatin1String(literal);
    };
    Service &svc = m_service;

    if (is(0, "secrets")) {
        if (n == 1 && m == "GET")
            return toResponse(svc.listSecrets(query), false);
        if (n == 1 && m == "POST")
            return withBody([&](const QJsonObject &b) { return svc.createSecret(b); });
        if (n == 2 && m == "POST" && is(1, "batch-delete"))
            return withBody([&](const QJsonObject &b) { return svc.batchDelete(b); });
        const QString name = n > 1 ? p.at(1) : QString();
        if (n == 2 && m == "GET")
            return toResponse(svc.showSecret(name), false);
        if (n == 2 && m == "PUT")
            return withBody([&](const QJsonObject &b) { return svc.updateSecret(name, b); });
        if (n == 2 && m == "DELETE")
            return toResponse(svc.deleteSecret(name), false);
        if (n == 4 && m == "POST" && is(2, "scheduled-deleted-tasks") && is(3, "create"))
            return withBody([&](const QJsonObject &b) { return svc.scheduleDeletion(name, b); });
        if (n == 4 && m == "POST" && is(2, "scheduled-deleted-tasks") && is(3, "cancel"))
            return toResponse(svc.cancelDeletion(name), false);
        if (n == 3 && m == "POST" && is(2, "rotate")) // no body; errors nested
            return toResponse(svc.rotateSecret(name), true);
        if (is(2, "versions")) {
            if (n == 3 && m == "GET")
                return toResponse(svc.listVersions(name, query), false);
            if (n == 3 && m == "POST")
                return withBody([&](const QJsonObject &b) { return svc.createVersion(name, b); });
            if (n == 4 && m == "GET")
                return toResponse(svc.showVersion(name, p.at(3)), false);
            if (n == 4 && m == "PUT")
                return withBody(
                        [&](const QJsonObject &b) { return svc.updateVersion(name, p.at(3), b); });
        }
        if (is(2, "stages")) {
            if (n == 3 && m == "POST" && m_config.postStages)
                return withBody([&](const QJsonObject &b) { return svc.createStage(name, b); });
            if (n == 4 && m == "GET")
                return toResponse(svc.showStage(name, p.at(3)), false);
            if (n == 4 && m == "PUT")
                return withBody(
                        [&](const QJsonObject &b) { return svc.putStage(name, p.at(3), b); });
            if (n == 4 && m == "DELETE")
                return toResponse(svc.deleteStage(name, p.at(3)), false);
        }
    } else if (nested) {
        if (n == 2 && m == "GET" && is(1, "tags"))
            return toResponse(svc.projectTags(), true);
        if (n == 2 && m == "GET" && is(1, "tasks")) // ListSecretTask: flat errors
            return toResponse(svc.listTasks(query), false);
        if (n == 3 && m == "POST" && is(1, "resource_instances") && is(2, "action"))
            return withBody([&](const QJsonObject &b) { return svc.resourceInstances(b); });
        if (is(1, "events")) {
            if (n == 2 && m == "GET")
                return toResponse(svc.listEvents(query), true);
            if (n == 2 && m == "POST")
                return withBody([&](const QJsonObject &b) { return svc.createEvent(b); });
            if (n == 3 && m == "GET")
                return toResponse(svc.showEvent(p.at(2)), true);
            if (n == 3 && m == "PUT")
                return withBody([&](const QJsonObject &b) { return svc.updateEvent(p.at(2), b); });
            if (n == 3 && m == "DELETE")
                return toResponse(svc.deleteEvent(p.at(2)), true);
            return routeAbsent(requestId);
        }
        if (n == 2 && m == "GET" && is(1, "notification-records"))
            return toResponse(svc.listNotificationRecords(), true);
        if (n == 2 && m == "POST" && is(1, "generate-password")) {
            // The body is optional; its errors use the flat shape (ErrorRsp).
            if (in.request->body().trimmed().isEmpty())
                return toResponse(svc.generatePassword({}), false);
            if (!parseBody(in.request->body(), &body, &bad))
                return toResponse(bad, false);
            return toResponse(svc.generatePassword(body), false);
        }
        const QString id = n > 1 ? p.at(1) : QString();
        if (is(2, "tags")) {
            if (n == 3 && m == "GET")
                return toResponse(svc.listTags(id), true);
            if (n == 3 && m == "POST")
                return withBody([&](const QJsonObject &b) { return svc.createTag(id, b); });
            if (n == 4 && m == "POST" && is(3, "action"))
                return withBody([&](const QJsonObject &b) { return svc.tagAction(id, b); });
            if (n == 4 && m == "DELETE")
                return toResponse(svc.deleteTag(id, p.at(3)), true);
        }
    }
    return routeAbsent(requestId);
}

HttpResponse Server::routeIam(const Incoming &in, const QByteArray &requestId)
{
    const QStringList &s = in.segments;
    if (s.size() == 3 && s.at(1) == QLatin1String("auth") && s.at(2) == QLatin1String("tokens")
        && in.method == "POST") {
        QJsonObject body;
        Outcome bad;
        if (!parseBody(in.request->body(), &body, &bad))
            return json(400, Iam::errorBody(400, QStringLiteral("Bad Request"), bad.errorMsg));
        const Iam::TokenOutcome token = m_iam.issueToken(body);
        HttpResponse response = json(token.status, token.body);
        if (!token.token.isEmpty())
            response.headers << qMakePair(QByteArray("X-Subject-Token"), token.token);
        response.headers << qMakePair(QByteArray("X-IAM-Trace-Id"), requestId);
        return response;
    }
    if (s.size() == 2 && s.at(1) == QLatin1String("projects") && in.method == "GET") {
        if (auto rejected = authenticate(in, requestId, true))
            return *rejected;
        const QUrlQuery query(QString::fromLatin1(in.rawQuery));
        return json(200, m_iam.projects(
                                 query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded)));
    }
    return json(404, Iam::errorBody(404, QStringLiteral("Not Found"),
                                    QStringLiteral("The requested IAM API does not exist.")));
}

} // namespace csmslocal
