// SPDX-License-Identifier: Apache-2.0
#include "core/profile/profilestore.h"

#include "core/profile/profilelogging.h"

#include <QRegularExpression>
#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace keystage {

namespace {

const QString profilesGroup = QStringLiteral("profiles");
const QString lastUsedKey = QStringLiteral("lastUsedProfile");

QString authMethodName(AuthMethod method)
{
    return method == AuthMethod::IamPassword ? QStringLiteral("iam-password")
                                             : QStringLiteral("aksk");
}

AuthMethod authMethodFromName(const QString &name)
{
    return name == QLatin1String("iam-password") ? AuthMethod::IamPassword : AuthMethod::AkSk;
}

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
           && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
           && url.userInfo().isEmpty();
}

// A valid endpoint that is plain http to another computer (Profile::isUnencryptedRemote).
bool isClearTextRemote(const QUrl &url)
{
    return isHttpUrl(url) && Profile::isUnencryptedRemote(url);
}

// "http://10.0.0.5:8080": the part of an endpoint that says where its traffic goes.
QString origin(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
    , m_settings(new QSettings)
    , m_ownsSettings(true)
{}

ProfileStore::ProfileStore(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_settings(new QSettings(settingsFile, QSettings::IniFormat))
    , m_ownsSettings(true)
{}

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    Q_ASSERT(settings);
}

ProfileStore::~ProfileStore()
{
    if (m_ownsSettings)
        delete m_settings;
}

QStringList ProfileStore::validate(const Profile &p)
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    static const QRegularExpression regionPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    static const QRegularExpression projectPattern(QStringLiteral("^[0-9a-fA-F]{32}$"));

    QStringList problems;
    if (!idPattern.match(p.id).hasMatch())
        problems << tr("The profile id must be 1 to 64 letters, digits, '-' or '_'.");
    if (p.displayName.trimmed().isEmpty())
        problems << tr("Give the profile a name.");
    if (p.pageSize < 1 || p.pageSize > 1000)
        problems << tr("The page size must be between 1 and 1000 secrets.");

    if (!p.region.isEmpty() && !regionPattern.match(p.region).hasMatch())
        problems << tr("The region must look like \"cn-north-4\": lowercase letters, digits and "
                       "hyphens.");
    if (!p.csmsEndpoint.isEmpty() && !isHttpUrl(p.csmsEndpoint))
        problems << tr("The CSMS endpoint must be an http or https address such as "
                       "https://kms.cn-north-4.myhuaweicloud.com.");
    if (!p.iamEndpoint.isEmpty() && !isHttpUrl(p.iamEndpoint))
        problems << tr("The IAM endpoint must be an http or https address such as "
                       "https://iam.cn-north-4.myhuaweicloud.com.");
    if (p.production) {
        // Plain http is for the sandbox on this computer (Profile::isLoopbackHost), not for the
        // password, tokens and secret values of a production account.
        if (isClearTextRemote(p.csmsEndpoint))
            problems << tr("A production profile cannot use the unencrypted CSMS endpoint %1: "
                           "the password, tokens and secret values would cross the network in "
                           "clear text. Use https (plain http is only allowed to this computer: "
                           "localhost, 127.0.0.1 or ::1).")
                                .arg(origin(p.csmsEndpoint));
        if (isClearTextRemote(p.iamEndpoint))
            problems << tr("A production profile cannot use the unencrypted IAM endpoint %1: "
                           "the password and tokens would cross the network in clear text. Use "
                           "https (plain http is only allowed to this computer: localhost, "
                           "127.0.0.1 or ::1).")
                                .arg(origin(p.iamEndpoint));
    }
    if (p.region.isEmpty()) {
        const bool needsIam = p.authMethod == AuthMethod::IamPassword || p.projectId.isEmpty();
        if (p.csmsEndpoint.isEmpty())
            problems << tr("Choose a region, or enter the CSMS endpoint.");
        else if (needsIam && p.iamEndpoint.isEmpty())
            problems << tr("Without a region, enter the IAM endpoint too (it is needed to sign in "
                           "or to look up the project id).");
    }
    if (!p.projectId.isEmpty() && !projectPattern.match(p.projectId).hasMatch())
        problems << tr("The project id must be 32 hexadecimal characters; leave it empty to look "
                       "it up from the region.");

    if (p.authMethod == AuthMethod::AkSk) {
        if (p.accessKey.trimmed().isEmpty())
            problems << tr("Enter the access key (AK).");
    } else {
        if (p.iamUser.trimmed().isEmpty())
            problems << tr("Enter the IAM user name.");
        if (p.iamDomain.trimmed().isEmpty())
            problems << tr("Enter the account (domain) name of the IAM user.");
    }
    return problems;
}

QStringList ProfileStore::warnings(const Profile &p)
{
    QStringList found;
    if (p.production)
        return found; // validate() has these as problems
    QStringList origins;
    for (const QUrl &endpoint : {p.csmsEndpoint, p.iamEndpoint}) {
        if (isClearTextRemote(endpoint) && !origins.contains(origin(endpoint)))
            origins << origin(endpoint);
    }
    for (const QString &where : std::as_const(origins))
        found << tr("%1 is not encrypted: the password, tokens and secret values would cross the "
                    "network in clear text. Use https.")
                         .arg(where);
    return found;
}

QString ProfileStore::newProfileId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QList<Profile> ProfileStore::profiles() const
{
    m_settings->beginGroup(profilesGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();

    QList<Profile> result;
    result.reserve(ids.size());
    for (const QString &id : ids)
        result.append(read(id));
    std::stable_sort(result.begin(), result.end(), [](const Profile &a, const Profile &b) {
        const int byName = a.displayName.compare(b.displayName, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    if (!contains(id))
        return std::nullopt;
    return read(id);
}

bool ProfileStore::contains(const QString &id) const
{
    if (id.isEmpty())
        return false;
    m_settings->beginGroup(profilesGroup);
    const bool found = m_settings->childGroups().contains(id);
    m_settings->endGroup();
    return found;
}

QString ProfileStore::add(Profile profile, QStringList *problems)
{
    if (profile.id.isEmpty())
        profile.id = newProfileId();
    QStringList found = validate(profile);
    if (found.isEmpty() && contains(profile.id))
        found << tr("A profile with this id exists already.");
    if (problems)
        *problems = found;
    if (!found.isEmpty())
        return {};

    write(profile);
    qCDebug(lcProfile) << "profile added" << profile.id;
    Q_EMIT profileAdded(profile.id);
    Q_EMIT profilesChanged();
    return profile.id;
}

bool ProfileStore::update(const Profile &profile, QStringList *problems)
{
    QStringList found = validate(profile);
    if (found.isEmpty() && !contains(profile.id))
        found << tr("This profile no longer exists.");
    if (problems)
        *problems = found;
    if (!found.isEmpty())
        return false;

    m_settings->remove(profilesGroup + u'/' + profile.id); // no stale keys survive
    write(profile);
    qCDebug(lcProfile) << "profile updated" << profile.id;
    Q_EMIT profileUpdated(profile.id);
    Q_EMIT profilesChanged();
    return true;
}

bool ProfileStore::remove(const QString &id)
{
    if (!contains(id))
        return false;
    const bool wasLastUsed = lastUsedProfileId() == id;
    m_settings->remove(profilesGroup + u'/' + id);
    if (wasLastUsed)
        m_settings->remove(lastUsedKey);
    sync();
    qCDebug(lcProfile) << "profile removed" << id;
    Q_EMIT profileRemoved(id);
    Q_EMIT profilesChanged();
    if (wasLastUsed)
        Q_EMIT lastUsedProfileIdChanged(QString());
    return true;
}

QString ProfileStore::lastUsedProfileId() const
{
    const QString id = m_settings->value(lastUsedKey).toString();
    return contains(id) ? id : QString();
}

void ProfileStore::setLastUsedProfileId(const QString &id)
{
    if (!contains(id) || m_settings->value(lastUsedKey).toString() == id)
        return;
    m_settings->setValue(lastUsedKey, id);
    sync();
    Q_EMIT lastUsedProfileIdChanged(id);
}

QString ProfileStore::settingsFileName() const
{
    return m_settings->fileName();
}

void ProfileStore::write(const Profile &p)
{
    // Every key is listed here on purpose: a Profile holds no secret, and nothing else is written.
    m_settings->beginGroup(profilesGroup + u'/' + p.id);
    m_settings->setValue(QStringLiteral("displayName"), p.displayName);
    m_settings->setValue(QStringLiteral("region"), p.region);
    m_settings->setValue(QStringLiteral("csmsEndpoint"), p.csmsEndpoint.toString());
    m_settings->setValue(QStringLiteral("iamEndpoint"), p.iamEndpoint.toString());
    m_settings->setValue(QStringLiteral("projectId"), p.projectId);
    m_settings->setValue(QStringLiteral("authMethod"), authMethodName(p.authMethod));
    m_settings->setValue(QStringLiteral("accessKey"), p.accessKey);
    m_settings->setValue(QStringLiteral("iamUser"), p.iamUser);
    m_settings->setValue(QStringLiteral("iamDomain"), p.iamDomain);
    m_settings->setValue(QStringLiteral("pageSize"), p.pageSize);
    m_settings->setValue(QStringLiteral("enterpriseProjectId"), p.enterpriseProjectId);
    m_settings->setValue(QStringLiteral("production"), p.production);
    m_settings->setValue(QStringLiteral("sandbox"), p.sandbox);
    m_settings->endGroup();
    sync();
}

Profile ProfileStore::read(const QString &id) const
{
    Profile p;
    p.id = id;
    m_settings->beginGroup(profilesGroup + u'/' + id);
    p.displayName = m_settings->value(QStringLiteral("displayName")).toString();
    p.region = m_settings->value(QStringLiteral("region")).toString();
    p.csmsEndpoint = QUrl(m_settings->value(QStringLiteral("csmsEndpoint")).toString());
    p.iamEndpoint = QUrl(m_settings->value(QStringLiteral("iamEndpoint")).toString());
    p.projectId = m_settings->value(QStringLiteral("projectId")).toString();
    p.authMethod = authMethodFromName(m_settings->value(QStringLiteral("authMethod")).toString());
    p.accessKey = m_settings->value(QStringLiteral("accessKey")).toString();
    p.iamUser = m_settings->value(QStringLiteral("iamUser")).toString();
    p.iamDomain = m_settings->value(QStringLiteral("iamDomain")).toString();
    p.pageSize = m_settings->value(QStringLiteral("pageSize"), p.pageSize).toInt();
    p.enterpriseProjectId = m_settings->value(QStringLiteral("enterpriseProjectId")).toString();
    p.production = m_settings->value(QStringLiteral("production"), false).toBool();
    p.sandbox = m_settings->value(QStringLiteral("sandbox"), false).toBool();
    m_settings->endGroup();
    return p;
}

void ProfileStore::sync()
{
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        qCWarning(lcProfile) << "could not save the profiles to" << m_settings->fileName()
                             << m_settings->status();
}

} // namespace keystage
