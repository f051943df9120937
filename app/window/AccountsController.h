#pragma once

#include "AccountFilterModel.h"
#include "AccountListModel.h"
#include "LoginController.h"
#include "SecretClipboard.h"
#include "TokenInspector.h"
#include "operations/Services.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace lc {

// The main window's state: the signed-in accounts (filtered and grouped for the list), the
// profiles to sign in with (built-in and installed), the sign-in in progress and the account
// whose tokens are being inspected, if any. Main.qml gets it as its required property `accounts`.
class AccountsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The window's main() creates the AccountsController.")
    Q_PROPERTY(lc::AccountListModel *accounts READ accounts CONSTANT)
    // What the list shows: `accounts` grouped, filtered by environment and search text.
    Q_PROPERTY(lc::AccountFilterModel *filteredAccounts READ filteredAccounts CONSTANT)
    // The provider picker: {id, displayName, ready, setupText, installed} per built-in and
    // installed profile. Development and test profiles, and profiles not set up, only with
    // showDevelopmentProviders.
    Q_PROPERTY(QVariantList profiles READ profiles NOTIFY profilesChanged)
    Q_PROPERTY(bool showDevelopmentProviders READ showDevelopmentProviders WRITE
                   setShowDevelopmentProviders NOTIFY profilesChanged)
    // Where a profile that is not set up is explained (README, "Built-in providers").
    Q_PROPERTY(QUrl setupDocumentationUrl READ setupDocumentationUrl CONSTANT)
    Q_PROPERTY(lc::LoginController *activeSignIn READ activeSignIn NOTIFY activeSignInChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusTextChanged)
    // Why the last profile file could not be added (names the file and the key), or empty.
    Q_PROPERTY(QString profileProblem READ profileProblem NOTIFY profileProblemChanged)
    // The details view of one account's tokens, while it is open.
    Q_PROPERTY(lc::TokenInspector *details READ details NOTIFY detailsChanged)

public:
    explicit AccountsController(Services services, QObject *parent = nullptr);

    AccountListModel *accounts() { return &m_accounts; }
    AccountFilterModel *filteredAccounts() { return &m_filteredAccounts; }
    QVariantList profiles() const;
    bool showDevelopmentProviders() const { return m_showDevelopmentProviders; }
    void setShowDevelopmentProviders(bool show);
    static QUrl setupDocumentationUrl();
    LoginController *activeSignIn() const;
    QString statusText() const { return m_statusText; }
    QString profileProblem() const { return m_profileProblem; }
    TokenInspector *details() const;
    // Where copied tokens go (the window's main() hands in the system clipboard).
    void setClipboard(std::shared_ptr<Clipboard> clipboard);

    Q_INVOKABLE void reload();
    Q_INVOKABLE void signIn(const QString &profileId);
    Q_INVOKABLE void signOut(const QString &profileId, const QString &subject);
    // A row that needs it: the same provider and label again, without choosing the provider.
    Q_INVOKABLE void signInAgain(const QString &profileId, const QString &subject);
    Q_INVOKABLE void closeSignIn();
    // Installs a profile file (ProfileRepository::install); its id, or empty with profileProblem
    // saying what is wrong.
    Q_INVOKABLE QString addProfileFile(const QUrl &file);
    // The profile's row in `profiles`, or -1.
    Q_INVOKABLE int indexOfProfile(const QString &profileId) const;
    Q_INVOKABLE void openDetails(const QString &profileId, const QString &subject);
    Q_INVOKABLE void closeDetails();
    // "Valid for 12:34", "Valid until …", "Sign-in required", …: the account list's live status.
    Q_INVOKABLE static QString validityText(const QDateTime &expiresAt, bool signInRequired,
                                            const QDateTime &now);

Q_SIGNALS:
    void activeSignInChanged();
    void statusTextChanged();
    void profilesChanged();
    void profileProblemChanged();
    void detailsChanged();

private:
    void setStatusText(const QString &text);
    void setProfileProblem(const QString &text);
    void startSignIn(const ProviderProfile &profile, const QString &label);
    // Follows accounts.json: sign-ins and sign-outs from the command line or another window.
    void watchIndex();

    Services m_services;
    AccountListModel m_accounts { this };
    AccountFilterModel m_filteredAccounts { &m_accounts, this };
    QPointer<LoginController> m_activeSignIn;
    QPointer<TokenInspector> m_details;
    // Outlives the details view: a token copied just before it closed is still cleared in time.
    SecretClipboard m_clipboard;
    QString m_statusText;
    QString m_profileProblem;
    QFileSystemWatcher m_watcher;
    QTimer m_reloadSoon; // one reload for a burst of file events (QSaveFile renames)
    bool m_showDevelopmentProviders = false;
};

} // namespace lc
