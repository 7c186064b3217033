# SPDX-License-Identifier: Apache-2.0
# The masked compare of two values (issue 20).
target_sources(keystage_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/comparedialog.cpp ${CMAKE_CURRENT_LIST_DIR}/comparedialog.h)
