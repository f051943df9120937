#pragma once

#include "operations/Services.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>

namespace lc {

class LoginController;

// The main window's state: the signed-in accounts, the built-in profiles, and the sign-in in
// progress, if any.
class AccountsController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QVariantList accounts READ accounts NOTIFY accountsChanged)
    Q_PROPERTY(QVariantList profiles READ profiles CONSTANT)
    Q_PROPERTY(QObject *activeSignIn READ activeSignIn NOTIFY activeSignInChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusTextChanged)

public:
    explicit AccountsController(Services services, QObject *parent = nullptr);

    QVariantList accounts() const { return m_accounts; }
    QVariantList profiles() const;
    QObject *activeSignIn() const;
    QString statusText() const { return m_statusText; }

    Q_INVOKABLE void reload();
    Q_INVOKABLE void signIn(const QString &profileId);
    Q_INVOKABLE void signOut(const QString &profileId, const QString &subject);
    Q_INVOKABLE void closeSignIn();
    // "Valid for 12:34", "Valid until …", "Sign-in required", …: the account list's live status.
    Q_INVOKABLE static QString validityText(const QDateTime &expiresAt, bool signInRequired,
                                            const QDateTime &now);

Q_SIGNALS:
    void accountsChanged();
    void activeSignInChanged();
    void statusTextChanged();

private:
    void setStatusText(const QString &text);

    Services m_services;
    QVariantList m_accounts;
    QPointer<LoginController> m_activeSignIn;
    QString m_statusText;
};

} // namespace lc
