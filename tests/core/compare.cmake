# SPDX-License-Identifier: Apache-2.0
# Tests of core/compare (issue 20): the masked compare of two values.
keystage_add_test(NAME tst_versioncompare SOURCES tst_versioncompare.cpp sandboxclient.h
    LIBS keystage_core keystage_testsupport LABELS core TIMEOUT 60)
