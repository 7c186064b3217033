// SPDX-License-Identifier: Apache-2.0
#include "core/ops/secretassociation.h"

#include "core/api/csmstypes.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <optional>

namespace keystage {

namespace {

// The single-quoted form of Huawei's examples, and its cousins: a flat object whose keys and
// values are quoted with ' or " (a backslash escapes the next character) or bare words. A nested
// object or array is skipped whole. Anything else: nullopt.
class LooseObjectReader
{
public:
    explicit LooseObjectReader(const QString &text)
        : m_text(text)
    {}

    std::optional<QHash<QString, QString>> read()
    {
        QHash<QString, QString> values;
        skipSpace();
        if (!take(u'{'))
            return std::nullopt;
        skipSpace();
        if (take(u'}'))
            return atEnd() ? std::optional(values) : std::nullopt;
        while (true) {
            skipSpace();
            const std::optional<QString> key = scalar();
            skipSpace();
            if (!key || !take(u':'))
                return std::nullopt;
            skipSpace();
            if (peek() == u'{' || peek() == u'[') {
                if (!skipNested())
                    return std::nullopt;
            } else {
                const std::optional<QString> value = scalar();
                if (!value)
                    return std::nullopt;
                values.insert(*key, *value);
            }
            skipSpace();
            if (take(u','))
                continue;
            if (take(u'}'))
                return atEnd() ? std::optional(values) : std::nullopt;
            return std::nullopt;
        }
    }

private:
    QChar peek() const { return m_pos < m_text.size() ? m_text.at(m_pos) : QChar(); }
    bool take(QChar c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    bool atEnd()
    {
        skipSpace();
        return m_pos == m_text.size();
    }

    std::optional<QString> scalar()
    {
        const QChar quote = peek();
        QString out;
        if (quote == u'\'' || quote == u'"') {
            ++m_pos;
            while (m_pos < m_text.size()) {
                QChar c = m_text.at(m_pos++);
                if (c == quote)
                    return out;
                if (c == u'\\') {
                    if (m_pos == m_text.size())
                        return std::nullopt;
                    c = m_text.at(m_pos++);
                }
                out += c;
            }
            return std::nullopt; // unterminated
        }
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == u',' || c == u'}' || c == u':' || c == u'{' || c == u'[' || c == u'\''
                || c == u'"')
                break;
            out += c;
            ++m_pos;
        }
        out = out.trimmed();
        if (out.isEmpty())
            return std::nullopt;
        return out;
    }

    bool skipNested()
    {
        int depth = 0;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == u'\'' || c == u'"') {
                if (!scalar())
                    return false;
                continue;
            }
            ++m_pos;
            if (c == u'{' || c == u'[')
                ++depth;
            else if ((c == u'}' || c == u']') && --depth == 0)
                return true;
        }
        return false;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
};

const QString instanceIdKey = QStringLiteral("InstanceId");
const QString instanceTypeKey = QStringLiteral("InstanceType");
const QString subTypeKey = QStringLiteral("SecretSubType");

} // namespace

RotationConfig RotationConfig::parse(const QString &text)
{
    RotationConfig config;
    if (text.trimmed().isEmpty())
        return config;
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error == QJsonParseError::NoError) {
        if (!json.isObject()) {
            config.reading = Reading::Unreadable;
            return config;
        }
        const QJsonObject object = json.object();
        // Text values only: a key of another type is as good as absent.
        config.instanceId = object.value(instanceIdKey).toString();
        config.instanceType = object.value(instanceTypeKey).toString();
        config.subType = object.value(subTypeKey).toString();
        config.reading = Reading::Read;
        return config;
    }
    const std::optional<QHash<QString, QString>> loose = LooseObjectReader(text).read();
    if (!loose) {
        config.reading = Reading::Unreadable;
        return config;
    }
    config.instanceId = loose->value(instanceIdKey);
    config.instanceType = loose->value(instanceTypeKey);
    config.subType = loose->value(subTypeKey);
    config.reading = Reading::Read;
    return config;
}

SecretAssociation SecretAssociation::of(const Secret &secret)
{
    SecretAssociation a;
    const RotationConfig config = RotationConfig::parse(secret.rotationConfig);
    a.m_unknown = config.reading == RotationConfig::Reading::Unreadable;
    a.m_instanceId = config.instanceId.trimmed();
    a.m_subType = config.subType;
    a.m_instanceType = config.instanceType.trimmed();
    if (a.m_instanceType.isEmpty())
        a.m_instanceType = instanceTypeOf(secret.secretType);
    return a;
}

QString SecretAssociation::instanceTypeOf(const QString &secretType)
{
    if (secretType.compare(QLatin1String("RDS-FG"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("RDS");
    if (secretType.compare(QLatin1String("GaussDB-FG"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("TaurusDB");
    return {};
}

QString SecretAssociation::secretTypeLabel(const QString &secretType)
{
    if (secretType.isEmpty())
        return QStringLiteral("COMMON");
    if (secretType.compare(QLatin1String("GaussDB-FG"), Qt::CaseInsensitive) == 0)
        return tr("TaurusDB (%1)").arg(secretType);
    return secretType;
}

QStringList SecretAssociation::instanceTypes()
{
    return {QStringLiteral("RDS"), QStringLiteral("TaurusDB"), QStringLiteral("GaussDB"),
            QStringLiteral("APIG")};
}

bool SecretAssociation::matches(const QString &instanceId, const QString &instanceType) const
{
    if (instanceId.isEmpty() && instanceType.isEmpty())
        return false;
    if (!isAssociated())
        return false;
    if (!instanceId.isEmpty() && m_instanceId != instanceId)
        return false;
    if (!instanceType.isEmpty() && m_instanceType.compare(instanceType, Qt::CaseInsensitive) != 0)
        return false;
    return true;
}

QString SecretAssociation::describe() const
{
    if (m_unknown) {
        return m_instanceType.isEmpty()
                       ? tr("unknown (the rotation configuration could not be read)")
                       : tr("%1, instance unknown (the rotation configuration could not be read)")
                                 .arg(m_instanceType);
    }
    if (!isAssociated())
        return tr("none");
    if (m_instanceId.isEmpty())
        return tr("%1 (no instance id)").arg(m_instanceType);
    if (m_instanceType.isEmpty())
        return m_instanceId;
    return tr("%1 instance %2").arg(m_instanceType, m_instanceId);
}

} // namespace keystage
