list(APPEND core_sources ops/stagerules.cpp ops/stagerules.h)
