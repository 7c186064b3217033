// SPDX-License-Identifier: Apache-2.0
// SessionCache: what a CsmsClient's session has read and may show again at once (issue 18): the
// last versions of the secrets shown, their details and tags, and the project's tag list. A view
// shows a cached entry immediately and the server's answer when it comes; the cache never
// replaces a read.
//
// Invalidation: every write the client sends (any call but a GET, a HEAD, the resource search or
// a local one) clears it when it is sent and again when it finishes, and so does clear() (the
// window's Refresh). A read stores its answer only if no write was sent or finished while it was
// on the wire: put() takes the generation() the reader saw when it sent the read. Nothing that
// acts on the server (StageEditor, BulkDeleter) reads this cache: a write is always decided on a
// fresh server read. Identifiers and metadata only, never a secret value.
#pragma once

#include "core/api/csmstypes.h"

#include <QHash>
#include <QObject>
#include <optional>

namespace keystage {

class ApiReply;

class SessionCache : public QObject
{
    Q_OBJECT

public:
    explicit SessionCache(QObject *parent = nullptr);

    // Grows by one at every write sent or finished and at clear().
    quint64 generation() const { return m_generation; }

    std::optional<Secret> secret(const QString &name) const;
    void putSecret(const Secret &secret, quint64 generation);
    std::optional<QList<VersionMetadata>> versions(const QString &secretName) const;
    void putVersions(const QString &secretName, const QList<VersionMetadata> &versions,
                     quint64 generation);
    std::optional<SecretTags> tags(const QString &secretId) const;
    void putTags(const QString &secretId, const SecretTags &tags, quint64 generation);
    std::optional<QList<TagValues>> projectTags() const { return m_projectTags; }
    void putProjectTags(const QList<TagValues> &tags, quint64 generation);

    // Entries kept per kind; past it the oldest half is dropped (a scroll through 100,000
    // secrets does not keep 100,000 version lists).
    static constexpr int maxEntries = 256;

public Q_SLOTS:
    void clear();
    // A write: clears now and again when `reply` finishes (CsmsClient calls it for each write).
    void noteWrite(keystage::ApiReply *reply);

Q_SIGNALS:
    void cleared();

private:
    template<typename T>
    void put(QHash<QString, T> &map, QList<QString> &order, const QString &key, const T &value,
             quint64 generation);

    quint64 m_generation = 0;
    QHash<QString, Secret> m_secrets;
    QList<QString> m_secretOrder;
    QHash<QString, QList<VersionMetadata>> m_versions;
    QList<QString> m_versionOrder;
    QHash<QString, SecretTags> m_tags;
    QList<QString> m_tagOrder;
    std::optional<QList<TagValues>> m_projectTags;
};

} // namespace keystage
