list(APPEND core_sources profile/profile.cpp profile/profile.h)
