#include "AgentConnection.h"

#include "client/AgentEndpoint.h"

namespace lc::agent {

AgentConnection::AgentConnection(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QLocalSocket::connected, this, &AgentConnection::checkPeer);
    connect(&m_socket, &QLocalSocket::readyRead, this, &AgentConnection::readLines);
    connect(&m_socket, &QLocalSocket::disconnected, this, &AgentConnection::failPending);
    connect(&m_socket, &QLocalSocket::errorOccurred, this, [this] {
        if (m_socket.state() != QLocalSocket::ConnectedState)
            failPending();
    });
}

AgentConnection::~AgentConnection()
{
    // The socket goes after the pending answers: it must not call back into what is gone.
    disconnect(&m_socket, nullptr, this, nullptr);
}

void AgentConnection::open(const QString &path)
{
    m_closed = false;
    m_socket.connectToServer(path);
}

bool AgentConnection::isOpen() const
{
    return m_socket.state() == QLocalSocket::ConnectedState && !m_closed;
}

void AgentConnection::checkPeer()
{
    const qint64 self = AgentEndpoint::currentUserId();
    const std::optional<qint64> peer = AgentEndpoint::peerUserId(m_socket.socketDescriptor());
    // Windows (no uid): the pipe's access list admits only the user.
    if (self >= 0 && peer != self) {
        m_socket.abort();
        failPending();
        return;
    }
    Q_EMIT opened();
}

void AgentConnection::call(const QString &method, const QJsonObject &params, QObject *receiver,
                           Answer answer)
{
    if (!isOpen()) {
        this->answer({ receiver, std::move(answer) }, ParsedResponse {});
        return;
    }
    const qint64 id = m_nextId++;
    m_pending.insert(id, { receiver, std::move(answer) });
    m_socket.write(JsonRpc::request(id, method, params));
}

void AgentConnection::answer(const Pending &pending, const ParsedResponse &response)
{
    if (pending.receiver)
        pending.answer(response);
}

void AgentConnection::readLines()
{
    while (m_socket.canReadLine()) {
        const QByteArray line = m_socket.readLine().chopped(1);
        const ParsedResponse response = JsonRpc::parseResponse(line);
        if (!response.valid)
            continue;
        if (!response.notification.isEmpty()) {
            Q_EMIT notified(response.notification, response.params);
            continue;
        }
        const auto pending = m_pending.constFind(response.id.toInteger(-1));
        if (pending == m_pending.constEnd())
            continue;
        const Pending taken = *pending;
        m_pending.erase(pending);
        answer(taken, response);
    }
}

void AgentConnection::failPending()
{
    if (m_closed)
        return;
    m_closed = true;
    const QHash<qint64, Pending> pending = std::exchange(m_pending, {});
    for (const Pending &each : pending)
        answer(each, ParsedResponse {});
    Q_EMIT closed();
}

} // namespace lc::agent
