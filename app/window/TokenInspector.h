#pragma once

#include "ClaimTreeModel.h"
#include "operations/Services.h"
#include "providers/ProviderProfile.h"
#include "storage/AccountIndex.h"
#include "storage/StoredTokens.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace lc {

class SecretClipboard;

// One account's tokens, for the accounts window's details view: the ID token's and (when it is
// a JWT) the access token's header and claims, when they were issued and expire (with a live
// countdown), the granted scopes, whether a refresh token is stored, and buttons that copy the
// access token, an Authorization header or a curl command.
//
// The tokens are read from the keychain (asynchronously) when the view opens, live only in this
// object, and are dropped with it when the view closes. Nothing here is ever logged.
class TokenInspector : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AccountsController opens the token inspector.")
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY statusChanged)

    Q_PROPERTY(QString accountName READ accountName CONSTANT)
    Q_PROPERTY(QString label READ label CONSTANT)
    Q_PROPERTY(QString email READ email CONSTANT)
    Q_PROPERTY(QString subject READ subject CONSTANT)
    Q_PROPERTY(QString providerName READ providerName CONSTANT)
    Q_PROPERTY(QString environment READ environment CONSTANT)
    Q_PROPERTY(bool production READ production CONSTANT)

    Q_PROPERTY(lc::ClaimTreeModel *idToken READ idToken CONSTANT)
    Q_PROPERTY(lc::ClaimTreeModel *accessToken READ accessToken CONSTANT)
    Q_PROPERTY(bool hasIdToken READ hasIdToken NOTIFY statusChanged)
    Q_PROPERTY(bool accessTokenIsJwt READ accessTokenIsJwt NOTIFY statusChanged)
    // Times as the window shows them; "not recorded" when unknown.
    Q_PROPERTY(QString accessIssuedText READ accessIssuedText NOTIFY statusChanged)
    Q_PROPERTY(QString accessExpiresText READ accessExpiresText NOTIFY statusChanged)
    Q_PROPERTY(QString idIssuedText READ idIssuedText NOTIFY statusChanged)
    Q_PROPERTY(QString idExpiresText READ idExpiresText NOTIFY statusChanged)
    // The access token's seconds left (negative once expired), ticking every second.
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY ticked)
    Q_PROPERTY(QString countdownText READ countdownText NOTIFY ticked)
    Q_PROPERTY(QStringList scopes READ scopes NOTIFY statusChanged)
    Q_PROPERTY(bool hasRefreshToken READ hasRefreshToken NOTIFY statusChanged)
    // What the copied curl command calls: the profile's userinfo endpoint, else none.
    Q_PROPERTY(QUrl userinfoEndpoint READ userinfoEndpoint CONSTANT)
    // That copies are taken off the clipboard again, and when; shown beside the copy buttons.
    Q_PROPERTY(QString clipboardNote READ clipboardNote CONSTANT)
    // What the last copy put on the clipboard and when it is taken off again, or that it was.
    Q_PROPERTY(QString copyNotice READ copyNotice NOTIFY copyNoticeChanged)

public:
    enum class Status { Loading, Ready, Failed };
    Q_ENUM(Status)

    struct Account
    {
        AccountRecord record;
        QString providerName;
        QString environment;
    };

    TokenInspector(Account account, ProviderProfile profile, Services services,
                   SecretClipboard *clipboard, QObject *parent = nullptr);
    ~TokenInspector() override;

    // Reads the tokens from the keychain.
    void start();

    Status status() const { return m_status; }
    QString errorText() const { return m_errorText; }
    QString accountName() const;
    QString label() const { return m_account.record.label; }
    QString email() const { return m_account.record.email; }
    QString subject() const { return m_account.record.subject; }
    QString providerName() const { return m_account.providerName; }
    QString environment() const { return m_account.environment; }
    bool production() const;

    ClaimTreeModel *idToken() { return &m_idTree; }
    ClaimTreeModel *accessToken() { return &m_accessTree; }
    bool hasIdToken() const { return m_idTree.rowCount() > 0; }
    bool accessTokenIsJwt() const { return m_accessTree.rowCount() > 0; }
    QString accessIssuedText() const { return timeText(m_accessIssuedAt); }
    QString accessExpiresText() const { return timeText(m_tokens.expiresAt); }
    QString idIssuedText() const { return timeText(m_idIssuedAt); }
    QString idExpiresText() const { return timeText(m_idExpiresAt); }
    int secondsLeft() const;
    QString countdownText() const;
    QStringList scopes() const { return m_tokens.scopes; }
    bool hasRefreshToken() const { return !m_tokens.refreshToken.isEmpty(); }
    QUrl userinfoEndpoint() const { return m_userinfoEndpoint; }
    QString clipboardNote() const;
    QString copyNotice() const { return m_copyNotice; }

    Q_INVOKABLE void copyAccessToken();
    Q_INVOKABLE void copyAuthorizationHeader();
    Q_INVOKABLE void copyCurlCommand();

    static QString authorizationHeader(const QString &accessToken);
    // A command a shell runs as it is; without a URL, "$URL" stands for the one to call.
    static QString curlCommand(const QString &accessToken, const QUrl &url);
    static QString countdownText(qint64 secondsLeft);

Q_SIGNALS:
    void statusChanged();
    void ticked();
    void copyNoticeChanged();

private:
    void showTokens(const StoredTokens &tokens);
    void fail(const QString &message);
    void copy(const QString &secret, const QString &what);
    static QString timeText(const QDateTime &time);
    int clearAfterSeconds() const;
    static QUrl userinfoEndpointOf(const ProviderProfile &profile, const MetadataCache &cache);

    Account m_account;
    Services m_services;
    QPointer<SecretClipboard> m_clipboard;
    QUrl m_userinfoEndpoint;
    Status m_status = Status::Loading;
    QString m_errorText;
    StoredTokens m_tokens;
    QDateTime m_accessIssuedAt;
    QDateTime m_idIssuedAt;
    QDateTime m_idExpiresAt;
    ClaimTreeModel m_idTree { this };
    ClaimTreeModel m_accessTree { this };
    QTimer m_ticker;
    QString m_copyNotice;
};

} // namespace lc
