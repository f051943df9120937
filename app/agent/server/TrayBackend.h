#pragma once

#include <QJsonArray>
#include <QObject>

namespace lc::agent {

class Agent;

// What the tray icon (tray/AgentTray, a module of its own that only `--tray` loads, so the agent
// otherwise never maps QtWidgets and QtGui) may ask the agent, through Qt's meta-object system:
// the module links nothing but QtWidgets.
class TrayBackend : public QObject
{
    Q_OBJECT

public:
    explicit TrayBackend(Agent &agent, QObject *parent = nullptr);

    // The rows of the `accounts` method.
    Q_INVOKABLE QJsonArray accountRows();
    // The providers a user can sign in to: [{"id", "name"}], built-in and installed ones that
    // load as they are.
    Q_INVOKABLE QJsonArray signInChoices() const;
    // A sign-in through the login window; a failure (not a cancel) is told by message().
    Q_INVOKABLE void signIn(const QString &profileId, const QString &account);
    // The accounts window (login-companion-window without a command).
    Q_INVOKABLE void openAccounts();

Q_SIGNALS:
    void accountsChanged();
    void message(const QString &title, const QString &text);

private:
    Agent &m_agent;
};

} // namespace lc::agent
