#include "ClientConnection.h"

#include "AgentLogging.h"

#include <QTimer>

namespace lc::agent {

ClientConnection::ClientConnection(QLocalSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    m_socket->setParent(this);
    // Qt stops reading from the kernel once this much waits: a sender that floods us is held
    // back by its own socket, and a line over the limit shows as a full buffer with no newline.
    m_socket->setReadBufferSize(2 * JsonRpc::kMaxLineBytes);
    connect(m_socket, &QLocalSocket::readyRead, this, &ClientConnection::readRequests);
    connect(m_socket, &QLocalSocket::disconnected, this, [this] {
        Q_EMIT closed(this);
        deleteLater();
    });
    QTimer::singleShot(0, this, &ClientConnection::readRequests); // bytes sent before we looked
}

void ClientConnection::readRequests()
{
    m_turnScheduled = false;
    int lines = 0;
    while (!m_closing && m_pending < kMaxPendingRequests) {
        if (!m_socket->canReadLine()) {
            if (m_socket->bytesAvailable() > JsonRpc::kMaxLineBytes)
                refuseLongLine();
            return;
        }
        QByteArray line = m_socket->readLine(JsonRpc::kMaxLineBytes + 2);
        if (!line.endsWith('\n')) {
            refuseLongLine();
            return;
        }
        line.chop(line.endsWith("\r\n") ? 2 : 1);
        if (line.trimmed().isEmpty())
            continue;
        const ParsedRequest parsed = JsonRpc::parseRequest(line);
        if (parsed.request) {
            ++m_pending;
            Q_EMIT requestReceived(this, *parsed.request);
        } else {
            send(JsonRpc::error(parsed.id, parsed.error));
        }
        if (++lines >= kLinesPerTurn) {
            // Others' turn; this client's next lines are read from the event loop.
            if (!m_turnScheduled) {
                m_turnScheduled = true;
                QTimer::singleShot(0, this, &ClientConnection::readRequests);
            }
            return;
        }
    }
}

void ClientConnection::refuseLongLine()
{
    qCInfo(lcAgent) << "a client sent a line over" << JsonRpc::kMaxLineBytes
                    << "bytes; closing its connection";
    send(JsonRpc::error(QJsonValue::Null, JsonRpc::lineTooLong()));
    m_closing = true;
    m_socket->disconnectFromServer(); // after what is queued has been written
}

void ClientConnection::answer(const RpcRequest &request, const QJsonValue &result)
{
    if (!request.isNotification())
        send(JsonRpc::result(request.id, result));
    finishRequest();
}

void ClientConnection::answerError(const RpcRequest &request, const RpcError &error)
{
    if (!request.isNotification())
        send(JsonRpc::error(request.id, error));
    finishRequest();
}

void ClientConnection::finishRequest()
{
    // Lines left waiting (the limit was reached, or a turn ended) are read from the event loop.
    if (--m_pending < kMaxPendingRequests && m_socket->bytesAvailable() > 0 && !m_turnScheduled
        && !m_closing) {
        m_turnScheduled = true;
        QTimer::singleShot(0, this, &ClientConnection::readRequests);
    }
}

void ClientConnection::notify(const QByteArray &line)
{
    if (m_subscribed)
        send(line);
}

void ClientConnection::send(const QByteArray &line)
{
    if (m_socket->state() != QLocalSocket::ConnectedState)
        return;
    if (m_socket->bytesToWrite() + line.size() > kMaxUnsentBytes) {
        qCInfo(lcAgent) << "a client left" << m_socket->bytesToWrite()
                        << "bytes unread; disconnecting it";
        m_closing = true;
        m_socket->abort();
        return;
    }
    m_socket->write(line);
}

} // namespace lc::agent
