# SPDX-License-Identifier: Apache-2.0
# A secret's metadata and its versions' expiry (issue 19), with their undo command.
target_sources(keystage_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/admincommand.cpp ${CMAKE_CURRENT_LIST_DIR}/admincommand.h
    ${CMAKE_CURRENT_LIST_DIR}/createoptions.cpp ${CMAKE_CURRENT_LIST_DIR}/createoptions.h
    ${CMAKE_CURRENT_LIST_DIR}/expirycontroller.cpp ${CMAKE_CURRENT_LIST_DIR}/expirycontroller.h
    ${CMAKE_CURRENT_LIST_DIR}/metadatadialog.cpp ${CMAKE_CURRENT_LIST_DIR}/metadatadialog.h
    ${CMAKE_CURRENT_LIST_DIR}/secretadminactions.cpp ${CMAKE_CURRENT_LIST_DIR}/secretadminactions.h)
