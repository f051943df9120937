#pragma once

#include <QByteArray>

namespace lc {

// RFC 7636 proof key: a fresh verifier per attempt and its S256 challenge.
struct Pkce
{
    QByteArray verifier;
    QByteArray challenge;

    static Pkce generate(); // 32 random bytes from the system CSPRNG, base64url: 43 characters
    static QByteArray challengeFor(const QByteArray &verifier);
};

// base64url without padding, the encoding RFC 7636 and JOSE use.
QByteArray base64Url(const QByteArray &data);
// A random base64url string from QRandomGenerator::system() (a cryptographic source).
QByteArray randomUrlSafeString(int randomBytes);

} // namespace lc
