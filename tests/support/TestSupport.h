#pragma once

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// Shared plumbing for the integration and end-to-end tests: the fixture's provider, the CLI,
// a scripted user agent and plain HTTP calls, all on loopback.
namespace lc::test {

struct ProcessResult
{
    int exitCode = -1;
    QString standardOutput;
    QString standardError;
};

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QJsonObject json() const;
};

// http://127.0.0.1:<port> of the provider started by the CTest fixture.
QString issuer();
// Writes a profile for the fixture's provider into `directory` and returns its path.
QString writeProfile(const QTemporaryDir &directory, const QString &id = QStringLiteral("local"),
                     const QJsonObject &overrides = {});

ProcessResult runCli(const QStringList &arguments,
                     const QProcessEnvironment &environment
                     = QProcessEnvironment::systemEnvironment(),
                     int timeoutMs = 120'000);
// runCli in `workingDirectory`, with `input` on its stdin (then closed).
ProcessResult runCliIn(const QString &workingDirectory, const QStringList &arguments,
                       const QProcessEnvironment &environment, const QByteArray &input = {},
                       int timeoutMs = 120'000);
// tests/oidc/headless-user.mjs: walks the provider's login and consent pages over HTTP and
// returns the callback URL it was redirected to.
ProcessResult runHeadlessUser(const QUrl &authorizationUrl, const QStringList &options = {});

// Registers a public native client whose only redirect URI is `redirectUri` with the fixture's
// provider (RFC 7591) and returns its client_id, or an empty string (with a warning).
QString registerClient(const QUrl &redirectUri);

HttpResult httpGet(const QUrl &url, const QString &bearerToken = {});
HttpResult httpPostForm(const QUrl &url, const QList<QPair<QString, QString>> &form);

// The nearest-rank percentile of `values` (fraction 0.5: the median); 0 for none.
double percentile(QList<double> values, double fraction);

// Every regular file under `directory` whose bytes contain `needle`.
QStringList filesContaining(const QString &directory, const QByteArray &needle);

} // namespace lc::test

#include "operations/SignIn.h"

#include <QPointer>

namespace lc::test {

// Drives one SignIn the way the login window does: start, wait for the authorization URL, hand
// back the callback URL (embedded delivery), wait for the stored account or the error.
class SignInDriver
{
public:
    explicit SignInDriver(const ProviderProfile &profile, const QString &label = {},
                          const Services &services = Services::production(),
                          SignIn::CallbackDelivery delivery
                          = SignIn::CallbackDelivery::EmbeddedView);
    ~SignInDriver();

    // Starts the sign-in; the authorization URL once ready (empty if it ended before).
    QUrl start(int timeoutMs = 30'000);
    // handleRedirect(): true when the URL was the sign-in's redirect URI.
    bool deliver(const QUrl &callback);
    // Waits for the end; false on timeout.
    bool wait(int timeoutMs = 30'000);
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    bool finished() const { return m_account.has_value() || m_error.has_value(); }

    std::optional<AccountRecord> account() const { return m_account; }
    std::optional<AuthError> error() const { return m_error; }
    SignIn *operation() const { return m_operation; }

private:
    QObject m_context;
    QPointer<SignIn> m_operation;
    QUrl m_authorizationUrl;
    std::optional<AccountRecord> m_account;
    std::optional<AuthError> m_error;
};

} // namespace lc::test
