# core/api: CsmsClient, request signing, IAM tokens, ApiError, JSON codecs, retry policy.
# (Public headers first; implementations land next.)
list(APPEND core_sources
    api/apicallrecord.h api/apierror.h api/apireply.h api/apiresult.h api/authenticator.h
    api/codecs.h api/csmsclient.h api/csmstypes.h api/retrypolicy.h api/signer.h
    api/tokenprovider.h)
