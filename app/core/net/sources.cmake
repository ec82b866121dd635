target_sources(recdesk_core PRIVATE
    net/netlogging.h net/netlogging.cpp
    net/serviceconfig.h net/serviceconfig.cpp
    net/apierror.h net/apierror.cpp
    net/retrypolicy.h net/retrypolicy.cpp
    net/apireply.h net/apireply.cpp
    net/replyguard.h net/replyguard.cpp
    net/serviceclient.h net/serviceclient.cpp
    net/multipartbody.h net/multipartbody.cpp
    net/platformclient.h net/platformclient.cpp
    net/platformpagesource.h net/platformpagesource.cpp
    net/analyticsclient.h net/analyticsclient.cpp
    net/assistantclient.h net/assistantclient.cpp
    net/session.h net/session.cpp
)
