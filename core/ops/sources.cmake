# SPDX-License-Identifier: Apache-2.0
list(APPEND core_sources ops/stagerules.cpp ops/stagerules.h)
list(APPEND core_sources
    ops/bulkdeleter.cpp ops/bulkdeleter.h
    ops/bulkrun.cpp ops/bulkrun.h
    ops/bulktagger.cpp ops/bulktagger.h
    ops/instancescan.cpp ops/instancescan.h
    ops/opslogging.cpp ops/opslogging.h
    ops/rotationeditor.cpp ops/rotationeditor.h
    ops/secretassociation.cpp ops/secretassociation.h
    ops/stagechange.cpp ops/stagechange.h
    ops/stageeditor.cpp ops/stageeditor.h)
