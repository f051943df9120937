// Provider profiles: ProviderProfile::fromJson with a fixed set of placeholder values (never the
// environment or the user's placeholders.json). Input: the profile file.
#include "FuzzSupport.h"

#include "providers/ProviderProfile.h"

using namespace lc;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const PlaceholderValues placeholders(
        QMap<QString, QString> {
            { QStringLiteral("member-base"), QStringLiteral("https://member.acme.test") },
            { QStringLiteral("member-prod-base"), QStringLiteral("https://member.acme.test") },
            { QStringLiteral("api-base"), QStringLiteral("https://api.acme.test") },
            { QStringLiteral("api-prod-base"), QStringLiteral("https://api.acme.test") },
            { QStringLiteral("ottm-prod-backend-url"),
              QStringLiteral("https://backend.acme.test/p") },
            { QStringLiteral("rayteams-dev-base"),
              QStringLiteral("https://dev.rayteams.acme.test") },
            { QStringLiteral("rayteams-dev-client-id"), QStringLiteral("rt-dev-client") },
            { QStringLiteral("ottm-client-id"), QStringLiteral("launcher-client") },
            { QStringLiteral("ottm-backend-url"), QStringLiteral("https://backend.acme.test/x") },
            { QStringLiteral("rayteams-base"), QStringLiteral("https://rayteams.acme.test") },
            { QStringLiteral("rayteams-client-id"), QStringLiteral("rt-client") },
            { QStringLiteral("upbond-base"), QStringLiteral("https://upbond.acme.test") },
            { QStringLiteral("upbond-client-id"), QStringLiteral("up-client") },
            { QStringLiteral("upbond-audience"), QStringLiteral("https://api.acme.test") },
            { QStringLiteral("light-oauth2-base"), QStringLiteral("https://lo2.acme.test:6882") },
            { QStringLiteral("light-oauth2-client-id"), QStringLiteral("f7d42348-c647") },
            { QStringLiteral("light-oauth2-cert-sha256"),
              QStringLiteral("AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:"
                             "00:11:22:33:44:55:66:77:88:99") },
        },
        false);
    const Result<ProviderProfile> profile = ProviderProfile::fromJson(
        fuzz::bytes(data, size), QStringLiteral("fuzz.json"), placeholders);
    if (profile) {
        LC_FUZZ_CHECK(!profile.value().id.isEmpty());
        (void)profile.value().needsClientSecret();
    }
    return 0;
}
