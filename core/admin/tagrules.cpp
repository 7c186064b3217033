// SPDX-License-Identifier: Apache-2.0
#include "core/admin/tagrules.h"

#include <QRegularExpression>
#include <QSet>

namespace keystage {

// The patterns are the definitions' own (TagItem): \p{Z} is any Unicode space separator, and \s
// (no leading or trailing one on a key) is whitespace.
QString TagRules::keyProblem(const QString &key)
{
    static const QRegularExpression chars(QStringLiteral("^[\\p{L}\\p{Z}\\p{N}_.:=+\\-@]*$"));
    if (key.isEmpty())
        return tr("A tag key cannot be empty.");
    if (key.size() > maxKeyLength)
        return tr("The tag key \"%1…\" is longer than %2 characters.")
                .arg(key.left(16))
                .arg(maxKeyLength);
    if (key.front().isSpace() || key.back().isSpace())
        return tr("The tag key \"%1\" starts or ends with a space.").arg(key.trimmed());
    if (key.startsWith(QLatin1String("_sys_")))
        return tr("Tag keys starting with _sys_ are reserved for the service.");
    if (!chars.match(key).hasMatch())
        return tr("The tag key \"%1\" may hold only letters, digits, spaces and _ . : = + - @.")
                .arg(key);
    return {};
}

QString TagRules::valueProblem(const QString &value)
{
    static const QRegularExpression chars(QStringLiteral("^[\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@]*$"));
    if (value.size() > maxValueLength)
        return tr("The tag value \"%1…\" is longer than %2 characters.")
                .arg(value.left(16))
                .arg(maxValueLength);
    if (!chars.match(value).hasMatch())
        return tr("The tag value \"%1\" may hold only letters, digits, spaces and _ . : / = + - "
                  "@.")
                .arg(value);
    return {};
}

QString TagRules::listProblem(const QList<Tag> &tags)
{
    QSet<QString> keys;
    for (const Tag &tag : tags) {
        if (QString p = keyProblem(tag.key); !p.isEmpty())
            return p;
        if (QString p = valueProblem(tag.value); !p.isEmpty())
            return p;
        if (keys.contains(tag.key))
            return tr("The tag key \"%1\" appears twice: a key holds one value.").arg(tag.key);
        keys.insert(tag.key);
    }
    if (tags.size() > maxTagsPerSecret)
        return tr("A secret holds at most %1 tags; this would give it %2.")
                .arg(maxTagsPerSecret)
                .arg(tags.size());
    return {};
}

} // namespace keystage
