// SPDX-License-Identifier: Apache-2.0
// SecretAssociation: which cloud instance a secret belongs to, read the way CSMS's batch delete
// by instance reads it. One reading for the whole client: the instance-delete preview, the
// details panel and the labels all go through it.
//
// The rules (Huawei's API definitions and SDK model files):
// - rotation_config holds the association. Its documented keys are InstanceId and SecretSubType
//   (SingleUser / MultiUser); InstanceType is Keystage's own and is honoured when present.
//   Unknown keys are ignored. It comes as JSON or in the single-quoted form of Huawei's own
//   example responses: {'InstanceId':'…','SecretSubType':'MultiUser'}.
// - The secret type names the instance type: RDS-FG → RDS, GaussDB-FG → TaurusDB (not GaussDB).
// - Reading never fails: text that is neither form is Unreadable ("unknown", never "none").
#pragma once

#include <QCoreApplication>
#include <QString>

namespace keystage {

struct Secret;

struct RotationConfig
{
    enum class Reading {
        Absent, // no rotation_config at all
        Read, // JSON or the single-quoted form
        Unreadable, // something else: the association is unknown
    };
    Reading reading = Reading::Absent;
    QString instanceId;
    QString instanceType; // Keystage's own key; empty when absent
    QString subType; // SecretSubType: SingleUser, MultiUser (as sent)

    static RotationConfig parse(const QString &text);
};

class SecretAssociation
{
    Q_DECLARE_TR_FUNCTIONS(keystage::SecretAssociation)

public:
    static SecretAssociation of(const Secret &secret);

    // The instance type a secret type stands for: RDS-FG → "RDS", GaussDB-FG → "TaurusDB";
    // empty for COMMON and anything else.
    static QString instanceTypeOf(const QString &secretType);
    // The secret type as users know it: "RDS-FG", "TaurusDB (GaussDB-FG)", "COMMON".
    static QString secretTypeLabel(const QString &secretType);
    // The instance types the batch delete accepts, in the order a choice lists them.
    static QStringList instanceTypes();

    QString instanceId() const { return m_instanceId; }
    QString instanceType() const { return m_instanceType; }
    QString subType() const { return m_subType; }
    // rotation_config was there but could not be read: the instance id is unknown.
    bool isUnknown() const { return m_unknown; }
    // Belongs to an instance (an id or a type is known).
    bool isAssociated() const { return !m_instanceId.isEmpty() || !m_instanceType.isEmpty(); }
    // Would a batch delete by this id and type (empty: any; not both empty) take the secret?
    bool matches(const QString &instanceId, const QString &instanceType) const;
    // "TaurusDB instance 1a2b…", "RDS (instance id unknown)", "unknown", "none".
    QString describe() const;

private:
    QString m_instanceId;
    QString m_instanceType;
    QString m_subType;
    bool m_unknown = false;
};

} // namespace keystage
