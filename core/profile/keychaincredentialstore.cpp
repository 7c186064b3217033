// SPDX-License-Identifier: Apache-2.0
#include "core/profile/keychaincredentialstore.h"

#include "core/profile/profilelogging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace keystage {

namespace {

using Kind = CredentialError::Kind;
using Operation = CredentialReply::Operation;

const char *operationName(Operation operation)
{
    switch (operation) {
    case Operation::Read:
        return "read";
    case Operation::Write:
        return "write";
    case Operation::Remove:
        break;
    }
    return "remove";
}

// Texts of libsecret / GDBus / QtKeychain that mean "there is no keychain to talk to".
bool meansNoService(const QString &text)
{
    static const char *const markers[] = {
            "d-bus",
            "dbus",
            "could not connect",
            "org.freedesktop.secrets",
            "was not provided by any",
            "serviceunknown",
            "no keychain service",
            "no keyring daemon",
            "no such secret collection",
            "object does not exist at path",
    };
    const QString lower = text.toLower();
    for (const char *marker : markers) {
        if (lower.contains(QLatin1String(marker)))
            return true;
    }
    return false;
}

// gnome-keyring's answer when the default collection the item would go to does not exist: no
// login keyring was ever created, or the user dismissed the prompt to create one. The service
// itself is there. E.g. "Object does not exist at path
// “/org/freedesktop/secrets/collection/login”".
bool meansNoLoginKeyring(const QString &text)
{
    const QString lower = text.toLower();
    return lower.contains(QLatin1String("object does not exist at path"))
           && lower.contains(QLatin1String("/org/freedesktop/secrets/collection/"));
}

Kind classify(QKeychain::Error code, const QString &text, Operation operation)
{
    const bool mentionsLock = text.contains(QLatin1String("lock"), Qt::CaseInsensitive);
    switch (code) {
    case QKeychain::NoError:
        return Kind::None;
    case QKeychain::EntryNotFound:
        if (operation == Operation::Remove)
            return Kind::None; // nothing to remove: done
        // Writing never looks an entry up: "object does not exist" is the missing default
        // collection (a keyring daemon without a set-up keyring).
        return operation == Operation::Write ? Kind::NoLoginKeyring : Kind::NotFound;
    case QKeychain::AccessDeniedByUser:
        return Kind::Denied;
    case QKeychain::AccessDenied:
        return mentionsLock ? Kind::Locked : Kind::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Kind::NoService;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    if (meansNoLoginKeyring(text))
        return Kind::NoLoginKeyring;
    if (meansNoService(text))
        return Kind::NoService;
    if (mentionsLock)
        return Kind::Locked;
    return Kind::Other;
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : CredentialStore(parent)
    , m_service(QStringLiteral("Keystage"))
{}

KeychainCredentialStore::~KeychainCredentialStore() = default;

CredentialReply *KeychainCredentialStore::read(const QString &profileId)
{
    return start(Operation::Read, profileId, {});
}

CredentialReply *KeychainCredentialStore::write(const QString &profileId,
                                                const Credentials &credentials)
{
    return start(Operation::Write, profileId, credentials);
}

CredentialReply *KeychainCredentialStore::remove(const QString &profileId)
{
    return start(Operation::Remove, profileId, {});
}

void KeychainCredentialStore::setService(const QString &service)
{
    m_service = service;
}

void KeychainCredentialStore::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = std::max(timeout, std::chrono::milliseconds(0));
}

QByteArray KeychainCredentialStore::encode(const Credentials &credentials)
{
    QJsonObject object{{QStringLiteral("version"), 1}};
    if (!credentials.secretKey.isEmpty())
        object.insert(QStringLiteral("secretKey"), credentials.secretKey);
    if (!credentials.securityToken.isEmpty())
        object.insert(QStringLiteral("securityToken"), credentials.securityToken);
    if (!credentials.password.isEmpty())
        object.insert(QStringLiteral("password"), credentials.password);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool KeychainCredentialStore::decode(const QByteArray &blob, Credentials *credentials)
{
    const QJsonDocument document = QJsonDocument::fromJson(blob);
    if (!document.isObject())
        return false;
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("version")).toInt() != 1)
        return false;
    const QJsonValue secretKey = object.value(QStringLiteral("secretKey"));
    const QJsonValue securityToken = object.value(QStringLiteral("securityToken"));
    const QJsonValue password = object.value(QStringLiteral("password"));
    for (const QJsonValue &value : {secretKey, securityToken, password}) {
        if (!value.isUndefined() && !value.isString())
            return false;
    }
    credentials->secretKey = secretKey.toString();
    credentials->securityToken = securityToken.toString();
    credentials->password = password.toString();
    return true;
}

CredentialReply *KeychainCredentialStore::start(Operation operation, const QString &profileId,
                                                const Credentials &credentials)
{
    CredentialReply *reply = createReply(operation, profileId);

    // The job has no parent and deletes itself once it has finished: libsecret keeps a raw pointer
    // to it until it answers, so it must outlive an abandoned or timed-out reply.
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(m_service);
        QByteArray blob = encode(credentials);
        writeJob->setTextData(QString::fromUtf8(blob));
        blob.fill('\0');
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(profileId);

    const QPointer<QKeychain::Job> guardedJob(job);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    const auto timeoutMs = m_timeout.count();
    connect(timer, &QTimer::timeout, reply, [reply, guardedJob, operation, timeoutMs]() {
        if (guardedJob)
            guardedJob->disconnect(reply);
        qCWarning(lcProfile).nospace()
                << "keychain " << operationName(operation) << " for profile " << reply->profileId()
                << " timed out after " << timeoutMs << " ms";
        failReply(reply, CredentialError::make(Kind::Timeout));
    });

    connect(job, &QKeychain::Job::finished, reply, [reply, operation, timer](QKeychain::Job *job) {
        timer->stop();
        const Kind kind = classify(job->error(), job->errorString(), operation);
        if (kind == Kind::NotFound) {
            qCInfo(lcProfile) << "no keychain entry for profile" << reply->profileId();
            failReply(reply, CredentialError::make(kind, job->errorString()));
            return;
        }
        if (kind != Kind::None) {
            qCWarning(lcProfile).nospace()
                    << "keychain " << operationName(operation) << " for profile "
                    << reply->profileId() << " failed: " << CredentialError::kindName(kind) << " ("
                    << job->error() << ": " << job->errorString() << ")";
            failReply(reply, CredentialError::make(kind, job->errorString()));
            return;
        }
        qCDebug(lcProfile).nospace() << "keychain " << operationName(operation) << " for profile "
                                     << reply->profileId() << " done";
        if (operation != Operation::Read) {
            finishReply(reply);
            return;
        }
        QByteArray blob = static_cast<QKeychain::ReadPasswordJob *>(job)->binaryData();
        Credentials credentials;
        const bool ok = decode(blob, &credentials);
        blob.fill('\0');
        if (!ok) {
            CredentialError error = CredentialError::make(Kind::Other);
            error.message = tr("The saved secret of this profile is damaged or was written by "
                               "another program. Enter the secret key again.");
            qCWarning(lcProfile) << "keychain entry for profile" << reply->profileId()
                                 << "is not a Keystage credentials object";
            failReply(reply, error);
            return;
        }
        finishReply(reply, credentials);
        credentials.wipe();
    });

    timer->start(m_timeout);
    job->start();
    return reply;
}

} // namespace keystage
