#pragma once
// Shared by the agent's integration tests (tst_agent, tst_agentload): the real agent executable
// as a child process, a JSON-RPC client on a QLocalSocket, and signing in a login of one's own
// against the fixture's provider.

#include "TestSupport.h"
#include "client/AgentEndpoint.h"
#include "protocol/JsonRpc.h"
#include "protocol/MethodParams.h"
#include "providers/ProfileRepository.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <csignal>

namespace lc::test {

// The agent executable, started with this process's environment (the throwaway HOME, keyring
// and XDG_RUNTIME_DIR of with-keyring.sh), so it and the CLI find the same socket.
class AgentProcess
{
public:
    ~AgentProcess() { stop(); }

    bool start(const QStringList &arguments = { QStringLiteral("--verbose") },
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        m_process.setProcessEnvironment(environment);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(LC_AGENT_PATH), arguments);
        if (!m_process.waitForStarted(10'000))
            return false;
        const QString path = environment.value(QStringLiteral("LOGIN_COMPANION_AGENT"),
                                               agent::AgentEndpoint::path());
        // Listening once a connection is accepted; a refusal (exit) ends the wait at once.
        return QTest::qWaitFor(
            [&] {
                if (m_process.state() != QProcess::Running)
                    return true;
                QLocalSocket probe;
                probe.connectToServer(path);
                return probe.waitForConnected(100);
            },
            15'000)
            && m_process.state() == QProcess::Running;
    }

    // SIGTERM, as systemd stops it; the exit code.
    int stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return m_process.exitCode();
        m_process.terminate();
        if (!m_process.waitForFinished(10'000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

    // SIGKILL: no chance to remove its socket file.
    void kill()
    {
        m_process.kill();
        m_process.waitForFinished();
    }

    // What it has logged so far (--verbose).
    QString log()
    {
        m_process.waitForReadyRead(50);
        m_log += QString::fromUtf8(m_process.readAllStandardError());
        return m_log;
    }
    bool waitForLog(const QString &text, int timeoutMs = 10'000)
    {
        return QTest::qWaitFor([&] { return log().contains(text); }, timeoutMs);
    }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QString m_log;
};

// One connection to the agent: requests by id, notifications and every line kept in order.
class RpcClient
{
public:
    explicit RpcClient(const QString &path = agent::AgentEndpoint::path())
    {
        QObject::connect(&m_socket, &QLocalSocket::readyRead, &m_socket, [this] { readLines(); });
        m_socket.connectToServer(path);
        m_socket.waitForConnected(5000);
    }

    bool isConnected() const { return m_socket.state() == QLocalSocket::ConnectedState; }
    QLocalSocket &socket() { return m_socket; }

    int send(const QString &method, const QJsonObject &params = {})
    {
        const int id = m_nextId++;
        sendRaw(agent::JsonRpc::request(id, method, params));
        return id;
    }
    void sendRaw(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }

    // Blocks on this socket alone (no 10 ms polling steps, so the time it takes is the agent's).
    std::optional<agent::ParsedResponse> waitFor(const QJsonValue &id, int timeoutMs = 60'000)
    {
        const QDeadlineTimer deadline(timeoutMs);
        readLines();
        while (!m_answers.contains(key(id)) && isConnected() && !deadline.hasExpired())
            m_socket.waitForReadyRead(int(deadline.remainingTime())); // readyRead reads the lines
        readLines();
        if (!m_answers.contains(key(id)))
            return std::nullopt;
        return m_answers.take(key(id));
    }

    // Sends and waits: the result object, or the error (code, message).
    agent::ParsedResponse call(const QString &method, const QJsonObject &params = {},
                               int timeoutMs = 60'000)
    {
        const std::optional<agent::ParsedResponse> answer
            = waitFor(send(method, params), timeoutMs);
        return answer.value_or(agent::ParsedResponse {});
    }

    bool waitForNotification(const QString &method, int timeoutMs = 30'000)
    {
        return QTest::qWaitFor(
            [&] {
                for (const agent::ParsedResponse &notification : std::as_const(notifications)) {
                    if (notification.notification == method)
                        return true;
                }
                return false;
            },
            timeoutMs);
    }

    QList<agent::ParsedResponse> notifications;
    QList<QByteArray> lines; // every line received, for checks that nothing leaks

private:
    static QString key(const QJsonValue &id)
    {
        return QString::fromUtf8(QJsonDocument(QJsonArray { id }).toJson(QJsonDocument::Compact));
    }

    void readLines()
    {
        while (m_socket.canReadLine()) {
            const QByteArray line = m_socket.readLine().chopped(1);
            lines.append(line);
            const agent::ParsedResponse parsed = agent::JsonRpc::parseResponse(line);
            if (!parsed.notification.isEmpty())
                notifications.append(parsed);
            else
                m_answers.insert(key(parsed.id), parsed);
        }
    }

    QLocalSocket m_socket;
    QHash<QString, agent::ParsedResponse> m_answers;
    int m_nextId = 1;
};

// A profile for a provider of the tests (the fixture's, unless `base` names another one), as a
// file and installed by id too, as `login` leaves a profile read from a file: the agent keeps
// the accounts of profiles it knows by id fresh before anyone asks.
struct TestProfile
{
    QString path;
    ProviderProfile profile;
};

inline std::optional<TestProfile> installTestProfile(const QTemporaryDir &directory,
                                                     const QString &id = QStringLiteral("local"),
                                                     const QString &base = issuer())
{
    QJsonObject endpoints;
    for (const auto &[key, path] : { std::pair { "issuer", "" }, { "authorizationEndpoint", "/auth" },
                                     { "tokenEndpoint", "/token" }, { "userinfoEndpoint", "/me" },
                                     { "revocationEndpoint", "/token/revocation" } })
        endpoints.insert(QLatin1String(key), base + QLatin1String(path));
    const QString path = writeProfile(directory, id, endpoints);
    const Result<ProviderProfile> profile = ProfileRepository::load(path);
    if (!profile.ok() || !ProfileRepository::install(path).ok())
        return std::nullopt;
    return TestProfile { path, profile.value() };
}

// The start of an agent suite: the command line's application name (so the test reads the
// same account list), the throwaway session of with-keyring.sh, the fixture's profile installed
// (its file's path and the profile into `path` and `profile`).
inline bool prepareAgentSuite(const QTemporaryDir &directory, QString *path,
                              ProviderProfile *profile)
{
    QCoreApplication::setApplicationName(QStringLiteral("login-companion"));
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        qWarning("run inside tests/support/with-keyring.sh");
        return false;
    }
    const std::optional<TestProfile> installed = installTestProfile(directory);
    if (!installed)
        return false;
    *path = installed->path;
    *profile = installed->profile;
    return true;
}

// A login of its own per test run: the provider keeps its counts for the fixture's lifetime.
inline QString uniqueLogin(const QString &prefix)
{
    return QStringLiteral("%1-%2-%3")
        .arg(prefix)
        .arg(QCoreApplication::applicationPid())
        .arg(QDateTime::currentMSecsSinceEpoch());
}

// Signs `login` in to `profile` through the core and the provider's own pages (headless user).
inline std::optional<AccountRecord> signIn(const ProviderProfile &profile, const QString &login)
{
    SignInDriver driver(profile);
    const ProcessResult user = runHeadlessUser(driver.start(), { QStringLiteral("--login"), login });
    if (user.exitCode != 0) {
        qWarning("headless user failed: %s", qPrintable(user.standardError));
        return std::nullopt;
    }
    if (!driver.deliver(QUrl(user.standardOutput.trimmed())) || !driver.wait())
        return std::nullopt;
    return driver.account();
}

// A fresh account of `profile` (a login made from `prefix`); the suite cannot go on without it.
inline AccountRecord signedInAs(const ProviderProfile &profile, const QString &prefix)
{
    const std::optional<AccountRecord> account = signIn(profile, uniqueLogin(prefix));
    if (!account)
        qFatal("the sign-in failed");
    return *account;
}

// The provider's refresh counters for one login (tests/oidc/provider.mjs).
struct RefreshStats
{
    int success = 0;
    int error = 0;
    int reused = 0;
    int total() const { return success + error; }
};

inline RefreshStats refreshStats(const QString &issuerUrl, const QString &login)
{
    QUrl url(issuerUrl + QStringLiteral("/__test/refresh-stats"));
    url.setQuery(QUrlQuery { { QStringLiteral("account"), login } });
    const HttpResult reply = httpGet(url);
    const QJsonObject json = reply.json();
    return { json.value(QStringLiteral("success")).toInt(),
             json.value(QStringLiteral("error")).toInt(),
             json.value(QStringLiteral("reused")).toInt() };
}

} // namespace lc::test
