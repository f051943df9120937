#include "SignIn.h"

#include "auth/AuthorizationFlow.h"
#include "auth/LoopbackRedirectListener.h"
#include "auth/ProviderNetworkAccess.h"
#include "auth/TokenRevoker.h"
#include "common/Logging.h"
#include "common/ReplyProblem.h"
#include "storage/AccountLock.h"
#include "storage/ClientSecrets.h"
#include "storage/StoredTokens.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QNetworkReply>
#include <QUrlQuery>

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

// The loopback listener serves the path of the profile's own redirect URI when that is an http
// URL (the provider matches it, whatever the port), else /callback.
QString loopbackPath(const QUrl &redirectUri)
{
    if (redirectUri.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0)
        return QStringLiteral("/callback");
    const QString path = redirectUri.path(QUrl::FullyEncoded);
    return path.isEmpty() ? QStringLiteral("/") : path;
}
} // namespace

SignIn::SignIn(const ProviderProfile &profile, Services services, QString requestedLabel,
               CallbackDelivery delivery, QObject *parent)
    : Operation(parent)
    , m_profile(profile)
    , m_services(std::move(services))
    , m_requestedLabel(std::move(requestedLabel))
    , m_delivery(delivery)
{
}

SignIn::~SignIn() = default;

Status SignIn::checkLoopbackDelivery(const ProviderProfile &profile)
{
    if (profile.redirectUriInRequests)
        return Done {};
    const QString problem = LoopbackRedirectListener::registeredUriProblem(profile.redirectUri);
    if (problem.isEmpty())
        return Done {};
    return AuthError::config(
        tr("Profile \"%1\" sets \"redirectUriInRequests\": false, so the provider sends the "
           "browser to the registered redirect URI %2, which Login Companion cannot hear: %3.")
            .arg(profile.id, profile.redirectUri.toString(), problem));
}

void SignIn::setStep(Step step)
{
    if (m_step == step)
        return;
    m_step = step;
    Q_EMIT stepChanged(step);
}

void SignIn::start()
{
    if (m_started)
        return;
    m_started = true;
    setStep(Step::CheckingKeychain);
    // Before anyone types a password: the tokens will have somewhere to go.
    m_services.keychain->checkWritable(this, [this](const Status &writable) {
        if (isStopped())
            return;
        if (!writable.ok()) {
            fail(writable.error());
            return;
        }
        prepare();
    });
}

void SignIn::prepare()
{
    setStep(Step::Preparing);
    if (m_delivery == CallbackDelivery::Loopback) {
        const Status deliverable = checkLoopbackDelivery(m_profile);
        if (!deliverable.ok()) {
            fail(deliverable.error());
            return;
        }
        m_listener = new LoopbackRedirectListener(m_services.timeouts, this);
        // A provider told the redirect URI accepts any loopback port (RFC 8252 §7.3); one that
        // is not sends the browser to the registered URI, so the listener must be exactly there.
        const Status listening = m_profile.redirectUriInRequests
            ? m_listener->listen(loopbackPath(m_profile.redirectUri))
            : m_listener->listenAt(m_profile.redirectUri);
        if (!listening.ok()) {
            fail(listening.error());
            return;
        }
        m_profile.redirectUri = m_listener->redirectUri();
        connect(m_listener, &LoopbackRedirectListener::redirectReceived, this,
                [this](const QUrl &url) {
                    if (isStopped())
                        return;
                    // Any local page can send the browser here: a callback that is not this
                    // attempt's is turned away and the sign-in keeps waiting for the real one.
                    const QString state = QUrlQuery(url).queryItemValue(QStringLiteral("state"));
                    if (!m_flow || m_step != Step::Authorizing || state != m_flow->state()) {
                        qCInfo(lcAuth) << "ignored a browser callback that is not this sign-in's";
                        m_listener->rejectCallback(
                            tr("Not this sign-in"),
                            tr("This answer does not belong to the sign-in Login Companion is "
                               "waiting for, so it was ignored. Continue in the sign-in page "
                               "the app opened."));
                        return;
                    }
                    if (!handleRedirect(url))
                        fail(AuthError::config(
                            tr("The browser's redirect did not match this sign-in.")));
                });
    }
    if (!m_profile.needsClientSecret()) {
        authorize({});
        return;
    }
    ClientSecrets::secretFor(m_profile, m_services.keychain, this,
                             [this](const Result<QString> &secret) {
                                 if (isStopped())
                                     return;
                                 if (!secret.ok()) {
                                     fail(secret.error());
                                     return;
                                 }
                                 authorize(secret.value());
                             });
}

void SignIn::authorize(const QString &clientSecret)
{
    // A fresh flow per attempt: new state, nonce and PKCE verifier.
    m_flow = new AuthorizationFlow(m_profile, m_services, this);
    m_flow->setClientSecret(clientSecret);
    connect(m_flow, &AuthorizationFlow::authorizationUrlReady, this, [this](const QUrl &url) {
        if (isStopped())
            return;
        m_authorizationUrl = url;
        setStep(Step::Authorizing);
        if (m_delivery == CallbackDelivery::Loopback) {
            const Status opened = m_services.openBrowser(url);
            if (!opened.ok()) {
                fail(opened.error());
                return;
            }
            qCInfo(lcAuth) << "sign-in page opened in the system browser";
        }
        Q_EMIT authorizationUrlReady(url);
    });
    connect(m_flow, &AuthorizationFlow::failed, this, &SignIn::fail);
    connect(m_flow, &AuthorizationFlow::succeeded, this, &SignIn::identify);
    m_flow->start();
}

bool SignIn::handleRedirect(const QUrl &url)
{
    if (!m_flow || !m_flow->redirectMatcher().matches(url))
        return false;
    if (isFinished() || m_step != Step::Authorizing) {
        qCInfo(lcAuth) << "ignoring a redirect for a sign-in that is past it";
        return true;
    }
    setStep(Step::Exchanging);
    // State, iss and error are checked there; then the code is exchanged and the ID token checked.
    m_flow->handleRedirect(url);
    return true;
}

void SignIn::identify(const GrantedTokens &granted)
{
    if (isStopped())
        return;
    setStep(Step::Identifying);
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
    const ProviderProfile resolved = m_flow->profile(); // endpoints from discovery
    auto withUserinfo = [this, granted, idClaims, resolved](QJsonObject userinfo) {
        const QString idSubject = idClaims.value(QStringLiteral("sub")).toString();
        const QString userinfoSubject = userinfo.value(QStringLiteral("sub")).toString();
        if (!idSubject.isEmpty() && userinfoSubject != idSubject && !userinfo.isEmpty()) {
            // OIDC Core §5.3.2: a userinfo answer about someone else must not be used.
            qCWarning(lcAuth) << "userinfo names another subject than the ID token; discarded";
            userinfo = {};
        }
        const QString subject = idSubject.isEmpty() ? userinfoSubject : idSubject;
        if (subject.isEmpty()) {
            fail(resolved.userinfoEndpoint.isEmpty()
                     ? AuthError::config(tr("%1: the provider returned no ID token, so the "
                                            "profile needs \"userinfoEndpoint\" to identify "
                                            "the account.")
                                             .arg(m_profile.source))
                     : AuthError::network(tr("Neither an ID token nor the userinfo endpoint "
                                             "identified the account.")));
            return;
        }
        QJsonObject claims = idClaims;
        for (auto it = userinfo.begin(); it != userinfo.end(); ++it)
            claims.insert(it.key(), it.value());
        store(granted, subject, claims);
    };
    if (resolved.userinfoEndpoint.isEmpty()) {
        withUserinfo({});
        return;
    }
    if (!m_network)
        m_network = m_services.networkAccess(resolved, this);
    QNetworkRequest request(resolved.userinfoEndpoint);
    request.setRawHeader("Authorization", "Bearer " + granted.tokens.accessToken.toUtf8());
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, withUserinfo] {
        reply->deleteLater();
        if (isStopped())
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (ReplyProblem::isFailure(reply) && status != 0) {
            // A redirect, or an answer cut short for its size or time: hostile, not absent.
            fail(ReplyProblem::describe(reply, tr("The userinfo endpoint")));
            return;
        }
        QJsonObject userinfo;
        if (reply->error() == QNetworkReply::NoError)
            userinfo = QJsonDocument::fromJson(reply->readAll()).object();
        else
            qCInfo(lcAuth) << "userinfo unavailable:" << reply->errorString();
        withUserinfo(userinfo);
    });
}

void SignIn::store(const GrantedTokens &granted, const QString &subject, const QJsonObject &claims)
{
    setStep(Step::Storing);
    AccountRecord record;
    record.profileId = m_profile.id;
    record.label = m_requestedLabel;
    // A label is typed after --account, so a short handle without spaces beats a full name.
    record.defaultLabel = firstClaim(claims, { "preferred_username", "email", "nickname" });
    record.subject = subject;
    record.displayName = firstClaim(claims, { "name", "nickname", "preferred_username", "email" });
    record.email = claims.value(QStringLiteral("email")).toString();

    auto labelled = m_services.accountIndex.withLabel(record);
    if (!labelled.ok()) {
        fail(labelled.error());
        return;
    }
    StoredTokens tokens;
    tokens.accessToken = granted.tokens.accessToken;
    tokens.refreshToken = granted.tokens.refreshToken;
    tokens.idToken = granted.tokens.idToken;
    tokens.expiresAt = granted.tokens.expiresAt;
    tokens.scopes = granted.tokens.scopes.isEmpty() ? m_profile.scopes : granted.tokens.scopes;

    // A label stays with its person: another subject of this profile already has it, so the
    // new tokens are revoked and dropped, and the existing account stays untouched.
    auto holder = labelHolder(labelled.value());
    if (!holder.ok()) {
        fail(holder.error());
        return;
    }
    if (holder.value()) {
        refuseLabel(tokens, labelled.value(), *holder.value());
        return;
    }

    // Under the account's lock, so a refresh in another process cannot overwrite the new
    // tokens with older ones; the keychain entry first, so an index row never names tokens that
    // were not written.
    m_lock = new AccountLock(m_services.lockDirectory, labelled.value().keychainKey(), this);
    m_lock->acquire(m_services.timeouts.accountLockWaitMs,
                    [this, account = labelled.value(), tokens](const Status &locked) {
                        if (!locked.ok()) {
                            fail(locked.error());
                            return;
                        }
                        write(account, tokens);
                    });
}

void SignIn::write(const AccountRecord &account, const StoredTokens &tokens)
{
    m_services.keychain->write(
        account.keychainKey(), tokens.toJson(), this,
        [this, account, expiresAt = tokens.expiresAt](const Status &written) {
            if (!written.ok()) {
                fail(written.error());
                return;
            }
            auto saved = m_services.accountIndex.recordSignIn(account, expiresAt);
            if (!saved.ok()) {
                fail(saved.error());
                return;
            }
            qCInfo(lcStore) << "stored account" << saved.value().label << "for profile"
                            << saved.value().profileId;
            if (m_listener) {
                const QString provider
                    = m_profile.displayName.isEmpty() ? m_profile.id : m_profile.displayName;
                const QString who = !saved.value().displayName.isEmpty() ? saved.value().displayName
                                                                         : saved.value().label;
                m_listener->respond(true, tr("Signed in"),
                                    tr("You are signed in to %1 as %2.").arg(provider, who));
            }
            finish(saved.value());
        });
}

void SignIn::releaseResources()
{
    if (m_lock)
        m_lock->release();
}

Result<std::optional<AccountRecord>> SignIn::labelHolder(const AccountRecord &record) const
{
    auto accounts = m_services.accountIndex.load();
    if (!accounts.ok())
        return accounts.error();
    for (const AccountRecord &existing : accounts.value()) {
        if (existing.profileId == record.profileId && existing.label == record.label
            && existing.subject != record.subject)
            return std::optional<AccountRecord>(existing);
    }
    return std::optional<AccountRecord>();
}

void SignIn::refuseLabel(const StoredTokens &tokens, const AccountRecord &record,
                         const AccountRecord &holder)
{
    const QString who = holder.displayName.isEmpty() || holder.displayName == holder.subject
        ? holder.subject
        : QStringLiteral("%1 (%2)").arg(holder.displayName, holder.subject);
    const AuthError error = AuthError::config(
        tr("The label \"%1\" belongs to another account of %2: %3. This sign-in reached a "
           "different account (%4), so nothing was stored. Sign out of \"%1\" first "
           "(login-companion logout --profile %2 --account %1), or choose another label with "
           "--account.")
            .arg(record.label, record.profileId, who, record.subject));
    qCInfo(lcStore) << "label" << record.label << "belongs to another subject; revoking the "
                    << "new tokens";
    const ProviderProfile resolved = m_flow ? m_flow->profile() : m_profile;
    if (!m_network)
        m_network = m_services.networkAccess(resolved, this);
    auto *revoker = new TokenRevoker(resolved, m_network, m_services.metadataCache,
                                     m_services.clock, this);
    connect(revoker, &TokenRevoker::finished, this,
            [this, error](const TokenRevoker::Outcome &outcome) {
                if (outcome.attempted && !outcome.revoked)
                    qCInfo(lcAuth) << "revoking the refused sign-in's tokens:" << outcome.problem;
                fail(error);
            });
    revoker->revoke(tokens);
}

void SignIn::fail(const AuthError &error)
{
    if (isStopped())
        return;
    // Every failure, also after the code exchange (identifying, storing), leaves a line.
    qCInfo(lcAuth).noquote() << "sign-in failed at step"
                             << QMetaEnum::fromType<Step>().valueToKey(int(m_step)) << ":"
                             << (error.providerCode().isEmpty() ? QString()
                                                                : error.providerCode() + u' ')
                                    + error.message();
    if (m_listener) {
        // AuthError's message never holds a token, code or secret, so the browser may show it.
        m_listener->respond(false,
                            error.kind() == AuthError::Kind::Cancelled ? tr("Sign-in cancelled")
                                                                       : tr("Sign-in failed"),
                            error.message());
    }
    finish(error);
    abortWork(); // after the result is set, so an aborted reply's answer is ignored
}

void SignIn::abortWork()
{
    if (m_flow) {
        m_flow->disconnect(this);
        if (!m_flow->isFinished())
            m_flow->cancel(); // late provider answers are then ignored
    }
    if (m_network) {
        for (QNetworkReply *reply : m_network->findChildren<QNetworkReply *>())
            reply->abort();
    }
    if (m_listener && isCancelled())
        m_listener->respond(false, tr("Sign-in cancelled"), tr("Sign-in was cancelled."));
}

} // namespace lc
