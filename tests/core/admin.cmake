# SPDX-License-Identifier: Apache-2.0
# Administering a secret (issue 19): metadata, tags, expiry, bulk tagging against csms-local.
keystage_add_test(NAME tst_secretadmin SOURCES tst_secretadmin.cpp sandboxclient.h
    LIBS keystage_core keystage_testsupport LABELS core TIMEOUT 120)
keystage_add_test(NAME tst_bulktagger SOURCES tst_bulktagger.cpp sandboxclient.h
    LIBS keystage_core keystage_testsupport LABELS core TIMEOUT 180)
