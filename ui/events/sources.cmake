# SPDX-License-Identifier: Apache-2.0
# Secrets > Events: events, subscriptions and notification records (issue 19).
target_sources(keystage_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/eventeditdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/eventeditdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/eventsdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/eventsdialog.h)
