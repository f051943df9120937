#include "AgentClient.h"

#include "AgentEndpoint.h"

#include <QDeadlineTimer>
#include <QFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#else
#include <QLocalSocket>
#endif

namespace lc::agent {

AgentClient::AgentClient(QString path)
    : m_path(std::move(path))
{
}

#ifdef Q_OS_UNIX

AgentClient::~AgentClient()
{
    if (m_socket >= 0)
        ::close(m_socket);
}

bool AgentClient::isOpen() const
{
    return m_socket >= 0;
}

bool AgentClient::open()
{
    const QByteArray path = QFile::encodeName(m_path);
    sockaddr_un address {};
    if (path.isEmpty() || size_t(path.size()) >= sizeof(address.sun_path))
        return false;
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    m_socket = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (m_socket < 0)
        return false;
    ::fcntl(m_socket, F_SETFD, FD_CLOEXEC);
    int connected = 0;
    do {
        connected = ::connect(m_socket, reinterpret_cast<const sockaddr *>(&address),
                              sizeof(address));
    } while (connected != 0 && errno == EINTR);
    // Only our own agent's answers count: a socket another user put there is not it.
    const std::optional<qint64> peer
        = connected == 0 ? AgentEndpoint::peerUserId(m_socket) : std::nullopt;
    if (!peer || *peer != AgentEndpoint::currentUserId()) {
        ::close(m_socket);
        m_socket = -1;
        return false;
    }
    return true;
}

bool AgentClient::send(const QByteArray &bytes)
{
    qsizetype written = 0;
    while (m_socket >= 0 && written < bytes.size()) {
        const ssize_t n = ::send(m_socket, bytes.constData() + written,
                                 size_t(bytes.size() - written), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        written += n;
    }
    return m_socket >= 0;
}

bool AgentClient::readMore(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_socket >= 0) {
        pollfd descriptor { m_socket, POLLIN, 0 };
        const int ready = ::poll(&descriptor, 1, int(deadline.remainingTime()));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0)
            return false;
        char chunk[16 * 1024];
        const ssize_t n = ::recv(m_socket, chunk, sizeof(chunk), 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        m_buffer.append(chunk, n);
        return true;
    }
    return false;
}

#else

AgentClient::~AgentClient() = default;

bool AgentClient::isOpen() const
{
    return m_socket && m_socket->state() == QLocalSocket::ConnectedState;
}

bool AgentClient::open()
{
    // The pipe's access list (QLocalServer::UserAccessOption) lets only this user in.
    m_socket = std::make_unique<QLocalSocket>();
    m_socket->connectToServer(m_path);
    return m_socket->waitForConnected(1000);
}

bool AgentClient::send(const QByteArray &bytes)
{
    if (!isOpen() || m_socket->write(bytes) != bytes.size())
        return false;
    return m_socket->waitForBytesWritten(5000) || m_socket->bytesToWrite() == 0;
}

bool AgentClient::readMore(int timeoutMs)
{
    if (!m_socket || (!m_socket->bytesAvailable() && !m_socket->waitForReadyRead(timeoutMs)))
        return false;
    m_buffer.append(m_socket->readAll());
    return true;
}

#endif

std::optional<QByteArray> AgentClient::readLine(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n');
        if (newline >= 0) {
            QByteArray line = m_buffer.left(newline);
            m_buffer.remove(0, newline + 1);
            return line;
        }
        if (deadline.hasExpired() || !readMore(int(deadline.remainingTime())))
            return std::nullopt;
    }
}

std::optional<ParsedResponse> AgentClient::call(const QByteArray &requestLine,
                                                const QJsonValue &id, int timeoutMs)
{
    if (!send(requestLine))
        return std::nullopt;
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const std::optional<QByteArray> line = readLine(int(deadline.remainingTime()));
        if (!line)
            return std::nullopt;
        ParsedResponse response = JsonRpc::parseResponse(*line);
        if (response.valid && response.notification.isEmpty() && response.id == id)
            return response;
    }
}

} // namespace lc::agent
