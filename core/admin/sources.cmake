# SPDX-License-Identifier: Apache-2.0
# Administering a secret (issue 19): metadata, tags, version expiry; BulkTagger lives in ops/.
list(APPEND core_sources
    admin/secretadmin.cpp admin/secretadmin.h
    admin/tagrules.cpp admin/tagrules.h)
