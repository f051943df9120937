#include "TestSupport.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>
#include <QUrlQuery>

#include <optional>
#include <algorithm>
#include <cmath>

namespace lc::test {

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString issuer()
{
    QFile portFile(QStringLiteral(LC_OIDC_STATE_DIR "/port"));
    if (!portFile.open(QIODevice::ReadOnly))
        qFatal("the oidc fixture is not running (no %s)", qPrintable(portFile.fileName()));
    return QStringLiteral("http://127.0.0.1:%1")
        .arg(QString::fromLatin1(portFile.readAll().trimmed()));
}

QString writeProfile(const QTemporaryDir &directory, const QString &id,
                     const QJsonObject &overrides)
{
    const QString base = issuer();
    QJsonObject profile {
        { QStringLiteral("id"), id },
        { QStringLiteral("displayName"), QStringLiteral("Local test provider") },
        { QStringLiteral("issuer"), base },
        { QStringLiteral("authorizationEndpoint"), base + QStringLiteral("/auth") },
        { QStringLiteral("tokenEndpoint"), base + QStringLiteral("/token") },
        { QStringLiteral("userinfoEndpoint"), base + QStringLiteral("/me") },
        { QStringLiteral("revocationEndpoint"), base + QStringLiteral("/token/revocation") },
        { QStringLiteral("clientId"), QStringLiteral("login-companion-demo") },
        { QStringLiteral("redirectUri"), QStringLiteral("http://localhost/callback") },
        { QStringLiteral("scopes"),
          QJsonArray { QStringLiteral("openid"), QStringLiteral("offline_access"),
                       QStringLiteral("profile"), QStringLiteral("email") } },
        { QStringLiteral("extraAuthorizationParameters"),
          QJsonObject { { QStringLiteral("prompt"), QStringLiteral("consent") } } },
    };
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        profile.insert(it.key(), it.value());
    const QString path = directory.filePath(id + QStringLiteral(".json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(QJsonDocument(profile).toJson());
    return path;
}

namespace {
// How many times longer than usual the processes a test starts may take: sanitizers.sh sets
// LC_TEST_SLOWDOWN, since under ASan a process that floods its own memory (an endless answer
// from a hostile provider) also spends long in the leak check at its exit. Only the harness's
// patience scales; what a test asserts about the product's own deadlines does not.
int harnessSlowdown()
{
    static const int factor = qBound(1, qEnvironmentVariableIntValue("LC_TEST_SLOWDOWN"), 10);
    return factor;
}

ProcessResult runProcess(const QString &program, const QStringList &arguments,
                         const QProcessEnvironment &environment, int timeoutMs,
                         const QString &workingDirectory = {},
                         const std::optional<QByteArray> &input = std::nullopt)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted(10'000)) {
        result.standardError = process.errorString();
        return result;
    }
    if (input) {
        process.write(*input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(timeoutMs < 0 ? timeoutMs : timeoutMs * harnessSlowdown())) {
        process.kill();
        process.waitForFinished();
        result.standardError = QStringLiteral("timed out\n");
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.standardOutput = QString::fromUtf8(process.readAllStandardOutput());
    result.standardError += QString::fromUtf8(process.readAllStandardError());
    return result;
}

HttpResult waitFor(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult result { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                        reply->readAll() };
    reply->deleteLater();
    return result;
}

QNetworkAccessManager &network()
{
    static QNetworkAccessManager manager;
    manager.setTransferTimeout(30'000);
    return manager;
}
} // namespace

double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(fraction * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

ProcessResult runCli(const QStringList &arguments, const QProcessEnvironment &environment,
                     int timeoutMs)
{
    return runProcess(QStringLiteral(LC_CLI_PATH), arguments, environment, timeoutMs);
}

ProcessResult runCliIn(const QString &workingDirectory, const QStringList &arguments,
                       const QProcessEnvironment &environment, const QByteArray &input,
                       int timeoutMs)
{
    return runProcess(QStringLiteral(LC_CLI_PATH), arguments, environment, timeoutMs,
                      workingDirectory, input);
}

ProcessResult runHeadlessUser(const QUrl &authorizationUrl, const QStringList &options)
{
    return runProcess(QStringLiteral(LC_NODE),
                      QStringList { QStringLiteral(LC_OIDC_DIR "/headless-user.mjs") } + options
                          + QStringList { authorizationUrl.toString(QUrl::FullyEncoded) },
                      QProcessEnvironment::systemEnvironment(), 30'000);
}

HttpResult httpGet(const QUrl &url, const QString &bearerToken)
{
    QNetworkRequest request(url);
    if (!bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearerToken.toUtf8());
    return waitFor(network().get(request));
}

HttpResult httpPostForm(const QUrl &url, const QList<QPair<QString, QString>> &form)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/x-www-form-urlencoded"));
    QUrlQuery query;
    for (const auto &[key, value] : form)
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return waitFor(network().post(request, query.toString(QUrl::FullyEncoded).toUtf8()));
}

QString registerClient(const QUrl &redirectUri)
{
    const QJsonObject metadata {
        { QStringLiteral("redirect_uris"), QJsonArray { redirectUri.toString() } },
        { QStringLiteral("application_type"), QStringLiteral("native") },
        { QStringLiteral("token_endpoint_auth_method"), QStringLiteral("none") },
        { QStringLiteral("grant_types"),
          QJsonArray { QStringLiteral("authorization_code"), QStringLiteral("refresh_token") } },
        { QStringLiteral("response_types"), QJsonArray { QStringLiteral("code") } },
    };
    QNetworkRequest request(QUrl(issuer() + QStringLiteral("/reg")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const HttpResult result
        = waitFor(network().post(request, QJsonDocument(metadata).toJson(QJsonDocument::Compact)));
    const QString clientId = result.json().value(QStringLiteral("client_id")).toString();
    if (result.status != 201 || clientId.isEmpty())
        qWarning("client registration failed: HTTP %d %s", result.status, result.body.constData());
    return clientId;
}

QStringList filesContaining(const QString &directory, const QByteArray &needle)
{
    QStringList matches;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            matches.append(file.fileName());
    }
    return matches;
}

} // namespace lc::test

namespace lc::test {

SignInDriver::SignInDriver(const ProviderProfile &profile, const QString &label,
                           const Services &services, SignIn::CallbackDelivery delivery)
    : m_operation(new SignIn(profile, services, label, delivery))
{
    QObject::connect(m_operation, &SignIn::authorizationUrlReady, &m_context,
                     [this](const QUrl &url) { m_authorizationUrl = url; });
    m_operation->then(&m_context, [this](const Result<AccountRecord> &result) {
        if (result.ok())
            m_account = result.value();
        else
            m_error = result.error();
    });
}

SignInDriver::~SignInDriver()
{
    if (m_operation)
        m_operation->cancel();
}

QUrl SignInDriver::start(int timeoutMs)
{
    m_operation->start();
    QTest::qWaitFor([this] { return !m_authorizationUrl.isEmpty() || finished(); }, timeoutMs);
    return m_authorizationUrl;
}

bool SignInDriver::deliver(const QUrl &callback)
{
    return m_operation && m_operation->handleRedirect(callback);
}

bool SignInDriver::wait(int timeoutMs)
{
    return QTest::qWaitFor([this] { return finished(); }, timeoutMs);
}

} // namespace lc::test
