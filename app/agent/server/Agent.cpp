#include "Agent.h"

#include "AgentLogging.h"
#include "common/ExitCode.h"
#include "operations/AccountJson.h"
#include "providers/ProfileRepository.h"

#include <QPointer>

namespace lc::agent {

namespace {
RpcError commandError(const AuthError &error)
{
    return { exitCodeFor(error), error.message() };
}

// A method's params, or nothing once the request has been answered with why not.
template<typename Params>
std::optional<Params> paramsOf(ClientConnection *client, const RpcRequest &request)
{
    const Result<Params> params = Params::from(request.params);
    if (params.ok())
        return params.value();
    client->answerError(request, { RpcInvalidParams, params.error().message() });
    return std::nullopt;
}

// A step's value, or nothing once the request has been answered with its failure.
template<typename T>
std::optional<T> valueOf(ClientConnection *client, const RpcRequest &request,
                         const Result<T> &result)
{
    if (result.ok())
        return result.value();
    client->answerError(request, commandError(result.error()));
    return std::nullopt;
}

bool hasNoParams(ClientConnection *client, const RpcRequest &request)
{
    const Status none = expectNoParams(request.params);
    if (!none.ok())
        client->answerError(request, { RpcInvalidParams, none.error().message() });
    return none.ok();
}
} // namespace

Agent::Agent(Services services, QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
    , m_accounts(m_services.accountIndex)
    , m_tokens(m_services,
               [this](const QString &profileId) -> std::optional<ProviderProfile> {
                   auto profile = m_profiles.load(profileId);
                   if (!profile.ok())
                       return std::nullopt;
                   return profile.value();
               })
    , m_signIns(m_services)
{
    connect(&m_accounts, &AccountWatcher::changed, this, &Agent::announce);
    connect(&m_server, &AgentServer::requestReceived, this, &Agent::handle);
}

Status Agent::listen(const QString &path)
{
    Status listening = m_server.listen(path);
    if (listening.ok())
        m_tokens.keepAll(m_accounts.knownRows());
    return listening;
}

Result<ProviderProfile> Agent::profileFor(const QString &idOrPath)
{
    return m_profiles.load(idOrPath.isEmpty() ? ProfileRepository::defaultProfileId() : idOrPath);
}

int Agent::deadlineMsFor(const ProviderProfile &profile) const
{
    // As for the command line: one and a half times the profile's own request deadline.
    return profile.requestTimeoutSeconds > 0 ? profile.requestTimeoutSeconds * 1500
                                             : m_services.timeouts.commandMs;
}

void Agent::handle(ClientConnection *client, const RpcRequest &request)
{
    if (request.method == Method::token) {
        answerToken(client, request);
    } else if (request.method == Method::accounts) {
        answerAccounts(client, request);
    } else if (request.method == Method::subscribe) {
        if (!hasNoParams(client, request))
            return;
        client->setSubscribed(true);
        client->answer(request, true);
    } else if (request.method == Method::login) {
        answerLogin(client, request);
    } else if (request.method == Method::profiles) {
        answerProfiles(client, request);
    } else if (request.method == Method::stop) {
        answerStop(client, request);
    } else {
        client->answerError(
            request,
            { RpcMethodNotFound,
              tr("unknown method \"%1\" (known: %2)")
                  .arg(request.method,
                       QStringList { Method::token, Method::accounts, Method::subscribe,
                                     Method::login, Method::profiles, Method::stop }
                           .join(QStringLiteral(", "))) });
    }
}

void Agent::answerToken(ClientConnection *client, const RpcRequest &request)
{
    const auto params = paramsOf<TokenParams>(client, request);
    if (!params)
        return;
    // In the order `login-companion token` fails: the profile, the account, then the tokens.
    const auto profile = valueOf(client, request, profileFor(params->profile));
    if (!profile)
        return;
    const auto rows = valueOf(client, request, m_accounts.lookupRows());
    if (!rows)
        return;
    const auto account
        = valueOf(client, request, AccountIndex::select(*rows, profile->id, params->account));
    if (!account)
        return;
    m_tokens.request(*profile, *account, params->minValiditySeconds, deadlineMsFor(*profile),
                     client,
                     [this, client, request, profile = *profile](const Result<FreshAccessToken> &token) {
                         if (token.ok())
                             client->answer(request,
                                            AccountJson::token(token.value(), profile,
                                                               m_services.clock->now()));
                         else
                             client->answerError(request, commandError(token.error()));
                     });
}

QJsonArray Agent::accountsJson(const QList<AccountRecord> &accounts)
{
    QHash<QString, ProviderProfile> profiles;
    for (const AccountRecord &account : accounts) {
        if (profiles.contains(account.profileId))
            continue;
        const Result<ProviderProfile> profile = m_profiles.load(account.profileId);
        profiles.insert(account.profileId, profile.ok() ? profile.value() : ProviderProfile {});
    }
    return AccountJson::accounts(accounts, profiles, m_services.clock->now());
}

void Agent::answerAccounts(ClientConnection *client, const RpcRequest &request)
{
    if (!hasNoParams(client, request))
        return;
    const auto contents = valueOf(client, request, m_accounts.contents());
    if (contents)
        client->answer(request, accountsJson(contents->accounts));
}

void Agent::answerLogin(ClientConnection *client, const RpcRequest &request)
{
    const auto params = paramsOf<LoginParams>(client, request);
    if (!params)
        return;
    const auto profile = valueOf(client, request, profileFor(params->profile));
    if (!profile)
        return;
    m_signIns.start(*profile, *params, client,
                    [this, client, request](const Result<AccountRecord> &account) {
                        if (account.ok())
                            client->answer(request, accountsJson({ account.value() }).first());
                        else
                            client->answerError(request, commandError(account.error()));
                    });
}

void Agent::answerProfiles(ClientConnection *client, const RpcRequest &request)
{
    if (!hasNoParams(client, request))
        return;
    QJsonArray profiles;
    for (const ProviderProfile &profile :
         ProfileRepository::builtIn() + ProfileRepository::installed())
        profiles.append(QJsonObject { { QStringLiteral("id"), profile.id },
                                      { QStringLiteral("name"), profile.displayName },
                                      { QStringLiteral("environment"), profile.environment } });
    client->answer(request, profiles);
}

void Agent::answerStop(ClientConnection *client, const RpcRequest &request)
{
    if (!hasNoParams(client, request))
        return;
    qCInfo(lcAgent) << "asked to stop";
    client->answer(request, true);
    client->flush();
    QMetaObject::invokeMethod(this, &Agent::stopRequested, Qt::QueuedConnection);
}

QString Agent::notificationName(AccountChange::Kind kind)
{
    switch (kind) {
    case AccountChange::Kind::Added:
    case AccountChange::Kind::Changed:
        return QStringLiteral("accountsChanged");
    case AccountChange::Kind::Refreshed:
        return QStringLiteral("refreshed");
    case AccountChange::Kind::SignInRequired:
        return QStringLiteral("signInRequired");
    case AccountChange::Kind::SignedOut:
        break;
    }
    return QStringLiteral("signedOut");
}

void Agent::announce(const QList<AccountChange> &changes)
{
    m_tokens.apply(changes);
    for (const AccountChange &change : changes) {
        qCInfo(lcAgent) << qPrintable(notificationName(change.kind)) << change.account.label << "of"
                        << change.account.profileId;
        m_server.broadcast(JsonRpc::notification(
            notificationName(change.kind),
            { { QStringLiteral("profile"), change.account.profileId },
              { QStringLiteral("label"), change.account.label },
              { QStringLiteral("subject"), change.account.subject } }));
    }
}

} // namespace lc::agent
