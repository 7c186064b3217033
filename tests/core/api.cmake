# SPDX-License-Identifier: Apache-2.0
# Tests of core/api.
keystage_add_test(NAME tst_signer SOURCES tst_signer.cpp
    LIBS keystage_core keystage_testsupport LABELS core TIMEOUT 60)
keystage_add_test(NAME tst_apierror SOURCES tst_apierror.cpp LIBS keystage_core LABELS core TIMEOUT 30)
keystage_add_test(NAME tst_retrypolicy SOURCES tst_retrypolicy.cpp
    LIBS keystage_core LABELS core TIMEOUT 30)
keystage_add_test(NAME tst_codecs SOURCES tst_codecs.cpp LIBS keystage_core LABELS core TIMEOUT 60)
keystage_add_test(NAME tst_jsonscanner SOURCES tst_jsonscanner.cpp
    LIBS keystage_core LABELS core TIMEOUT 120)
target_include_directories(tst_jsonscanner PRIVATE ${PROJECT_SOURCE_DIR}/tests/fuzz)
keystage_add_test(NAME tst_jsonindent SOURCES tst_jsonindent.cpp
    LIBS keystage_core LABELS core TIMEOUT 60)
keystage_add_test(NAME tst_csmsclient SOURCES tst_csmsclient.cpp clienttest.h
    LIBS keystage_core keystage_testsupport LABELS core TIMEOUT 240)
keystage_add_test(NAME tst_csmsclientresilience SOURCES tst_csmsclientresilience.cpp clienttest.h
    LIBS keystage_core keystage_testsupport LABELS core TIMEOUT 240)
# Against a server replaying Huawei's example responses (tests/support/replayserver), issue 15.
keystage_add_test(NAME tst_replayclient SOURCES tst_replayclient.cpp
    ../support/replayserver.cpp ../support/replayserver.h
    LIBS keystage_core keystage_testsupport LABELS core TIMEOUT 120)
keystage_add_test(NAME tst_huaweifixtures SOURCES tst_huaweifixtures.cpp
    LIBS keystage_core LABELS core TIMEOUT 60
    ENV "KEYSTAGE_FIXTURES=${CMAKE_CURRENT_SOURCE_DIR}/fixtures/huawei")
keystage_add_test(NAME tst_csmslocalfidelity SOURCES tst_csmslocalfidelity.cpp clienttest.h
    LIBS keystage_core keystage_testsupport LABELS core TIMEOUT 180)
keystage_add_test(NAME tst_rotationclient SOURCES tst_rotationclient.cpp clienttest.h
    LIBS keystage_core keystage_testsupport LABELS core TIMEOUT 120)
# Events, notification records and generated passwords (issue 19). The password test reads the
# call's debug log line, so keystage.api logs at debug here.
keystage_add_test(NAME tst_eventsclient SOURCES tst_eventsclient.cpp clienttest.h
    ../support/replayserver.cpp ../support/replayserver.h
    LIBS keystage_core keystage_testsupport LABELS core TIMEOUT 120
    ENV "QT_LOGGING_RULES=keystage.api.debug=true")
