// SPDX-License-Identifier: Apache-2.0
#include "core/profile/profileimport.h"

#include "core/profile/profilelogging.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

namespace keystage {

namespace {

constexpr qint64 maxConfigSize = 4 * 1024 * 1024;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isProjectId(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-fA-F]{32}$"));
    return pattern.match(value).hasMatch();
}

// The first non-empty variable among names; *used gets its name.
QString firstOf(const QProcessEnvironment &env, std::initializer_list<const char *> names,
                QString *used = nullptr)
{
    for (const char *name : names) {
        const QString value = env.value(QLatin1String(name)).trimmed();
        if (!value.isEmpty()) {
            if (used)
                *used = QLatin1String(name);
            return value;
        }
    }
    return {};
}

QUrl endpointUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const bool ok
            = url.isValid() && !url.host().isEmpty()
              && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
    return ok ? url : QUrl();
}

bool isTrue(const QJsonValue &value)
{
    return value.toBool(false)
           || value.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

} // namespace

ImportResult ProfileImport::fromEnvironment(const QProcessEnvironment &env)
{
    ImportResult result;
    QString akName;
    const QString ak = firstOf(env, {"HUAWEICLOUD_SDK_AK", "HW_ACCESS_KEY"}, &akName);
    const QString sk = firstOf(env, {"HUAWEICLOUD_SDK_SK", "HW_SECRET_KEY"});
    if (ak.isEmpty() && sk.isEmpty()) {
        result.error = tr("No Huawei Cloud access key was found in the environment. Set "
                          "HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK and start Keystage again, "
                          "or enter the keys by hand.");
        return result;
    }

    ImportedProfile imported;
    imported.sourceName = QStringLiteral("environment");
    Profile &p = imported.profile;
    p.id = newId();
    p.authMethod = AuthMethod::AkSk;
    p.accessKey = ak;
    imported.credentials.secretKey = sk;
    imported.credentials.securityToken
            = firstOf(env, {"HUAWEICLOUD_SDK_SECURITY_TOKEN", "HW_SECURITY_TOKEN"});

    if (ak.isEmpty())
        result.warnings << tr("A secret key is set but no access key (HUAWEICLOUD_SDK_AK): enter "
                              "the access key by hand.");
    if (sk.isEmpty())
        result.warnings << tr("%1 is set but no secret key (HUAWEICLOUD_SDK_SK): enter the secret "
                              "key when you connect.")
                                   .arg(akName);
    if (!imported.credentials.securityToken.isEmpty())
        result.warnings << tr("These are temporary keys (a security token is set): they stop "
                              "working when the token expires.");

    const QString projectId = firstOf(env, {"HUAWEICLOUD_SDK_PROJECT_ID", "HW_PROJECT_ID"});
    if (isProjectId(projectId))
        p.projectId = projectId;
    else if (!projectId.isEmpty())
        result.warnings << tr("The project id in the environment is not 32 hexadecimal "
                              "characters; it was left out and will be looked up from the region.");

    p.region = firstOf(env, {"HUAWEICLOUD_SDK_REGION", "HW_REGION_NAME", "OS_REGION_NAME"});
    if (p.region.isEmpty()) {
        result.warnings << tr("No region is set (HUAWEICLOUD_SDK_REGION): choose one before "
                              "connecting.");
    } else {
        // The Go SDK's region EnvProvider: HUAWEICLOUD_SDK_REGION_{SERVICE}_{REGION_ID}, upper
        // case with '-' as '_', a comma-separated list of endpoints.
        const QString name = QStringLiteral("HUAWEICLOUD_SDK_REGION_CSMS_")
                             + p.region.toUpper().replace(u'-', u'_');
        const QString endpoints = env.value(name).trimmed();
        if (!endpoints.isEmpty()) {
            p.csmsEndpoint = endpointUrl(endpoints.section(u',', 0, 0));
            if (p.csmsEndpoint.isEmpty())
                result.warnings << tr("%1 is not an http or https address; the regional CSMS "
                                      "endpoint is used instead.")
                                           .arg(name);
        }
    }
    const QString iam = env.value(QStringLiteral("HUAWEICLOUD_SDK_IAM_ENDPOINT")).trimmed();
    if (!iam.isEmpty()) {
        p.iamEndpoint = endpointUrl(iam);
        if (p.iamEndpoint.isEmpty())
            result.warnings << tr("HUAWEICLOUD_SDK_IAM_ENDPOINT is not an http or https address; "
                                  "the regional IAM endpoint is used instead.");
    }

    p.displayName = p.region.isEmpty() ? tr("Environment") : tr("Environment (%1)").arg(p.region);
    result.profiles.append(imported);
    qCDebug(lcProfile) << "imported a profile from the environment, region" << p.region;
    return result;
}

ImportResult ProfileImport::fromKooCliConfig(const QString &path)
{
    ImportResult result;
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists()) {
        result.error = tr("The KooCLI configuration file %1 does not exist. Run \"hcloud "
                          "configure init\" first, or choose another file.")
                               .arg(shown);
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("The KooCLI configuration file %1 cannot be read: %2.")
                               .arg(shown, file.errorString());
        return result;
    }
    if (file.size() > maxConfigSize) {
        result.error = tr("%1 is too large to be a KooCLI configuration file.").arg(shown);
        return result;
    }
    QByteArray data = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    data.fill('\0');
    if (parseError.error != QJsonParseError::NoError) {
        result.error = tr("%1 is not valid JSON (%2 at character %3), so it cannot be imported. "
                          "Check the file, or run \"hcloud configure list\" to see whether KooCLI "
                          "can read it.")
                               .arg(shown, parseError.errorString())
                               .arg(parseError.offset);
        return result;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || !root.value(QStringLiteral("profiles")).isArray()) {
        result.error = tr("%1 is not a KooCLI configuration file: it has no \"profiles\" list.")
                               .arg(shown);
        return result;
    }

    const bool encrypted = isTrue(root.value(QStringLiteral("authEncrypt")));
    if (encrypted)
        result.warnings << tr("KooCLI keeps the keys in this file encrypted (authEncrypt), so they "
                              "cannot be imported: enter the access key and secret key by hand.");
    const QString current = root.value(QStringLiteral("current")).toString();
    const QJsonArray entries = root.value(QStringLiteral("profiles")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (!entries.at(i).isObject()) {
            result.warnings << tr("Entry %1 of the profile list is not a profile; it was skipped.")
                                       .arg(i + 1);
            continue;
        }
        const QJsonObject entry = entries.at(i).toObject();
        auto text = [&entry](const char *key) {
            return entry.value(QLatin1String(key)).toString().trimmed();
        };
        ImportedProfile imported;
        imported.sourceName = text("name");
        const QString name = imported.sourceName.isEmpty() ? tr("KooCLI profile %1").arg(i + 1)
                                                           : imported.sourceName;
        const QString mode = text("mode");
        if (!mode.isEmpty() && mode.compare(QLatin1String("AKSK"), Qt::CaseInsensitive) != 0) {
            result.warnings << tr("The KooCLI profile \"%1\" signs in with %2, which Keystage "
                                  "cannot import; it was skipped.")
                                       .arg(name, mode);
            continue;
        }
        imported.current = !current.isEmpty() && imported.sourceName == current;
        Profile &p = imported.profile;
        p.id = newId();
        p.displayName = name;
        p.authMethod = AuthMethod::AkSk;
        p.region = text("region");
        const QString projectId = text("projectId");
        if (isProjectId(projectId))
            p.projectId = projectId;
        else if (!projectId.isEmpty())
            result.warnings << tr("The project id of the KooCLI profile \"%1\" is not 32 "
                                  "hexadecimal characters; it was left out.")
                                       .arg(name);
        if (!encrypted) {
            p.accessKey = text("accessKeyId");
            imported.credentials.secretKey = text("secretAccessKey");
            imported.credentials.securityToken = text("securityToken");
            if (p.accessKey.isEmpty() || imported.credentials.secretKey.isEmpty())
                result.warnings << tr("The KooCLI profile \"%1\" has no complete access key and "
                                      "secret key: enter them by hand.")
                                           .arg(name);
        }
        if (p.region.isEmpty())
            result.warnings << tr("The KooCLI profile \"%1\" has no region: choose one before "
                                  "connecting.")
                                       .arg(name);
        result.profiles.append(imported);
    }

    if (result.profiles.isEmpty())
        result.error = tr("%1 contains no KooCLI profile that Keystage can import.").arg(shown);
    qCDebug(lcProfile) << "imported" << result.profiles.size() << "KooCLI profiles from" << path;
    return result;
}

QString ProfileImport::defaultKooCliConfigPath()
{
    return QDir::home().filePath(QStringLiteral(".hcloud/config.json"));
}

} // namespace keystage
