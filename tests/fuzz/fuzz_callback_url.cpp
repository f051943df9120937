// The provider's redirect back to us: AuthorizationResponse::fromCallback and RedirectMatcher.
// Input: a URL. With a newline, the part before it is also tried as a profile's redirect URI and
// the part after it as the navigation checked against it.
#include "FuzzSupport.h"

#include "auth/AuthorizationResponse.h"
#include "auth/RedirectMatcher.h"

#include <QUrlQuery>

using namespace lc;

namespace {
const QString kState = QStringLiteral("st4te-Of-This-Attempt");
const QString kIssuer = QStringLiteral("https://id.acme.test");

void checkCallback(const QUrl &url, const QString &issuer, bool issuerRequired)
{
    const Result<AuthorizationResponse> response
        = AuthorizationResponse::fromCallback(url, kState, issuer, issuerRequired);
    if (!response)
        return;
    // Accepted: it carried a code, and the state of this attempt.
    LC_FUZZ_CHECK(!response.value().code.isEmpty());
    LC_FUZZ_CHECK(response.value().parameters.value(QStringLiteral("state")).toString() == kState);
    if (issuerRequired)
        LC_FUZZ_CHECK(response.value().parameters.value(QStringLiteral("iss")).toString()
                      == issuer);
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const QUrl whole(QString::fromUtf8(input));
    checkCallback(whole, kIssuer, false);
    checkCallback(whole, kIssuer, true);
    checkCallback(whole, QString(), false);
    // The raw bytes as an encoded URL too: percent-escapes and invalid UTF-8 reach the parser.
    checkCallback(QUrl::fromEncoded(input), kIssuer, false);

    static const RedirectMatcher fixed[] = {
        RedirectMatcher(QUrl(QStringLiteral("http://localhost/callback"))),
        RedirectMatcher(QUrl(QStringLiteral("http://127.0.0.1:8765/cb"))),
        RedirectMatcher(QUrl(QStringLiteral("com.acme.launcher:/oauth2redirect"))),
    };
    for (const RedirectMatcher &matcher : fixed)
        (void)matcher.matches(whole);

    const auto [left, right] = fuzz::splitOnce(input);
    const RedirectMatcher custom { QUrl(QString::fromUtf8(left)) };
    const QUrl candidate(QString::fromUtf8(right));
    if (custom.matches(candidate)) {
        // A match never moves to another scheme, host or port.
        LC_FUZZ_CHECK(candidate.scheme().compare(custom.redirectUri().scheme(), Qt::CaseInsensitive)
                      == 0);
        LC_FUZZ_CHECK(
            candidate.host(QUrl::FullyEncoded)
                .compare(custom.redirectUri().host(QUrl::FullyEncoded), Qt::CaseInsensitive)
            == 0);
        const QString scheme = custom.redirectUri().scheme().toLower();
        const int defaultPort = scheme == QLatin1String("https") ? 443
            : scheme == QLatin1String("http")                    ? 80
                                                                 : -1;
        LC_FUZZ_CHECK(candidate.port(defaultPort) == custom.redirectUri().port(defaultPort));
    }
    return 0;
}
