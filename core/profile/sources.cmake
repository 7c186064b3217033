# SPDX-License-Identifier: Apache-2.0
list(APPEND core_sources
    profile/profile.cpp profile/profile.h
    profile/regionendpoints.cpp profile/regionendpoints.h
    profile/connectiontester.cpp profile/connectiontester.h
    profile/csmsregions.cpp profile/csmsregions.h
    profile/profilecredentialstore.cpp profile/profilecredentialstore.h
    profile/profilelogging.cpp profile/profilelogging.h
    profile/profilestore.cpp profile/profilestore.h
    profile/profileimport.cpp profile/profileimport.h
    profile/credentialerror.cpp profile/credentialerror.h
    profile/credentialreply.cpp profile/credentialreply.h
    profile/credentialstore.cpp profile/credentialstore.h
    profile/memorycredentialstore.cpp profile/memorycredentialstore.h
    profile/keychaincredentialstore.cpp profile/keychaincredentialstore.h)
list(APPEND core_private_libs Qt6Keychain::Qt6Keychain)
