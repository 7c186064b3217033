# SPDX-License-Identifier: Apache-2.0
# A stage plan across many secrets (issue 20): plan, build from the server, apply, export.
list(APPEND core_sources
    plan/planbuilder.cpp plan/planbuilder.h
    plan/planexport.cpp plan/planexport.h
    plan/planrunner.cpp plan/planrunner.h
    plan/planscope.cpp plan/planscope.h
    plan/stageplan.cpp plan/stageplan.h)
