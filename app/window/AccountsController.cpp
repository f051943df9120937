#include "AccountsController.h"

#include "LoginController.h"
#include "operations/SignOut.h"
#include "providers/ProfileRepository.h"

#include <QLocale>

namespace lc {

AccountsController::AccountsController(Services services, QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
{
    reload();
}

QVariantList AccountsController::profiles() const
{
    // Every built-in profile is listed; one whose placeholders have no value yet says so when
    // chosen (signIn shows the error naming them).
    QVariantList result;
    for (const QString &id : ProfileRepository::builtInIds()) {
        auto profile = ProfileRepository::load(id);
        result.append(QVariantMap {
            { QStringLiteral("id"), id },
            { QStringLiteral("displayName"),
              profile.ok() ? profile.value().displayName : tr("%1 (needs setup)").arg(id) } });
    }
    return result;
}

LoginController *AccountsController::activeSignIn() const
{
    return m_activeSignIn.data();
}

void AccountsController::reload()
{
    auto accounts = m_services.accountIndex.load();
    QList<AccountListModel::Entry> entries;
    if (!accounts.ok()) {
        setStatusText(accounts.error().message());
    } else {
        QHash<QString, ProviderProfile> builtIn;
        for (const ProviderProfile &profile : ProfileRepository::builtIn())
            builtIn.insert(profile.id, profile);
        for (const AccountRecord &account : accounts.value()) {
            const ProviderProfile profile = builtIn.value(account.profileId);
            entries.append(
                { account, profile.displayName.isEmpty() ? account.profileId : profile.displayName,
                  profile.environment });
        }
    }
    m_accounts.setEntries(entries);
}

void AccountsController::signIn(const QString &profileId)
{
    auto profile = ProfileRepository::load(profileId);
    if (!profile.ok()) {
        setStatusText(profile.error().message());
        return;
    }
    closeSignIn();
    m_activeSignIn = new LoginController(profile.value(), m_services, QString(), this);
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
    auto account = m_services.accountIndex.find(profileId, subject);
    if (!account.ok()) {
        setStatusText(account.error().message());
        return;
    }
    // A profile that no longer loads (a placeholder unset since) cannot revoke: sign out here.
    auto profile = ProfileRepository::load(profileId);
    ProviderProfile signOutProfile;
    if (profile.ok()) {
        signOutProfile = profile.value();
    } else {
        signOutProfile.id = profileId;
    }
    auto *signOut = new SignOut(signOutProfile, account.value(), m_services, {}, this);
    signOut->then(this, [this](const Result<SignOutOutcome> &outcome) {
        if (!outcome.ok())
            setStatusText(outcome.error().message()); // nothing removed; retry once unlocked
        else if (outcome.value().revocationProblem.isEmpty())
            setStatusText(tr("Signed out %1.").arg(outcome.value().account.label));
        else
            setStatusText(tr("Signed out %1 on this computer. %2")
                              .arg(outcome.value().account.label,
                                   tr("The provider did not confirm the revocation: %1")
                                       .arg(outcome.value().revocationProblem)));
        reload();
    });
    setStatusText(tr("Signing out %1…").arg(account.value().label));
    signOut->start();
}

QString AccountsController::validityText(const QDateTime &expiresAt, bool signInRequired,
                                         const QDateTime &now)
{
    if (signInRequired)
        return tr("Sign-in required");
    const qint64 seconds = now.secsTo(expiresAt);
    if (!expiresAt.isValid() || seconds <= 0)
        return tr("Access token expired; it is refreshed on next use");
    if (seconds < 3600)
        return tr("Valid for %1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("Valid until %1")
        .arg(QLocale().toString(expiresAt.toLocalTime(), QLocale::ShortFormat));
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
