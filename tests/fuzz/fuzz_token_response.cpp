// The token endpoint's answer: TokenResponse::parse, for every error format and a success and an
// error status. Input: the response body.
#include "FuzzSupport.h"

#include "auth/TokenResponse.h"

using namespace lc;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    static const QDateTime now = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    for (const auto format :
         { ProviderProfile::ErrorFormat::Rfc6749, ProviderProfile::ErrorFormat::Ottm,
           ProviderProfile::ErrorFormat::LightOauth2 }) {
        for (const int status : { 200, 400, 503 }) {
            const Result<TokenResponse> response = TokenResponse::parse(status, body, now, format);
            if (!response)
                continue;
            LC_FUZZ_CHECK(status == 200);
            LC_FUZZ_CHECK(!response.value().accessToken.isEmpty());
            LC_FUZZ_CHECK(response.value().tokenType == QLatin1String("Bearer"));
            LC_FUZZ_CHECK(response.value().expiresAt.isValid());
            LC_FUZZ_CHECK(response.value().expiresAt > now);
            (void)response.value().toVariantMap();
        }
    }
    return 0;
}
