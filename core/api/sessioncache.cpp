// SPDX-License-Identifier: Apache-2.0
#include "core/api/sessioncache.h"

#include "core/api/apireply.h"

namespace keystage {

SessionCache::SessionCache(QObject *parent)
    : QObject(parent)
{}

template<typename T>
void SessionCache::put(QHash<QString, T> &map, QList<QString> &order, const QString &key,
                       const T &value, quint64 generation)
{
    if (generation != m_generation || key.isEmpty())
        return; // a write was sent or finished while this read was on the wire
    if (!map.contains(key)) {
        if (order.size() >= maxEntries) {
            for (qsizetype i = 0; i < maxEntries / 2; ++i)
                map.remove(order.at(i));
            order.remove(0, maxEntries / 2);
        }
        order.append(key);
    }
    map.insert(key, value);
}

std::optional<Secret> SessionCache::secret(const QString &name) const
{
    const auto it = m_secrets.constFind(name);
    return it == m_secrets.cend() ? std::nullopt : std::optional<Secret>(*it);
}

void SessionCache::putSecret(const Secret &secret, quint64 generation)
{
    put(m_secrets, m_secretOrder, secret.name, secret, generation);
}

std::optional<QList<VersionMetadata>> SessionCache::versions(const QString &secretName) const
{
    const auto it = m_versions.constFind(secretName);
    return it == m_versions.cend() ? std::nullopt : std::optional<QList<VersionMetadata>>(*it);
}

void SessionCache::putVersions(const QString &secretName, const QList<VersionMetadata> &versions,
                               quint64 generation)
{
    put(m_versions, m_versionOrder, secretName, versions, generation);
}

std::optional<SecretTags> SessionCache::tags(const QString &secretId) const
{
    const auto it = m_tags.constFind(secretId);
    return it == m_tags.cend() ? std::nullopt : std::optional<SecretTags>(*it);
}

void SessionCache::putTags(const QString &secretId, const SecretTags &tags, quint64 generation)
{
    put(m_tags, m_tagOrder, secretId, tags, generation);
}

void SessionCache::putProjectTags(const QList<TagValues> &tags, quint64 generation)
{
    if (generation == m_generation)
        m_projectTags = tags;
}

void SessionCache::clear()
{
    ++m_generation;
    const bool hadEntries = !m_secrets.isEmpty() || !m_versions.isEmpty() || !m_tags.isEmpty()
                            || m_projectTags.has_value();
    m_secrets.clear();
    m_secretOrder.clear();
    m_versions.clear();
    m_versionOrder.clear();
    m_tags.clear();
    m_tagOrder.clear();
    m_projectTags.reset();
    if (hadEntries)
        Q_EMIT cleared();
}

void SessionCache::noteWrite(ApiReply *reply)
{
    clear();
    connect(reply, &ApiReply::finished, this, &SessionCache::clear);
}

} // namespace keystage
