#include "AgentTray.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace lc::agent {

namespace {
QJsonArray ask(QObject *backend, const char *method)
{
    QJsonArray answer;
    QMetaObject::invokeMethod(backend, method, Qt::DirectConnection,
                              Q_RETURN_ARG(QJsonArray, answer));
    return answer;
}
} // namespace

AgentTray::AgentTray(QObject *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{
    QIcon icon = QIcon::fromTheme(QStringLiteral("login-companion"));
    m_icon.setIcon(icon.isNull() ? QIcon(QStringLiteral(":/icons/login-companion-64.png")) : icon);
    m_icon.setContextMenu(&m_menu);
    connect(m_backend, SIGNAL(accountsChanged()), this, SLOT(rebuild()));
    connect(m_backend, SIGNAL(message(QString, QString)), this, SLOT(showMessage(QString, QString)));
    rebuild();
}

bool AgentTray::show()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return false;
    m_icon.show();
    return true;
}

void AgentTray::showMessage(const QString &title, const QString &text)
{
    m_icon.showMessage(title, text, QSystemTrayIcon::Warning);
}

void AgentTray::rebuild()
{
    m_menu.clear();
    const QJsonArray accounts = ask(m_backend, "accountRows");
    for (const QJsonValue &value : accounts) {
        const QJsonObject account = value.toObject();
        const QString label = account.value(QStringLiteral("label")).toString();
        const QString displayName = account.value(QStringLiteral("displayName")).toString();
        const QString name = displayName.isEmpty() ? label : displayName;
        const QString profile = account.value(QStringLiteral("profile")).toString();
        const QString state = account.value(QStringLiteral("state")).toString();
        if (state == QLatin1String("signInRequired")) {
            QAction *again = m_menu.addAction(
                tr("%1 (%2): sign-in required. Sign in again…").arg(name, profile));
            connect(again, &QAction::triggered, this, [this, profile, label] {
                QMetaObject::invokeMethod(m_backend, "signIn", Q_ARG(QString, profile),
                                          Q_ARG(QString, label));
            });
            continue;
        }
        const QDateTime expiresAt = QDateTime::fromString(
            account.value(QStringLiteral("expiresAt")).toString(), Qt::ISODate);
        const QString validity = state == QLatin1String("valid")
            ? tr("valid until %1")
                  .arg(QLocale().toString(expiresAt.toLocalTime().time(), QLocale::ShortFormat))
            : tr("expired, refreshes when used");
        m_menu.addAction(tr("%1 (%2): %3").arg(name, profile, validity))->setEnabled(false);
    }
    if (accounts.isEmpty())
        m_menu.addAction(tr("No accounts"))->setEnabled(false);
    m_menu.addSeparator();

    QMenu *providers = m_menu.addMenu(tr("Sign in"));
    for (const QJsonValue &value : ask(m_backend, "signInChoices")) {
        const QString id = value.toObject().value(QStringLiteral("id")).toString();
        connect(providers->addAction(value.toObject().value(QStringLiteral("name")).toString()),
                &QAction::triggered, this, [this, id] {
                    QMetaObject::invokeMethod(m_backend, "signIn", Q_ARG(QString, id),
                                              Q_ARG(QString, QString()));
                });
    }
    connect(m_menu.addAction(tr("Open accounts")), &QAction::triggered, this,
            [this] { QMetaObject::invokeMethod(m_backend, "openAccounts"); });
    m_menu.addSeparator();
    connect(m_menu.addAction(tr("Quit")), &QAction::triggered, qApp, &QCoreApplication::quit);

    m_icon.setToolTip(tr("Login Companion: %n account(s)", nullptr, int(accounts.size())));
}

} // namespace lc::agent
