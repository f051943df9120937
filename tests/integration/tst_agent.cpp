// The agent for real (issue 13): the login-companion-agent executable with the real keychain
// (gnome-keyring) and provider (oidc-provider), spoken to over its socket with JSON-RPC and by
// `login-companion token`. Protocol conformance, the command line's use of the agent and its
// fallback, notifications, another user's connection, a sign-in through the login window.
#include "AgentHarness.h"
#include "common/ExitCode.h"
#include "operations/AccountJson.h"
#include "providers/ProfileRepository.h"
#include "storage/AccountStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <tuple>

#include <unistd.h>

using namespace lc;
using namespace lc::test;

namespace {
// The keychain out of the command line's reach: a direct `token` fails with exit 4, so a token
// printed with it can only have come from the agent.
QProcessEnvironment withoutKeychain()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=/nonexistent/lc-no-bus"));
    return environment;
}

QJsonObject withoutExpiresIn(QJsonObject object)
{
    object.remove(QStringLiteral("expiresIn"));
    return object;
}
} // namespace

class AgentTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    QString m_profilePath;
    ProviderProfile m_profile;
    AgentProcess m_agent;

    QStringList token(const QStringList &more = {}) const
    {
        return QStringList { QStringLiteral("token"), QStringLiteral("--profile"), m_profilePath }
        + more;
    }

    QJsonObject tokenParams(const QString &account = {}) const
    {
        QJsonObject params { { QStringLiteral("profile"), m_profilePath } };
        if (!account.isEmpty())
            params.insert(QStringLiteral("account"), account);
        return params;
    }

    // The agent's token for the profile's only account, as the provider's userinfo answers it.
    int userinfoStatusOfAgentToken(RpcClient &launcher) const
    {
        const agent::ParsedResponse token = launcher.call(agent::Method::token, tokenParams());
        if (!token.result)
            return 0;
        return httpGet(QUrl(issuer() + QStringLiteral("/me")),
                       token.result->toObject().value("accessToken").toString())
            .status;
    }

    AccountRecord signedIn(const QString &prefix) { return signedInAs(m_profile, prefix); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(prepareAgentSuite(m_directory, &m_profilePath, &m_profile)); }

    void init() { QFile::remove(AccountIndex().filePath()); }
    void cleanup() { m_agent.stop(); }

    void tokenAndAccountsAreWhatTheCommandLinePrints()
    {
        const AccountRecord account = signedIn(QStringLiteral("same"));
        QVERIFY(m_agent.start());
        RpcClient client;
        QVERIFY(client.isConnected());

        const agent::ParsedResponse answer = client.call(agent::Method::token, tokenParams());
        QVERIFY2(answer.result, answer.error ? qPrintable(answer.error->message) : "no answer");
        const ProcessResult direct = runCli(token({ QStringLiteral("--json"),
                                                    QStringLiteral("--no-agent") }));
        QCOMPARE(direct.exitCode, 0);
        const QJsonObject printed = QJsonDocument::fromJson(direct.standardOutput.toUtf8()).object();
        QVERIFY(printed.contains(QStringLiteral("idTokenClaims")));
        QCOMPARE(withoutExpiresIn(answer.result->toObject()), withoutExpiresIn(printed));
        QVERIFY(qAbs(answer.result->toObject().value(QStringLiteral("expiresIn")).toInt()
                     - printed.value(QStringLiteral("expiresIn")).toInt())
                <= 2);
        QCOMPARE(answer.result->toObject()
                     .value(QStringLiteral("account"))
                     .toObject()
                     .value(QStringLiteral("subject"))
                     .toString(),
                 account.subject);

        const agent::ParsedResponse accounts = client.call(agent::Method::accounts);
        QVERIFY(accounts.result);
        const ProcessResult listed
            = runCli({ QStringLiteral("accounts"), QStringLiteral("--json") });
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(accounts.result->toArray(),
                 QJsonDocument::fromJson(listed.standardOutput.toUtf8()).array());
        QCOMPARE(accounts.result->toArray().size(), 1);
    }

    void commandLineAsksTheAgentAndFallsBackWithoutIt()
    {
        signedIn(QStringLiteral("fallback"));
        const ProcessResult direct = runCli(token());
        QCOMPARE(direct.exitCode, 0);
        const QString stored = direct.standardOutput;
        // No keychain for the command line and no agent: exit 4.
        QCOMPARE(runCli(token(), withoutKeychain()).exitCode, int(ExitStorageUnavailable));

        QVERIFY(m_agent.start());
        const ProcessResult viaAgent = runCli(token(), withoutKeychain());
        QVERIFY2(viaAgent.exitCode == 0, qPrintable(viaAgent.standardError));
        QCOMPARE(viaAgent.standardOutput, stored); // the same bytes: the token and a newline
        QCOMPARE(viaAgent.standardError, QString());
        const ProcessResult json = runCli(token({ QStringLiteral("--json") }), withoutKeychain());
        QCOMPARE(json.exitCode, 0);
        QVERIFY(json.standardOutput.endsWith(QStringLiteral("}\n")));
        QVERIFY(json.standardOutput.contains(QStringLiteral("\n    \"accessToken\": ")));
        // --no-agent, and settings only a direct call would see, go to the keychain.
        QCOMPARE(runCli(token({ QStringLiteral("--no-agent") }), withoutKeychain()).exitCode,
                 int(ExitStorageUnavailable));
        QProcessEnvironment placeholder = withoutKeychain();
        placeholder.insert(QStringLiteral("LOGIN_COMPANION_MEMBER_BASE"),
                           QStringLiteral("https://member.test"));
        QCOMPARE(runCli(token(), placeholder).exitCode, int(ExitStorageUnavailable));

        // Errors: the same exit code and line as the direct way.
        const QStringList nobody = token({ QStringLiteral("--account"), QStringLiteral("nobody") });
        const ProcessResult missing = runCli(nobody, withoutKeychain());
        const ProcessResult missingDirect = runCli(nobody + QStringList { "--no-agent" });
        QCOMPARE(missing.exitCode, int(ExitLoginRequired));
        QCOMPARE(missing.exitCode, missingDirect.exitCode);
        QCOMPARE(missing.standardError, missingDirect.standardError);
        QCOMPARE(missing.standardOutput, QString());

        // The agent stopped (its socket removed) or killed (its socket left behind): direct.
        QCOMPARE(m_agent.stop(), 0);
        QVERIFY(!QFile::exists(agent::AgentEndpoint::path()));
        QCOMPARE(runCli(token()).standardOutput, stored);
        QVERIFY(m_agent.start());
        m_agent.kill();
        QVERIFY(QFile::exists(agent::AgentEndpoint::path()));
        const ProcessResult afterKill = runCli(token());
        QCOMPARE(afterKill.exitCode, 0);
        QCOMPARE(afterKill.standardOutput, stored);
        QCOMPARE(runCli(token(), withoutKeychain()).exitCode, int(ExitStorageUnavailable));
    }

    void malformedRequestsAreAnsweredAndTheConnectionStays()
    {
        QVERIFY(m_agent.start());
        RpcClient client;
        struct Case
        {
            QByteArray line;
            int code;
            QJsonValue id;
        };
        const QList<Case> cases {
            { "this is not json", agent::RpcParseError, QJsonValue::Null },
            { R"([{"jsonrpc":"2.0","id":1,"method":"accounts"}])", agent::RpcInvalidRequest,
              QJsonValue::Null },
            { R"({"id":11,"method":"accounts"})", agent::RpcInvalidRequest, 11 },
            { R"({"jsonrpc":"2.0","id":12,"method":"launch"})", agent::RpcMethodNotFound, 12 },
            { R"({"jsonrpc":"2.0","id":13,"method":"token","params":{"minValidity":"soon"}})",
              agent::RpcInvalidParams, 13 },
            { R"({"jsonrpc":"2.0","id":14,"method":"token","params":{"profile":"rel/p.json"}})",
              agent::RpcInvalidParams, 14 },
            { R"({"jsonrpc":"2.0","id":15,"method":"accounts","params":{"all":true}})",
              agent::RpcInvalidParams, 15 },
            { R"({"jsonrpc":"2.0","id":16,"method":"token","params":["demo"]})",
              agent::RpcInvalidParams, 16 },
        };
        for (const Case &test : cases) {
            const qsizetype before = client.lines.size();
            client.sendRaw(test.line + '\n');
            QVERIFY2(QTest::qWaitFor([&] { return client.lines.size() > before; }, 10'000),
                     test.line.constData());
            const agent::ParsedResponse answer = agent::JsonRpc::parseResponse(client.lines.last());
            QVERIFY2(answer.valid && answer.error, client.lines.last().constData());
            QCOMPARE(answer.error->code, test.code);
            QCOMPARE(answer.id, test.id);
            QVERIFY(!answer.error->message.isEmpty());
            QVERIFY(client.isConnected());
        }
        // A notification (no id) is not answered: the next line is the next request's answer.
        client.sendRaw(R"({"jsonrpc":"2.0","method":"accounts"})" "\n");
        const agent::ParsedResponse accounts = client.call(agent::Method::accounts);
        QVERIFY(accounts.result);
        QCOMPARE(accounts.id, QJsonValue(1));
        QCOMPARE(accounts.result->toArray().size(), 0);
        QCOMPARE(client.lines.size(), cases.size() + 1);

        // A command's failure carries the command line's exit code and its message.
        const agent::ParsedResponse unknownProfile
            = client.call(agent::Method::token, { { "profile", "no-such-profile" } });
        QVERIFY(unknownProfile.error);
        QCOMPARE(unknownProfile.error->code, int(ExitUsage));
        QVERIFY(unknownProfile.error->message.contains(QStringLiteral("no-such-profile")));
        const agent::ParsedResponse noAccount = client.call(agent::Method::token, tokenParams());
        QVERIFY(noAccount.error);
        QCOMPARE(noAccount.error->code, int(ExitLoginRequired));
    }

    void profilesListsTheBuiltInAndInstalledProvidersThatLoad()
    {
        // One installed profile that does not load (no issuer): left out, as for `profile list`.
        QDir().mkpath(ProfileRepository::installedDirectory());
        const QString broken = ProfileRepository::installedPath(QStringLiteral("broken"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"id":"broken","displayName":"Broken"})");
        file.close();
        QVERIFY(m_agent.start());
        RpcClient client;
        const agent::ParsedResponse answer = client.call(agent::Method::profiles);
        QFile::remove(broken);
        QVERIFY2(answer.result, answer.error ? qPrintable(answer.error->message) : "no answer");
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &value : answer.result->toArray())
            byId.insert(value.toObject().value("id").toString(), value.toObject());
        for (const ProviderProfile &builtIn : ProfileRepository::builtIn()) {
            const QJsonObject listed = byId.value(builtIn.id);
            QCOMPARE(listed.value("name").toString(), builtIn.displayName);
            QCOMPARE(listed.value("environment").toString(), builtIn.environment);
            QCOMPARE(listed.keys(), (QStringList { "environment", "id", "name" }));
        }
        QCOMPARE(byId.value(m_profile.id).value("name").toString(), m_profile.displayName);
        QVERIFY(!byId.contains(QStringLiteral("broken")));
        QCOMPARE(byId.size(), ProfileRepository::builtIn().size() + 1);

        const agent::ParsedResponse withParams
            = client.call(agent::Method::profiles, { { "all", true } });
        QVERIFY(withParams.error);
        QCOMPARE(withParams.error->code, int(agent::RpcInvalidParams));
    }

    void stopAnswersThenEndsTheAgent()
    {
        QVERIFY(m_agent.start());
        RpcClient bystander;
        QVERIFY(bystander.call(agent::Method::subscribe).result);
        RpcClient client;
        const agent::ParsedResponse refused = client.call(agent::Method::stop, { { "now", true } });
        QVERIFY(refused.error);
        QCOMPARE(refused.error->code, int(agent::RpcInvalidParams));
        QCOMPARE(m_agent.process().state(), QProcess::Running);

        QCOMPARE(client.call(agent::Method::stop).result, QJsonValue(true));
        QVERIFY(m_agent.process().waitForFinished(15'000));
        QCOMPARE(m_agent.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_agent.process().exitCode(), 0);
        QTRY_VERIFY(!bystander.isConnected());
        QVERIFY(!QFile::exists(agent::AgentEndpoint::path())); // the orderly way
    }

    void oversizedLineClosesOnlyItsConnection()
    {
        QVERIFY(m_agent.start());
        RpcClient bystander;
        QVERIFY(bystander.call(agent::Method::subscribe).result);
        RpcClient flooder;
        flooder.sendRaw(QByteArray(agent::JsonRpc::kMaxLineBytes + 4096, 'x'));
        QVERIFY(QTest::qWaitFor([&] { return !flooder.isConnected(); }, 10'000));
        QCOMPARE(flooder.lines.size(), 1);
        const agent::ParsedResponse refusal = agent::JsonRpc::parseResponse(flooder.lines.first());
        QVERIFY(refusal.error);
        QCOMPARE(refusal.error->code, int(agent::RpcInvalidRequest));
        // A long line that does end, too.
        RpcClient longLine;
        longLine.sendRaw(QByteArray(agent::JsonRpc::kMaxLineBytes + 10, ' ') + "\n");
        QVERIFY(QTest::qWaitFor([&] { return !longLine.isConnected(); }, 10'000));
        // The agent and its other clients carry on.
        QVERIFY(bystander.isConnected());
        QVERIFY(bystander.call(agent::Method::accounts).result);
        QVERIFY(RpcClient().call(agent::Method::accounts).result);
    }

    void subscribersHearSignInRefreshAndSignOutButNeverATokenAndTokensAreDropped()
    {
        const AccountRecord first = signedIn(QStringLiteral("watched"));
        QVERIFY(m_agent.start());
        RpcClient launcher;
        QCOMPARE(launcher.call(agent::Method::subscribe).result, QJsonValue(true));
        const agent::ParsedResponse before
            = launcher.call(agent::Method::token, tokenParams(first.label));
        QVERIFY(before.result);
        QStringList secrets { before.result->toObject().value("accessToken").toString() };

        // Another account signs in elsewhere.
        const AccountRecord second = signedIn(QStringLiteral("joining"));
        QVERIFY(launcher.waitForNotification(QStringLiteral("accountsChanged")));
        const agent::ParsedResponse joined = launcher.notifications.last();
        QCOMPARE(joined.params.value("subject").toString(), second.subject);
        QCOMPARE(joined.params.value("label").toString(), second.label);
        QCOMPARE(joined.params.value("profile").toString(), m_profile.id);

        // Another process refreshes the first account: the agent is told, and hands out the
        // new token (read again from the keychain, not refreshed a second time).
        const QString login = first.subject;
        const ProcessResult refreshed = runCli(token({ QStringLiteral("--no-agent"),
                                                       QStringLiteral("--account"), first.label,
                                                       QStringLiteral("--min-validity"),
                                                       QStringLiteral("999999") }));
        QCOMPARE(refreshed.exitCode, 0);
        QVERIFY(launcher.waitForNotification(QStringLiteral("refreshed")));
        const agent::ParsedResponse after
            = launcher.call(agent::Method::token, tokenParams(first.label));
        QVERIFY(after.result);
        QCOMPARE(after.result->toObject().value("accessToken").toString(),
                 refreshed.standardOutput.trimmed());
        QCOMPARE(refreshStats(issuer(), login).total(), 1);
        secrets << refreshed.standardOutput.trimmed();

        // Signed out from the command line: told, and the tokens are gone from the agent too.
        const ProcessResult logout = runCli({ QStringLiteral("logout"), QStringLiteral("--profile"),
                                              m_profilePath, QStringLiteral("--account"),
                                              first.label });
        QCOMPARE(logout.exitCode, 0);
        QVERIFY(launcher.waitForNotification(QStringLiteral("signedOut")));
        QCOMPARE(launcher.notifications.last().params.value("subject").toString(), first.subject);
        const agent::ParsedResponse gone
            = launcher.call(agent::Method::token, tokenParams(first.label));
        QVERIFY(gone.error);
        QCOMPARE(gone.error->code, int(ExitLoginRequired));
        // The command line, through the agent, says the same.
        QCOMPARE(runCli(token({ QStringLiteral("--account"), first.label }), withoutKeychain())
                     .exitCode,
                 int(ExitLoginRequired));

        for (const QByteArray &line : std::as_const(launcher.lines)) {
            const agent::ParsedResponse parsed = agent::JsonRpc::parseResponse(line);
            if (parsed.notification.isEmpty())
                continue;
            QCOMPARE(parsed.params.keys(),
                     (QStringList { QStringLiteral("label"), QStringLiteral("profile"),
                                    QStringLiteral("subject") }));
            for (const QString &secret : std::as_const(secrets))
                QVERIFY(!line.contains(secret.toUtf8()));
        }
        // Its log (--verbose) names the accounts and what happened to them, never a token.
        QVERIFY2(m_agent.waitForLog(QStringLiteral("signedOut \"%1\"").arg(first.label)),
                 qPrintable(m_agent.log()));
        for (const QString &secret : std::as_const(secrets))
            QVERIFY(!m_agent.log().contains(secret));
    }

    void anotherUsersConnectionIsClosedWithNothingSent()
    {
        // CI runs as root: the client runs as "nobody" (setpriv). The socket is made reachable
        // for this test only, in a folder of its own.
        QVERIFY2(::getuid() == 0, "this test runs a client as another user (setpriv), which "
                                  "takes root: run the tests as root, as CI does");
        QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/lc-agent-peer-XXXXXX"));
        QVERIFY(folder.isValid());
        const QString path = folder.filePath(QStringLiteral("agent"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LOGIN_COMPANION_AGENT"), path);
        QVERIFY(m_agent.start({ QStringLiteral("--verbose") }, environment));
        QCOMPARE(QFileInfo(path).permissions() & ~(QFile::ReadUser | QFile::WriteUser
                                                   | QFile::ReadOwner | QFile::WriteOwner),
                 QFileDevice::Permissions());
        QVERIFY(QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::WriteOwner
                                          | QFile::ExeOwner | QFile::ExeOther | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner
                                          | QFile::ReadOther | QFile::WriteOther));

        // Connects, sends a request, prints how many bytes came back before the agent hung up.
        const QString client = QStringLiteral(
            "const s = require('net').createConnection(process.argv[1]);"
            "let n = 0; s.on('connect', () => { console.log('connected');"
            " s.write('{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"accounts\"}\\n'); });"
            "s.on('data', d => { n += d.length; });"
            "s.on('error', e => console.log('error ' + e.code));"
            "s.on('close', () => { console.log('received ' + n); process.exit(0); });"
            "setTimeout(() => { console.log('still open after 5 s'); process.exit(1); }, 5000);");
        QProcess nobody;
        nobody.start(QStringLiteral("setpriv"),
                     { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                       QStringLiteral("--clear-groups"), QStringLiteral(LC_NODE),
                       QStringLiteral("-e"), client, path });
        QVERIFY(nobody.waitForFinished(20'000));
        const QString said = QString::fromUtf8(nobody.readAllStandardOutput());
        QVERIFY2(said.contains(QStringLiteral("connected")),
                 qPrintable(said + QString::fromUtf8(nobody.readAllStandardError())));
        QVERIFY2(said.contains(QStringLiteral("received 0")), qPrintable(said));
        QCOMPARE(nobody.exitCode(), 0);
        QVERIFY(m_agent.waitForLog(QStringLiteral("refused a connection from uid 65534")));

        // Its owner is still served.
        RpcClient owner(path);
        QVERIFY(owner.call(agent::Method::accounts).result);
    }

    void theDocumentedQtExampleGetsTheTokenWithAndWithoutTheAgent()
    {
        const AccountRecord account = signedIn(QStringLiteral("example"));
        const QString expected = runCli(token()).standardOutput;
        QVERIFY(!expected.isEmpty());
        QVERIFY(m_agent.start());
        QProcess launcher;
        launcher.start(QStringLiteral(LC_EXAMPLE_LAUNCHER),
                       { m_profilePath, account.label, QStringLiteral("--wait") });
        QVERIFY(QTest::qWaitFor([&] { return launcher.canReadLine(); }, 20'000));
        QCOMPARE(QString::fromUtf8(launcher.readLine()), expected);
        // Subscribed: the next sign-in elsewhere is announced to it.
        const AccountRecord joined = signedIn(QStringLiteral("example-joins"));
        QVERIFY(launcher.waitForFinished(20'000));
        QCOMPARE(launcher.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(launcher.readAll()),
                 QStringLiteral("accountsChanged %1\n").arg(joined.label));

        // Without an agent it asks the command line (on PATH) and gets the same token.
        m_agent.stop();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PATH"),
                           QFileInfo(QStringLiteral(LC_CLI_PATH)).absolutePath() + u':'
                               + environment.value(QStringLiteral("PATH")));
        QProcess direct;
        direct.setProcessEnvironment(environment);
        direct.start(QStringLiteral(LC_EXAMPLE_LAUNCHER), { m_profilePath, account.label });
        QVERIFY(direct.waitForFinished(30'000));
        QCOMPARE(direct.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(direct.readAllStandardOutput()), expected);
    }

    void theDocumentedPythonExampleGetsTheTokenWithAndWithoutTheAgent()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        QVERIFY2(!python.isEmpty(), "python3 is missing; tests/tools/install-deps.sh installs it");
        const QString example = QStringLiteral(LC_PYTHON_EXAMPLE);
        const AccountRecord account = signedIn(QStringLiteral("python"));
        const QString expected = runCli(token()).standardOutput;
        QVERIFY(!expected.isEmpty());
        const auto runExample = [&](const QStringList &arguments,
                                    const QProcessEnvironment &environment) {
            QProcess process;
            process.setProcessEnvironment(environment);
            process.start(python, QStringList { example } + arguments);
            const bool finished = process.waitForFinished(30'000);
            return std::make_tuple(finished, process.exitCode(),
                                   QString::fromUtf8(process.readAllStandardOutput()),
                                   QString::fromUtf8(process.readAllStandardError()));
        };

        QVERIFY(m_agent.start());
        const QProcessEnvironment withAgent = QProcessEnvironment::systemEnvironment();
        auto [finished, exitCode, output, errors]
            = runExample({ m_profilePath, account.label }, withAgent);
        QVERIFY2(finished && exitCode == 0, qPrintable(errors));
        QCOMPARE(output, expected);
        // The agent's error code is the command line's exit code: no such account, sign in.
        std::tie(finished, exitCode, output, errors)
            = runExample({ m_profilePath, QStringLiteral("nobody-python") }, withAgent);
        QVERIFY(finished);
        QCOMPARE(exitCode, int(ExitLoginRequired));
        QCOMPARE(output, QString());
        QVERIFY2(errors.contains(QStringLiteral("nobody-python")), qPrintable(errors));

        // Without an agent it runs `login-companion token` (on PATH): the same token.
        m_agent.stop();
        QProcessEnvironment withoutAgent = QProcessEnvironment::systemEnvironment();
        withoutAgent.insert(QStringLiteral("PATH"),
                            QFileInfo(QStringLiteral(LC_CLI_PATH)).absolutePath() + u':'
                                + withoutAgent.value(QStringLiteral("PATH")));
        std::tie(finished, exitCode, output, errors)
            = runExample({ m_profilePath, account.label }, withoutAgent);
        QVERIFY2(finished && exitCode == 0, qPrintable(errors));
        QCOMPARE(output, expected);
    }

    void aSecondAgentRefusesToStart()
    {
        QVERIFY(m_agent.start());
        QProcess second;
        second.start(QStringLiteral(LC_AGENT_PATH), QStringList());
        QVERIFY(second.waitForFinished(20'000));
        QCOMPARE(second.exitCode(), int(ExitUsage));
        const QString said = QString::fromUtf8(second.readAllStandardError());
        QVERIFY2(said.contains(QStringLiteral("already running")), qPrintable(said));
        QCOMPARE(said.count(u'\n'), 1);
        QVERIFY(RpcClient().call(agent::Method::accounts).result); // the first one still answers
    }

    void loginWithTheSystemBrowserThroughTheAgent()
    {
        // The "browser": tests/oidc/browser-stand-in.mjs, in the background as a browser is.
        const QString login = uniqueLogin(QStringLiteral("browser"));
        const QString browser = m_directory.filePath(QStringLiteral("browser.sh"));
        QFile script(browser);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(QStringLiteral("#!/bin/sh\n'%1' '%2' --login '%3' \"$1\" >/dev/null 2>&1 &\n")
                         .arg(QStringLiteral(LC_NODE), QStringLiteral(LC_OIDC_DIR "/browser-stand-in.mjs"),
                              login)
                         .toUtf8());
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LOGIN_COMPANION_BROWSER"), browser);
        QVERIFY(m_agent.start({ QStringLiteral("--verbose") }, environment));

        RpcClient launcher;
        const agent::ParsedResponse signedIn = launcher.call(
            agent::Method::login,
            { { "profile", m_profilePath }, { "browser", "system" }, { "account", "sys-label" } });
        QVERIFY2(signedIn.result, signedIn.error ? qPrintable(signedIn.error->message) : "none");
        QCOMPARE(signedIn.result->toObject().value("subject").toString(), login);
        QCOMPARE(signedIn.result->toObject().value("label").toString(), QStringLiteral("sys-label"));
        QCOMPARE(userinfoStatusOfAgentToken(launcher), 200);

        // A provider that would send the browser where the agent cannot hear: refused at once.
        const QString deaf = writeProfile(
            m_directory, QStringLiteral("deaf"),
            { { "redirectUri", "https://app.example/callback" }, { "redirectUriInRequests", false } });
        const agent::ParsedResponse refused = launcher.call(
            agent::Method::login, { { "profile", deaf }, { "browser", "system" } }, 10'000);
        QVERIFY(refused.error);
        QCOMPARE(refused.error->code, int(ExitUsage));
        QVERIFY(refused.error->message.contains(QStringLiteral("redirectUriInRequests")));
    }

#ifdef LC_WINDOW_BUILT // the login window is part of this build
    void loginThroughTheAgentOpensTheWindowAndAnswersWithTheAccount()
    {
        QVERIFY(m_agent.start());
        RpcClient launcher;
        QVERIFY(launcher.call(agent::Method::subscribe).result);
        const QString login = uniqueLogin(QStringLiteral("window"));
        QFile autofill(QStringLiteral(LC_OIDC_DIR "/autofill.js"));
        QVERIFY(autofill.open(QIODevice::ReadOnly));
        const QString script = m_directory.filePath(login + QStringLiteral(".js"));
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("window.__loginCompanionUser = \"" + login.toUtf8() + "\";\n" + autofill.readAll());
        file.close();

        const agent::ParsedResponse signedIn = launcher.call(
            agent::Method::login,
            { { "profile", m_profilePath }, { "pageScript", script }, { "exitOnError", true } },
            120'000);
        QVERIFY2(signedIn.result, signedIn.error ? qPrintable(signedIn.error->message) : "none");
        const QJsonObject row = signedIn.result->toObject();
        QCOMPARE(row.value("subject").toString(), login);
        QCOMPARE(row.value("state").toString(), QStringLiteral("valid"));
        QVERIFY(launcher.waitForNotification(QStringLiteral("accountsChanged")));
        QCOMPARE(userinfoStatusOfAgentToken(launcher), 200);

        // A sign-in the user cancels on the provider's page ends with the window's exit code
        // (2) and its message.
        const QString cancel = m_directory.filePath(QStringLiteral("cancel.js"));
        QFile cancelling(cancel);
        QVERIFY(cancelling.open(QIODevice::WriteOnly));
        cancelling.write("(function(){ var a = document.querySelector('a[href*=\"/abort\"]');"
                         " if (a && !window.__clicked) { window.__clicked = true; a.click(); } })();");
        cancelling.close();
        const agent::ParsedResponse cancelled = launcher.call(
            agent::Method::login, { { "profile", m_profilePath }, { "pageScript", cancel } },
            120'000);
        QVERIFY(cancelled.error);
        QCOMPARE(cancelled.error->code, int(ExitCancelled));
        QVERIFY2(cancelled.error->message.contains(QStringLiteral("cancelled")),
                 qPrintable(cancelled.error->message));
    }
#endif
};

QTEST_GUILESS_MAIN(AgentTest)
#include "tst_agent.moc"
