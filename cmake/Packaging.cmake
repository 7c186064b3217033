# Install rules beyond the executables' own, and the Debian package (CPack).
#
# What lands where (cmake --install, prefix /usr in the package):
#   bin/keystage, bin/csms-local                    app/ and server/ (keystage --sandbox finds
#                                                   csms-local next to itself)
#   share/applications/keystage.desktop             app/
#   share/icons/hicolor/scalable/apps/keystage.svg  app/
#   share/metainfo/io.github.keystage.Keystage.metainfo.xml   here
# Translations need no files: qt_add_translations (translations/) compiles the .qm files into
# keystage's resources (:/i18n); Qt's own come from qt6-translations-l10n (Recommends).
#
# Package: cpack -G DEB in the build directory (a Release build is best: cmake --preset release).

if(KEYSTAGE_GUI)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/io.github.keystage.Keystage.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
endif()

set(KEYSTAGE_PACKAGE_MAINTAINER "The Keystage developers <keystage@example.invalid>"
    CACHE STRING "Maintainer field of the Debian package")

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
