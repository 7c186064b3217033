# SPDX-License-Identifier: Apache-2.0
# core/sandbox: starting csms-local as the local sandbox (keystage --sandbox) and its profile.
list(APPEND core_sources
    sandbox/sandboxlauncher.cpp sandbox/sandboxlauncher.h
    sandbox/sandboxlogging.cpp sandbox/sandboxlogging.h
    sandbox/sandboxprofile.cpp sandbox/sandboxprofile.h)
