#include "JsonRpc.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace lc::agent {

namespace {

const QString kVersion = QStringLiteral("2.0");

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

// JSON-RPC 2.0, section 4: "An identifier established by the Client that MUST contain a String,
// Number, or NULL value if included."
bool isValidId(const QJsonValue &id)
{
    return id.isUndefined() || id.isString() || id.isDouble() || id.isNull();
}

std::optional<RpcError> errorObject(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    const QJsonValue code = object.value(QStringLiteral("code"));
    if (!code.isDouble())
        return std::nullopt;
    return RpcError { code.toInt(), object.value(QStringLiteral("message")).toString() };
}

} // namespace

ParsedRequest JsonRpc::parseRequest(QByteArrayView text)
{
    ParsedRequest parsed;
    if (text.size() > kMaxLineBytes) {
        parsed.error = lineTooLong();
        return parsed;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        parsed.error = { RpcParseError,
                         tr("The request is not JSON: %1 at byte %2.")
                             .arg(parseError.errorString())
                             .arg(parseError.offset) };
        return parsed;
    }
    if (document.isArray()) {
        parsed.error = { RpcInvalidRequest,
                         tr("Batches are not supported; send one request per line.") };
        return parsed;
    }
    const QJsonObject object = document.object();
    const QJsonValue id = object.value(QStringLiteral("id"));
    if (!isValidId(id)) {
        parsed.error = { RpcInvalidRequest,
                         tr("\"id\" must be a string, a number or null.") };
        return parsed;
    }
    if (!id.isUndefined())
        parsed.id = id;
    if (object.value(QStringLiteral("jsonrpc")).toString() != kVersion) {
        parsed.error = { RpcInvalidRequest, tr("\"jsonrpc\" must be \"2.0\".") };
        return parsed;
    }
    const QJsonValue method = object.value(QStringLiteral("method"));
    if (!method.isString() || method.toString().isEmpty()) {
        parsed.error = { RpcInvalidRequest, tr("\"method\" must be a non-empty string.") };
        return parsed;
    }
    const QJsonValue params = object.value(QStringLiteral("params"));
    if (params.isArray()) {
        parsed.error = { RpcInvalidParams,
                         tr("\"params\" must be an object: parameters go by name.") };
        return parsed;
    }
    if (!params.isUndefined() && !params.isObject()) {
        parsed.error = { RpcInvalidRequest, tr("\"params\" must be an object.") };
        return parsed;
    }
    parsed.request = RpcRequest { id, method.toString(), params.toObject() };
    return parsed;
}

RpcError JsonRpc::lineTooLong()
{
    return { RpcInvalidRequest, tr("The request is longer than %1 bytes.").arg(kMaxLineBytes) };
}

ParsedResponse JsonRpc::parseResponse(QByteArrayView text)
{
    ParsedResponse parsed;
    const QJsonObject object = QJsonDocument::fromJson(text.toByteArray()).object();
    if (object.value(QStringLiteral("jsonrpc")).toString() != kVersion)
        return parsed;
    const QJsonValue method = object.value(QStringLiteral("method"));
    if (method.isString()) {
        parsed.valid = true;
        parsed.notification = method.toString();
        parsed.params = object.value(QStringLiteral("params")).toObject();
        return parsed;
    }
    parsed.id = object.value(QStringLiteral("id"));
    if (object.contains(QStringLiteral("result")))
        parsed.result = object.value(QStringLiteral("result"));
    else
        parsed.error = errorObject(object.value(QStringLiteral("error")));
    parsed.valid = parsed.result.has_value() != parsed.error.has_value();
    return parsed;
}

QByteArray JsonRpc::request(const QJsonValue &id, const QString &method, const QJsonObject &params)
{
    return line({ { QStringLiteral("jsonrpc"), kVersion },
                  { QStringLiteral("id"), id },
                  { QStringLiteral("method"), method },
                  { QStringLiteral("params"), params } });
}

QByteArray JsonRpc::result(const QJsonValue &id, const QJsonValue &result)
{
    return line({ { QStringLiteral("jsonrpc"), kVersion },
                  { QStringLiteral("id"), id },
                  { QStringLiteral("result"), result } });
}

QByteArray JsonRpc::error(const QJsonValue &id, const RpcError &error)
{
    return line({ { QStringLiteral("jsonrpc"), kVersion },
                  { QStringLiteral("id"), id.isUndefined() ? QJsonValue(QJsonValue::Null) : id },
                  { QStringLiteral("error"),
                    QJsonObject { { QStringLiteral("code"), error.code },
                                  { QStringLiteral("message"), error.message } } } });
}

QByteArray JsonRpc::notification(const QString &method, const QJsonObject &params)
{
    return line({ { QStringLiteral("jsonrpc"), kVersion },
                  { QStringLiteral("method"), method },
                  { QStringLiteral("params"), params } });
}

} // namespace lc::agent
