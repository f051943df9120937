#include "Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace lc {

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray randomUrlSafeString(int randomBytes)
{
    QByteArray bytes(randomBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return base64Url(bytes);
}

Pkce Pkce::generate()
{
    Pkce pkce;
    pkce.verifier = randomUrlSafeString(32);
    pkce.challenge = challengeFor(pkce.verifier);
    return pkce;
}

QByteArray Pkce::challengeFor(const QByteArray &verifier)
{
    return base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
}

} // namespace lc
