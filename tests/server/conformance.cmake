# SPDX-License-Identifier: Apache-2.0
# Black-box conformance tests of csms-local over HTTP (csms-api.md, its Decisions table and the
# seed API pages). Each test starts its own csms-local through tests/support.
foreach(test secretsapi versionsstages deletion tagsinstances auth badinput durability faults
        framing schemaconformance options rotation events)
    if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/tst_${test}.cpp)
        keystage_add_test(NAME tst_${test} SOURCES tst_${test}.cpp
            LIBS keystage_testsupport Qt6::Network Qt6::Sql LABELS server TIMEOUT 150)
    endif()
endforeach()
