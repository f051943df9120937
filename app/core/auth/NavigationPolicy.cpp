#include "NavigationPolicy.h"

#include <QHostAddress>

namespace lc {

NavigationPolicy::NavigationPolicy(const ProviderProfile &profile)
    : m_redirectMatcher(profile.redirectUri)
    , m_localDevelopment(profile.localDevelopment)
{
}

bool NavigationPolicy::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

NavigationPolicy::Decision NavigationPolicy::decide(const QUrl &target, const QUrl &current) const
{
    if (m_redirectMatcher.matches(target))
        return Decision::Intercept;
    const QString scheme = target.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return Decision::Allow;
    if (scheme == QLatin1String("about") && target.path() == QLatin1String("blank"))
        return Decision::Allow;
    if (scheme != QLatin1String("http"))
        return Decision::BlockScheme;
    if (current.scheme().toLower() != QLatin1String("https"))
        return Decision::Allow;
    return m_localDevelopment && isLoopback(target) ? Decision::Allow : Decision::BlockDowngrade;
}

} // namespace lc
