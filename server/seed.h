// SPDX-License-Identifier: Apache-2.0
// Deterministic demo data for the sandbox (--seed-demo N): realistic names, types, tags,
// versions, custom stages, a few secrets pending deletion and some deprecated versions.
#pragma once

#include <QString>

namespace csmslocal {

class Service;

// Writes count secrets in one transaction. Returns false with *error on a store failure.
bool seedDemoData(Service &service, int count, QString *error);

} // namespace csmslocal
