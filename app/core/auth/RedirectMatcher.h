#pragma once

#include <QUrl>

namespace lc {

// Decides whether a navigation is the provider's redirect back to us.
// Scheme, host, port and path must equal the profile's redirect URI exactly (after URL
// normalisation); a string prefix or a look-alike such as http://localhost@evil.test/ never
// matches.
class RedirectMatcher
{
public:
    explicit RedirectMatcher(const QUrl &redirectUri);

    bool matches(const QUrl &candidate) const;
    QUrl redirectUri() const { return m_redirectUri; }

private:
    QUrl m_redirectUri;
};

} // namespace lc
