#include "AgentTokenCommand.h"

#include "CommandTable.h"
#include "client/AgentClient.h"
#include "client/AgentEndpoint.h"
#include "common/ExitCode.h"
#include "protocol/MethodParams.h"
#include "providers/ProfileReference.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTextStream>

namespace lc {

namespace {

// Settings the agent would not see in its own environment: placeholders and client secrets
// (LOGIN_COMPANION_<NAME>). The rest of the prefix says nothing about profiles.
bool environmentHasDirectOnlySettings()
{
    static const QStringList neutral { QStringLiteral("LOGIN_COMPANION_AGENT"),
                                       QStringLiteral("LOGIN_COMPANION_BROWSER"),
                                       QStringLiteral("LOGIN_COMPANION_COLOR_SCHEME") };
    const QStringList names = QProcessEnvironment::systemEnvironment().keys();
    for (const QString &name : names) {
        if (name.startsWith(QLatin1String("LOGIN_COMPANION_")) && !neutral.contains(name))
            return true;
    }
    return false;
}

bool isExitCode(int code)
{
    return code == ExitProviderOrNetwork || code == ExitCancelled || code == ExitLoginRequired
        || code == ExitStorageUnavailable || code == ExitUsage;
}

} // namespace

std::optional<int> AgentTokenCommand::tryFastPath(const QStringList &arguments)
{
    if (arguments.size() < 2 || arguments.at(1) != QLatin1String("token"))
        return std::nullopt;
    const std::optional<CommandSpec> token = CommandTable::find(QStringLiteral("token"));
    if (!token)
        return std::nullopt;
    QCommandLineParser parser;
    CommandTable::configure(parser, *token);
    QStringList rest = arguments;
    rest.removeAt(1);
    // Whatever needs a word from the command line itself goes the long way.
    if (!parser.parse(rest) || !parser.positionalArguments().isEmpty())
        return std::nullopt;
    for (const char *name : { "help", "help-all", "verbose", "no-agent" }) {
        if (parser.isSet(QLatin1String(name)))
            return std::nullopt;
    }
    return ask(parser);
}

std::optional<int> AgentTokenCommand::ask(const QCommandLineParser &parser)
{
    if (environmentHasDirectOnlySettings())
        return std::nullopt;
    agent::TokenParams params;
    bool numeric = true;
    if (parser.isSet(QStringLiteral("min-validity")))
        params.minValiditySeconds = parser.value(QStringLiteral("min-validity")).toLongLong(&numeric);
    if (!numeric || params.minValiditySeconds < 0)
        return std::nullopt;
    if (parser.isSet(QStringLiteral("profile"))) {
        const QString profile = parser.value(QStringLiteral("profile"));
        // The agent's working folder is not ours.
        params.profile
            = looksLikeProfilePath(profile) ? QFileInfo(profile).absoluteFilePath() : profile;
    }
    params.account = parser.value(QStringLiteral("account"));

    agent::AgentClient client(agent::AgentEndpoint::path());
    if (!client.open())
        return std::nullopt;
    const QJsonValue id(1);
    const std::optional<agent::ParsedResponse> response = client.call(
        agent::JsonRpc::request(id, agent::Method::token, params.toJson()), id, kAnswerTimeoutMs);
    if (!response)
        return std::nullopt; // the agent went away: the keychain is still there
    if (response->error) {
        // JSON-RPC's own codes mean the agent did not understand us (another version?).
        if (!isExitCode(response->error->code))
            return std::nullopt;
        QTextStream(stderr) << "login-companion: " << response->error->message << Qt::endl;
        return response->error->code;
    }
    const QJsonObject result = response->result->toObject();
    const QString accessToken = result.value(QStringLiteral("accessToken")).toString();
    if (accessToken.isEmpty())
        return std::nullopt;
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    else
        out << accessToken << Qt::endl;
    return ExitSuccess;
}

} // namespace lc
