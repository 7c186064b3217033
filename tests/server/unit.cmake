# SPDX-License-Identifier: Apache-2.0
# In-process unit tests of csmslocal_lib (label "server").
keystage_add_test(NAME tst_akskverifier SOURCES tst_akskverifier.cpp LIBS csmslocal_lib
    LABELS server TIMEOUT 60)
keystage_add_test(NAME tst_service SOURCES tst_service.cpp LIBS csmslocal_lib
    LABELS server TIMEOUT 120)
keystage_add_test(NAME tst_server SOURCES tst_server.cpp LIBS csmslocal_lib
    LABELS server TIMEOUT 120)
keystage_add_test(NAME tst_chunkeddecoder SOURCES tst_chunkeddecoder.cpp LIBS csmslocal_lib
    LABELS server TIMEOUT 60)
