// SPDX-License-Identifier: Apache-2.0
// Turns what the Huawei Cloud SDKs and KooCLI (hcloud) already know into Keystage profiles.
// The results are not saved: the caller shows them, then adds the profiles to a ProfileStore and
// writes the credentials to a CredentialStore.
#pragma once

#include "core/profile/profile.h"

#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>
#include <QStringList>

namespace keystage {

struct ImportedProfile
{
    Profile profile; // a fresh id; may still be incomplete (see ProfileStore::validate)
    Credentials credentials;
    QString sourceName; // the KooCLI profile name, or "environment"
    bool current = false; // KooCLI's current (default) profile
};

struct ImportResult
{
    QList<ImportedProfile> profiles;
    QString error; // translated; set when nothing could be imported
    QStringList warnings; // translated; what was skipped or is missing

    bool ok() const { return error.isEmpty(); }
};

class ProfileImport
{
    Q_DECLARE_TR_FUNCTIONS(keystage::ProfileImport)
public:
    // HUAWEICLOUD_SDK_AK / _SK / _SECURITY_TOKEN / _PROJECT_ID (the SDKs' EnvCredentialProvider),
    // HW_ACCESS_KEY / HW_SECRET_KEY / HW_SECURITY_TOKEN / HW_PROJECT_ID (Terraform provider) as
    // fallbacks; the region from HUAWEICLOUD_SDK_REGION, HW_REGION_NAME or OS_REGION_NAME; the
    // endpoints from HUAWEICLOUD_SDK_REGION_CSMS_<REGION> and HUAWEICLOUD_SDK_IAM_ENDPOINT.
    static ImportResult fromEnvironment(const QProcessEnvironment &environment);
    // KooCLI's configuration: {"current": name, "authEncrypt": "false", "profiles": [{"name",
    // "mode": "AKSK", "accessKeyId", "secretAccessKey", "securityToken", "region", "projectId",
    // ...}]}. Only AKSK profiles are imported; encrypted keys (authEncrypt) cannot be.
    static ImportResult fromKooCliConfig(const QString &path);
    static QString defaultKooCliConfigPath(); // ~/.hcloud/config.json
};

} // namespace keystage
