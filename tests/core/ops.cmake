keystage_add_test(NAME tst_stagerules SOURCES tst_stagerules.cpp LIBS keystage_core LABELS core unit)
