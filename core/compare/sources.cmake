# SPDX-License-Identifier: Apache-2.0
# Masked compare of two secret values (issue 20).
list(APPEND core_sources compare/versioncompare.cpp compare/versioncompare.h)
