# SPDX-License-Identifier: Apache-2.0
# Rotation (issue 19): the details panel's rotation section, auto rotation and Rotate now.
target_sources(keystage_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/autorotationdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/autorotationdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/rotatenowdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/rotatenowdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/rotationsection.cpp ${CMAKE_CURRENT_LIST_DIR}/rotationsection.h)
