// The agent's request parser: one line as a client sends it (JsonRpc::parseRequest), then the
// params of whichever method it names (TokenParams, LoginParams, none), and the client's
// reading of an answer (JsonRpc::parseResponse). Input: the line, without its line break.
#include "FuzzSupport.h"

#include "protocol/JsonRpc.h"
#include "protocol/MethodParams.h"
#include "providers/ProfileReference.h"

#include <QDir>

using namespace lc;
using namespace lc::agent;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray line = fuzz::bytes(data, size);
    const ParsedRequest parsed = JsonRpc::parseRequest(line);
    if (!parsed.request) {
        LC_FUZZ_CHECK(parsed.error.code == RpcParseError || parsed.error.code == RpcInvalidRequest
                      || parsed.error.code == RpcInvalidParams);
        LC_FUZZ_CHECK(!parsed.error.message.isEmpty());
        // The answer is one line that reads back as that error.
        const QByteArray answer = JsonRpc::error(parsed.id, parsed.error);
        LC_FUZZ_CHECK(answer.count('\n') == 1 && answer.endsWith('\n'));
        const ParsedResponse back = JsonRpc::parseResponse(answer.chopped(1));
        LC_FUZZ_CHECK(back.valid && back.error && back.error->code == parsed.error.code);
        LC_FUZZ_CHECK(back.id == parsed.id);
    } else {
        const RpcRequest &request = *parsed.request;
        LC_FUZZ_CHECK(!request.method.isEmpty());
        LC_FUZZ_CHECK(request.id.isUndefined() || request.id.isString() || request.id.isDouble()
                      || request.id.isNull());
        const Result<TokenParams> token = TokenParams::from(request.params);
        if (token.ok()) {
            LC_FUZZ_CHECK(token.value().minValiditySeconds >= 0);
            const QString &profile = token.value().profile;
            LC_FUZZ_CHECK(!looksLikeProfilePath(profile) || !QDir::isRelativePath(profile));
            const Result<TokenParams> again = TokenParams::from(token.value().toJson());
            LC_FUZZ_CHECK(again.ok() && again.value().profile == profile
                          && again.value().account == token.value().account
                          && again.value().minValiditySeconds
                              == token.value().minValiditySeconds);
        } else {
            LC_FUZZ_CHECK(!token.error().message().isEmpty());
        }
        const Result<LoginParams> login = LoginParams::from(request.params);
        if (login.ok()) {
            LC_FUZZ_CHECK(login.value().pageScript.isEmpty()
                          || !QDir::isRelativePath(login.value().pageScript));
            LC_FUZZ_CHECK(login.value().browser.isEmpty()
                          || login.value().browser == QLatin1String("embedded")
                          || login.value().browser == QLatin1String("system"));
        }
        LC_FUZZ_CHECK(expectNoParams(request.params).ok() == request.params.isEmpty());
        const QByteArray answer = JsonRpc::result(request.id, QJsonValue(true));
        LC_FUZZ_CHECK(answer.count('\n') == 1);
    }
    (void)JsonRpc::parseResponse(line);
    return 0;
}
