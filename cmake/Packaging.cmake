# SPDX-License-Identifier: Apache-2.0
# Install rules beyond the executables' own, and the Debian package (CPack).
#
# What lands where (cmake --install, prefix /usr in the package):
#   bin/keystage, bin/csms-local                    app/ and server/ (keystage --sandbox finds
#                                                   csms-local next to itself)
#   share/applications/keystage.desktop             app/
#   share/icons/hicolor/scalable/apps/keystage.svg  app/
#   share/metainfo/io.github.keystage.Keystage.metainfo.xml   here
#   share/man/man1/keystage.1.gz, csms-local.1.gz   here, from man/*.1.in (the version filled in)
#   share/doc/keystage/changelog.gz                 here, CHANGELOG.md's releases in Debian's
#                                                   changelog format (cmake/debian-changelog.sh)
#   share/doc/keystage/copyright                    cmake/debian-copyright (machine-readable)
# Translations need no files: qt_add_translations (translations/) compiles the .qm files into
# keystage's resources (:/i18n); Qt's own come from qt6-translations-l10n (Recommends).
# Compressed files are gzip -9n: the highest compression, no name or time stamp (reproducible).
#
# Package: scripts/package (a Release build with Debian's hardening flags, cpack -G DEB, lintian).

set(KEYSTAGE_PACKAGE_MAINTAINER "The Keystage developers <keystage@example.invalid>"
    CACHE STRING "Maintainer field of the Debian package")

if(KEYSTAGE_GUI)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/io.github.keystage.Keystage.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
endif()

# Manual pages: tests/package's tst_manpages compares their options with each program's --help.
find_program(KEYSTAGE_GZIP gzip REQUIRED)
set(keystage_docs)
set(keystage_man_pages csms-local)
if(KEYSTAGE_GUI)
    list(APPEND keystage_man_pages keystage)
endif()
foreach(page IN LISTS keystage_man_pages)
    configure_file(${PROJECT_SOURCE_DIR}/man/${page}.1.in ${PROJECT_BINARY_DIR}/man/${page}.1 @ONLY)
    add_custom_command(OUTPUT ${PROJECT_BINARY_DIR}/man/${page}.1.gz
        COMMAND ${KEYSTAGE_GZIP} -9nkf ${page}.1
        DEPENDS ${PROJECT_BINARY_DIR}/man/${page}.1
        WORKING_DIRECTORY ${PROJECT_BINARY_DIR}/man VERBATIM)
    list(APPEND keystage_docs ${PROJECT_BINARY_DIR}/man/${page}.1.gz)
    install(FILES ${PROJECT_BINARY_DIR}/man/${page}.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()

# The package's changelog and copyright (Debian's names; the directory is the package's name).
set(keystage_docdir ${CMAKE_INSTALL_DATAROOTDIR}/doc/keystage)
add_custom_command(OUTPUT ${PROJECT_BINARY_DIR}/doc/changelog.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/doc
    COMMAND bash ${PROJECT_SOURCE_DIR}/cmake/debian-changelog.sh
        ${PROJECT_SOURCE_DIR}/CHANGELOG.md keystage ${PROJECT_VERSION}
        ${KEYSTAGE_PACKAGE_MAINTAINER} ${PROJECT_BINARY_DIR}/doc/changelog
    COMMAND ${KEYSTAGE_GZIP} -9nf ${PROJECT_BINARY_DIR}/doc/changelog
    DEPENDS ${PROJECT_SOURCE_DIR}/CHANGELOG.md ${PROJECT_SOURCE_DIR}/cmake/debian-changelog.sh
    VERBATIM)
list(APPEND keystage_docs ${PROJECT_BINARY_DIR}/doc/changelog.gz)
add_custom_target(keystage_docs ALL DEPENDS ${keystage_docs})
install(FILES ${PROJECT_BINARY_DIR}/doc/changelog.gz DESTINATION ${keystage_docdir})
install(FILES ${PROJECT_SOURCE_DIR}/cmake/debian-copyright DESTINATION ${keystage_docdir}
        RENAME copyright)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME keystage)
set(CPACK_PACKAGE_VENDOR "The Keystage developers")
set(CPACK_PACKAGE_CONTACT "${KEYSTAGE_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Debian wants the long description wrapped below 80 columns.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Keystage connects to Huawei Cloud CSMS with an access key or an IAM user,"
    "lists secrets, shows each secret's versions with their stages and moves a"
    "stage by drag and drop, checked against the server's current state."
    "Includes csms-local, a CSMS-compatible local server for a safe sandbox"
    "(keystage --sandbox).")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The Qt, QtKeychain and C++ runtime libraries keystage and csms-local link to are found by
# dpkg-shlibdeps. What it cannot see is loaded at run time: the SQLite driver (csms-local), the
# SVG image and icon plugins (the icons), and libsecret (QtKeychain's Secret Service backend).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, libsecret-1-0")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
# A Secret Service for "remember in the system keychain" (KDE desktops bring KWallet instead).
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring")
# Only what cmake --install installs: no test or benchmark files.
set(CPACK_INSTALL_CMAKE_PROJECTS "${PROJECT_BINARY_DIR};${PROJECT_NAME};ALL;/")
include(CPack)
