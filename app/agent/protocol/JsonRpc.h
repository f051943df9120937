#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace lc::agent {

// The agent's wire format (docs/AGENT.md): JSON-RPC 2.0, one JSON object per line, UTF-8.
// Errors of a command carry the command line's exit code as their code (1, 2, 3, 4, 64); a
// request that is not understood gets one of JSON-RPC's own codes below.
enum RpcErrorCode {
    RpcParseError = -32700, // not JSON (or not UTF-8)
    RpcInvalidRequest = -32600, // JSON, but not a request object; also a line over the limit
    RpcMethodNotFound = -32601,
    RpcInvalidParams = -32602,
    RpcInternalError = -32603,
    RpcServerBusy = -32000, // too many connections
};

struct RpcError
{
    int code = RpcInternalError;
    QString message;
};

struct RpcRequest
{
    QJsonValue id; // a string, a number or null; undefined for a notification (no answer)
    QString method;
    QJsonObject params; // by name only; absent params read as {}

    bool isNotification() const { return id.isUndefined(); }
};

// A line as the server reads it: a request, or the error to answer with (and the request's id
// when it could still be read, else null, as JSON-RPC says).
struct ParsedRequest
{
    std::optional<RpcRequest> request;
    RpcError error;
    QJsonValue id = QJsonValue::Null;
};

// A line as a client reads it: an answer to a request, or a notification.
struct ParsedResponse
{
    bool valid = false; // false: not a JSON-RPC response or notification at all
    QJsonValue id;
    std::optional<QJsonValue> result;
    std::optional<RpcError> error;
    QString notification; // the method of a notification
    QJsonObject params; // a notification's params
};

class JsonRpc
{
    Q_DECLARE_TR_FUNCTIONS(lc::agent::JsonRpc)

public:
    // Longer request lines are refused (RpcInvalidRequest) and the connection closed.
    static constexpr qsizetype kMaxLineBytes = 64 * 1024;

    // One line without its line break. Never throws, never asserts: it is fuzzed
    // (tests/fuzz/fuzz_agent_request.cpp).
    static ParsedRequest parseRequest(QByteArrayView line);
    // The answer to a line over kMaxLineBytes.
    static RpcError lineTooLong();
    static ParsedResponse parseResponse(QByteArrayView line);

    // Each returns one line, line break included.
    static QByteArray request(const QJsonValue &id, const QString &method,
                              const QJsonObject &params);
    static QByteArray result(const QJsonValue &id, const QJsonValue &result);
    static QByteArray error(const QJsonValue &id, const RpcError &error);
    static QByteArray notification(const QString &method, const QJsonObject &params);
};

} // namespace lc::agent
