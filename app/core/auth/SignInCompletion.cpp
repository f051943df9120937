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
    return firstClaim(claims, { "preferred_username", "email", "nickname" });
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
    QJsonObject idClaims = granted.idToken ? granted.idToken->claims : QJsonObject();
    if (idClaims.isEmpty() && !m_profile.accessTokenSubjectClaim.isEmpty()) {
        // The access token came straight from the token endpoint; its claims only name the account.
        auto accessClaims = IdTokenClaims::decode(granted.tokens.accessToken);
        const QString subject = accessClaims.ok()
            ? accessClaims.value().claims.value(m_profile.accessTokenSubjectClaim).toString()
            : QString();
        if (!subject.isEmpty())
            idClaims = { { QStringLiteral("sub"), subject },
                         { QStringLiteral("preferred_username"), subject } };
    }
    if (m_profile.userinfoEndpoint.isEmpty()) {
        identify(granted, requestedLabel, idClaims, {});
        return;
    }
    QNetworkRequest request(m_profile.userinfoEndpoint);
    request.setRawHeader("Authorization", "Bearer " + granted.tokens.accessToken.toUtf8());
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [=, this] {
        reply->deleteLater();
        QJsonObject userinfo;
        if (reply->error() == QNetworkReply::NoError)
            userinfo = QJsonDocument::fromJson(reply->readAll()).object();
        else
            qCInfo(lcAuth) << "userinfo unavailable:" << reply->errorString();
        identify(granted, requestedLabel, idClaims, userinfo);
    });
}

void SignInCompletion::identify(const GrantedTokens &granted, const QString &requestedLabel,
                                const QJsonObject &idClaims, QJsonObject userinfo)
{
    const QString idSubject = idClaims.value(QStringLiteral("sub")).toString();
    const QString userinfoSubject = userinfo.value(QStringLiteral("sub")).toString();
    if (!idSubject.isEmpty() && userinfoSubject != idSubject && !userinfo.isEmpty()) {
        // OIDC Core §5.3.2: a userinfo answer about someone else must not be used.
        qCWarning(lcAuth) << "userinfo names another subject than the ID token; discarded";
        userinfo = {};
    }
    const QString subject = idSubject.isEmpty() ? userinfoSubject : idSubject;
    if (subject.isEmpty()) {
        Q_EMIT failed(m_profile.userinfoEndpoint.isEmpty()
                          ? AuthError::config(tr("%1: the provider returned no ID token, so "
                                                 "the profile needs \"userinfoEndpoint\" to "
                                                 "identify the account.")
                                                  .arg(m_profile.source))
                          : AuthError::network(tr("Neither an ID token nor the userinfo "
                                                  "endpoint identified the account.")));
        return;
    }
    QJsonObject claims = idClaims;
    for (auto it = userinfo.begin(); it != userinfo.end(); ++it)
        claims.insert(it.key(), it.value());
    store(granted, requestedLabel, subject, claims);
}

void SignInCompletion::store(const GrantedTokens &granted, const QString &requestedLabel,
                             const QString &subject, const QJsonObject &claims)
{
    AccountRecord record;
    record.profileId = m_profile.id;
    record.label = requestedLabel;
    record.defaultLabel = labelFrom(claims);
    record.subject = subject;
    record.displayName = displayNameFrom(claims);
    record.email = claims.value(QStringLiteral("email")).toString();

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
