#pragma once

// An in-memory provider for unit tests, in the spirit of Nextcloud's FakeQNAM
// (test/syncenginetestutils.h): requests never reach a socket; a FakeProvider the test
// configures answers them, and records every one in order.
//
//   auto provider = std::make_shared<FakeProvider>();
//   provider->on("POST", tokenEndpoint, [](const FakeRequest &request) {
//       return FakeResponse::json(200, { { "access_token", "a1" } });
//   });
//   provider->on("GET", userinfo, FakeResponse::hang()); // never answers until aborted
//   auto *network = new FakeNetworkAccess(provider, profile, parent);
//
// A route's handler runs when the request is sent; the reply then answers from the event loop,
// like a real one (metaDataChanged, readyRead, errorOccurred, finished).

#include "auth/ProviderNetworkAccess.h"

#include <QElapsedTimer>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QJsonObject;

namespace lc::testing {

// One request as the provider received it.
struct FakeRequest
{
    QByteArray method; // GET, POST, …
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers; // as sent, Authorization included
    QByteArray body;
    qint64 elapsedMs = 0; // since the FakeProvider was created
    bool reachedServer = true; // false: the connection was refused, nothing was sent

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
    QUrlQuery form() const; // the body as application/x-www-form-urlencoded
    QString formValue(const QString &key) const;
};

// How the provider answers one request.
struct FakeResponse
{
    enum class Behaviour {
        Http, // an HTTP answer: status, headers, body
        RefuseConnection, // ConnectionRefusedError, no HTTP status, the request is never sent
        FailAfterSending, // the request was received, then the transport fails (`error`)
        Hang, // never answers; abort() finishes it with OperationCanceledError
    };

    Behaviour behaviour = Behaviour::Http;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError; // for FailAfterSending
    int delayMs = 0; // extra time before the answer (0: the next event loop pass)

    static FakeResponse http(int status, const QByteArray &body,
                             const QByteArray &contentType = "text/plain");
    static FakeResponse json(int status, const QJsonObject &object);
    static FakeResponse json(const QJsonObject &object) { return json(200, object); }
    static FakeResponse refuseConnection();
    static FakeResponse failAfterSending(QNetworkReply::NetworkError error
                                         = QNetworkReply::RemoteHostClosedError);
    static FakeResponse hang();

    FakeResponse withHeader(const QByteArray &name, const QByteArray &value) const;
    FakeResponse after(int milliseconds) const;
};

// The in-memory provider: routes and the request log, shared by every FakeNetworkAccess bound
// to it (operations create one network access per provider).
class FakeProvider : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;

    FakeProvider();

    // Answers `method` requests to `url` (compared without query and fragment). A later route for
    // the same method and URL replaces the earlier one. Unrouted requests answer 404.
    void on(const QByteArray &method, const QUrl &url, Handler handler);
    void on(const QByteArray &method, const QUrl &url, const FakeResponse &response);

    // Requests that reached the provider, in order (refused connections are left out).
    QList<FakeRequest> requests() const;
    QList<FakeRequest> requests(const QByteArray &method, const QUrl &url) const;
    int count(const QByteArray &method, const QUrl &url) const
    {
        return int(requests(method, url).size());
    }
    // Every attempt, refused connections included.
    const QList<FakeRequest> &attempts() const { return m_attempts; }
    void clearLog() { m_attempts.clear(); }

    // For FakeNetworkAccess: records the request and picks the answer.
    FakeResponse receive(FakeRequest request);

Q_SIGNALS:
    void requestReceived(const lc::testing::FakeRequest &request);

private:
    struct Route
    {
        QByteArray method;
        QUrl url;
        Handler handler;
    };

    QList<Route> m_routes;
    QList<FakeRequest> m_attempts;
    QElapsedTimer m_clock;
};

// A reply that answers from memory, asynchronously, the way QNetworkReplyHttpImpl does.
class FakeReply : public QNetworkReply
{
    Q_OBJECT

public:
    FakeReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
              const QByteArray &method, FakeResponse response, QObject *parent);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void respond();
    void finishWithError(NetworkError error, const QString &message);

    FakeResponse m_response;
    QByteArray m_body;
    qint64 m_offset = 0;
    bool m_done = false;
};

// The network access an operation gets in a unit test: ProviderNetworkAccess (so the client
// credentials are added as in production) whose send() asks a FakeProvider.
class FakeNetworkAccess : public ProviderNetworkAccess
{
    Q_OBJECT

public:
    FakeNetworkAccess(std::shared_ptr<FakeProvider> provider, const ProviderProfile &profile = {},
                      QObject *parent = nullptr);

    FakeProvider *provider() const { return m_provider.get(); }

protected:
    QNetworkReply *send(Operation operation, const QNetworkRequest &request,
                        QIODevice *outgoingData) override;

private:
    std::shared_ptr<FakeProvider> m_provider;
};

} // namespace lc::testing

Q_DECLARE_METATYPE(lc::testing::FakeRequest)
