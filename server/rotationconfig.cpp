// SPDX-License-Identifier: Apache-2.0
#include "rotationconfig.h"

#include "looseobject.h"

namespace csmslocal {

std::optional<QHash<QString, QString>> parseRotationConfig(QStringView text)
{
    const std::optional<loosejson::Object> object = loosejson::readObject(text);
    if (!object)
        return std::nullopt;
    QHash<QString, QString> result;
    for (auto it = object->begin(); it != object->end(); ++it)
        result.insert(it.key(), it.value().text);
    return result;
}

} // namespace csmslocal
