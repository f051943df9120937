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

#include <algorithm>

namespace lc {

namespace {
// A profile as the picker and the list name it. One that does not load (a placeholder without a
// value) is named from its file, unless that name is a placeholder itself.
struct ProfileSummary
{
    QString id;
    QString displayName;
    QString environment;
    bool ready = false;
    bool installed = false;
};

ProfileSummary summarize(const QString &id, bool installed)
{
    ProfileSummary summary { id, id, QString(), false, installed };
    auto profile = ProfileRepository::load(id);
    if (profile.ok()) {
        summary.displayName = profile.value().displayName;
        summary.environment = profile.value().environment;
        summary.ready = true;
        return summary;
    }
    QFile raw(installed ? ProfileRepository::installedDirectory() + QLatin1Char('/') + id
                      + QStringLiteral(".json")
                        : QStringLiteral(":/providers/%1.json").arg(id));
    if (raw.open(QIODevice::ReadOnly)) {
        const QJsonObject json = QJsonDocument::fromJson(raw.readAll()).object();
        const QString name = json.value(QStringLiteral("displayName")).toString();
        if (!name.isEmpty() && !name.contains(QLatin1Char('%')))
            summary.displayName = name;
        const QString environment = json.value(QStringLiteral("environment")).toString();
        if (!environment.contains(QLatin1Char('%')))
            summary.environment = environment;
    }
    return summary;
}

// Players see production profiles and those that name no environment; the rest are for
// development and tests.
bool isForPlayers(const QString &environment)
{
    return environment.isEmpty() || AccountListModel::isProduction(environment);
}

QList<ProfileSummary> allProfiles()
{
    QList<ProfileSummary> profiles;
    for (const QString &id : ProfileRepository::builtInIds())
        profiles.append(summarize(id, false));
    for (const QString &id : ProfileRepository::installedIds())
        profiles.append(summarize(id, true));
    return profiles;
}
} // namespace

AccountsController::AccountsController(Services services, QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
    , m_clipboard(nullptr, m_services.timeouts.clipboardClearMs)
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
    for (const ProfileSummary &profile : allProfiles()) {
        if (!(profile.ready && isForPlayers(profile.environment)) && !m_showDevelopmentProviders)
            continue;
        result.append(QVariantMap {
            { QStringLiteral("id"), profile.id },
            { QStringLiteral("displayName"),
              profile.ready ? profile.displayName
                            : tr("%1 (needs setup)").arg(profile.displayName) },
            { QStringLiteral("ready"), profile.ready },
            { QStringLiteral("installed"), profile.installed },
            { QStringLiteral("setupText"),
              profile.ready
                  ? QString()
                  : tr("%1 is not set up on this computer yet: some of its settings, such as "
                       "the server address or the app's client id, have no value. Whoever "
                       "gave you Login Companion can provide them; the documentation explains "
                       "how.")
                        .arg(profile.displayName) },
        });
    }
    return result;
}

int AccountsController::indexOfProfile(const QString &profileId) const
{
    const QVariantList shown = profiles();
    for (qsizetype row = 0; row < shown.size(); ++row) {
        if (shown.at(row).toMap().value(QStringLiteral("id")).toString() == profileId)
            return int(row);
    }
    return -1;
}

QString AccountsController::addProfileFile(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    auto installed = ProfileRepository::install(path);
    if (!installed.ok()) {
        setProfileProblem(installed.error().message());
        return {};
    }
    setProfileProblem(QString());
    const ProviderProfile &profile = installed.value().profile;
    QString text;
    switch (installed.value().installation) {
    case ProfileRepository::Installation::Added:
        text = tr("Added the provider %1.").arg(profile.displayName);
        break;
    case ProfileRepository::Installation::Updated:
        text = tr("Updated the provider %1.").arg(profile.displayName);
        break;
    case ProfileRepository::Installation::Unchanged:
        text = tr("The provider %1 was already added.").arg(profile.displayName);
        break;
    }
    if (!isForPlayers(profile.environment) && !m_showDevelopmentProviders) {
        // The user asked for this one: show it rather than make it vanish from the picker.
        text += QLatin1Char(' ')
            + tr("It is a %1 provider, so development providers are shown now.")
                  .arg(profile.environment);
        m_showDevelopmentProviders = true;
    }
    setStatusText(text);
    Q_EMIT profilesChanged();
    reload(); // its accounts, if any, are named after it now
    return profile.id;
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
        QHash<QString, ProfileSummary> profiles;
        for (const ProfileSummary &profile : allProfiles())
            profiles.insert(profile.id, profile);
        for (const AccountRecord &account : accounts.value()) {
            const auto profile = profiles.constFind(account.profileId);
            entries.append(profile == profiles.cend()
                               ? AccountListModel::Entry { account, account.profileId, QString() }
                               : AccountListModel::Entry { account, profile->displayName,
                                                           profile->environment });
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

TokenInspector *AccountsController::details() const
{
    return m_details.data();
}

void AccountsController::setClipboard(std::shared_ptr<Clipboard> clipboard)
{
    m_clipboard.setClipboard(std::move(clipboard));
}

void AccountsController::openDetails(const QString &profileId, const QString &subject)
{
    const QList<AccountListModel::Entry> &entries = m_accounts.entries();
    const auto entry = std::find_if(entries.begin(), entries.end(), [&](const auto &candidate) {
        return candidate.account.profileId == profileId && candidate.account.subject == subject;
    });
    if (entry == entries.end()) {
        setStatusText(tr("That account is no longer on this computer."));
        return;
    }
    // A profile that no longer loads still shows its tokens; only curl's address is missing.
    auto loaded = ProfileRepository::load(profileId);
    ProviderProfile profile = loaded.ok() ? loaded.value() : ProviderProfile {};
    closeDetails();
    m_details = new TokenInspector({ entry->account, entry->providerName, entry->environment },
                                   profile, m_services, &m_clipboard, this);
    Q_EMIT detailsChanged();
    m_details->start();
}

void AccountsController::closeDetails()
{
    if (!m_details)
        return;
    TokenInspector *closing = m_details;
    m_details = nullptr;
    Q_EMIT detailsChanged(); // the view pops first (see closeSignIn)
    closing->deleteLater();
}

void AccountsController::setProfileProblem(const QString &text)
{
    if (m_profileProblem == text)
        return;
    m_profileProblem = text;
    Q_EMIT profileProblemChanged();
}

void AccountsController::setStatusText(const QString &text)
{
    if (m_statusText == text)
        return;
    m_statusText = text;
    Q_EMIT statusTextChanged();
}

} // namespace lc
