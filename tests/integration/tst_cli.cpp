// login-companion as a well-mannered command line: help never acts, usage lines name the
// command, typos get the nearest suggestion, stdout carries only what was asked for, `login`
// refuses what cannot work before anything starts, and the man page and completions generated at
// build time list every command and option.
#include "TestSupport.h"
#include "common/ExitCode.h"
#include "storage/AccountStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace lc;
using namespace lc::test;

namespace {
const QStringList kCommands { QStringLiteral("login"),   QStringLiteral("token"),
                              QStringLiteral("logout"),  QStringLiteral("accounts"),
                              QStringLiteral("status"),  QStringLiteral("use"),
                              QStringLiteral("profile"), QStringLiteral("secret"),
                              QStringLiteral("help"),    QStringLiteral("version") };

// No display at all, as on a server or in CI: anything that tried to open a window would fail.
QProcessEnvironment headless()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return environment;
}
} // namespace

class CliTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    QString m_profilePath;

    // An account with tokens in the keychain, so that a command that acted would show it.
    AccountRecord seedAccount()
    {
        AccountRecord account;
        account.profileId = QStringLiteral("local");
        account.label = QStringLiteral("seeded");
        account.subject = QStringLiteral("seeded-subject");
        account.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        StoredTokens tokens;
        tokens.accessToken = QStringLiteral("seeded-access-token");
        tokens.refreshToken = QStringLiteral("seeded-refresh-token");
        tokens.expiresAt = account.expiresAt;
        AccountStore store;
        auto stored = store.saveSignIn(account, tokens);
        if (!stored.ok())
            qFatal("%s", qPrintable(stored.error().message()));
        return stored.value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("login-companion"));
        m_profilePath = writeProfile(m_directory);
    }

    void init() { QFile::remove(AccountIndex().filePath()); }

    void helpNeverActs_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("usage");
        const QStringList helps { QStringLiteral("-h"), QStringLiteral("--help"),
                                  QStringLiteral("--help-all") };
        for (const QString &help : helps) {
            QTest::addRow("no command %s", qPrintable(help))
                << QStringList { help } << QStringLiteral("Usage: login-companion [options]");
            for (const QString &command : kCommands) {
                QTest::addRow("%s %s", qPrintable(command), qPrintable(help))
                    << QStringList { command, QStringLiteral("--profile"), m_profilePath, help }
                    << QStringLiteral("Usage: login-companion %1 [options]").arg(command);
            }
        }
        for (const QString &command : kCommands) {
            QTest::addRow("help %s", qPrintable(command))
                << QStringList { QStringLiteral("help"), command }
                << QStringLiteral("Usage: login-companion %1 [options]").arg(command);
        }
    }

    void helpNeverActs()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, usage);
        const AccountRecord account = seedAccount();
        const ProcessResult result = runCli(arguments, headless(), 30'000);
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        QVERIFY2(result.standardOutput.startsWith(usage), qPrintable(result.standardOutput));
        QVERIFY(!result.standardOutput.contains(QStringLiteral("seeded-access-token")));
        QCOMPARE(result.standardError, QString());
        // Nothing signed out, nothing signed in.
        auto rows = AccountIndex().load();
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().size(), 1);
        auto tokens = AccountStore().tokens(account);
        QVERIFY(tokens.ok());
        QCOMPARE(tokens.value().accessToken, QStringLiteral("seeded-access-token"));
    }

    void topLevelHelpListsEveryCommand()
    {
        const ProcessResult result = runCli({ QStringLiteral("help") }, headless());
        QCOMPARE(result.exitCode, 0);
        for (const QString &command : kCommands)
            QVERIFY2(result.standardOutput.contains(QStringLiteral("\n  ") + command + u' '),
                     qPrintable(command));
    }

    void versionCommandAndOption()
    {
        for (const QStringList &arguments :
             { QStringList { QStringLiteral("version") }, QStringList { QStringLiteral("--version") } }) {
            const ProcessResult result = runCli(arguments, headless());
            QCOMPARE(result.exitCode, 0);
            QCOMPARE(result.standardOutput,
                     QStringLiteral("login-companion " LOGIN_COMPANION_VERSION "\n"));
        }
    }

    void typosGetTheNearestSuggestion_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("suggestion");
        QTest::newRow("command") << QStringList { QStringLiteral("tokne") }
                                 << QStringLiteral("did you mean \"token\"?");
        QTest::newRow("option") << QStringList { QStringLiteral("token"), QStringLiteral("--profil"),
                                                 QStringLiteral("demo") }
                                << QStringLiteral("did you mean \"--profile\"?");
        QTest::newRow("help topic") << QStringList { QStringLiteral("help"), QStringLiteral("logni") }
                                    << QStringLiteral("did you mean \"login\"?");
    }

    void typosGetTheNearestSuggestion()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, suggestion);
        const ProcessResult result = runCli(arguments, headless());
        QCOMPARE(result.exitCode, int(ExitUsage));
        QVERIFY2(result.standardError.contains(suggestion), qPrintable(result.standardError));
        QCOMPARE(result.standardOutput, QString());
    }

    void noAccountsMeansNothingOnStdout()
    {
        const ProcessResult plain = runCli({ QStringLiteral("accounts") }, headless());
        QCOMPARE(plain.exitCode, 0);
        QCOMPARE(plain.standardOutput, QString());
        QVERIFY(plain.standardError.contains(QStringLiteral("login-companion login")));
        const ProcessResult json
            = runCli({ QStringLiteral("accounts"), QStringLiteral("--json") }, headless());
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.standardOutput, QStringLiteral("[]\n"));
        QCOMPARE(json.standardError, QString());
    }

    void loginWithoutADisplaySuggestsTheSystemBrowser()
    {
        const ProcessResult result = runCli(
            { QStringLiteral("login"), QStringLiteral("--profile"), m_profilePath }, headless(),
            30'000);
        QCOMPARE(result.exitCode, int(ExitUsage));
        QVERIFY2(result.standardError.contains(QStringLiteral("--browser system")),
                 qPrintable(result.standardError));
        QVERIFY(!result.standardError.contains(QStringLiteral("crash")));
        QCOMPARE(result.standardError.count(u'\n'), 1);
    }

    void aPlatformPluginThatFailsIsNoDisplayNotACrash()
    {
        // A platform Qt cannot load aborts QGuiApplication; the window reports it as "no
        // display", with the same advice.
        QProcessEnvironment environment = headless();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
        const ProcessResult result = runCli(
            { QStringLiteral("login"), QStringLiteral("--profile"), m_profilePath }, environment,
            60'000);
        QCOMPARE(result.exitCode, int(ExitUsage));
        QVERIFY2(result.standardError.contains(QStringLiteral("--browser system")),
                 qPrintable(result.standardError));
        QVERIFY2(!result.standardError.contains(QStringLiteral("crash")),
                 qPrintable(result.standardError));
        QCOMPARE(result.standardError.count(u'\n'), 1);
    }

    void systemBrowserIsRefusedWhenTheProviderCannotComeBack_data()
    {
        QTest::addColumn<QString>("registered");
        QTest::addColumn<QString>("reason");
        // light-oauth2's way: no redirect_uri in requests, a registered redirect elsewhere.
        QTest::newRow("elsewhere") << QStringLiteral("https://app.example.test/cb")
                                   << QStringLiteral("not an http address on this computer");
        // On loopback but without a port: the browser would go to port 80 (root only).
        QTest::newRow("loopback without a port")
            << QStringLiteral("http://127.0.0.1/callback") << QStringLiteral("no port");
        QTest::newRow("localhost without a port")
            << QStringLiteral("http://localhost/callback") << QStringLiteral("no port");
    }

    void systemBrowserIsRefusedWhenTheProviderCannotComeBack()
    {
        QFETCH(QString, registered);
        QFETCH(QString, reason);
        const QString profile = writeProfile(m_directory, QStringLiteral("noredirect"),
                                             { { QStringLiteral("redirectUriInRequests"), false },
                                               { QStringLiteral("redirectUri"), registered } });
        const ProcessResult result
            = runCli({ QStringLiteral("login"), QStringLiteral("--profile"), profile,
                       QStringLiteral("--browser"), QStringLiteral("system") },
                     headless(), 30'000);
        QCOMPARE(result.exitCode, int(ExitUsage));
        QCOMPARE(result.standardError.count(u'\n'), 1);
        for (const QString &part : { QStringLiteral("redirectUriInRequests"), registered, reason })
            QVERIFY2(result.standardError.contains(part), qPrintable(result.standardError));
    }

    void generatedManPageAndCompletionsListEveryCommandAndOption()
    {
        const QString doc = QStringLiteral(LC_DOC_DIR);
        const QStringList options { QStringLiteral("profile"),       QStringLiteral("account"),
                                    QStringLiteral("print-token"),   QStringLiteral("browser"),
                                    QStringLiteral("exit-on-error"), QStringLiteral("min-validity"),
                                    QStringLiteral("end-session"),   QStringLiteral("json"),
                                    QStringLiteral("all"),           QStringLiteral("yes"),
                                    QStringLiteral("force") };
        for (const QString &name : { QStringLiteral("login-companion.1"),
                                     QStringLiteral("login-companion.bash"),
                                     QStringLiteral("_login-companion"),
                                     QStringLiteral("login-companion.fish") }) {
            QFile file(doc + u'/' + name);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            QString text = QString::fromUtf8(file.readAll());
            text.replace(QStringLiteral("\\-"), QStringLiteral("-")); // roff
            for (const QString &command : kCommands)
                QVERIFY2(text.contains(command), qPrintable(name + u' ' + command));
            for (const QString &option : options)
                QVERIFY2(text.contains(option), qPrintable(name + u' ' + option));
            QVERIFY2(!text.contains(QStringLiteral("generate-")), qPrintable(name));
        }
        // The bash completion is valid bash.
        QProcess bash;
        bash.start(QStringLiteral("bash"), { QStringLiteral("-n"), doc + QStringLiteral("/login-companion.bash") });
        QVERIFY(bash.waitForFinished(30'000));
        QVERIFY2(bash.exitCode() == 0, bash.readAllStandardError().constData());
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
