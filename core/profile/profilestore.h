// SPDX-License-Identifier: Apache-2.0
// Keeps connection profiles in QSettings: identifiers, endpoints and options only. Secrets live in
// a CredentialStore; nothing here ever writes one.
#pragma once

#include "core/profile/profile.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace keystage {

class ProfileStore : public QObject
{
    Q_OBJECT
public:
    // The application's default QSettings (organization and application names must be set).
    explicit ProfileStore(QObject *parent = nullptr);
    // An INI file at settingsFile (tests, portable installs).
    explicit ProfileStore(const QString &settingsFile, QObject *parent = nullptr);
    // A QSettings owned by the caller, which must outlive the store.
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);
    ~ProfileStore() override;

    // Translated, plain-words problems; empty when the profile can be saved.
    static QStringList validate(const Profile &profile);
    // Translated risks that do not prevent saving (validate() refuses them for a production
    // profile instead): one line per custom endpoint that is plain http to another computer.
    static QStringList warnings(const Profile &profile);
    static QString newProfileId(); // a UUID without braces

    QList<Profile> profiles() const; // sorted by display name
    std::optional<Profile> profile(const QString &id) const;
    bool contains(const QString &id) const;

    // Saves a new profile (an empty id gets newProfileId()). Returns its id, or an empty string
    // and the problems when it is invalid or the id is already taken.
    QString add(Profile profile, QStringList *problems = nullptr);
    // Replaces an existing profile. False (with problems) when invalid or unknown.
    bool update(const Profile &profile, QStringList *problems = nullptr);
    // False when there is no such profile. Forgets it as the last used one too. The caller
    // removes its credentials from the CredentialStore.
    bool remove(const QString &id);

    QString lastUsedProfileId() const; // empty, or the id of an existing profile
    void setLastUsedProfileId(const QString &id); // ignored unless the profile exists

    QString settingsFileName() const;

Q_SIGNALS:
    void profileAdded(const QString &id);
    void profileUpdated(const QString &id);
    void profileRemoved(const QString &id);
    void profilesChanged(); // after any of the three above
    void lastUsedProfileIdChanged(const QString &id);

private:
    void write(const Profile &profile);
    Profile read(const QString &id) const;
    void sync();

    QSettings *m_settings = nullptr;
    bool m_ownsSettings = false;
};

} // namespace keystage
