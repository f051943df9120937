#pragma once

#include <QMenu>
#include <QObject>
#include <QSystemTrayIcon>

namespace lc::agent {

class TrayModel;

// login-companion-tray's icon: a menu listing the accounts and whether their tokens are valid,
// "Sign in" (a provider, then the agent starts the login window), "Open accounts" (the accounts
// window) and "Quit". Only a view of TrayModel, rebuilt whenever it changes.
class AgentTray : public QObject
{
    Q_OBJECT

public:
    explicit AgentTray(TrayModel &model, QObject *parent = nullptr);

    // False when the desktop has no system tray.
    static bool isAvailable();
    void show();
    // The menu as it stands (tests trigger its actions).
    QMenu *menu() { return &m_menu; }

private:
    void rebuild();
    void addAccount(const QJsonObject &account);

    TrayModel &m_model;
    QMenu m_menu;
    QSystemTrayIcon m_icon;
};

} // namespace lc::agent
