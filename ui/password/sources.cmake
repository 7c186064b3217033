# SPDX-License-Identifier: Apache-2.0
# Generated passwords in New secret and New version (issue 19).
target_sources(keystage_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/passwordgenerator.cpp ${CMAKE_CURRENT_LIST_DIR}/passwordgenerator.h)
