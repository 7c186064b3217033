# SPDX-License-Identifier: Apache-2.0
# Warnings-as-errors and sanitizers for Keystage's own targets (never for Qt's or generated code).
function(keystage_strict target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror)
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        # clang (preset fuzz) reads qCWarning(category) with no message as pedantic C++17.
        target_compile_options(${target} PRIVATE -Wno-gnu-zero-variadic-macro-arguments)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_NO_KEYWORDS QT_NO_FOREACH
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
    if(KEYSTAGE_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=${KEYSTAGE_SANITIZE} -fno-omit-frame-pointer)
        target_link_options(${target} PRIVATE -fsanitize=${KEYSTAGE_SANITIZE})
    endif()
endfunction()

# keystage_add_test(NAME tst_x SOURCES ... LIBS ... [GUI] [LABELS ...] [ENV ...] [TIMEOUT s])
# One executable per test, registered with CTest. GUI tests run offscreen.
function(keystage_add_test)
    cmake_parse_arguments(T "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ENV" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
    keystage_strict(${T_NAME})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set(env "QT_LOGGING_RULES=*.debug=false" "${T_ENV}")
    if(T_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES ENVIRONMENT "${env}" TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}")
endfunction()
