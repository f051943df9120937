#include "AgentTray.h"

#include "TrayModel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace lc::agent {

AgentTray::AgentTray(TrayModel &model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    QIcon icon = QIcon::fromTheme(QStringLiteral("login-companion"));
    m_icon.setIcon(icon.isNull() ? QIcon(QStringLiteral(":/icons/login-companion-64.png")) : icon);
    m_icon.setContextMenu(&m_menu);
    connect(&m_model, &TrayModel::changed, this, &AgentTray::rebuild);
    connect(&m_model, &TrayModel::message, this, [this](const QString &title, const QString &text) {
        m_icon.showMessage(title, text, QSystemTrayIcon::Warning);
    });
    rebuild();
}

bool AgentTray::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void AgentTray::show()
{
    m_icon.show();
}

void AgentTray::addAccount(const QJsonObject &account)
{
    const QString label = account.value(QStringLiteral("label")).toString();
    const QString displayName = account.value(QStringLiteral("displayName")).toString();
    const QString name = displayName.isEmpty() ? label : displayName;
    const QString profile = account.value(QStringLiteral("profile")).toString();
    const QString state = account.value(QStringLiteral("state")).toString();
    if (state == QLatin1String("signInRequired")) {
        QAction *again
            = m_menu.addAction(tr("%1 (%2): sign-in required. Sign in again…").arg(name, profile));
        connect(again, &QAction::triggered, this,
                [this, profile, label] { m_model.signIn(profile, label); });
        return;
    }
    const QDateTime expiresAt
        = QDateTime::fromString(account.value(QStringLiteral("expiresAt")).toString(), Qt::ISODate);
    const QString validity = state == QLatin1String("valid")
        ? tr("valid until %1")
              .arg(QLocale().toString(expiresAt.toLocalTime().time(), QLocale::ShortFormat))
        : tr("expired, refreshes when used");
    m_menu.addAction(tr("%1 (%2): %3").arg(name, profile, validity))->setEnabled(false);
}

void AgentTray::rebuild()
{
    m_menu.clear();
    const QJsonArray accounts = m_model.accounts();
    for (const QJsonValue &account : accounts)
        addAccount(account.toObject());
    if (accounts.isEmpty())
        m_menu.addAction(tr("No accounts"))->setEnabled(false);
    m_menu.addSeparator();

    QMenu *providers = m_menu.addMenu(tr("Sign in"));
    for (const QJsonValue &value : m_model.profiles()) {
        const QJsonObject profile = value.toObject();
        const QString id = profile.value(QStringLiteral("id")).toString();
        const QString name = profile.value(QStringLiteral("name")).toString();
        const QString environment = profile.value(QStringLiteral("environment")).toString();
        QAction *choice = providers->addAction(
            environment.isEmpty() ? name : tr("%1 (%2)").arg(name, environment));
        connect(choice, &QAction::triggered, this, [this, id] { m_model.signIn(id); });
    }
    connect(m_menu.addAction(tr("Open accounts")), &QAction::triggered, &m_model,
            &TrayModel::openAccounts);
    m_menu.addSeparator();
    connect(m_menu.addAction(tr("Quit")), &QAction::triggered, &m_model, &TrayModel::quit);

    m_icon.setToolTip(tr("Login Companion: %n account(s)", nullptr, int(accounts.size())));
}

} // namespace lc::agent
