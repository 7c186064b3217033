# SPDX-License-Identifier: Apache-2.0
# core/model: SecretListModel, VersionStageModel, ActivityModel (Qt Core only).
list(APPEND core_sources
    model/activitymodel.cpp model/activitymodel.h
    model/modellogging.cpp model/modellogging.h
    model/secretlistmodel.cpp model/secretlistmodel.h
    model/secretrow.cpp model/secretrow.h
    model/timevalue.h
    model/versionstagemodel.cpp model/versionstagemodel.h)
