# Tests of core/model (integration: each starts a real csms-local).
keystage_add_test(NAME tst_secretlistmodel SOURCES tst_secretlistmodel.cpp sandboxclient.h
    LIBS keystage_core keystage_testsupport LABELS core TIMEOUT 240)
