#include "TrayModel.h"

#include "AgentConnection.h"
#include "WindowLauncher.h"
#include "common/ExitCode.h"
#include "protocol/MethodParams.h"

#include <QProcess>

namespace lc::agent {

TrayModel::TrayModel(AgentConnection &agent, QObject *parent)
    : QObject(parent)
    , m_agent(agent)
{
    connect(&m_agent, &AgentConnection::opened, this, &TrayModel::subscribe);
    connect(&m_agent, &AgentConnection::notified, this, [this](const QString &notification) {
        fetchAccounts();
        // A sign-in with a profile file installs it: one more provider to offer.
        if (notification == QLatin1String("accountsChanged"))
            fetchProfiles();
    });
}

void TrayModel::subscribe()
{
    m_agent.call(Method::subscribe, {}, this, [](const ParsedResponse &) {});
    fetchAccounts();
    fetchProfiles();
}

void TrayModel::fetchAccounts()
{
    fetch(Method::accounts, m_accounts);
}

void TrayModel::fetchProfiles()
{
    fetch(Method::profiles, m_profiles);
}

void TrayModel::fetch(const QString &method, QJsonArray &into)
{
    m_agent.call(method, {}, this, [this, &into](const ParsedResponse &answer) {
        if (!answer.result)
            return;
        into = answer.result->toArray();
        Q_EMIT changed();
    });
}

void TrayModel::signIn(const QString &profileId, const QString &account)
{
    QJsonObject params { { QStringLiteral("profile"), profileId } };
    if (!account.isEmpty())
        params.insert(QStringLiteral("account"), account);
    m_agent.call(Method::login, params, this, [this](const ParsedResponse &answer) {
        if (answer.result || (answer.error && answer.error->code == ExitCancelled))
            return;
        Q_EMIT message(tr("Sign-in failed"),
                       answer.error ? answer.error->message
                                    : tr("The agent ended before the sign-in did."));
    });
}

void TrayModel::openAccounts()
{
    const QString window = WindowLauncher::windowExecutable();
    if (window.isEmpty() || !QProcess::startDetached(window, {}))
        Q_EMIT message(tr("Cannot open the accounts window"),
                       tr("The login window (login-companion-window) is not installed next to "
                          "the tray icon."));
}

void TrayModel::quit()
{
    m_agent.call(Method::stop, {}, this, [](const ParsedResponse &) {});
}

} // namespace lc::agent
