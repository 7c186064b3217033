# SPDX-License-Identifier: Apache-2.0
keystage_add_test(NAME tst_planbuilder SOURCES tst_planbuilder.cpp sandboxclient.h
    LIBS keystage_core keystage_testsupport LABELS core TIMEOUT 180)
keystage_add_test(NAME tst_planrunner SOURCES tst_planrunner.cpp sandboxclient.h
    LIBS keystage_core keystage_testsupport LABELS core TIMEOUT 240)
