#include "AutofillPolicy.h"

namespace lc {

Status AutofillPolicy::check(const ProviderProfile &profile)
{
    if (profile.environment.compare(QLatin1String("production"), Qt::CaseInsensitive) == 0
        && !profile.allowAutofill)
        return AuthError::config(
            tr("Profile \"%1\" is a production profile: --autofill and --batch are refused for "
               "it (a profile for test accounts may set \"allowAutofill\": true).")
                .arg(profile.id));
    return Done {};
}

QString AutofillPolicy::originOf(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    QUrl origin;
    origin.setScheme(scheme);
    origin.setHost(url.host(QUrl::FullyEncoded).toLower());
    origin.setPort(url.port(defaultPort) == defaultPort ? -1 : url.port());
    return origin.toString(QUrl::FullyEncoded);
}

bool AutofillPolicy::mayFill(const QUrl &page, const QUrl &authorizationUrl)
{
    const QString origin = originOf(authorizationUrl);
    return !origin.isEmpty() && originOf(page) == origin;
}

} // namespace lc
