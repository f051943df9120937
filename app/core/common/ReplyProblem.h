#pragma once

#include "AuthError.h"

#include <QCoreApplication>

class QNetworkReply;

namespace lc {

// Why a provider's reply failed, in words: the deadline or size limit ProviderNetworkAccess
// enforces, a redirect it did not follow, or the network error itself.
class ReplyProblem
{
    Q_DECLARE_TR_FUNCTIONS(lc::ReplyProblem)

public:
    static constexpr qint64 kMaxAnswerBytes = 1024 * 1024;
    enum Reason { Deadline, TooLarge };

    // Aborts `reply`, remembering why (for describe()).
    static void cutShort(QNetworkReply *reply, Reason reason, int deadlineSeconds = 0);
    // No usable HTTP answer: a transport error, a reply cut short, or a redirect.
    static bool isFailure(QNetworkReply *reply);
    // One sentence naming `what` (an endpoint) and the reason. Refused connections, unknown
    // hosts and failed TLS handshakes are marked safe to retry: the request never left.
    static AuthError describe(QNetworkReply *reply, const QString &what);
};

} // namespace lc
