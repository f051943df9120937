#include "TokenInspector.h"

#include "AccountListModel.h"
#include "SecretClipboard.h"
#include "auth/jose/CompactJws.h"

#include <QLocale>

#include <climits>

namespace lc {

namespace {
QDateTime numericDate(const QJsonObject &claims, const char *name)
{
    const QJsonValue value = claims.value(QLatin1String(name));
    // Far-off or non-numeric values are not dates (RFC 7519 §2, NumericDate).
    if (!value.isDouble() || !(qAbs(value.toDouble()) < 1e11))
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC);
}

QString shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString clockText(qint64 seconds)
{
    const qint64 hours = seconds / 3600;
    const QString minutesAndSeconds = QStringLiteral("%1:%2")
                                          .arg(hours > 0 ? (seconds / 60) % 60 : seconds / 60,
                                               hours > 0 ? 2 : 1, 10, QLatin1Char('0'))
                                          .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return hours > 0 ? QStringLiteral("%1:%2").arg(hours).arg(minutesAndSeconds)
                     : minutesAndSeconds;
}
} // namespace

TokenInspector::TokenInspector(Account account, ProviderProfile profile, Services services,
                               SecretClipboard *clipboard, QObject *parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_services(std::move(services))
    , m_clipboard(clipboard)
    , m_userinfoEndpoint(userinfoEndpointOf(profile, m_services.metadataCache))
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &TokenInspector::ticked);
    if (m_clipboard) {
        connect(m_clipboard, &SecretClipboard::expired, this, [this](bool clearedIt) {
            m_copyNotice = clearedIt ? tr("The copied token was cleared from the clipboard.")
                                     : tr("The clipboard was left as it is: something else was "
                                          "copied since.");
            Q_EMIT copyNoticeChanged();
        });
    }
}

TokenInspector::~TokenInspector()
{
    // Dropped with the view; QString's memory is released, not kept for later.
    m_tokens = StoredTokens {};
}

QUrl TokenInspector::userinfoEndpointOf(const ProviderProfile &profile, const MetadataCache &cache)
{
    if (!profile.userinfoEndpoint.isEmpty() || profile.issuer.isEmpty())
        return profile.userinfoEndpoint;
    // A profile with only an issuer: its discovery document, cached at sign-in, names it.
    const auto discovered = cache.load(profile.issuer);
    if (!discovered)
        return {};
    const QUrl url(discovered->document.value(QStringLiteral("userinfo_endpoint")).toString(),
                   QUrl::StrictMode);
    const bool web
        = url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
    return url.isValid() && web ? url : QUrl();
}

QString TokenInspector::accountName() const
{
    return m_account.record.displayName.isEmpty() ? m_account.record.label
                                                  : m_account.record.displayName;
}

bool TokenInspector::production() const
{
    return AccountListModel::isProduction(m_account.environment);
}

void TokenInspector::start()
{
    m_services.keychain->read(
        m_account.record.keychainKey(), this, [this](const Result<QByteArray> &secret) {
            if (!secret.ok())
                return fail(secret.error().message());
            if (secret.value().isEmpty())
                return fail(tr("No tokens are stored for %1 on this computer. Sign in again.")
                                .arg(accountName()));
            auto tokens = StoredTokens::fromJson(secret.value());
            if (!tokens.ok())
                return fail(tokens.error().message());
            showTokens(tokens.value());
        });
}

void TokenInspector::fail(const QString &message)
{
    m_status = Status::Failed;
    m_errorText = message;
    Q_EMIT statusChanged();
}

void TokenInspector::showTokens(const StoredTokens &tokens)
{
    m_tokens = tokens;
    const auto sectionsOf = [](const CompactJws &jws) {
        return QList<ClaimTreeModel::Section> {
            { QStringLiteral("header"), tr("Header"), jws.header() },
            { QStringLiteral("claims"), tr("Claims"), jws.payload() },
        };
    };
    if (auto id = CompactJws::parse(tokens.idToken); id.ok()) {
        m_idTree.setSections(sectionsOf(id.value()));
        m_idIssuedAt = numericDate(id.value().payload(), "iat");
        m_idExpiresAt = numericDate(id.value().payload(), "exp");
    }
    // Many providers' access tokens are opaque strings: then there is nothing to decode.
    if (auto access = CompactJws::parse(tokens.accessToken); access.ok()) {
        m_accessTree.setSections(sectionsOf(access.value()));
        m_accessIssuedAt = numericDate(access.value().payload(), "iat");
    }
    m_status = Status::Ready;
    m_errorText.clear();
    m_ticker.start();
    Q_EMIT statusChanged();
    Q_EMIT ticked();
}

int TokenInspector::secondsLeft() const
{
    if (!m_tokens.expiresAt.isValid())
        return 0;
    const qint64 seconds = m_services.clock->now().secsTo(m_tokens.expiresAt);
    return int(qBound(qint64(INT_MIN), seconds, qint64(INT_MAX)));
}

QString TokenInspector::countdownText() const
{
    if (m_status != Status::Ready)
        return {};
    if (!m_tokens.expiresAt.isValid())
        return tr("The access token's lifetime was not recorded.");
    return countdownText(secondsLeft());
}

QString TokenInspector::countdownText(qint64 secondsLeft)
{
    if (secondsLeft > 0)
        return tr("Expires in %1").arg(clockText(secondsLeft));
    return tr("Expired %1 ago; it is refreshed on next use").arg(clockText(-secondsLeft));
}

QString TokenInspector::timeText(const QDateTime &time)
{
    if (!time.isValid())
        return tr("not recorded");
    return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
}

QString TokenInspector::authorizationHeader(const QString &accessToken)
{
    return QStringLiteral("Authorization: Bearer ") + accessToken;
}

QString TokenInspector::curlCommand(const QString &accessToken, const QUrl &url)
{
    return QStringLiteral("curl -sS -H %1 %2")
        .arg(shellQuoted(authorizationHeader(accessToken)),
             url.isEmpty() ? QStringLiteral("\"$URL\"")
                           : shellQuoted(url.toString(QUrl::FullyEncoded)));
}

void TokenInspector::copyAccessToken()
{
    copy(m_tokens.accessToken, tr("The access token was copied."));
}

void TokenInspector::copyAuthorizationHeader()
{
    copy(authorizationHeader(m_tokens.accessToken), tr("The Authorization header was copied."));
}

void TokenInspector::copyCurlCommand()
{
    copy(curlCommand(m_tokens.accessToken, m_userinfoEndpoint),
         m_userinfoEndpoint.isEmpty()
             ? tr("The curl command was copied; put the address to call in place of $URL (this "
                  "provider names no userinfo endpoint).")
             : tr("The curl command for %1 was copied.").arg(m_userinfoEndpoint.toString()));
}

int TokenInspector::clearAfterSeconds() const
{
    return m_clipboard ? (m_clipboard->clearAfterMs() + 999) / 1000 : 0;
}

QString TokenInspector::clipboardNote() const
{
    return tr("What you copy here is cleared from the clipboard after %n second(s), unless you "
              "copy something else first.",
              nullptr, clearAfterSeconds());
}

void TokenInspector::copy(const QString &secret, const QString &what)
{
    if (m_status != Status::Ready || m_tokens.accessToken.isEmpty())
        return;
    if (!m_clipboard || !m_clipboard->copy(secret)) {
        m_copyNotice = tr("There is no clipboard to copy to.");
    } else {
        m_copyNotice = what + QLatin1Char(' ')
            + tr("It is cleared from the clipboard in %n second(s).", nullptr, clearAfterSeconds());
    }
    Q_EMIT copyNoticeChanged();
}

} // namespace lc
