#include "AgentEndpoint.h"

#include <QDir>
#include <QRegularExpression>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace lc::agent {

namespace {
const char *const kOverride = "LOGIN_COMPANION_AGENT";
} // namespace

bool AgentEndpoint::isDefaultPath()
{
    return qEnvironmentVariableIsEmpty(kOverride);
}

QString AgentEndpoint::path()
{
    if (!isDefaultPath())
        return qEnvironmentVariable(kOverride);
#if defined(Q_OS_WIN)
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    return QStringLiteral("login-companion-agent-")
        + qEnvironmentVariable("USERNAME").replace(unsafe, QStringLiteral("_"));
#else
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QDir::isAbsolutePath(runtime))
        return runtime + QStringLiteral("/login-companion/agent");
#if defined(Q_OS_MACOS)
    // $TMPDIR is the user's own (/var/folders/…), as a runtime folder is.
    return QDir::tempPath() + QStringLiteral("/login-companion/agent");
#else
    // /tmp is shared: the folder carries the uid, and the agent refuses it when another user
    // owns it (AgentServer).
    return QDir::tempPath() + QStringLiteral("/login-companion-%1/agent").arg(currentUserId());
#endif
#endif
}

qint64 AgentEndpoint::currentUserId()
{
#ifdef Q_OS_UNIX
    return qint64(::getuid());
#else
    return -1;
#endif
}

std::optional<qint64> AgentEndpoint::peerUserId(qintptr socketDescriptor)
{
#if defined(Q_OS_LINUX)
    struct ucred credentials {};
    socklen_t length = sizeof(credentials);
    if (::getsockopt(int(socketDescriptor), SOL_SOCKET, SO_PEERCRED, &credentials, &length) != 0)
        return std::nullopt;
    return qint64(credentials.uid);
#elif defined(Q_OS_UNIX)
    uid_t uid = 0;
    gid_t gid = 0;
    if (::getpeereid(int(socketDescriptor), &uid, &gid) != 0)
        return std::nullopt;
    return qint64(uid);
#else
    Q_UNUSED(socketDescriptor);
    return std::nullopt;
#endif
}

} // namespace lc::agent
