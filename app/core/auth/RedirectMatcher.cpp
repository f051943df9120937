#include "RedirectMatcher.h"

namespace lc {

namespace {
int effectivePort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == QLatin1String("https")      ? 443
                        : scheme == QLatin1String("http") ? 80
                                                          : -1);
}

QString normalisedPath(const QUrl &url)
{
    // Compare the encoded form: decoding would let "/callback%2F.." pass as the callback.
    // (QUrl already normalises encoded unreserved characters, so "/%63allback" is "/callback",
    // the same endpoint.)
    const QString path = url.path(QUrl::FullyEncoded);
    return path.isEmpty() ? QStringLiteral("/") : path;
}
} // namespace

RedirectMatcher::RedirectMatcher(const QUrl &redirectUri)
    : m_redirectUri(redirectUri)
{
}

bool RedirectMatcher::matches(const QUrl &candidate) const
{
    if (!candidate.isValid() || !m_redirectUri.isValid())
        return false;
    // userinfo in a URL is how "http://localhost@evil.test/" fools prefix checks; refuse it.
    if (!candidate.userInfo().isEmpty())
        return false;
    return candidate.scheme().compare(m_redirectUri.scheme(), Qt::CaseInsensitive) == 0
        && candidate.host(QUrl::FullyEncoded)
               .compare(m_redirectUri.host(QUrl::FullyEncoded), Qt::CaseInsensitive)
        == 0
        && effectivePort(candidate) == effectivePort(m_redirectUri)
        && normalisedPath(candidate) == normalisedPath(m_redirectUri);
}

} // namespace lc
