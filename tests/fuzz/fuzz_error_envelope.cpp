// A provider's error body: ErrorFormat::errorIn for each envelope (rfc6749, ottm, light-oauth2)
// and a few statuses, and meansSignInRequired for each code found. Input: the response body.
#include "FuzzSupport.h"

#include "providers/ErrorFormat.h"

using namespace lc;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    static const QString what = QStringLiteral("The token endpoint");
    for (const auto format :
         { ProviderProfile::ErrorFormat::Rfc6749, ProviderProfile::ErrorFormat::Ottm,
           ProviderProfile::ErrorFormat::LightOauth2 }) {
        for (const int status : { 200, 302, 400, 401, 500 }) {
            const std::optional<AuthError> error = ErrorFormat::errorIn(format, status, body, what);
            // An HTTP error status is always an error, whatever the body says.
            if (status >= 300)
                LC_FUZZ_CHECK(error.has_value());
            if (!error)
                continue;
            (void)error->message();
            (void)ErrorFormat::meansSignInRequired(format, error->providerCode());
        }
    }
    return 0;
}
