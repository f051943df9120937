// Fault injection, network side (issue 9, "Hostile or broken providers"): the mutant provider's
// hostile-* cases (tests/rp/README.md) answer a signed-in account's refresh, discovery, JWKS,
// userinfo or revocation request with a redirect, a trickle, silence, a reset, garbage, a huge or
// endless body, or values out of range. Every test asserts the exit code, the message, and that
// the account's keychain entry and index row are what they were.
#include "HostileHarness.h"

#include <QTcpServer>

using namespace lc;
using namespace lc::test;
using namespace lc::test::hostile;

class HostileProviderTest : public QObject
{
    Q_OBJECT

private:
    Harness h;

    // Reset the case, sign in to it, arm its fault. Returns the account and its snapshot.
    std::pair<AccountRecord, Snapshot> armedAccount(const QString &testCase, QString *profile,
                                                    const QJsonObject &armWith = {})
    {
        control(testCase, QStringLiteral("reset"));
        *profile = h.newProfile(testCase);
        const AccountRecord account = h.signedIn(*profile);
        control(testCase, QStringLiteral("arm"), armWith);
        return { account, snapshotOf(account) };
    }

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationName(QStringLiteral("login-companion")); }
    void init() { h.setUp(); }

    // --- 1. No redirects -----------------------------------------------------------------

    void redirectIsNeverFollowed_data()
    {
        QTest::addColumn<QString>("testCase");
        QTest::addColumn<QString>("status");
        QTest::newRow("token (307)") << QStringLiteral("hostile-redirect-token") << "307";
        QTest::newRow("discovery (302)") << QStringLiteral("hostile-redirect-discovery") << "302";
        QTest::newRow("jwks (302)") << QStringLiteral("hostile-redirect-jwks") << "302";
    }
    void redirectIsNeverFollowed()
    {
        QFETCH(QString, testCase);
        QFETCH(QString, status);
        QString profile;
        const auto [account, before] = armedAccount(testCase, &profile);
        h.forgetMetadata(); // discovery and JWKS are fetched again by the refresh
        const CliRun run = h.token(profile);
        QVERIFY2(run.exitCode() == ExitProviderOrNetwork, run.describe());
        QVERIFY2(run.oneErrorLine(), run.describe());
        QVERIFY2(run.err().contains(QStringLiteral("HTTP ") + status), run.describe());
        QVERIFY2(run.err().contains(QStringLiteral("redirect"), Qt::CaseInsensitive),
                 run.describe());
        QCOMPARE(countOf(testCase, QStringLiteral("/stolen")), 0);
        QVERIFY(run.out().isEmpty());
        const QString changed = differences(before, snapshotOf(account));
        QVERIFY2(changed.isEmpty(), qPrintable(changed));
    }

    void redirectOnUserinfoIsNotFollowedAtSignIn()
    {
        // Userinfo is only asked at sign-in; the sign-in may go on without it (the ID token names
        // the account), but the access token never goes to the redirect's target.
        const QString testCase = QStringLiteral("hostile-redirect-userinfo");
        control(testCase, QStringLiteral("reset"));
        control(testCase, QStringLiteral("arm"));
        QString error;
        const auto account = h.signIn(h.newProfile(testCase), &error);
        QVERIFY2(account || !error.isEmpty(), "neither an account nor an error");
        QVERIFY(requests(testCase).contains(QStringLiteral("/userinfo")));
        QCOMPARE(countOf(testCase, QStringLiteral("/stolen")), 0);
    }

    void redirectOnRevocationStillSignsOutLocally()
    {
        const QString testCase = QStringLiteral("hostile-redirect-revoke");
        QString profile;
        const auto [account, before] = armedAccount(testCase, &profile);
        const CliRun run
            = h.cli({ QStringLiteral("logout"), QStringLiteral("--profile"), profile });
        QVERIFY2(run.exitCode() == ExitSuccess, run.describe());
        QVERIFY(requests(testCase).contains(QStringLiteral("/revoke")));
        QCOMPARE(countOf(testCase, QStringLiteral("/stolen")), 0);
        QVERIFY2(run.err().contains(QStringLiteral("redirect"), Qt::CaseInsensitive),
                 run.describe());
        QVERIFY(snapshotOf(account).secret.isEmpty());
        QVERIFY(!snapshotOf(account).row);
    }

    // --- 2. Deadlines --------------------------------------------------------------------

    void requestDeadlineEndsTheCommand_data()
    {
        QTest::addColumn<QString>("testCase");
        QTest::newRow("one byte a second") << QStringLiteral("hostile-trickle-token");
        QTest::newRow("never answers") << QStringLiteral("hostile-hang-token");
    }
    void requestDeadlineEndsTheCommand()
    {
        QFETCH(QString, testCase);
        QString profile;
        const auto [account, before] = armedAccount(testCase, &profile);
        const QString timed
            = h.profileFile(testCase, { { QStringLiteral("requestTimeoutSeconds"), 2 } });
        const CliRun run = h.token(timed, 30'000);
        QVERIFY2(run.exitCode() == ExitProviderOrNetwork, run.describe());
        QVERIFY2(run.elapsedMs < 8'000, run.describe());
        QVERIFY2(run.oneErrorLine(), run.describe());
        QVERIFY2(run.err().contains(QStringLiteral("did not answer within"))
                     || run.err().contains(QStringLiteral("time"), Qt::CaseInsensitive),
                 run.describe());
        QVERIFY2(!run.err().contains(QStringLiteral("QIODevice")), run.describe());
        QVERIFY2(!run.err().contains(QStringLiteral("device not open")), run.describe());
        // Sent once and maybe received: never sent again.
        QCOMPARE(countOf(testCase, QStringLiteral("/token:refresh_token")), 1);
        const QString changed = differences(before, snapshotOf(account));
        QVERIFY2(changed.isEmpty(), qPrintable(changed));
    }

    void requestTimeoutOutOfRangeIsRefused_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::newRow("0") << 0;
        QTest::newRow("121") << 121;
    }
    void requestTimeoutOutOfRangeIsRefused()
    {
        QFETCH(int, seconds);
        h.newProfile(QStringLiteral("hostile-hang-token"));
        const QString profile
            = h.profileFile(QStringLiteral("hostile-hang-token"),
                            { { QStringLiteral("requestTimeoutSeconds"), seconds } });
        const CliRun run = h.token(profile, 10'000);
        QVERIFY2(run.exitCode() == ExitUsage, run.describe());
        QVERIFY2(run.err().contains(QStringLiteral("requestTimeoutSeconds")), run.describe());
    }

    // --- 3. A refresh token is never sent twice ------------------------------------------

    void answerLostAfterSendingIsNotRetried_data()
    {
        QTest::addColumn<QString>("testCase");
        QTest::newRow("reset after the request") << QStringLiteral("hostile-reset-token");
        QTest::newRow("closed without answer") << QStringLiteral("hostile-close-token");
        QTest::newRow("garbage answer") << QStringLiteral("hostile-garbage-token");
    }
    void answerLostAfterSendingIsNotRetried()
    {
        QFETCH(QString, testCase);
        QString profile;
        const auto [account, before] = armedAccount(testCase, &profile);
        const CliRun run = h.token(profile, 60'000);
        QVERIFY2(run.exitCode() == ExitProviderOrNetwork, run.describe());
        QVERIFY2(run.oneErrorLine(), run.describe());
        QCOMPARE(countOf(testCase, QStringLiteral("/token:refresh_token")), 1);
        const QString changed = differences(before, snapshotOf(account));
        QVERIFY2(changed.isEmpty(), qPrintable(changed));
    }

    void refusedConnectionIsRetried()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const QString testCase = QStringLiteral("hostile-token-fields"); // unarmed: a good case
        control(testCase, QStringLiteral("reset"));
        const AccountRecord account = h.signedIn(h.newProfile(testCase));
        const Snapshot before = snapshotOf(account);
        const QString profile
            = h.profileFile(testCase,
                            { { QStringLiteral("tokenEndpoint"),
                                QStringLiteral("http://127.0.0.1:%1/token").arg(port) } });
        const CliRun run = h.token(profile, 60'000);
        QVERIFY2(run.exitCode() == ExitProviderOrNetwork, run.describe());
        QVERIFY2(run.oneErrorLine(), run.describe());
        // 3 attempts: the backoff between them (0.5 s, then 1 s) shows in the run time.
        QVERIFY2(run.elapsedMs >= 1'400, run.describe());
        const QString changed = differences(before, snapshotOf(account));
        QVERIFY2(changed.isEmpty(), qPrintable(changed));
    }

    // --- 4. Size limits ------------------------------------------------------------------

    void answerOverOneMebibyteIsRefused_data()
    {
        QTest::addColumn<QString>("testCase");
        QTest::newRow("token, 2 MiB") << QStringLiteral("hostile-big-token");
        QTest::newRow("token, endless") << QStringLiteral("hostile-endless-token");
        QTest::newRow("discovery, 2 MiB") << QStringLiteral("hostile-big-discovery");
        QTest::newRow("discovery, endless") << QStringLiteral("hostile-endless-discovery");
        QTest::newRow("jwks, 2 MiB") << QStringLiteral("hostile-big-jwks");
    }
    void answerOverOneMebibyteIsRefused()
    {
        QFETCH(QString, testCase);
        QString profile;
        const auto [account, before] = armedAccount(testCase, &profile);
        h.forgetMetadata();
        const CliRun run = h.token(profile, 60'000);
        QVERIFY2(run.exitCode() == ExitProviderOrNetwork, run.describe());
        QVERIFY2(run.oneErrorLine(), run.describe());
        // An endless body that trickles ends at the deadline before it reaches the limit;
        // either way it is refused with the reason named.
        QVERIFY2(run.err().contains(QStringLiteral("1 MiB"))
                     || (testCase.contains(QStringLiteral("endless"))
                         && run.err().contains(QStringLiteral("did not answer within"))),
                 run.describe());
        QVERIFY(run.out().isEmpty());
        const QString changed = differences(before, snapshotOf(account));
        QVERIFY2(changed.isEmpty(), qPrintable(changed));
    }

    void userinfoOverOneMebibyteIsNotUsed()
    {
        const QString testCase = QStringLiteral("hostile-big-userinfo");
        control(testCase, QStringLiteral("reset"));
        control(testCase, QStringLiteral("arm"));
        QString error;
        const auto account = h.signIn(h.newProfile(testCase), &error);
        QVERIFY(requests(testCase).contains(QStringLiteral("/userinfo")));
        // Either the sign-in goes on without it, or it fails naming the limit.
        if (account)
            QVERIFY(account->displayName != QStringLiteral("Big Userinfo"));
        else
            QVERIFY2(error.contains(QStringLiteral("1 MiB")), qPrintable(error));
    }

    void profileFileOver256KiBIsRefused()
    {
        h.newProfile(QStringLiteral("hostile-storage"));
        QJsonObject padded { { QStringLiteral("displayName"),
                               QString(300 * 1024, QLatin1Char('x')) } };
        const QString big = h.profileFile(QStringLiteral("hostile-storage"), padded);
        QVERIFY(QFileInfo(big).size() > 256 * 1024);
        const CliRun run = h.token(big, 20'000);
        QVERIFY2(run.exitCode() == ExitUsage, run.describe());
        QVERIFY2(run.err().contains(QStringLiteral("256 KiB")), run.describe());
    }

    void endlessProfileFileIsRefused()
    {
        const CliRun run = h.cli(
            { QStringLiteral("token"), QStringLiteral("--profile"), QStringLiteral("/dev/zero") },
            20'000);
        QVERIFY2(run.exitCode() == ExitUsage, run.describe());
        QVERIFY2(run.elapsedMs < 5'000, run.describe());
        QVERIFY2(run.err().contains(QStringLiteral("256 KiB")), run.describe());
    }

    // --- 5. Values -----------------------------------------------------------------------

    void expiresInOutOfRangeIsRefused_data()
    {
        QTest::addColumn<QJsonValue>("expiresIn");
        QTest::newRow("-5") << QJsonValue(-5);
        QTest::newRow("1e20") << QJsonValue(1e20);
        QTest::newRow("over 10 years") << QJsonValue(315360001);
        QTest::newRow("\"abc\"") << QJsonValue(QStringLiteral("abc"));
    }
    void expiresInOutOfRangeIsRefused()
    {
        QFETCH(QJsonValue, expiresIn);
        const QString testCase = QStringLiteral("hostile-token-fields");
        QString profile;
        const auto [account, before]
            = armedAccount(testCase, &profile, { { QStringLiteral("expires_in"), expiresIn } });
        const CliRun run = h.token(profile);
        QVERIFY2(run.exitCode() == ExitProviderOrNetwork, run.describe());
        QVERIFY2(run.err().contains(QStringLiteral("expires_in")), run.describe());
        QVERIFY(run.out().isEmpty());
        const QString changed = differences(before, snapshotOf(account));
        QVERIFY2(changed.isEmpty(), qPrintable(changed));
    }

    void accessTokenWithControlCharacterIsRefused_data()
    {
        QTest::addColumn<QString>("accessToken");
        QTest::newRow("U+0001") << QStringLiteral("hostile-at\u0001tail");
        QTest::newRow("newline") << QStringLiteral("hostile-at\ntail");
    }
    void accessTokenWithControlCharacterIsRefused()
    {
        QFETCH(QString, accessToken);
        const QString testCase = QStringLiteral("hostile-token-fields");
        QString profile;
        const auto [account, before]
            = armedAccount(testCase, &profile, { { QStringLiteral("access_token"), accessToken } });
        const CliRun run = h.token(profile);
        QVERIFY2(run.exitCode() == ExitProviderOrNetwork, run.describe());
        QVERIFY2(!run.out().contains(QStringLiteral("hostile-at")), run.describe());
        QVERIFY2(!run.err().contains(QStringLiteral("hostile-at")), run.describe());
        const QString changed = differences(before, snapshotOf(account));
        QVERIFY2(changed.isEmpty(), qPrintable(changed));
    }

    // --- 10. A provider's error text is one short line -----------------------------------

    void longMultiLineProviderErrorIsOneShortLine()
    {
        const QString testCase = QStringLiteral("hostile-long-error");
        QString profile;
        const auto [account, before] = armedAccount(testCase, &profile);
        const CliRun run = h.token(profile);
        QVERIFY2(run.exitCode() == ExitProviderOrNetwork, run.describe());
        QVERIFY2(run.oneErrorLine(), run.describe());
        QVERIFY2(run.err().trimmed().size() <= 450, run.describe());
        QVERIFY2(run.err().contains(QStringLiteral("line 0 of a very long")), run.describe());
        const QString changed = differences(before, snapshotOf(account));
        QVERIFY2(changed.isEmpty(), qPrintable(changed));
    }
};

QTEST_GUILESS_MAIN(HostileProviderTest)
#include "tst_hostileprovider.moc"
