#include "LoopbackRedirectListener.h"

#include "common/Logging.h"

#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>

namespace lc {

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}

// End of the request head: the first empty line (CRLF CRLF, or bare LF LF, RFC 9112 §2.2).
qsizetype endOfHead(const QByteArray &bytes, qsizetype *terminatorLength)
{
    const qsizetype crlf = bytes.indexOf("\r\n\r\n");
    const qsizetype lf = bytes.indexOf("\n\n");
    if (crlf >= 0 && (lf < 0 || crlf < lf)) {
        *terminatorLength = 4;
        return crlf;
    }
    *terminatorLength = 2;
    return lf;
}

bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool alnum
            = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && !QByteArrayView("!#$%&'*+-.^_`|~").contains(c))
            return false;
    }
    return true;
}

const char kStyle[] = R"(:root{color-scheme:light dark;--bg:#f3f4f7;--card:#fff;--text:#1c2230;
--muted:#5a6375;--ok:#1a7f37;--bad:#c62828;--neutral:#3b5bdb}
@media (prefers-color-scheme:dark){:root{--bg:#121419;--card:#1d2028;--text:#e7e9ef;
--muted:#a2aabb;--ok:#4ac26b;--bad:#ff6b6b;--neutral:#7d9bff}}
*{box-sizing:border-box}
body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;
background:var(--bg);color:var(--text);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,
"Noto Sans","Noto Sans KR","Malgun Gothic",sans-serif}
main{background:var(--card);width:100%;max-width:30rem;margin:1rem;padding:1.75rem 2rem;
border-radius:12px;border-top:5px solid var(--accent);box-shadow:0 4px 18px rgba(0,0,0,.12)}
.success{--accent:var(--ok)}.failure{--accent:var(--bad)}.neutral{--accent:var(--neutral)}
header{font-size:.85rem;font-weight:600;letter-spacing:.04em;text-transform:uppercase;
color:var(--muted)}
h1{font-size:1.35rem;line-height:1.3;margin:.6rem 0 .5rem;color:var(--accent)}
p{margin:.5rem 0;overflow-wrap:anywhere}
.hint{color:var(--muted);font-size:.9rem;margin-top:1.25rem})";
} // namespace

LoopbackRedirectListener::LoopbackRedirectListener(const Timeouts &timeouts, QObject *parent)
    : QObject(parent)
    , m_timeouts(timeouts)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackRedirectListener::onNewConnection);
    m_responseTimer.setSingleShot(true);
    m_responseTimer.setInterval(m_timeouts.loopbackResponseMs);
    connect(&m_responseTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcAuth) << "no sign-in result within" << m_timeouts.loopbackResponseMs / 1000
                       << "s; answering the browser with a neutral page";
        answerHeldCallback(Tone::Neutral, tr("Sign-in continues in the app"),
                           tr("Login Companion received the answer from the sign-in page. "
                              "The app shows how the sign-in ended."));
    });
}

LoopbackRedirectListener::~LoopbackRedirectListener()
{
    close();
}

Status LoopbackRedirectListener::listen(const QString &path)
{
    // Loopback IPv4 literal only (RFC 8252 §7.3, §8.3): not "localhost", which may resolve
    // elsewhere, and never a routable interface. Port 0: the system picks a free one.
    return listenOn(QStringLiteral("127.0.0.1"), 0, path);
}

Status LoopbackRedirectListener::listenAt(const QUrl &registered)
{
    const QString problem = registeredUriProblem(registered);
    if (!problem.isEmpty())
        return AuthError::config(tr("The redirect URI %1 cannot be heard by Login Companion: %2.")
                                     .arg(registered.toString(), problem));
    const QString path = registered.path(QUrl::FullyEncoded);
    return listenOn(registered.host(), quint16(registered.port()),
                    path.isEmpty() ? QStringLiteral("/") : path);
}

QString LoopbackRedirectListener::registeredUriProblem(const QUrl &registered)
{
    const QString host = registered.host();
    if (registered.scheme() != QLatin1String("http")
        || (host != QLatin1String("127.0.0.1") && host != QLatin1String("::1")
            && host != QLatin1String("localhost")))
        return tr("it is not an http address on this computer (127.0.0.1, [::1] or localhost)");
    if (registered.port() <= 0)
        return tr("it names no port, so the browser would go to port 80, which only the "
                  "system may open");
    if (!registered.userInfo().isEmpty() || registered.hasFragment())
        return tr("it carries user information or a fragment");
    return {};
}

Status LoopbackRedirectListener::listenOn(const QString &host, quint16 port, const QString &path)
{
    if (m_server->isListening() || m_callbackTaken)
        return AuthError::config(tr("The browser redirect listener can only be used once."));
    const QUrl check(path, QUrl::StrictMode);
    if (!path.startsWith(QLatin1Char('/')) || !check.isValid() || check.hasQuery()
        || check.hasFragment() || !check.host().isEmpty()
        || QUrl::toPercentEncoding(path, "/%:@!$&'()*+,;=") != path.toLatin1())
        return AuthError::config(
            tr("The redirect path \"%1\" cannot be used for the browser redirect.").arg(path));
    // "localhost" is heard on 127.0.0.1: browsers try it when nothing answers on ::1.
    const QHostAddress address
        = host == QLatin1String("::1") ? QHostAddress::LocalHostIPv6 : QHostAddress::LocalHost;
    if (!m_server->listen(address, port)) {
        if (port == 0)
            return AuthError::network(
                tr("Could not open a local port for the browser's redirect: %1")
                    .arg(m_server->errorString()));
        return AuthError::network(
            tr("Could not listen on %1 port %2 for the browser's redirect: %3. The provider "
               "sends the browser to this port (the client's registered redirect URI); close "
               "the program that uses it and try again.")
                .arg(address.toString())
                .arg(port)
                .arg(m_server->errorString()));
    }
    m_host = host;
    m_path = path;
    qCInfo(lcAuth) << "waiting for the browser's redirect on" << address.toString() << "port"
                   << m_server->serverPort();
    return Done {};
}

bool LoopbackRedirectListener::isListening() const
{
    return m_server->isListening();
}

QUrl LoopbackRedirectListener::redirectUri() const
{
    if (!m_server->isListening())
        return {};
    QUrl uri;
    uri.setScheme(QStringLiteral("http"));
    uri.setHost(m_host);
    uri.setPort(m_server->serverPort());
    uri.setPath(m_path, QUrl::StrictMode);
    return uri;
}

QHostAddress LoopbackRedirectListener::serverAddress() const
{
    return m_server->serverAddress();
}

quint16 LoopbackRedirectListener::serverPort() const
{
    return m_server->serverPort();
}

void LoopbackRedirectListener::respond(bool success, const QString &title, const QString &message)
{
    answerHeldCallback(success ? Tone::Success : Tone::Failure, title, message);
    close();
}

void LoopbackRedirectListener::rejectCallback(const QString &title, const QString &message)
{
    answerHeldCallback(Tone::Failure, title, message, 400);
    m_callbackTaken = false;
}

void LoopbackRedirectListener::close()
{
    if (m_heldCallback)
        answerHeldCallback(Tone::Neutral, tr("Sign-in continues in the app"),
                           tr("Login Companion received the answer from the sign-in page. "
                              "The app shows how the sign-in ended."));
    m_responseTimer.stop();
    if (m_server->isListening())
        qCInfo(lcAuth) << "browser redirect listener closed";
    m_server->close();
    // Connections still sending their request are dropped; answered ones finish their write.
    const auto sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets) {
        if (m_connections.value(socket).state != ConnectionState::Answered)
            socket->abort();
    }
}

void LoopbackRedirectListener::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections.size() >= kMaxConnections) {
            // Full of connections that have not sent a request: the oldest idle one goes, so
            // a page holding sockets open cannot lock the browser's real callback out.
            QTcpSocket *oldest = nullptr;
            quint64 oldestSequence = 0;
            for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
                if (it->state == ConnectionState::Reading
                    && (!oldest || it->sequence < oldestSequence)) {
                    oldest = it.key();
                    oldestSequence = it->sequence;
                }
            }
            if (!oldest) {
                socket->abort();
                socket->deleteLater();
                continue;
            }
            m_connections.remove(oldest);
            oldest->abort();
            oldest->deleteLater();
        }
        Connection connection;
        connection.sequence = m_nextSequence++;
        connection.readTimer = new QTimer(socket);
        connection.readTimer->setSingleShot(true);
        connection.readTimer->start(m_timeouts.loopbackReadMs);
        m_connections.insert(socket, connection);
        connect(connection.readTimer, &QTimer::timeout, this, [this, socket] {
            answerWithNeutralPage(socket, 408, tr("Request timed out"),
                                  tr("The browser did not finish its request in time."));
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void LoopbackRedirectListener::onReadyRead(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->state != ConnectionState::Reading) {
        socket->readAll(); // a held or answered connection: whatever else it sends is ignored
        return;
    }
    it->head += socket->read(kMaxRequestHeadBytes + 8 - it->head.size());
    // RFC 9112 §2.2: empty lines before the request line are ignored.
    while (it->head.startsWith("\r\n") || it->head.startsWith('\n'))
        it->head.remove(0, it->head.startsWith('\n') ? 1 : 2);
    qsizetype terminatorLength = 0;
    const qsizetype end = endOfHead(it->head, &terminatorLength);
    if (end < 0 || end + terminatorLength > kMaxRequestHeadBytes) {
        if (it->head.size() >= kMaxRequestHeadBytes || end >= 0)
            answerWithNeutralPage(socket, 431, tr("Request too large"),
                                  tr("The browser's request was too large."));
        return;
    }
    const QByteArray head = it->head.left(end);
    it->head.clear();
    it->readTimer->stop();
    handleRequest(socket, head);
}

void LoopbackRedirectListener::handleRequest(QTcpSocket *socket, const QByteArray &head)
{
    const auto badRequest = [this, socket] {
        answerWithNeutralPage(socket, 400, tr("Bad request"),
                              tr("The browser's request could not be understood."));
    };
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const QList<QByteArray> requestLine = lines.first().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine[0]) || requestLine[1].isEmpty()
        || !requestLine[2].startsWith("HTTP/1."))
        return badRequest();

    int hostFields = 0;
    QByteArray host;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        const qsizetype colon = line.indexOf(':');
        // Obsolete line folding and whitespace before the colon are rejected (RFC 9112 §5).
        if (colon <= 0 || !isToken(line.left(colon)))
            return badRequest();
        if (line.left(colon).compare("host", Qt::CaseInsensitive) == 0) {
            ++hostFields;
            host = line.mid(colon + 1).trimmed();
        }
    }
    // The browser was sent to http://<host>:<port>, so that is its Host. Anything else is a
    // page that reached this port by another name (DNS rebinding) or a confused client.
    const QByteArray expectedHost = redirectUri().authority(QUrl::FullyEncoded).toLatin1();
    if (hostFields != 1 || host.compare(expectedHost, Qt::CaseInsensitive) != 0)
        return badRequest();

    const QByteArray &target = requestLine[1];
    if (!target.startsWith('/') || target.contains('#'))
        return badRequest();
    if (requestLine[0] != "GET")
        return answerWithNeutralPage(socket, 405, tr("Not allowed"),
                                     tr("This address only answers the sign-in redirect."),
                                     "Allow: GET\r\n");

    const qsizetype question = target.indexOf('?');
    const QByteArray path = question < 0 ? target : target.left(question);
    if (path != m_path.toLatin1())
        return answerWithNeutralPage(socket, 404, tr("Not found"),
                                     tr("There is nothing at this address."));
    if (m_callbackTaken || !m_server->isListening())
        return answerWithNeutralPage(socket, 200, tr("This sign-in is already finished"),
                                     tr("Login Companion already received the answer for this "
                                        "sign-in. To sign in again, start again from the app."));

    m_callbackTaken = true;
    m_connections[socket].state = ConnectionState::Held;
    m_heldCallback = socket;
    m_responseTimer.start();

    QUrl url = redirectUri();
    if (question >= 0)
        url.setQuery(QString::fromUtf8(target.mid(question + 1)), QUrl::TolerantMode);
    // Only the fact, never the query: it holds the authorization code.
    qCInfo(lcAuth) << "the browser brought the sign-in redirect";
    // Queued: whoever handles it may respond() or delete this listener, which must not happen
    // inside the socket's own readyRead.
    QMetaObject::invokeMethod(
        this, [this, url] { Q_EMIT redirectReceived(url); }, Qt::QueuedConnection);
}

void LoopbackRedirectListener::answerHeldCallback(Tone tone, const QString &title,
                                                  const QString &message, int status)
{
    m_responseTimer.stop();
    if (QTcpSocket *socket = m_heldCallback.data()) {
        m_heldCallback.clear();
        answer(socket, status, page(tone, title, message));
    }
}

void LoopbackRedirectListener::answerWithNeutralPage(QTcpSocket *socket, int status,
                                                     const QString &title, const QString &message,
                                                     const QByteArray &extraHeaders)
{
    answer(socket, status, page(Tone::Neutral, title, message), extraHeaders);
}

void LoopbackRedirectListener::answer(QTcpSocket *socket, int status, const QByteArray &html,
                                      const QByteArray &extraHeaders)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->state == ConnectionState::Answered)
        return;
    it->state = ConnectionState::Answered;
    it->readTimer->stop();
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\n"
          "Content-Type: text/html; charset=utf-8\r\n"
          "Content-Length: "
        + QByteArray::number(html.size())
        + "\r\n"
          "Cache-Control: no-store\r\n"
          "Referrer-Policy: no-referrer\r\n"
          "X-Content-Type-Options: nosniff\r\n"
          "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; "
          "img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'\r\n"
          "Connection: close\r\n"
        + extraHeaders + "\r\n" + html;
    socket->write(response);
    socket->flush();
    socket->disconnectFromHost(); // after the pending bytes are written
}

QByteArray LoopbackRedirectListener::page(Tone tone, const QString &title, const QString &message)
{
    const char *toneClass = tone == Tone::Success ? "success"
        : tone == Tone::Failure                   ? "failure"
                                                  : "neutral";
    const QString html
        = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head>"
                         "<meta charset=\"utf-8\">"
                         "<meta name=\"viewport\" content=\"width=device-width, "
                         "initial-scale=1\">"
                         "<meta name=\"color-scheme\" content=\"light dark\">"
                         "<meta name=\"referrer\" content=\"no-referrer\">"
                         "<link rel=\"icon\" href=\"data:,\">"
                         "<title>%2</title><style>%3</style></head>\n"
                         "<body><main class=\"%4\"><header>Login Companion</header>"
                         "<h1>%2</h1><p class=\"message\">%5</p>"
                         "<p class=\"hint\">%6</p></main></body></html>\n")
              .arg(QLocale().bcp47Name().toHtmlEscaped(), title.toHtmlEscaped(),
                   QString::fromLatin1(kStyle), QLatin1String(toneClass), message.toHtmlEscaped(),
                   tr("You can close this tab and return to the app.").toHtmlEscaped());
    return html.toUtf8();
}

} // namespace lc
