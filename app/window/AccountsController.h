#pragma once

#include "AccountListModel.h"
#include "LoginController.h"
#include "operations/Services.h"

#include <QObject>
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
    Q_PROPERTY(QVariantList profiles READ profiles CONSTANT)
    Q_PROPERTY(lc::LoginController *activeSignIn READ activeSignIn NOTIFY activeSignInChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusTextChanged)

public:
    explicit AccountsController(Services services, QObject *parent = nullptr);

    AccountListModel *accounts() { return &m_accounts; }
    QVariantList profiles() const;
    LoginController *activeSignIn() const;
    QString statusText() const { return m_statusText; }

    Q_INVOKABLE void reload();
    Q_INVOKABLE void signIn(const QString &profileId);
    Q_INVOKABLE void signOut(const QString &profileId, const QString &subject);
    Q_INVOKABLE void closeSignIn();
    // "Valid for 12:34", "Valid until …", "Sign-in required", …: the account list's live status.
    Q_INVOKABLE static QString validityText(const QDateTime &expiresAt, bool signInRequired,
                                            const QDateTime &now);

Q_SIGNALS:
    void activeSignInChanged();
    void statusTextChanged();

private:
    void setStatusText(const QString &text);

    Services m_services;
    AccountListModel m_accounts { this };
    QPointer<LoginController> m_activeSignIn;
    QString m_statusText;
};

} // namespace lc
