#include "ProviderNetworkAccess.h"

#include "common/Logging.h"

#include <QNetworkReply>
#include <QSslCertificate>

namespace lc {

ProviderNetworkAccess::ProviderNetworkAccess(const ProviderProfile &profile, int requestTimeoutMs,
                                             QObject *parent)
    : QNetworkAccessManager(parent)
    , m_trustedCertificates(profile.trustedCertificateSha256)
{
    setTransferTimeout(requestTimeoutMs);
    connect(this, &QNetworkAccessManager::sslErrors, this,
            &ProviderNetworkAccess::acceptPinnedCertificate);
}

QByteArray ProviderNetworkAccess::basicAuthorization(const QString &clientId,
                                                     const QString &clientSecret)
{
    const QByteArray credentials
        = QUrl::toPercentEncoding(clientId) + ':' + QUrl::toPercentEncoding(clientSecret);
    return "Basic " + credentials.toBase64();
}

void ProviderNetworkAccess::setClientCredentials(const QUrl &tokenEndpoint, const QString &clientId,
                                                 const QString &clientSecret)
{
    m_tokenEndpoint = tokenEndpoint;
    m_basicAuthorization = basicAuthorization(clientId, clientSecret);
}

QNetworkReply *ProviderNetworkAccess::createRequest(Operation operation,
                                                    const QNetworkRequest &request,
                                                    QIODevice *outgoingData)
{
    if (m_basicAuthorization.isEmpty()
        || request.url().adjusted(QUrl::RemoveQuery) != m_tokenEndpoint.adjusted(QUrl::RemoveQuery))
        return send(operation, request, outgoingData);
    QNetworkRequest authenticated = request;
    authenticated.setRawHeader("Authorization", m_basicAuthorization);
    return send(operation, authenticated, outgoingData);
}

QNetworkReply *ProviderNetworkAccess::send(Operation operation, const QNetworkRequest &request,
                                           QIODevice *outgoingData)
{
    return QNetworkAccessManager::createRequest(operation, request, outgoingData);
}

void ProviderNetworkAccess::acceptPinnedCertificate(QNetworkReply *reply,
                                                    const QList<QSslError> &errors)
{
    if (m_trustedCertificates.isEmpty())
        return;
    for (const QSslError &error : errors) {
        const QByteArray digest = error.certificate().digest(QCryptographicHash::Sha256).toHex();
        if (error.certificate().isNull() || !m_trustedCertificates.contains(digest)) {
            qCInfo(lcAuth) << "refusing" << reply->url().host() << ":" << error.errorString();
            return;
        }
    }
    qCInfo(lcAuth) << "accepting the pinned certificate of" << reply->url().host();
    reply->ignoreSslErrors(errors);
}

} // namespace lc
