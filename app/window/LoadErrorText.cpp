#include "LoadErrorText.h"

namespace lc {

QString LoadErrorText::sentence(int errorCode)
{
    // Codes from Chromium's net/base/net_error_list.h.
    switch (errorCode) {
    case -102: // CONNECTION_REFUSED
        return tr("The server refused the connection.");
    case -105: // NAME_NOT_RESOLVED
    case -137: // NAME_RESOLUTION_FAILED
        return tr("The server's name could not be found.");
    case -106: // INTERNET_DISCONNECTED
    case -21: // NETWORK_CHANGED
        return tr("No internet connection.");
    case -7: // TIMED_OUT
    case -118: // CONNECTION_TIMED_OUT
        return tr("The server took too long to answer.");
    case -100: // CONNECTION_CLOSED
    case -101: // CONNECTION_RESET
    case -324: // EMPTY_RESPONSE
        return tr("The connection to the server was interrupted.");
    case -109: // ADDRESS_UNREACHABLE
        return tr("The server cannot be reached from this network.");
    case -130: // PROXY_CONNECTION_FAILED
        return tr("The proxy server refused the connection.");
    default:
        break;
    }
    if (errorCode <= -200 && errorCode > -300)
        return tr("The server's certificate could not be checked.");
    return tr("The page could not be loaded.");
}

QString LoadErrorText::details(int errorCode, const QString &errorString)
{
    return errorString.isEmpty() ? QStringLiteral("(%1)").arg(errorCode)
                                 : QStringLiteral("%1 (%2)").arg(errorString).arg(errorCode);
}

} // namespace lc
