#pragma once

#include "common/Result.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include "common/Timeouts.h"

class QTcpServer;
class QTcpSocket;

namespace lc {

// The redirect URI of a sign-in in the system browser (RFC 8252 §7.3): a tiny HTTP/1.1 server
// on 127.0.0.1 only, on a port the system picks.
//
//   listen("/callback") ──► redirectUri() = http://127.0.0.1:<port>/callback
//   listenAt(http://127.0.0.1:8765/cb) ──► exactly there: for a provider that is not told the
//                                          redirect URI and sends the browser to the registered one
//   browser: GET /callback?code=…&state=…  ──► redirectReceived(url)   (once; the browser's
//                                               connection is held open)
//   app: respond(success, title, message)  ──► branded page to the browser, listener closed
//
// Other paths get 404 (browsers ask for /favicon.ico), methods other than GET 405, and a second
// callback a "this sign-in is already finished" page. A connection has 10 s to send its request
// head (at most 16 KiB); the held callback is answered with a neutral page after 60 s without
// respond(). The query, which holds the authorization code, is never logged.
class LoopbackRedirectListener : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype kMaxRequestHeadBytes = 16 * 1024;
    static constexpr int kMaxConnections = 16;

    explicit LoopbackRedirectListener(const Timeouts &timeouts = kDefaultTimeouts,
                                      QObject *parent = nullptr);
    ~LoopbackRedirectListener() override;

    // `path` is the redirect URI's path: absolute, without query or fragment.
    Status listen(const QString &path = QStringLiteral("/callback"));
    // Listens on exactly `registered`'s host, port and path; a port in use is an error that
    // names it. `registered` must pass registeredUriProblem().
    Status listenAt(const QUrl &registered);
    // Empty when listenAt() can serve `registered`: http, 127.0.0.1, [::1] or localhost (heard
    // on 127.0.0.1, where browsers fall back to), and a port of its own (without one the
    // browser goes to port 80, which only the system may open). Otherwise why not, as a clause
    // ("it names no port").
    static QString registeredUriProblem(const QUrl &registered);
    bool isListening() const;
    // http://<host>:<port><path> (host 127.0.0.1 unless listenAt() was given another); empty
    // unless listening.
    QUrl redirectUri() const;
    QHostAddress serverAddress() const;
    quint16 serverPort() const;

    // Answers the browser that brought the callback (if it is still connected) and closes the
    // listener. Title and message are plain text; they are escaped.
    void respond(bool success, const QString &title, const QString &message);
    // Answers the held callback with a failure page and keeps listening: a forged or stale
    // callback (wrong `state`) must not end the sign-in the real one is about to finish.
    void rejectCallback(const QString &title, const QString &message);
    // Stops listening. A callback still waiting for respond() gets the neutral page.
    void close();

Q_SIGNALS:
    void redirectReceived(const QUrl &fullUrl);

private:
    Timeouts m_timeouts;

    enum class Tone { Success, Failure, Neutral };
    enum class ConnectionState { Reading, Held, Answered };
    struct Connection
    {
        QByteArray head;
        QTimer *readTimer = nullptr;
        ConnectionState state = ConnectionState::Reading;
        quint64 sequence = 0; // arrival order: the oldest idle connection makes room first
    };

    Status listenOn(const QString &host, quint16 port, const QString &path);
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handleRequest(QTcpSocket *socket, const QByteArray &head);
    void answer(QTcpSocket *socket, int status, const QByteArray &html,
                const QByteArray &extraHeaders = {});
    void answerWithNeutralPage(QTcpSocket *socket, int status, const QString &title,
                               const QString &message, const QByteArray &extraHeaders = {});
    void answerHeldCallback(Tone tone, const QString &title, const QString &message,
                            int status = 200);
    static QByteArray page(Tone tone, const QString &title, const QString &message);

    QTcpServer *m_server = nullptr;
    QString m_host; // as the browser names it in the URL and in its Host field
    QString m_path;
    QHash<QTcpSocket *, Connection> m_connections;
    QPointer<QTcpSocket> m_heldCallback;
    QTimer m_responseTimer;
    bool m_callbackTaken = false;
    quint64 m_nextSequence = 0;
};

} // namespace lc
