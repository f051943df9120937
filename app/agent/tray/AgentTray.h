#pragma once

#include <QMenu>
#include <QObject>
#include <QSystemTrayIcon>

namespace lc::agent {

// `login-companion agent --tray`: a tray icon whose menu lists the accounts and whether their
// tokens are valid, "Sign in" (a provider, then the login window, started as its own process),
// "Open accounts" (the accounts window) and "Quit". Only a view: everything it shows and does
// goes through the agent's TrayBackend by its meta-object (accountRows, signInChoices, signIn,
// openAccounts; accountsChanged, message), so this module links QtWidgets and nothing of the
// agent.
class AgentTray : public QObject
{
    Q_OBJECT

public:
    explicit AgentTray(QObject *backend, QObject *parent = nullptr);

    // False when the desktop has no system tray (the agent then runs without an icon).
    bool show();
    // The menu as it stands, rebuilt whenever the accounts change (tests read it).
    QMenu *menu() { return &m_menu; }

private Q_SLOTS:
    void rebuild();
    void showMessage(const QString &title, const QString &text);

private:
    QObject *m_backend;
    QMenu m_menu;
    QSystemTrayIcon m_icon;
};

} // namespace lc::agent
