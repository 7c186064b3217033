# SPDX-License-Identifier: Apache-2.0
keystage_add_test(NAME tst_stagerules SOURCES tst_stagerules.cpp LIBS keystage_core LABELS core unit)
keystage_add_test(NAME tst_stageeditor SOURCES tst_stageeditor.cpp sandboxclient.h
    LIBS keystage_core keystage_testsupport Qt6::Sql LABELS core TIMEOUT 120)
keystage_add_test(NAME tst_bulkdeleter SOURCES tst_bulkdeleter.cpp sandboxclient.h
    LIBS keystage_core keystage_testsupport LABELS core TIMEOUT 180)
keystage_add_test(NAME tst_secretassociation SOURCES tst_secretassociation.cpp LIBS keystage_core
    LABELS core unit)
keystage_add_test(NAME tst_stagepath SOURCES tst_stagepath.cpp sandboxclient.h
    LIBS keystage_core keystage_testsupport LABELS core TIMEOUT 60)
keystage_add_test(NAME tst_rotationeditor SOURCES tst_rotationeditor.cpp clienttest.h
    LIBS keystage_core keystage_testsupport LABELS core TIMEOUT 120)
