#pragma once

#include "ClientConnection.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QLocalServer>
#include <QObject>

namespace lc::agent {

// The agent's local socket (AgentEndpoint): only the user's own processes get in (folder 0700,
// socket 0600; on Linux and macOS the peer's uid is checked and another user's connection is
// closed with nothing sent; on Windows the pipe's access list admits only the user), and at
// most kMaxConnections at once (the next one is told so and closed).
class AgentServer : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxConnections = 256;

    explicit AgentServer(QObject *parent = nullptr);
    ~AgentServer() override;

    // Fails when another agent answers at `path`, or its folder belongs to someone else.
    Status listen(const QString &path);
    QString path() const { return m_path; }

    void broadcast(const QByteArray &notificationLine);
    qsizetype connectionCount() const { return m_clients.size(); }

Q_SIGNALS:
    void requestReceived(lc::agent::ClientConnection *client, const lc::agent::RpcRequest &request);

private:
    void acceptConnections();
    Status prepareFolder(const QString &folder, bool isDefaultLocation) const;

    QLocalServer m_server;
    QList<ClientConnection *> m_clients;
    QString m_path;
};

} // namespace lc::agent
