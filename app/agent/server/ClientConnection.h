#pragma once

#include "protocol/JsonRpc.h"

#include <QLocalSocket>
#include <QObject>

namespace lc::agent {

// One client of the agent: reads request lines, hands each to the agent, writes the answers.
// It protects the agent and the other clients from it:
//   · a line longer than JsonRpc::kMaxLineBytes is answered with an error and the connection
//     closed;
//   · at most kMaxPendingRequests of its requests are worked on at once; it is not read from
//     meanwhile (its bytes wait in the kernel, so a flood blocks only its sender);
//   · at most kMaxUnsentBytes of answers and notifications wait for it to read them; a client
//     that never reads is disconnected rather than buffered without end.
// It deletes itself once the client has gone.
class ClientConnection : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxPendingRequests = 64;
    static constexpr qint64 kMaxUnsentBytes = 1024 * 1024;
    // Lines handled in one go before other clients get their turn.
    static constexpr int kLinesPerTurn = 32;

    explicit ClientConnection(QLocalSocket *socket, QObject *parent = nullptr);

    // The end of one request received through requestReceived(): writes the answer (nothing
    // for a notification) and lets the next requests in.
    void answer(const RpcRequest &request, const QJsonValue &result);
    void answerError(const RpcRequest &request, const RpcError &error);
    // A notification, for subscribed clients.
    void notify(const QByteArray &line);
    // Writes what waits now, without the event loop (before the agent ends).
    void flush() { m_socket->flush(); }

    bool isSubscribed() const { return m_subscribed; }
    void setSubscribed(bool subscribed) { m_subscribed = subscribed; }

Q_SIGNALS:
    void requestReceived(lc::agent::ClientConnection *client, const lc::agent::RpcRequest &request);
    void closed(lc::agent::ClientConnection *client);

private:
    void readRequests();
    void finishRequest();
    void send(const QByteArray &line);
    void refuseLongLine();

    QLocalSocket *m_socket;
    int m_pending = 0;
    bool m_subscribed = false;
    bool m_closing = false;
    bool m_turnScheduled = false;
};

} // namespace lc::agent
