#pragma once

#include <QJsonArray>
#include <QObject>

namespace lc::agent {

class AgentConnection;

// What the tray icon shows and does, as a client of the agent: the rows of `accounts` (fetched
// again on every notification of `subscribe`), the providers of `profiles` to sign in to,
// `login` for "Sign in", `stop` for "Quit", and the accounts window (login-companion-window
// with no command) started by the tray itself. QtCore and QtNetwork only: tested without a view.
class TrayModel : public QObject
{
    Q_OBJECT

public:
    // Asks once `agent` has opened.
    explicit TrayModel(AgentConnection &agent, QObject *parent = nullptr);

    // As `accounts` answered last.
    QJsonArray accounts() const { return m_accounts; }
    // As `profiles` answered last: [{"id", "name", "environment"}].
    QJsonArray profiles() const { return m_profiles; }

    // A sign-in through the agent; a failure other than a cancel is told by message().
    void signIn(const QString &profileId, const QString &account = {});
    void openAccounts();
    // Asks the agent to end; the connection then closes, and the tray with it.
    void quit();

Q_SIGNALS:
    void changed();
    void message(const QString &title, const QString &text);

private:
    void subscribe();
    void fetchAccounts();
    void fetchProfiles();
    // `method`'s array result into `into`, then changed().
    void fetch(const QString &method, QJsonArray &into);

    AgentConnection &m_agent;
    QJsonArray m_accounts;
    QJsonArray m_profiles;
};

} // namespace lc::agent
