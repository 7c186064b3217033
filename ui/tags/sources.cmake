# SPDX-License-Identifier: Apache-2.0
# Tags of one secret and of many (issue 19).
target_sources(keystage_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/bulktagcommand.cpp ${CMAKE_CURRENT_LIST_DIR}/bulktagcommand.h
    ${CMAKE_CURRENT_LIST_DIR}/bulktagdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/bulktagdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/tagsdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/tagsdialog.h)
