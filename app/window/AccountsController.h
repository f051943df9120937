#pragma once

#include "AccountListModel.h"
#include "LoginController.h"
#include "operations/Services.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace lc {

// The main window's state: the signed-in accounts, the built-in profiles, and the sign-in in
// progress, if any. Main.qml gets it as its required property `accounts`.
class AccountsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The window's main() creates the AccountsController.")
    Q_PROPERTY(lc::AccountListModel *accounts READ accounts CONSTANT)
    // The provider picker: {id, displayName, ready, setupText} per built-in profile. Development
    // and test profiles, and profiles not set up, only with showDevelopmentProviders.
    Q_PROPERTY(QVariantList profiles READ profiles NOTIFY profilesChanged)
    Q_PROPERTY(bool showDevelopmentProviders READ showDevelopmentProviders WRITE
                   setShowDevelopmentProviders NOTIFY profilesChanged)
    // Where a profile that is not set up is explained (README, "Built-in providers").
    Q_PROPERTY(QUrl setupDocumentationUrl READ setupDocumentationUrl CONSTANT)
    Q_PROPERTY(lc::LoginController *activeSignIn READ activeSignIn NOTIFY activeSignInChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusTextChanged)

public:
    explicit AccountsController(Services services, QObject *parent = nullptr);

    AccountListModel *accounts() { return &m_accounts; }
    QVariantList profiles() const;
    bool showDevelopmentProviders() const { return m_showDevelopmentProviders; }
    void setShowDevelopmentProviders(bool show);
    static QUrl setupDocumentationUrl();
    LoginController *activeSignIn() const;
    QString statusText() const { return m_statusText; }

    Q_INVOKABLE void reload();
    Q_INVOKABLE void signIn(const QString &profileId);
    Q_INVOKABLE void signOut(const QString &profileId, const QString &subject);
    // A row that needs it: the same provider and label again, without choosing the provider.
    Q_INVOKABLE void signInAgain(const QString &profileId, const QString &subject);
    Q_INVOKABLE void closeSignIn();
    // "Valid for 12:34", "Valid until …", "Sign-in required", …: the account list's live status.
    Q_INVOKABLE static QString validityText(const QDateTime &expiresAt, bool signInRequired,
                                            const QDateTime &now);

Q_SIGNALS:
    void activeSignInChanged();
    void statusTextChanged();
    void profilesChanged();

private:
    void setStatusText(const QString &text);
    void startSignIn(const ProviderProfile &profile, const QString &label);
    // Follows accounts.json: sign-ins and sign-outs from the command line or another window.
    void watchIndex();

    Services m_services;
    AccountListModel m_accounts { this };
    QPointer<LoginController> m_activeSignIn;
    QString m_statusText;
    QFileSystemWatcher m_watcher;
    QTimer m_reloadSoon; // one reload for a burst of file events (QSaveFile renames)
    bool m_showDevelopmentProviders = false;
};

} // namespace lc
