#pragma once

#include "providers/ProviderProfile.h"

#include <QNetworkAccessManager>

namespace lc {

// The network access for one provider's endpoints. Every request times out, a certificate the
// profile pins (`trustedCertificateSha256`) is accepted although untrusted — that certificate
// only, never a blanket ignore — and with client_secret_basic the token endpoint gets the
// client's credentials in an Authorization header (which QOAuth2AuthorizationCodeFlow cannot set).
//
// Hostile or broken answers are cut short here, for every request: redirects are never followed
// (credentials, codes and refresh tokens go to the configured endpoint only), each request has
// a total deadline (a body trickling in byte by byte does not extend it), and an answer larger
// than 1 MiB is aborted. ReplyProblem::describe() says which.
class ProviderNetworkAccess : public QNetworkAccessManager
{
    Q_OBJECT

public:
    ProviderNetworkAccess(const ProviderProfile &profile, int requestTimeoutMs,
                          QObject *parent = nullptr);

    void setClientCredentials(const QUrl &tokenEndpoint, const QString &clientId,
                              const QString &clientSecret);
    // RFC 6749 §2.3.1: both parts form-encoded, then Base64.
    static QByteArray basicAuthorization(const QString &clientId, const QString &clientSecret);

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) final;
    // Sends the request as the profile wants it sent (credentials added). The seam for unit
    // tests: a fake network overrides this and answers from memory.
    virtual QNetworkReply *send(Operation operation, const QNetworkRequest &request,
                                QIODevice *outgoingData);

private:
    void acceptPinnedCertificate(QNetworkReply *reply, const QList<QSslError> &errors);

    void guard(QNetworkReply *reply);

    int m_requestTimeoutMs;
    QList<QByteArray> m_trustedCertificates;
    QUrl m_tokenEndpoint;
    QByteArray m_basicAuthorization;
};

} // namespace lc
