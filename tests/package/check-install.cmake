# cmake -DBUILD_DIR=... -DPREFIX=... -DVERSION=... -DBINDIR=bin -DDATADIR=share
#       [-DAPPSTREAMCLI=path] -P check-install.cmake
# Installs the build into PREFIX (emptied first) and checks the result.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result}):\n${output}")
endif()

set(expected
    ${BINDIR}/keystage
    ${BINDIR}/csms-local
    ${DATADIR}/applications/keystage.desktop
    ${DATADIR}/icons/hicolor/scalable/apps/keystage.svg
    ${DATADIR}/metainfo/io.github.keystage.Keystage.metainfo.xml)
foreach(path IN LISTS expected)
    if(NOT EXISTS "${PREFIX}/${path}")
        message(FATAL_ERROR "not installed: ${path}\ninstall output:\n${output}")
    endif()
endforeach()
# Nothing else: no tests, benchmarks, headers or static libraries in the package.
file(GLOB_RECURSE installed RELATIVE "${PREFIX}" "${PREFIX}/*")
list(SORT installed)
list(SORT expected)
if(NOT installed STREQUAL expected)
    message(FATAL_ERROR "unexpected files installed:\n  ${installed}\nexpected:\n  ${expected}")
endif()

# The installed keystage starts and knows its version.
execute_process(COMMAND "${PREFIX}/${BINDIR}/keystage" --version
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors TIMEOUT 60)
if(NOT result EQUAL 0 OR NOT output MATCHES "keystage ${VERSION}")
    message(FATAL_ERROR "keystage --version: exit ${result}, output '${output}' '${errors}'")
endif()
execute_process(COMMAND "${PREFIX}/${BINDIR}/csms-local" --help
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors TIMEOUT 60)
if(NOT result EQUAL 0 OR NOT output MATCHES "--listen")
    message(FATAL_ERROR "csms-local --help: exit ${result}, output '${output}' '${errors}'")
endif()

# The desktop entry points at the installed program and icon.
file(READ "${PREFIX}/${DATADIR}/applications/keystage.desktop" desktop)
if(NOT desktop MATCHES "\nExec=keystage" OR NOT desktop MATCHES "\nIcon=keystage\n")
    message(FATAL_ERROR "keystage.desktop does not start keystage with its icon:\n${desktop}")
endif()
file(READ "${PREFIX}/${DATADIR}/metainfo/io.github.keystage.Keystage.metainfo.xml" metainfo)
if(NOT metainfo MATCHES "<launchable type=\"desktop-id\">keystage.desktop</launchable>")
    message(FATAL_ERROR "the metainfo does not launch keystage.desktop")
endif()
if(APPSTREAMCLI)
    execute_process(COMMAND "${APPSTREAMCLI}" validate --no-net
            "${PREFIX}/${DATADIR}/metainfo/io.github.keystage.Keystage.metainfo.xml"
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "appstreamcli validate failed:\n${output}")
    endif()
else()
    message(STATUS "appstreamcli not found: metainfo not validated")
endif()
message(STATUS "installed and checked: ${expected}")
