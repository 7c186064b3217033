// SPDX-License-Identifier: Apache-2.0
// Service: tags (addressed by secret id) and the resource-instance filter.
#include "bodyreader.h"
#include "service.h"
#include "store.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace csmslocal {

namespace {

// The definitions' patterns (TagItem), as given: \p{Z} is every Unicode space, and \s (no
// leading or trailing one on a key) is ASCII whitespace, as in Java's regular expressions.
QString tagKeyError(const QString &key)
{
    static const QRegularExpression re(
            QStringLiteral("^((?!\\s)(?!_sys_)[\\p{L}\\p{Z}\\p{N}_.:=+\\-@]*)(?<!\\s)$"));
    if (key.isEmpty() || key.size() > 128 || !re.match(key).hasMatch())
        return QStringLiteral("Invalid tag key: 1 to 128 letters, digits, spaces or _.:=+-@, "
                              "without leading or trailing spaces, not starting with _sys_.");
    return {};
}

QString tagValueError(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^([\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@]*)$"));
    if (value.size() > 255 || !re.match(value).hasMatch())
        return QStringLiteral("Invalid tag value: 0 to 255 letters, digits, spaces or _.:/=+-@.");
    return {};
}

QJsonArray tagsJson(const TagList &tags)
{
    QJsonArray result;
    for (const auto &[key, value] : tags)
        result << QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), value}};
    return result;
}

} // namespace

Outcome Service::listTags(const QString &secretId)
{
    Outcome error;
    const auto secret = findSecretById(secretId, &error);
    if (!secret)
        return error;
    return Outcome::ok({{QStringLiteral("tags"), tagsJson(m_store.tags(secret->id))},
                        {QStringLiteral("sys_tags"), QJsonArray()}});
}

Outcome Service::applyTags(const SecretRecord &secret, const QJsonArray &items, bool create)
{
    TagList current = m_store.tags(secret.id);
    for (const QJsonValue &item : items) {
        if (!item.isObject())
            return Outcome::invalid(QStringLiteral("Invalid tag: an object is expected."));
        BodyReader in(item.toObject());
        const auto key = in.string(QStringLiteral("key"));
        const auto value = in.string(QStringLiteral("value"));
        if (in.failed())
            return in.error();
        if (!key)
            return Outcome::invalid(QStringLiteral("A tag key is required."));
        if (const QString e = tagKeyError(*key); !e.isEmpty())
            return Outcome::invalid(e);
        if (const QString e = tagValueError(value.value_or(QString())); !e.isEmpty())
            return Outcome::invalid(e);
        const auto it = std::find_if(current.begin(), current.end(),
                                     [&](const auto &tag) { return tag.first == *key; });
        if (create) {
            if (it == current.end() && current.size() >= maxTags)
                return Outcome::invalid(
                        QStringLiteral("A secret has at most %1 tags.").arg(maxTags));
            if (it == current.end())
                current << qMakePair(*key, value.value_or(QString()));
            else
                it->second = value.value_or(QString());
            if (!m_store.setTag(secret.id, *key, value.value_or(QString())))
                return storeFailure();
        } else if (it != current.end() && (!value || *value == it->second)) {
            current.erase(it);
            if (!m_store.deleteTag(secret.id, *key))
                return storeFailure();
        }
    }
    return Outcome::empty(204);
}

Outcome Service::createTag(const QString &secretId, const QJsonObject &body)
{
    return inTransaction([&]() -> Outcome {
        Outcome error;
        const auto secret = findSecretById(secretId, &error);
        if (!secret)
            return error;
        BodyReader in(body);
        const auto tag = in.object(QStringLiteral("tag"));
        if (!in.failed() && !tag)
            in.fail(QStringLiteral("tag is required."));
        if (in.failed())
            return in.error();
        return applyTags(*secret, QJsonArray{*tag}, true);
    });
}

Outcome Service::deleteTag(const QString &secretId, const QString &key)
{
    return inTransaction([&]() -> Outcome {
        Outcome error;
        const auto secret = findSecretById(secretId, &error);
        if (!secret)
            return error;
        if (key.isEmpty() || key.size() > 255)
            return Outcome::invalid(QStringLiteral("Invalid tag key."));
        const TagList tags = m_store.tags(secret->id);
        if (!std::any_of(tags.begin(), tags.end(), [&](const auto &t) { return t.first == key; }))
            return Outcome::error(404, QStringLiteral("CSMS.0005"),
                                  QStringLiteral("The secret has no tag with that key."));
        if (!m_store.deleteTag(secret->id, key))
            return storeFailure();
        return Outcome::empty(204);
    });
}

Outcome Service::tagAction(const QString &secretId, const QJsonObject &body)
{
    return inTransaction([&]() -> Outcome {
        Outcome error;
        const auto secret = findSecretById(secretId, &error);
        if (!secret)
            return error;
        BodyReader in(body);
        const auto action = in.string(QStringLiteral("action"));
        const auto tags = in.array(QStringLiteral("tags"));
        in.string(QStringLiteral("sequence"), 36);
        if (!in.failed()
            && (!action
                || (*action != QLatin1String("create") && *action != QLatin1String("delete"))))
            in.fail(QStringLiteral("Invalid action: create or delete."));
        if (!in.failed() && (!tags || tags->isEmpty() || tags->size() > maxTags))
            in.fail(QStringLiteral("Invalid tags: 1 to %1 tags.").arg(maxTags));
        if (in.failed())
            return in.error();
        return applyTags(*secret, *tags, *action == QLatin1String("create"));
    });
}

Outcome Service::projectTags()
{
    QJsonArray result;
    for (const auto &[key, values] : m_store.allTags())
        result << QJsonObject{{QStringLiteral("key"), key},
                              {QStringLiteral("values"), QJsonArray::fromStringList(values)}};
    return Outcome::ok({{QStringLiteral("tags"), result}});
}

Outcome Service::resourceInstances(const QJsonObject &body)
{
    BodyReader in(body);
    const auto action = in.string(QStringLiteral("action"));
    if (!in.failed()
        && (!action || (*action != QLatin1String("filter") && *action != QLatin1String("count"))))
        in.fail(QStringLiteral("Invalid action: filter or count."));
    const qint64 limit = in.integerOrString(QStringLiteral("limit"), 1, 1000).value_or(10);
    const qint64 offset = in.integerOrString(QStringLiteral("offset"), 0, 1 << 30).value_or(0);
    in.string(QStringLiteral("sequence"), 36);
    InstanceFilter filter;
    const QJsonArray tags = in.array(QStringLiteral("tags")).value_or(QJsonArray());
    const QJsonArray matches = in.array(QStringLiteral("matches")).value_or(QJsonArray());
    if (tags.size() > 10 || matches.size() > 10)
        in.fail(QStringLiteral("At most 10 tags and 10 matches."));
    for (const QJsonValue &t : tags) {
        BodyReader tag(t.toObject());
        const auto key = tag.string(QStringLiteral("key"), 128);
        const auto values = tag.stringList(QStringLiteral("values"));
        if (!t.isObject() || tag.failed() || !key || key->isEmpty()
            || values.value_or(QStringList()).size() > 10)
            in.fail(QStringLiteral("Invalid tags: {key, values (at most 10)} items."));
        else
            filter.tags << qMakePair(*key, values.value_or(QStringList()));
    }
    for (const QJsonValue &m : matches) {
        BodyReader match(m.toObject());
        const auto key = match.string(QStringLiteral("key"));
        const auto value = match.string(QStringLiteral("value"), 255);
        if (!m.isObject() || match.failed() || key != QStringLiteral("resource_name") || !value)
            in.fail(QStringLiteral("Invalid matches: {\"key\": \"resource_name\", \"value\"}."));
        else if (!value->isEmpty())
            filter.nameContains << *value;
    }
    if (in.failed())
        return in.error();
    const qint64 total = m_store.countSecrets(filter);
    if (*action == QLatin1String("count"))
        return Outcome::ok({{QStringLiteral("total_count"), double(total)}});
    QJsonArray resources;
    for (const SecretRecord &s : m_store.filterSecrets(filter, int(limit), int(offset))) {
        resources << QJsonObject{{QStringLiteral("resource_id"), s.id},
                                 {QStringLiteral("resource_name"), s.name},
                                 {QStringLiteral("resource_detail"), secretJson(s)},
                                 {QStringLiteral("tags"), tagsJson(m_store.tags(s.id))},
                                 {QStringLiteral("sys_tags"), QJsonArray()}};
    }
    return Outcome::ok({{QStringLiteral("resources"), resources},
                        {QStringLiteral("total_count"), double(total)}});
}

} // namespace csmslocal
