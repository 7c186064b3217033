// SPDX-License-Identifier: Apache-2.0
// rotation_config as CSMS stores it: the definitions document a JSON object text
// {"InstanceId":"...","SecretSubType":"SingleUser|MultiUser"}, and Huawei's own example answers
// carry the single-quoted form {'InstanceId':'...','SecretSubType':'MultiUser'}. csms-local
// accepts both, stores the text as given and reads its keys from either (common/looseobject.h,
// the reader the client shares).
#pragma once

#include <QHash>
#include <QString>
#include <optional>

namespace csmslocal {

// The keys of an object text in either form, with their scalar values as text (strings
// unquoted; numbers, true, false as written; null as an empty text). Nested objects and arrays
// are skipped. nullopt when the text is neither form of a flat object.
std::optional<QHash<QString, QString>> parseRotationConfig(QStringView text);

} // namespace csmslocal
