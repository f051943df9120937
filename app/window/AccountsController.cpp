#include "AccountsController.h"

#include "LoginController.h"
#include "providers/ProfileRepository.h"

namespace lc {

AccountsController::AccountsController(AccountStore store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
{
    reload();
}

QVariantList AccountsController::profiles() const
{
    QVariantList result;
    for (const ProviderProfile &profile : ProfileRepository::builtIn())
        result.append(QVariantMap { { QStringLiteral("id"), profile.id },
                                    { QStringLiteral("displayName"), profile.displayName } });
    return result;
}

QObject *AccountsController::activeSignIn() const
{
    return m_activeSignIn.data();
}

void AccountsController::reload()
{
    auto accounts = m_store.index().load();
    m_accounts.clear();
    if (!accounts.ok()) {
        setStatusText(accounts.error().message());
    } else {
        for (const AccountRecord &account : accounts.value()) {
            m_accounts.append(QVariantMap {
                { QStringLiteral("profileId"), account.profileId },
                { QStringLiteral("label"), account.label },
                { QStringLiteral("subject"), account.subject },
                { QStringLiteral("displayName"), account.displayName },
                { QStringLiteral("expiresAt"), account.expiresAt },
                { QStringLiteral("signInRequired"), account.signInRequired },
            });
        }
    }
    Q_EMIT accountsChanged();
}

void AccountsController::signIn(const QString &profileId)
{
    auto profile = ProfileRepository::load(profileId);
    if (!profile.ok()) {
        setStatusText(profile.error().message());
        return;
    }
    Status writable = m_store.secrets().checkWritable();
    if (!writable.ok()) {
        setStatusText(writable.error().message());
        return;
    }
    closeSignIn();
    m_activeSignIn = new LoginController(profile.value(), m_store, QString(), this);
    connect(m_activeSignIn, &LoginController::signedIn, this, [this](const AccountRecord &account) {
        setStatusText(tr("Signed in as %1.").arg(account.label));
        reload();
        closeSignIn();
    });
    connect(m_activeSignIn, &LoginController::signInFailed, this, [this](const AuthError &error) {
        if (error.kind() == AuthError::Kind::Cancelled) {
            setStatusText(error.message());
            closeSignIn();
        }
    });
    Q_EMIT activeSignInChanged();
    m_activeSignIn->start();
}

void AccountsController::signOut(const QString &profileId, const QString &subject)
{
    auto account = m_store.index().find(profileId, subject);
    if (!account.ok()) {
        setStatusText(account.error().message());
        return;
    }
    Status removed = m_store.remove(account.value());
    setStatusText(removed.ok() ? tr("Signed out %1.").arg(account.value().label)
                               : removed.error().message());
    reload();
}

void AccountsController::closeSignIn()
{
    if (!m_activeSignIn)
        return;
    m_activeSignIn->deleteLater();
    m_activeSignIn = nullptr;
    Q_EMIT activeSignInChanged();
}

void AccountsController::setStatusText(const QString &text)
{
    if (m_statusText == text)
        return;
    m_statusText = text;
    Q_EMIT statusTextChanged();
}

} // namespace lc
