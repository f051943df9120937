#pragma once

#include "AccountWatcher.h"
#include "AgentServer.h"
#include "ProfileCache.h"
#include "SignInRunner.h"
#include "TokenKeeper.h"
#include "operations/Services.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QObject>

namespace lc::agent {

// The resident owner of the accounts (docs/AGENT.md): the socket, the account list, the tokens
// in memory, sign-ins, and the methods clients call:
//
//   token      AccountJson::token, exactly what `login-companion token --json` prints
//   accounts   AccountJson::accounts, exactly what `login-companion accounts --json` prints
//   subscribe  from then on: accountsChanged, refreshed, signInRequired, signedOut, each with
//              the account's profile, label and subject (never a token)
//   login      a sign-in (SignInRunner); the answer is the account's row once it has ended
//   profiles   the providers one can sign in to: built-in and installed profiles that load
//   stop       the agent ends, as on SIGTERM (the tray icon's "Quit")
//
// A command's failure is answered with its exit code as the error code and its one-line
// message; a request that is not understood with JSON-RPC's own codes.
class Agent : public QObject
{
    Q_OBJECT

public:
    explicit Agent(Services services, QObject *parent = nullptr);

    // Listens at `path`, then reads every signed-in account's tokens from the keychain.
    Status listen(const QString &path);

    static QString notificationName(AccountChange::Kind kind);

Q_SIGNALS:
    // A client asked the agent to end (`stop`), once the answer is on its way.
    void stopRequested();

private:
    // `accounts`' result for these rows.
    QJsonArray accountsJson(const QList<AccountRecord> &accounts);
    void handle(ClientConnection *client, const RpcRequest &request);
    void answerToken(ClientConnection *client, const RpcRequest &request);
    void answerAccounts(ClientConnection *client, const RpcRequest &request);
    void answerLogin(ClientConnection *client, const RpcRequest &request);
    void answerProfiles(ClientConnection *client, const RpcRequest &request);
    void answerStop(ClientConnection *client, const RpcRequest &request);
    void announce(const QList<AccountChange> &changes);
    Result<ProviderProfile> profileFor(const QString &idOrPath);
    int deadlineMsFor(const ProviderProfile &profile) const;

    Services m_services;
    ProfileCache m_profiles;
    AccountWatcher m_accounts;
    TokenKeeper m_tokens;
    SignInRunner m_signIns;
    AgentServer m_server;
};

} // namespace lc::agent
