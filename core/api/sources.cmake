# SPDX-License-Identifier: Apache-2.0
# core/api: CsmsClient, request signing, IAM tokens, ApiError, JSON codecs, retry policy.
list(APPEND core_sources
    api/replyguard.cpp api/replyguard.h
    api/apicallrecord.h
    api/apierror.cpp api/apierror.h
    api/apireply.cpp api/apireply.h
    api/apiresult.h
    api/apilog.h
    api/apitransport.cpp api/apitransport.h
    api/authenticator.cpp api/authenticator.h
    api/codecs.cpp api/codecs.h
    api/jsonreader.cpp api/jsonreader.h
    api/jsonscanner.cpp api/jsonscanner.h
    api/jsonindent.cpp api/jsonindent.h
    api/jsonstreamreader.cpp api/jsonstreamreader.h
    api/csmsclient.cpp api/csmsclient.h
    api/csmsclient_events.cpp
    api/eventcodecs.cpp api/eventcodecs.h
    api/eventtypes.h
    api/csmstypes.cpp api/csmstypes.h
    api/requestbodies.cpp
    api/retrypolicy.cpp api/retrypolicy.h
    api/sessioncache.cpp api/sessioncache.h
    api/rotationcodecs.cpp
    api/signer.cpp api/signer.h
    api/tokenprovider.cpp api/tokenprovider.h)
