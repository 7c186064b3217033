# SPDX-License-Identifier: Apache-2.0
# The secrets room (issue 17): the secrets pane and what surrounds the secrets table.
target_sources(keystage_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/secretspane.cpp ${CMAKE_CURRENT_LIST_DIR}/secretspane.h
    ${CMAKE_CURRENT_LIST_DIR}/secretssummary.cpp ${CMAKE_CURRENT_LIST_DIR}/secretssummary.h
    ${CMAKE_CURRENT_LIST_DIR}/secretfilterbar.cpp ${CMAKE_CURRENT_LIST_DIR}/secretfilterbar.h
    ${CMAKE_CURRENT_LIST_DIR}/secretprefetcher.cpp ${CMAKE_CURRENT_LIST_DIR}/secretprefetcher.h)
