# SPDX-License-Identifier: Apache-2.0
# The Activity room (issue 17): the dock's pane with its filter, copy and export.
target_sources(keystage_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/activitypane.cpp ${CMAKE_CURRENT_LIST_DIR}/activitypane.h)
