#include "SignInCompletion.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace lc {

namespace {
QString firstClaim(const QJsonObject &claims, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString value = claims.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

QString displayNameFrom(const QJsonObject &claims)
{
    return firstClaim(claims, { "name", "nickname", "preferred_username", "email" });
}

// A label is typed after --account, so prefer a short handle without spaces to a full name.
QString labelFrom(const QJsonObject &claims)
{
    return firstClaim(claims, { "preferred_username", "email", "nickname", "sub" });
}
} // namespace

SignInCompletion::SignInCompletion(const ProviderProfile &profile, AccountStore store,
                                   QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_store(std::move(store))
    , m_network(network)
{
}

void SignInCompletion::complete(const GrantedTokens &granted, const QString &requestedLabel)
{
    const QString idSubject = granted.idToken ? granted.idToken->subject() : QString();
    const QString idName = granted.idToken ? displayNameFrom(granted.idToken->claims) : QString();
    if (!idSubject.isEmpty() && (!idName.isEmpty() || m_profile.userinfoEndpoint.isEmpty())) {
        store(granted, requestedLabel, idSubject, idName, labelFrom(granted.idToken->claims));
        return;
    }
    if (m_profile.userinfoEndpoint.isEmpty()) {
        Q_EMIT failed(AuthError::config(tr("%1: the provider returned no ID token, so the profile "
                                           "needs \"userinfoEndpoint\" to identify the account.")
                                            .arg(m_profile.source)));
        return;
    }

    QNetworkRequest request(m_profile.userinfoEndpoint);
    request.setRawHeader("Authorization", "Bearer " + granted.tokens.accessToken.toUtf8());
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [=, this] {
        reply->deleteLater();
        const QJsonObject claims = QJsonDocument::fromJson(reply->readAll()).object();
        const QString subject = claims.value(QStringLiteral("sub")).toString();
        if (reply->error() != QNetworkReply::NoError || subject.isEmpty()) {
            if (!idSubject
                     .isEmpty()) { // the name is a nicety; the ID token already named the account
                qCInfo(lcAuth) << "userinfo unavailable; using the ID token's claims";
                store(granted, requestedLabel, idSubject, idName,
                      labelFrom(granted.idToken->claims));
                return;
            }
            Q_EMIT failed(
                AuthError::network(tr("The userinfo endpoint did not identify the account (%1).")
                                       .arg(reply->error() != QNetworkReply::NoError
                                                ? reply->errorString()
                                                : tr("no \"sub\" in the answer"))));
            return;
        }
        if (!idSubject.isEmpty() && subject != idSubject) {
            // OIDC Core §5.3.2: a userinfo answer for someone else must not be used.
            qCWarning(lcAuth) << "userinfo sub differs from the ID token's; ignoring userinfo";
            store(granted, requestedLabel, idSubject, idName, labelFrom(granted.idToken->claims));
            return;
        }
        store(granted, requestedLabel, subject, displayNameFrom(claims), labelFrom(claims));
    });
}

void SignInCompletion::store(const GrantedTokens &granted, const QString &requestedLabel,
                             QString subject, QString displayName, QString defaultLabel)
{
    AccountRecord record;
    record.profileId = m_profile.id;
    record.label = requestedLabel;
    record.defaultLabel = std::move(defaultLabel);
    record.subject = std::move(subject);
    record.displayName = std::move(displayName);

    StoredTokens tokens;
    tokens.accessToken = granted.tokens.accessToken;
    tokens.refreshToken = granted.tokens.refreshToken;
    tokens.idToken = granted.tokens.idToken;
    tokens.expiresAt = granted.tokens.expiresAt;
    tokens.scopes = granted.tokens.scopes.isEmpty() ? m_profile.scopes : granted.tokens.scopes;

    auto saved = m_store.saveSignIn(record, tokens);
    if (!saved.ok()) {
        Q_EMIT failed(saved.error());
        return;
    }
    Q_EMIT finished(saved.value());
}

} // namespace lc
