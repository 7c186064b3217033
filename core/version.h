// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace keystage {

// "0.1.0": the project version from CMake.
QString versionString();

} // namespace keystage
