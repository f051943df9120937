#pragma once

#include "protocol/JsonRpc.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

class QLocalSocket;

namespace lc::agent {

// A blocking connection to the agent, for the command line's `token` (which has nothing else
// to do meanwhile) and for benchmarks. On Unix it is a plain local socket, so the front
// executable needs QtCore only; on Windows a QLocalSocket on the agent's named pipe.
class AgentClient
{
public:
    explicit AgentClient(QString path);
    ~AgentClient();
    AgentClient(const AgentClient &) = delete;
    AgentClient &operator=(const AgentClient &) = delete;

    // False when no agent listens at the path, or when the one that does runs as another user
    // (its answer could not be trusted).
    bool open();
    bool isOpen() const;

    // Sends one request line and waits up to `timeoutMs` for the answer with `id`,
    // passing over notifications. Nothing: the connection broke or the time ran out.
    std::optional<ParsedResponse> call(const QByteArray &requestLine, const QJsonValue &id,
                                       int timeoutMs);

    bool send(const QByteArray &bytes);
    // The next line without its line break; nothing when the connection ends or time runs out.
    std::optional<QByteArray> readLine(int timeoutMs);

private:
    bool readMore(int timeoutMs);

    QString m_path;
    QByteArray m_buffer;
#ifdef Q_OS_UNIX
    int m_socket = -1;
#else
    std::unique_ptr<QLocalSocket> m_socket;
#endif
};

} // namespace lc::agent
