# SPDX-License-Identifier: Apache-2.0
# Tests of core/profile.
keystage_add_test(NAME tst_profilestore SOURCES tst_profilestore.cpp
    LIBS keystage_core LABELS core TIMEOUT 30)
keystage_add_test(NAME tst_profileimport SOURCES tst_profileimport.cpp
    LIBS keystage_core LABELS core TIMEOUT 30)
keystage_add_test(NAME tst_memorycredentialstore SOURCES tst_memorycredentialstore.cpp
    LIBS keystage_core LABELS core TIMEOUT 30)

# The keychain test talks to a real Secret Service, so it is registered by hand: once inside its
# own private bus with an unlocked gnome-keyring (with-keyring.sh), once with no bus at all.
add_executable(tst_keychaincredentialstore tst_keychaincredentialstore.cpp)
target_link_libraries(tst_keychaincredentialstore PRIVATE Qt6::Test Qt6::Network keystage_core)
keystage_strict(tst_keychaincredentialstore)
add_test(NAME tst_keychaincredentialstore
    COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/with-keyring.sh
        $<TARGET_FILE:tst_keychaincredentialstore>)
set_tests_properties(tst_keychaincredentialstore PROPERTIES TIMEOUT 90 LABELS core
    ENVIRONMENT "QT_LOGGING_RULES=*.debug=false;KEYSTAGE_KEYCHAIN_TEST=keyring")
foreach(state locked nologin)
    if(state STREQUAL "locked")
        set(option --locked)
    else()
        set(option --no-login-keyring)
    endif()
    add_test(NAME tst_keychaincredentialstore_${state}
        COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/with-keyring.sh ${option}
            $<TARGET_FILE:tst_keychaincredentialstore>)
    set_tests_properties(tst_keychaincredentialstore_${state} PROPERTIES TIMEOUT 60 LABELS core
        ENVIRONMENT "QT_LOGGING_RULES=*.debug=false;KEYSTAGE_KEYCHAIN_TEST=${state}")
endforeach()
add_test(NAME tst_keychaincredentialstore_noservice COMMAND tst_keychaincredentialstore)
set_tests_properties(tst_keychaincredentialstore_noservice PROPERTIES TIMEOUT 60 LABELS core
    ENVIRONMENT "QT_LOGGING_RULES=*.debug=false;KEYSTAGE_KEYCHAIN_TEST=noservice;DISPLAY=;\
DBUS_SESSION_BUS_ADDRESS=unix:path=${CMAKE_CURRENT_BINARY_DIR}/no-such-bus/socket;\
XDG_CURRENT_DESKTOP=;KDE_FULL_SESSION=;HOME=${CMAKE_CURRENT_BINARY_DIR}/keychain-noservice-home")
keystage_add_test(NAME tst_regionendpoints SOURCES tst_regionendpoints.cpp
    LIBS keystage_core LABELS core TIMEOUT 30)
