#include "FakeNetworkAccess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace lc::testing {

namespace {

// What QNetworkReplyHttpImpl reports for an HTTP error status (qnetworkreplyhttpimpl.cpp).
QNetworkReply::NetworkError errorForStatus(int status)
{
    switch (status) {
    case 400:
        return QNetworkReply::ProtocolInvalidOperationError;
    case 401:
        return QNetworkReply::AuthenticationRequiredError;
    case 403:
        return QNetworkReply::ContentAccessDenied;
    case 404:
        return QNetworkReply::ContentNotFoundError;
    case 405:
        return QNetworkReply::ContentOperationNotPermittedError;
    case 407:
        return QNetworkReply::ProxyAuthenticationRequiredError;
    case 409:
        return QNetworkReply::ContentConflictError;
    case 410:
        return QNetworkReply::ContentGoneError;
    case 418:
        return QNetworkReply::ProtocolInvalidOperationError;
    case 500:
        return QNetworkReply::InternalServerError;
    case 501:
        return QNetworkReply::OperationNotImplementedError;
    case 503:
        return QNetworkReply::ServiceUnavailableError;
    default:
        if (status >= 500)
            return QNetworkReply::UnknownServerError;
        if (status >= 400)
            return QNetworkReply::UnknownContentError;
        return QNetworkReply::NoError;
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status " + QByteArray::number(status);
    }
}

QByteArray methodOf(QNetworkAccessManager::Operation operation, const QNetworkRequest &request)
{
    switch (operation) {
    case QNetworkAccessManager::HeadOperation:
        return "HEAD";
    case QNetworkAccessManager::GetOperation:
        return "GET";
    case QNetworkAccessManager::PutOperation:
        return "PUT";
    case QNetworkAccessManager::PostOperation:
        return "POST";
    case QNetworkAccessManager::DeleteOperation:
        return "DELETE";
    default:
        return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    }
}

QUrl routeKey(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::NormalizePathSegments);
}

} // namespace

// --- FakeRequest ---------------------------------------------------------------------------

QByteArray FakeRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QUrlQuery FakeRequest::form() const
{
    // application/x-www-form-urlencoded writes spaces as '+'.
    QByteArray encoded = body;
    encoded.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(encoded));
}

QString FakeRequest::formValue(const QString &key) const
{
    return form().queryItemValue(key, QUrl::FullyDecoded);
}

// --- FakeResponse --------------------------------------------------------------------------

FakeResponse FakeResponse::http(int status, const QByteArray &body, const QByteArray &contentType)
{
    FakeResponse response;
    response.status = status;
    response.body = body;
    response.headers.append({ "Content-Type", contentType });
    return response;
}

FakeResponse FakeResponse::json(int status, const QJsonObject &object)
{
    return http(status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json");
}

FakeResponse FakeResponse::refuseConnection()
{
    FakeResponse response;
    response.behaviour = Behaviour::RefuseConnection;
    response.error = QNetworkReply::ConnectionRefusedError;
    return response;
}

FakeResponse FakeResponse::failAfterSending(QNetworkReply::NetworkError error)
{
    FakeResponse response;
    response.behaviour = Behaviour::FailAfterSending;
    response.error = error;
    return response;
}

FakeResponse FakeResponse::hang()
{
    FakeResponse response;
    response.behaviour = Behaviour::Hang;
    return response;
}

FakeResponse FakeResponse::withHeader(const QByteArray &name, const QByteArray &value) const
{
    FakeResponse response = *this;
    response.headers.append({ name, value });
    return response;
}

FakeResponse FakeResponse::after(int milliseconds) const
{
    FakeResponse response = *this;
    response.delayMs = milliseconds;
    return response;
}

// --- FakeProvider --------------------------------------------------------------------------

FakeProvider::FakeProvider()
{
    qRegisterMetaType<FakeRequest>();
    m_clock.start();
}

void FakeProvider::on(const QByteArray &method, const QUrl &url, Handler handler)
{
    const QUrl key = routeKey(url);
    m_routes.removeIf(
        [&](const Route &route) { return route.method == method && route.url == key; });
    m_routes.append({ method, key, std::move(handler) });
}

void FakeProvider::on(const QByteArray &method, const QUrl &url, const FakeResponse &response)
{
    on(method, url, [response](const FakeRequest &) { return response; });
}

QList<FakeRequest> FakeProvider::requests() const
{
    QList<FakeRequest> reached;
    for (const FakeRequest &request : m_attempts) {
        if (request.reachedServer)
            reached.append(request);
    }
    return reached;
}

QList<FakeRequest> FakeProvider::requests(const QByteArray &method, const QUrl &url) const
{
    const QUrl key = routeKey(url);
    QList<FakeRequest> matching;
    for (const FakeRequest &request : m_attempts) {
        if (request.reachedServer && request.method == method && routeKey(request.url) == key)
            matching.append(request);
    }
    return matching;
}

FakeResponse FakeProvider::receive(FakeRequest request)
{
    request.elapsedMs = m_clock.elapsed();
    const QUrl key = routeKey(request.url);
    FakeResponse response = FakeResponse::http(404, "no route in the fake provider");
    for (const Route &route : std::as_const(m_routes)) {
        if (route.method == request.method && route.url == key) {
            response = route.handler(request);
            break;
        }
    }
    request.reachedServer = response.behaviour != FakeResponse::Behaviour::RefuseConnection;
    m_attempts.append(request);
    if (request.reachedServer)
        Q_EMIT requestReceived(request);
    return response;
}

// --- FakeReply -----------------------------------------------------------------------------

FakeReply::FakeReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
                     const QByteArray &method, FakeResponse response, QObject *parent)
    : QNetworkReply(parent)
    , m_response(std::move(response))
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operation);
    if (operation == QNetworkAccessManager::CustomOperation)
        setAttribute(QNetworkRequest::CustomVerbAttribute, method);
    open(QIODevice::ReadOnly);
    if (m_response.behaviour == FakeResponse::Behaviour::Hang)
        return;
    // Never from inside get()/post(): callers connect to the reply after it is returned.
    QTimer::singleShot(m_response.delayMs, this, &FakeReply::respond);
}

void FakeReply::respond()
{
    if (m_done)
        return;
    switch (m_response.behaviour) {
    case FakeResponse::Behaviour::Hang:
        return;
    case FakeResponse::Behaviour::RefuseConnection:
        finishWithError(QNetworkReply::ConnectionRefusedError,
                        QStringLiteral("Connection refused"));
        return;
    case FakeResponse::Behaviour::FailAfterSending:
        finishWithError(m_response.error,
                        m_response.error == QNetworkReply::TimeoutError
                            ? QStringLiteral("Socket operation timed out")
                            : QStringLiteral("Connection closed"));
        return;
    case FakeResponse::Behaviour::Http:
        break;
    }

    m_done = true;
    m_body = m_response.body;
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
    setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, reasonPhrase(m_response.status));
    for (const auto &[name, value] : std::as_const(m_response.headers))
        setRawHeader(name, value);
    setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
    const NetworkError error = errorForStatus(m_response.status);
    if (error != NoError)
        setError(error,
                 QStringLiteral("Server replied: %1")
                     .arg(QString::fromLatin1(reasonPhrase(m_response.status))));
    Q_EMIT metaDataChanged();
    if (!m_body.isEmpty())
        Q_EMIT readyRead();
    setFinished(true);
    if (error != NoError)
        Q_EMIT errorOccurred(error);
    Q_EMIT finished();
}

void FakeReply::finishWithError(NetworkError error, const QString &message)
{
    m_done = true;
    setError(error, message);
    setFinished(true);
    Q_EMIT errorOccurred(error);
    Q_EMIT finished();
}

void FakeReply::abort()
{
    // Like QNetworkReplyHttpImpl: a running reply finishes at once, inside abort().
    if (m_done)
        return;
    finishWithError(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
}

qint64 FakeReply::bytesAvailable() const
{
    return m_body.size() - m_offset + QIODevice::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 length = qMin(maxSize, qint64(m_body.size()) - m_offset);
    if (length <= 0)
        return m_done ? -1 : 0;
    memcpy(data, m_body.constData() + m_offset, size_t(length));
    m_offset += length;
    return length;
}

// --- FakeNetworkAccess ---------------------------------------------------------------------

FakeNetworkAccess::FakeNetworkAccess(std::shared_ptr<FakeProvider> provider,
                                     const ProviderProfile &profile, QObject *parent)
    : ProviderNetworkAccess(profile, 30'000, parent)
    , m_provider(std::move(provider))
{
}

QNetworkReply *FakeNetworkAccess::send(Operation operation, const QNetworkRequest &request,
                                       QIODevice *outgoingData)
{
    FakeRequest received;
    received.method = methodOf(operation, request);
    received.url = request.url();
    for (const QByteArray &name : request.rawHeaderList())
        received.headers.append({ name, request.rawHeader(name) });
    if (outgoingData)
        received.body = outgoingData->readAll();
    FakeResponse response = m_provider->receive(received);
    return new FakeReply(operation, request, received.method, std::move(response), this);
}

} // namespace lc::testing
