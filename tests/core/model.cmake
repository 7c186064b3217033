# SPDX-License-Identifier: Apache-2.0
# Tests of core/model (integration: each starts a real csms-local).
keystage_add_test(NAME tst_secretlistmodel SOURCES tst_secretlistmodel.cpp sandboxclient.h
    LIBS keystage_core keystage_testsupport LABELS core TIMEOUT 240)
keystage_add_test(NAME tst_versionstagemodel SOURCES tst_versionstagemodel.cpp sandboxclient.h
    LIBS keystage_core keystage_testsupport LABELS core TIMEOUT 120)
keystage_add_test(NAME tst_activitymodel SOURCES tst_activitymodel.cpp sandboxclient.h
    LIBS keystage_core keystage_testsupport LABELS core TIMEOUT 60)
keystage_add_test(NAME tst_secretlistfilter SOURCES tst_secretlistfilter.cpp sandboxclient.h
    LIBS keystage_core keystage_testsupport LABELS core TIMEOUT 60)
keystage_add_test(NAME tst_sessioncache SOURCES tst_sessioncache.cpp sandboxclient.h
    LIBS keystage_core keystage_testsupport LABELS core TIMEOUT 60)
