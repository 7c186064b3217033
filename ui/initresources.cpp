// SPDX-License-Identifier: Apache-2.0
#include "ui/initresources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside of any namespace (it declares a global function).
static void initKeystageQrc()
{
    Q_INIT_RESOURCE(keystage);
}

namespace keystage::ui {

void initResources()
{
    static const bool done = []() {
        initKeystageQrc();
        return true;
    }();
    Q_UNUSED(done)
}

} // namespace keystage::ui
