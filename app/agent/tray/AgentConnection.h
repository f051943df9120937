#pragma once

#include "protocol/JsonRpc.h"

#include <QHash>
#include <QJsonObject>
#include <QLocalSocket>
#include <QObject>
#include <QPointer>

#include <functional>

namespace lc::agent {

// The tray's connection to the agent: JSON-RPC requests answered through callbacks, and the
// notifications of `subscribe`, all without blocking the event loop (AgentClient blocks, which
// suits a command line that has nothing else to do). An agent running as another user is not
// ours: its connection is dropped at once, as AgentClient does.
class AgentConnection : public QObject
{
    Q_OBJECT

public:
    using Answer = std::function<void(const ParsedResponse &)>;

    explicit AgentConnection(QObject *parent = nullptr);
    ~AgentConnection() override;

    // opened() once connected, closed() if it cannot be or when it ends.
    void open(const QString &path);
    bool isOpen() const;
    // `answer` is called with the response, or an invalid one if the connection ends first;
    // never once `receiver` is gone.
    void call(const QString &method, const QJsonObject &params, QObject *receiver, Answer answer);

Q_SIGNALS:
    void opened();
    void closed();
    void notified(const QString &method, const QJsonObject &params);

private:
    void checkPeer();
    void readLines();
    void failPending();

    QLocalSocket m_socket;
    struct Pending
    {
        QPointer<QObject> receiver;
        Answer answer;
    };
    void answer(const Pending &pending, const ParsedResponse &response);

    QHash<qint64, Pending> m_pending;
    qint64 m_nextId = 1;
    bool m_closed = false;
};

} // namespace lc::agent
