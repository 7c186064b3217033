# SPDX-License-Identifier: Apache-2.0
# The stage plan across secrets (issue 20): the dialog, its two tables and its undo step.
target_sources(keystage_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/plancommand.cpp ${CMAKE_CURRENT_LIST_DIR}/plancommand.h
    ${CMAKE_CURRENT_LIST_DIR}/planmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/planmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/stageplandialog.cpp ${CMAKE_CURRENT_LIST_DIR}/stageplandialog.h
    ${CMAKE_CURRENT_LIST_DIR}/stagewheremodel.cpp ${CMAKE_CURRENT_LIST_DIR}/stagewheremodel.h)
