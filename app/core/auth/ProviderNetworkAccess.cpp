#include "ProviderNetworkAccess.h"

#include "common/Logging.h"
#include "common/ReplyProblem.h"

#include <QNetworkReply>
#include <QSslCertificate>
#include <QTimer>

namespace lc {

namespace {
// A request body that can be sent once only. Qt quietly sends a request again when the server
// closes the connection before answering (it assumes a stale keep-alive connection); for a
// token request that would spend a one-time refresh token twice. A body that cannot be rewound
// makes Qt report the failure instead.
class OneShotBody : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_position + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = qMin(maxSize, qint64(m_data.size()) - m_position);
        if (count <= 0)
            return m_position >= m_data.size() ? -1 : 0;
        memcpy(data, m_data.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};
} // namespace

ProviderNetworkAccess::ProviderNetworkAccess(const ProviderProfile &profile, int requestTimeoutMs,
                                             QObject *parent)
    : QNetworkAccessManager(parent)
    , m_requestTimeoutMs(profile.requestTimeoutSeconds > 0 ? profile.requestTimeoutSeconds * 1000
                                                           : requestTimeoutMs)
    , m_trustedCertificates(profile.trustedCertificateSha256)
{
    setTransferTimeout(m_requestTimeoutMs);
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
    QNetworkRequest guarded = request;
    // A 3xx comes back as it is; following it could carry the request's credentials, code or
    // refresh token to another origin.
    guarded.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!m_basicAuthorization.isEmpty()
        && request.url().adjusted(QUrl::RemoveQuery) == m_tokenEndpoint.adjusted(QUrl::RemoveQuery))
        guarded.setRawHeader("Authorization", m_basicAuthorization);
    OneShotBody *body = nullptr;
    if (outgoingData) {
        body = new OneShotBody(outgoingData->readAll(), this);
        guarded.setHeader(QNetworkRequest::ContentLengthHeader, body->bytesAvailable());
        // Otherwise Qt copies the body into a buffer of its own, which it can rewind.
        guarded.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    }
    QNetworkReply *reply = send(operation, guarded, body ? body : outgoingData);
    if (body)
        body->setParent(reply);
    guard(reply);
    return reply;
}

void ProviderNetworkAccess::guard(QNetworkReply *reply)
{
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, seconds = m_requestTimeoutMs / 1000] {
        if (!reply->isFinished())
            ReplyProblem::cutShort(reply, ReplyProblem::Deadline, seconds);
    });
    deadline->start(m_requestTimeoutMs);
    auto tooLarge = [reply](qint64 size) {
        if (size > ReplyProblem::kMaxAnswerBytes && !reply->isFinished())
            ReplyProblem::cutShort(reply, ReplyProblem::TooLarge);
    };
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, tooLarge] {
        // Past the limit Qt stops reading from the network (the provider meets TCP
        // back-pressure) instead of buffering an endless answer until this thread notices.
        reply->setReadBufferSize(ReplyProblem::kMaxAnswerBytes + 1);
        tooLarge(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    });
    // readyRead comes with every piece of the answer, downloadProgress at most every 100 ms.
    connect(reply, &QNetworkReply::readyRead, reply,
            [reply, tooLarge] { tooLarge(reply->bytesAvailable()); });
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [tooLarge](qint64 received, qint64 total) { tooLarge(qMax(received, total)); });
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
