#include "AgentServer.h"

#include "AgentLogging.h"
#include "client/AgentClient.h"
#include "client/AgentEndpoint.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace lc::agent {

AgentServer::AgentServer(QObject *parent)
    : QObject(parent)
{
    m_server.setMaxPendingConnections(kMaxConnections);
#if QT_VERSION >= QT_VERSION_CHECK(6, 3, 0)
    m_server.setListenBacklogSize(kMaxConnections);
#endif
    connect(&m_server, &QLocalServer::newConnection, this, &AgentServer::acceptConnections);
}

AgentServer::~AgentServer()
{
    m_server.close(); // removes the socket file
}

Status AgentServer::prepareFolder(const QString &folder, bool isDefaultLocation) const
{
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(folder);
    struct stat status {};
    if (::lstat(name.constData(), &status) != 0) {
        if (!QDir().mkpath(folder) || ::chmod(name.constData(), S_IRWXU) != 0)
            return AuthError::config(tr("Cannot create the agent's folder %1.").arg(folder));
        return Done {};
    }
    // LOGIN_COMPANION_AGENT may name a socket in any folder the user chose; the default
    // folder is ours alone, and one another user made for us would let them in.
    if (!isDefaultLocation)
        return Done {};
    if (!S_ISDIR(status.st_mode) || status.st_uid != ::getuid())
        return AuthError::config(tr("The agent's folder %1 is not a folder of yours; remove it "
                                    "and start the agent again.")
                                     .arg(folder));
    if ((status.st_mode & 0777) != S_IRWXU && ::chmod(name.constData(), S_IRWXU) != 0)
        return AuthError::config(tr("Cannot make the agent's folder %1 private.").arg(folder));
#else
    Q_UNUSED(folder);
    Q_UNUSED(isDefaultLocation);
#endif
    return Done {};
}

Status AgentServer::listen(const QString &path)
{
    m_path = path;
#ifdef Q_OS_UNIX
    Status folder = prepareFolder(QFileInfo(path).absolutePath(), AgentEndpoint::isDefaultPath());
    if (!folder.ok())
        return folder;
#endif
    AgentClient probe(path);
    if (probe.open())
        return AuthError::config(tr("An agent is already running at %1.").arg(path));
    QLocalServer::removeServer(path); // a socket file left by an agent that died

#ifdef Q_OS_UNIX
    // Created 0600 from the start: no moment in which another user could connect.
    const mode_t previous = ::umask(0177);
    const bool listening = m_server.listen(path);
    ::umask(previous);
#else
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    const bool listening = m_server.listen(path);
#endif
    if (!listening)
        return AuthError::config(
            tr("The agent cannot listen at %1: %2").arg(path, m_server.errorString()));
    qCInfo(lcAgent) << "listening at" << m_server.fullServerName();
    return Done {};
}

void AgentServer::acceptConnections()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
#ifdef Q_OS_UNIX
        const std::optional<qint64> peer = AgentEndpoint::peerUserId(socket->socketDescriptor());
        if (!peer || *peer != AgentEndpoint::currentUserId()) {
            // Nothing is sent: not even an error tells another user that anyone is here.
            qCWarning(lcAgent) << "refused a connection from uid" << peer.value_or(-1);
            socket->abort();
            socket->deleteLater();
            continue;
        }
#endif
        if (m_clients.size() >= kMaxConnections) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            socket->write(JsonRpc::error(
                QJsonValue::Null,
                { RpcServerBusy,
                  tr("The agent has %n connection(s) open already; close one and try again.",
                     nullptr, kMaxConnections) }));
            socket->disconnectFromServer();
            continue;
        }
        auto *client = new ClientConnection(socket, this);
        m_clients.append(client);
        connect(client, &ClientConnection::requestReceived, this, &AgentServer::requestReceived);
        connect(client, &ClientConnection::closed, this,
                [this](ClientConnection *closed) { m_clients.removeOne(closed); });
    }
}

void AgentServer::broadcast(const QByteArray &notificationLine)
{
    const QList<ClientConnection *> clients = m_clients; // notify() may disconnect one
    for (ClientConnection *client : clients)
        client->notify(notificationLine);
}

} // namespace lc::agent
