#pragma once

#include <QCoreApplication>
#include <QMenu>
#include <QObject>
#include <QSystemTrayIcon>

namespace lc::agent {

class Agent;

// `login-companion agent --tray`: a tray icon whose menu lists the accounts and whether their
// tokens are valid, "Sign in" (a provider, then the login window, started as its own process),
// "Open accounts" (the accounts window) and "Quit". Widgets only: the agent never loads Qt
// Quick or WebEngine.
class AgentTray : public QObject
{
    Q_OBJECT

public:
    explicit AgentTray(Agent &agent, QObject *parent = nullptr);

    // False when the desktop has no system tray (the agent then runs without an icon).
    bool show();
    // The menu as it stands, rebuilt whenever the accounts change (tests read it).
    QMenu *menu() { return &m_menu; }

private:
    void rebuild();
    void signIn(const QString &profileId, const QString &account);
    void openAccounts();

    Agent &m_agent;
    QMenu m_menu;
    QSystemTrayIcon m_icon;
};

} // namespace lc::agent
