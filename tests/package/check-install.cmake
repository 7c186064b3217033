# SPDX-License-Identifier: Apache-2.0
# cmake -DBUILD_DIR=... -DPREFIX=... -DVERSION=... -DBINDIR=bin -DDATADIR=share -DMANDIR=share/man
#       [-DAPPSTREAMCLI=path] -P check-install.cmake
#   installs the build into PREFIX (emptied first) and checks the result (tst_install);
# cmake -DDEB=keystage_X_arch.deb -DPREFIX=... -DVERSION=... -DBINDIR=bin -DDATADIR=share ...
#   unpacks the Debian package into PREFIX with dpkg -x instead (scripts/package): the same files
#   below PREFIX/usr, and nothing else.
get_filename_component(PREFIX "${PREFIX}" ABSOLUTE)
file(REMOVE_RECURSE "${PREFIX}")
if(DEB)
    execute_process(COMMAND dpkg -x "${DEB}" "${PREFIX}"
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    set(what "dpkg -x ${DEB}")
    set(usr usr/)
else()
    execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}"
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    set(what "cmake --install")
    set(usr "")
endif()
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${what} failed (${result}):\n${output}")
endif()

set(docdir ${usr}${DATADIR}/doc/keystage)
set(expected
    ${usr}${BINDIR}/keystage
    ${usr}${BINDIR}/csms-local
    ${usr}${DATADIR}/applications/keystage.desktop
    ${usr}${DATADIR}/icons/hicolor/scalable/apps/keystage.svg
    ${usr}${DATADIR}/metainfo/io.github.keystage.Keystage.metainfo.xml
    ${usr}${MANDIR}/man1/keystage.1.gz
    ${usr}${MANDIR}/man1/csms-local.1.gz
    ${docdir}/changelog.gz
    ${docdir}/copyright)
foreach(path IN LISTS expected)
    if(NOT EXISTS "${PREFIX}/${path}")
        message(FATAL_ERROR "not installed: ${path}\n${what} output:\n${output}")
    endif()
endforeach()
# Nothing else: no tests, benchmarks, headers or static libraries in the package.
file(GLOB_RECURSE installed RELATIVE "${PREFIX}" "${PREFIX}/*")
list(SORT installed)
list(SORT expected)
if(NOT installed STREQUAL expected)
    message(FATAL_ERROR "unexpected files installed:\n  ${installed}\nexpected:\n  ${expected}")
endif()
set(bin "${PREFIX}/${usr}${BINDIR}")
set(data "${PREFIX}/${usr}${DATADIR}")

# The installed programs start and know the project's version (the manual pages name it too).
foreach(program keystage csms-local)
    execute_process(COMMAND "${bin}/${program}" --version
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors TIMEOUT 60)
    if(NOT result EQUAL 0 OR NOT output MATCHES "^${program} ${VERSION}\n")
        message(FATAL_ERROR "${program} --version: exit ${result}, output '${output}' '${errors}'")
    endif()
endforeach()
execute_process(COMMAND "${bin}/csms-local" --help
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors TIMEOUT 60)
if(NOT result EQUAL 0 OR NOT output MATCHES "--listen")
    message(FATAL_ERROR "csms-local --help: exit ${result}, output '${output}' '${errors}'")
endif()

# The desktop entry points at the installed program and icon.
file(READ "${data}/applications/keystage.desktop" desktop)
if(NOT desktop MATCHES "\nExec=keystage" OR NOT desktop MATCHES "\nIcon=keystage\n")
    message(FATAL_ERROR "keystage.desktop does not start keystage with its icon:\n${desktop}")
endif()
set(metainfo_file "${data}/metainfo/io.github.keystage.Keystage.metainfo.xml")
file(READ "${metainfo_file}" metainfo)
if(NOT metainfo MATCHES "<launchable type=\"desktop-id\">keystage.desktop</launchable>")
    message(FATAL_ERROR "the metainfo does not launch keystage.desktop")
endif()
if(NOT metainfo MATCHES "<project_license>Apache-2.0</project_license>")
    message(FATAL_ERROR "the metainfo does not name the licence (project_license Apache-2.0)")
endif()
if(APPSTREAMCLI)
    execute_process(COMMAND "${APPSTREAMCLI}" validate --no-net "${metainfo_file}"
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "appstreamcli validate failed:\n${output}")
    endif()
else()
    message(STATUS "appstreamcli not found: metainfo not validated")
endif()

# gzip -d -c: the compressed documents are whole gzip files; their first lines say what they are.
function(gunzip path out)
    execute_process(COMMAND gzip -d -c "${path}" RESULT_VARIABLE result OUTPUT_VARIABLE text
        ERROR_VARIABLE errors)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "gzip -d ${path}: ${errors}")
    endif()
    set(${out} "${text}" PARENT_SCOPE)
endfunction()
foreach(program keystage csms-local)
    gunzip("${PREFIX}/${usr}${MANDIR}/man1/${program}.1.gz" page)
    string(TOUPPER "${program}" title)
    string(REPLACE "-" "\\\\-" title "${title}")
    if(NOT page MATCHES "\n\\.TH ${title} 1 [^\n]* \"Keystage ${VERSION}\"")
        message(FATAL_ERROR "${program}.1.gz is not the manual page of ${program} ${VERSION}")
    endif()
endforeach()
# The changelog is Debian's format (lintian parses it), newest entry for this version.
gunzip("${PREFIX}/${docdir}/changelog.gz" changelog)
if(NOT changelog MATCHES "^keystage \\(${VERSION}\\) unstable; urgency=medium\n")
    message(FATAL_ERROR "changelog.gz does not start with keystage ${VERSION}:\n${changelog}")
endif()
file(READ "${PREFIX}/${docdir}/copyright" copyright)
if(NOT copyright MATCHES "^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
   OR NOT copyright MATCHES "\nLicense: Apache-2.0\n")
    message(FATAL_ERROR "copyright is not machine-readable or names no Apache-2.0:\n${copyright}")
endif()
message(STATUS "${what}: installed and checked: ${expected}")
