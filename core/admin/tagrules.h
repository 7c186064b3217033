// SPDX-License-Identifier: Apache-2.0
// TagRules: the tag rules of Huawei's definitions (TagItem of CreateSecretTag and
// BatchCreateOrDeleteTags), checked before anything is sent so the user reads a specific reason
// instead of the service's CSMS.0002. Keys: 1 to 128 characters of letters, digits, spaces and
// _.:=+-@, no leading or trailing whitespace, not starting with _sys_. Values: 0 to 255
// characters of letters, digits, spaces and _.:/=+-@. At most 20 tags on a secret, one value per
// key.
#pragma once

#include "core/api/csmstypes.h"

#include <QCoreApplication>

namespace keystage {

class TagRules
{
    Q_DECLARE_TR_FUNCTIONS(keystage::TagRules)

public:
    static constexpr int maxTagsPerSecret = 20;
    static constexpr int maxKeyLength = 128;
    static constexpr int maxValueLength = 255;

    // Empty when allowed, else the translated reason.
    static QString keyProblem(const QString &key);
    static QString valueProblem(const QString &value);
    // Every tag of a secret's full list: each key and value, duplicate keys, the 20-tag limit.
    static QString listProblem(const QList<Tag> &tags);
};

} // namespace keystage
