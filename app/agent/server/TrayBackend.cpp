#include "TrayBackend.h"

#include "Agent.h"
#include "WindowLauncher.h"
#include "providers/ProfileRepository.h"

#include <QJsonObject>
#include <QProcess>

namespace lc::agent {

TrayBackend::TrayBackend(Agent &agent, QObject *parent)
    : QObject(parent)
    , m_agent(agent)
{
    connect(&m_agent, &Agent::accountsChanged, this, &TrayBackend::accountsChanged);
}

QJsonArray TrayBackend::accountRows()
{
    return m_agent.accountsJson(m_agent.accounts().knownRows());
}

QJsonArray TrayBackend::signInChoices() const
{
    QJsonArray choices;
    for (const ProviderProfile &profile :
         ProfileRepository::builtIn() + ProfileRepository::installed())
        choices.append(QJsonObject { { QStringLiteral("id"), profile.id },
                                     { QStringLiteral("name"), profile.displayName } });
    return choices;
}

void TrayBackend::signIn(const QString &profileId, const QString &account)
{
    const Result<ProviderProfile> profile = m_agent.profiles().load(profileId);
    if (!profile.ok()) {
        Q_EMIT message(tr("Cannot sign in"), profile.error().message());
        return;
    }
    LoginParams params;
    params.profile = profileId;
    params.account = account;
    m_agent.signIns().start(profile.value(), params, this,
                            [this](const Result<AccountRecord> &signedIn) {
                                if (!signedIn.ok()
                                    && signedIn.error().kind() != AuthError::Kind::Cancelled)
                                    Q_EMIT message(tr("Sign-in failed"),
                                                   signedIn.error().message());
                            });
}

void TrayBackend::openAccounts()
{
    const QString window = WindowLauncher::windowExecutable();
    if (window.isEmpty() || !QProcess::startDetached(window, {}))
        Q_EMIT message(tr("Cannot open the accounts window"),
                       tr("The login window (login-companion-window) is not installed next to "
                          "the agent."));
}

} // namespace lc::agent
