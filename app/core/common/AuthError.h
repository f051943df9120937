#pragma once

#include <QMetaType>

#include <QString>

namespace lc {

// What went wrong, in a form both a person and a launcher can act on.
class AuthError
{
public:
    enum class Kind {
        Config, // the profile or the command line is wrong
        Network, // the provider could not be reached, or answered garbage
        Provider, // the provider answered with an OAuth error
        Cancelled, // the user closed the window or denied consent
        Storage, // the OS keychain is absent, locked or refused the write
        LoginRequired, // no such account, or its refresh token was rejected
    };

    AuthError(Kind kind, QString message, QString providerCode = {})
        : m_kind(kind)
        , m_message(std::move(message))
        , m_providerCode(std::move(providerCode))
    {
    }

    static AuthError config(const QString &message) { return { Kind::Config, message }; }
    static AuthError network(const QString &message) { return { Kind::Network, message }; }
    static AuthError provider(const QString &code, const QString &message)
    {
        return { Kind::Provider, message, code };
    }
    static AuthError cancelled(const QString &message) { return { Kind::Cancelled, message }; }
    static AuthError storage(const QString &message) { return { Kind::Storage, message }; }
    static AuthError loginRequired(const QString &message)
    {
        return { Kind::LoginRequired, message };
    }

    Kind kind() const { return m_kind; }
    // The provider's own error code (`invalid_grant`, …); empty when the provider said nothing.
    QString providerCode() const { return m_providerCode; }
    // One sentence fit for a person; it never contains a token, code or secret.
    QString message() const { return m_message; }

    AuthError withKind(Kind kind) const
    {
        AuthError changed { kind, m_message, m_providerCode };
        changed.m_safeToRetry = m_safeToRetry;
        return changed;
    }

    // The request provably had no effect at the provider (the connection was refused, the name
    // did not resolve, TLS failed, or the provider said 503): sending it again cannot spend a
    // one-time refresh token twice.
    bool isSafeToRetry() const { return m_safeToRetry; }
    AuthError markedSafeToRetry() const
    {
        AuthError marked = *this;
        marked.m_safeToRetry = true;
        return marked;
    }

private:
    Kind m_kind;
    QString m_message;
    QString m_providerCode;
    bool m_safeToRetry = false;
};

} // namespace lc

Q_DECLARE_METATYPE(lc::AuthError)
