// SPDX-License-Identifier: Apache-2.0
// SecretAdmin: the one door for a secret's metadata (description, KMS key), its tags and the
// expiry of its versions. Each change runs the same steps as a stage change: the local rules
// (nothing is sent when they refuse), a re-read of what the user saw, a comparison (someone else
// changed it: nothing is written, the error is a Conflict naming what changed), the write, and one
// re-read whose result is carried in the outcome. Undo and redo use the same calls with the
// before and after swapped, so they are checked the same way.
#pragma once

#include "core/api/apierror.h"
#include "core/api/csmsclient.h"
#include "core/api/csmstypes.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

namespace keystage {

// The editable metadata of a secret.
struct SecretMetadata
{
    QString description;
    QString kmsKeyId;

    static SecretMetadata of(const Secret &secret) { return {secret.description, secret.kmsKeyId}; }
    bool operator==(const SecretMetadata &o) const
    {
        return description == o.description && kmsKeyId == o.kmsKeyId;
    }
    bool operator!=(const SecretMetadata &o) const { return !(*this == o); }
};

struct AdminOutcome
{
    std::optional<ApiError> error; // unset on success; Conflict: stale, nothing written
    bool refusedLocally = false; // a local rule refused: nothing was sent
    bool written = false; // the server acknowledged a write
    std::optional<Secret> secret; // metadata: the secret as re-read
    std::optional<QList<Tag>> tags; // tags: the tags as re-read
    std::optional<VersionMetadata> version; // expiry: the version as re-read

    bool ok() const { return !error.has_value(); }
    bool isStale() const { return error && error->kind == ApiError::Kind::Conflict; }
};

class SecretAdmin : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const AdminOutcome &)>;
    // Huawei's definitions (UpdateSecret, CreateSecret): 2048 bytes of UTF-8, not characters.
    static constexpr int maxDescriptionBytes = 2048;
    // UpdateSecret's kms_key_id: 2 to 64 characters.
    static constexpr int minKmsKeyLength = 2;
    static constexpr int maxKmsKeyLength = 64;

    explicit SecretAdmin(CsmsClient *client, QObject *parent = nullptr);
    ~SecretAdmin() override;

    // Empty when allowed, else the translated reason.
    static QString descriptionProblem(const QString &description);
    static QString kmsKeyProblem(const QString &kmsKeyId);

    // Each runs once and calls done exactly once (not if context died first).
    // PUT /secrets/{name} with the fields that differ between seen and wanted.
    void updateMetadata(const QString &secretName, const SecretMetadata &seen,
                        const SecretMetadata &wanted, QObject *context, Callback done);
    // The tags go from seen to wanted: removed and changed keys are deleted, added and changed
    // ones created (BatchCreateOrDeleteTags, one call for each that is needed).
    void updateTags(const QString &secretId, const QList<Tag> &seen, const QList<Tag> &wanted,
                    QObject *context, Callback done);
    // PUT .../versions/{id} {"expire_time"}: an unset wanted clears the expiry (expire_time 0).
    void updateExpiry(const QString &secretName, const QString &versionId,
                      std::optional<qint64> seen, std::optional<qint64> wanted, QObject *context,
                      Callback done);

    // Same keys and values, in any order.
    static bool sameTags(const QList<Tag> &a, const QList<Tag> &b);
    // expire_time 0 (or absent) is "no expiry".
    static std::optional<qint64> normalisedExpiry(std::optional<qint64> expireTime);

private:
    QPointer<CsmsClient> m_client;
};

} // namespace keystage
