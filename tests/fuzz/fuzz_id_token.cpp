// ID token claims: IdTokenClaims::decode on the input as a compact JWS, and
// IdTokenClaims::validate on the decoded claims (or on the input itself when it is a JSON
// object), for a sign-in (with nonce) and a refresh (without), then checkSameIdentity.
#include "FuzzSupport.h"

#include "auth/IdTokenClaims.h"

#include <QJsonDocument>

using namespace lc;

namespace {
IdTokenExpectations expectations(const QString &nonce)
{
    IdTokenExpectations expected;
    expected.issuer = QStringLiteral("https://id.acme.test");
    expected.clientId = QStringLiteral("launcher-client");
    expected.nonce = nonce;
    expected.now = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    return expected;
}

void validate(const QJsonObject &claims)
{
    static const IdTokenExpectations signIn = expectations(QStringLiteral("n0nce-of-attempt"));
    static const IdTokenExpectations refresh = expectations(QString());
    static const IdTokenClaims original { QJsonObject {
        { QStringLiteral("iss"), QStringLiteral("https://id.acme.test") },
        { QStringLiteral("sub"), QStringLiteral("user-123") },
        { QStringLiteral("aud"), QStringLiteral("launcher-client") } } };
    for (const IdTokenExpectations *expected : { &signIn, &refresh }) {
        const Result<IdTokenClaims> result = IdTokenClaims::validate(claims, *expected);
        if (!result)
            continue;
        LC_FUZZ_CHECK(result.value().issuer() == expected->issuer);
        LC_FUZZ_CHECK(!result.value().subject().isEmpty());
        LC_FUZZ_CHECK(result.value().audiences().contains(expected->clientId));
        (void)IdTokenClaims::checkSameIdentity(original, result.value());
    }
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
    const Result<IdTokenClaims> decoded = IdTokenClaims::decode(QString::fromUtf8(input));
    if (decoded) {
        (void)decoded.value().audiences();
        validate(decoded.value().claims);
    }
    const QJsonDocument document = QJsonDocument::fromJson(input);
    if (document.isObject())
        validate(document.object());
    return 0;
}
