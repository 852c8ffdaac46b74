target_sources(skybeam_core PRIVATE
    oauth/pkce.h oauth/pkce.cpp
    oauth/tiktokendpoints.h oauth/tiktokendpoints.cpp oauth/endpointpolicy.cpp
    oauth/redirecturi.h oauth/redirecturi.cpp
    oauth/tiktokerrors.h oauth/tiktokerrors.cpp
    oauth/httprequestparser.h oauth/httprequestparser.cpp
    oauth/authorizationcallback.h oauth/authorizationcallback.cpp
    oauth/callbackaddress.h oauth/callbackaddress.cpp
    oauth/authorizationrequest.h oauth/authorizationrequest.cpp
    oauth/callbackpage.h oauth/callbackpage.cpp
    oauth/portholder.h oauth/portholder.cpp
    oauth/loopbackreceiver.h oauth/loopbackreceiver.cpp
    oauth/tiktokcall.h oauth/tiktokcall.cpp
    oauth/tokenclient.h oauth/tokenclient.cpp
    oauth/tiktokapiclient.h oauth/tiktokapiclient.cpp
    oauth/loginflow.h oauth/loginflow.cpp
    oauth/tokenmaintenance.h oauth/tokenmaintenance.cpp
    oauth/tokenrefresher.h oauth/tokenrefresher.cpp
    oauth/tokenrevoker.h oauth/tokenrevoker.cpp
)
