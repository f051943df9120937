#include "AgentTray.h"

#include "WindowLauncher.h"
#include "providers/ProfileRepository.h"
#include "server/Agent.h"

#include <QLocale>
#include <QProcess>

namespace lc::agent {

AgentTray::AgentTray(Agent &agent, QObject *parent)
    : QObject(parent)
    , m_agent(agent)
{
    QIcon icon = QIcon::fromTheme(QStringLiteral("login-companion"));
    m_icon.setIcon(icon.isNull() ? QIcon(QStringLiteral(":/icons/login-companion-64.png")) : icon);
    m_icon.setContextMenu(&m_menu);
    connect(&m_agent, &Agent::accountsChanged, this, &AgentTray::rebuild);
    rebuild();
}

bool AgentTray::show()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return false;
    m_icon.show();
    return true;
}

void AgentTray::rebuild()
{
    m_menu.clear();
    const QList<AccountRecord> accounts = m_agent.accounts().knownRows();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const AccountRecord &account : accounts) {
        const QString name = account.displayName.isEmpty() ? account.label : account.displayName;
        if (account.signInRequired) {
            QAction *again = m_menu.addAction(
                tr("%1 (%2): sign-in required. Sign in again…").arg(name, account.profileId));
            connect(again, &QAction::triggered, this,
                    [this, account] { signIn(account.profileId, account.label); });
            continue;
        }
        const QString state = account.expiresAt > now
            ? tr("valid until %1")
                  .arg(QLocale().toString(account.expiresAt.toLocalTime().time(),
                                          QLocale::ShortFormat))
            : tr("expired, refreshes when used");
        m_menu.addAction(tr("%1 (%2): %3").arg(name, account.profileId, state))->setEnabled(false);
    }
    if (accounts.isEmpty())
        m_menu.addAction(tr("No accounts"))->setEnabled(false);
    m_menu.addSeparator();

    QMenu *providers = m_menu.addMenu(tr("Sign in"));
    for (const ProviderProfile &profile : ProfileRepository::builtIn() + ProfileRepository::installed()) {
        connect(providers->addAction(profile.displayName), &QAction::triggered, this,
                [this, id = profile.id] { signIn(id, {}); });
    }
    connect(m_menu.addAction(tr("Open accounts")), &QAction::triggered, this,
            &AgentTray::openAccounts);
    m_menu.addSeparator();
    connect(m_menu.addAction(tr("Quit")), &QAction::triggered, qApp, &QCoreApplication::quit);

    m_icon.setToolTip(tr("Login Companion: %n account(s)", nullptr, int(accounts.size())));
}

void AgentTray::signIn(const QString &profileId, const QString &account)
{
    const Result<ProviderProfile> profile = m_agent.profiles().load(profileId);
    if (!profile.ok()) {
        m_icon.showMessage(tr("Cannot sign in"), profile.error().message(),
                           QSystemTrayIcon::Warning);
        return;
    }
    LoginParams params;
    params.profile = profileId;
    params.account = account;
    m_agent.signIns().start(profile.value(), params, this,
                            [this](const Result<AccountRecord> &signedIn) {
                                if (!signedIn.ok()
                                    && signedIn.error().kind() != AuthError::Kind::Cancelled)
                                    m_icon.showMessage(tr("Sign-in failed"),
                                                       signedIn.error().message(),
                                                       QSystemTrayIcon::Warning);
                            });
}

void AgentTray::openAccounts()
{
    const QString window = WindowLauncher::windowExecutable();
    if (window.isEmpty() || !QProcess::startDetached(window, {}))
        m_icon.showMessage(tr("Cannot open the accounts window"),
                           tr("The login window (login-companion-window) is not installed next "
                              "to the agent."),
                           QSystemTrayIcon::Warning);
}

} // namespace lc::agent
