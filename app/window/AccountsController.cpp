#include "AccountsController.h"

#include "LoginController.h"
#include "operations/SignOut.h"
#include "providers/ProfileRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace lc {

AccountsController::AccountsController(Services services, QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
{
    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(50);
    connect(&m_reloadSoon, &QTimer::timeout, this, [this] {
        reload();
        watchIndex(); // a replaced file (QSaveFile) must be watched again
    });
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_reloadSoon,
            qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_reloadSoon,
            qOverload<>(&QTimer::start));
    reload();
    watchIndex();
}

void AccountsController::watchIndex()
{
    const QString file = m_services.accountIndex.filePath();
    const QString folder = QFileInfo(file).absolutePath();
    QDir().mkpath(folder); // the first sign-in creates the file: watch where it will appear
    if (!m_watcher.directories().contains(folder))
        m_watcher.addPath(folder);
    if (QFileInfo::exists(file) && !m_watcher.files().contains(file))
        m_watcher.addPath(file);
}

QUrl AccountsController::setupDocumentationUrl()
{
    return QUrl(QStringLiteral(LC_SETUP_DOCS_URL));
}

void AccountsController::setShowDevelopmentProviders(bool show)
{
    if (m_showDevelopmentProviders == show)
        return;
    m_showDevelopmentProviders = show;
    Q_EMIT profilesChanged();
}

QVariantList AccountsController::profiles() const
{
    // Players see the providers they can use: production profiles that are set up. Development
    // and test profiles, and those still missing settings, need "Show development providers".
    QVariantList result;
    for (const QString &id : ProfileRepository::builtInIds()) {
        auto profile = ProfileRepository::load(id);
        const bool ready = profile.ok();
        const QString environment = ready ? profile.value().environment : QString();
        const bool forPlayers = ready
            && (environment.isEmpty() || environment == QLatin1String("production"));
        if (!forPlayers && !m_showDevelopmentProviders)
            continue;
        QString name = ready ? profile.value().displayName : id;
        if (!ready) {
            QFile raw(QStringLiteral(":/providers/%1.json").arg(id));
            if (raw.open(QIODevice::ReadOnly)) {
                const QString rawName = QJsonDocument::fromJson(raw.readAll())
                                            .object()
                                            .value(QStringLiteral("displayName"))
                                            .toString();
                if (!rawName.isEmpty() && !rawName.contains(QLatin1Char('%')))
                    name = rawName;
            }
        }
        result.append(QVariantMap {
            { QStringLiteral("id"), id },
            { QStringLiteral("displayName"), ready ? name : tr("%1 (needs setup)").arg(name) },
            { QStringLiteral("ready"), ready },
            { QStringLiteral("setupText"),
              ready ? QString()
                    : tr("%1 is not set up on this computer yet: some of its settings, such as "
                         "the server address or the app's client id, have no value. Whoever "
                         "gave you Login Companion can provide them; the documentation explains "
                         "how.")
                          .arg(name) },
        });
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
    startSignIn(profile.value(), QString());
}

void AccountsController::signInAgain(const QString &profileId, const QString &subject)
{
    auto account = m_services.accountIndex.find(profileId, subject);
    if (!account.ok()) {
        setStatusText(account.error().message());
        return;
    }
    auto profile = ProfileRepository::load(profileId);
    if (!profile.ok()) {
        setStatusText(profile.error().message());
        return;
    }
    startSignIn(profile.value(), account.value().label);
}

void AccountsController::startSignIn(const ProviderProfile &profile, const QString &label)
{
    closeSignIn();
    m_activeSignIn = new LoginController(profile, m_services, label, this);
    connect(m_activeSignIn, &LoginController::signedIn, this, [this](const AccountRecord &account) {
        setStatusText(tr("Signed in as %1.").arg(account.label));
        reload();
        closeSignIn();
    });
    connect(m_activeSignIn, &LoginController::signInFailed, this, [this](const AuthError &error) {
        if (m_activeSignIn->phase() == LoginController::Phase::Cancelled) {
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
    LoginController *closing = m_activeSignIn;
    m_activeSignIn = nullptr;
    // The view lets go of it first (Main.qml pops it at once), then it goes: its QML bindings
    // never see it vanish ("TypeError: Cannot read property … of null").
    Q_EMIT activeSignInChanged();
    closing->deleteLater();
}

void AccountsController::setStatusText(const QString &text)
{
    if (m_statusText == text)
        return;
    m_statusText = text;
    Q_EMIT statusTextChanged();
}

} // namespace lc
