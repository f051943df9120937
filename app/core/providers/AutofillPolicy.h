#pragma once

#include "ProviderProfile.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QUrl>

namespace lc {

// Where `login --autofill` may type a stored password, checked by the command line before the
// window starts and again by the window itself.
class AutofillPolicy
{
    Q_DECLARE_TR_FUNCTIONS(lc::AutofillPolicy)

public:
    // Refused for a profile whose environment is "production" unless it sets
    // "allowAutofill": true: real players' accounts are never filled by a script.
    static Status check(const ProviderProfile &profile);

    // scheme://host[:port] of `url` as a page's `location.origin` spells it (the unit of the
    // browser's same-origin rule; a default port is left out), or empty for a non-http(s) URL.
    static QString originOf(const QUrl &url);
    // Only a page of the authorization endpoint's own origin is filled: never a page that a
    // redirect, a frame or a popup brought from elsewhere.
    static bool mayFill(const QUrl &page, const QUrl &authorizationUrl);
};

} // namespace lc
