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
// tests/oidc/headless-user.mjs: walks the provider's login and consent pages over HTTP and
// returns the callback URL it was redirected to.
ProcessResult runHeadlessUser(const QUrl &authorizationUrl, const QStringList &options = {});

HttpResult httpGet(const QUrl &url, const QString &bearerToken = {});
HttpResult httpPostForm(const QUrl &url, const QList<QPair<QString, QString>> &form);

// Every regular file under `directory` whose bytes contain `needle`.
QStringList filesContaining(const QString &directory, const QByteArray &needle);

} // namespace lc::test
