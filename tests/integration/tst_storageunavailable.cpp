// What happens when the OS keychain is missing or locked: exit 4 with a message that says which,
// never "signed out", and no token written anywhere else.
#include "TestSupport.h"
#include "common/ExitCode.h"
#include "storage/AccountStore.h"

#include <QDir>
#include <QProcess>
#include <QTest>

using namespace lc;
using namespace lc::test;

class StorageUnavailableTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    QString m_profilePath;
    AccountRecord m_account;
    StoredTokens m_tokens;

    static QProcessEnvironment withoutSecretService(bool busAddressPointsNowhere)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        if (busAddressPointsNowhere)
            environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                               QStringLiteral("unix:path=/nonexistent/bus"));
        else
            environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        return environment;
    }

    QStringList cli(const QString &command, const QStringList &more = {}) const
    {
        return QStringList { command, QStringLiteral("--profile"), m_profilePath } + more;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("login-companion"));
        m_profilePath = writeProfile(m_directory);
        // A stored account, as a sign-in leaves it (tokens in the real keychain of this session).
        m_account.profileId = QStringLiteral("local");
        m_account.subject = QStringLiteral("player1");
        m_account.label = QStringLiteral("player1");
        m_tokens.accessToken = QStringLiteral("access-TOKEN-8d1f0c9a");
        m_tokens.refreshToken = QStringLiteral("refresh-TOKEN-51b7e2aa");
        m_tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        auto saved = AccountStore().saveSignIn(m_account, m_tokens);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message()));
    }

    void tokenWithoutSecretServiceExitsStorageUnavailable_data()
    {
        QTest::addColumn<bool>("busAddressPointsNowhere");
        QTest::newRow("no D-Bus session") << false;
        QTest::newRow("D-Bus address pointing nowhere") << true;
    }

    void tokenWithoutSecretServiceExitsStorageUnavailable()
    {
        QFETCH(bool, busAddressPointsNowhere);
        const ProcessResult token
            = runCli(cli(QStringLiteral("token"),
                         { QStringLiteral("--min-validity"), QStringLiteral("999999") }),
                     withoutSecretService(busAddressPointsNowhere));
        QCOMPARE(token.exitCode, int(ExitStorageUnavailable));
        QVERIFY(token.standardOutput.isEmpty());
        QVERIFY2(token.standardError.contains(QStringLiteral("keychain")),
                 qPrintable(token.standardError));
        QCOMPARE(token.standardError.count(QLatin1Char('\n')), 1);
    }

    void statusWithoutSecretServiceExitsStorageUnavailable()
    {
        // `status` reads the keychain to tell whether a refresh token is held: without one it
        // cannot say, and must not claim the account needs a sign-in (3).
        const ProcessResult status
            = runCli({ QStringLiteral("status") }, withoutSecretService(false));
        QCOMPARE(status.exitCode, int(ExitStorageUnavailable));
        QCOMPARE(status.standardOutput, QString());
        QVERIFY2(status.standardError.contains(QStringLiteral("keychain")),
                 qPrintable(status.standardError));
        QCOMPARE(status.standardError.count(QLatin1Char('\n')), 1);
    }

    void loginWithoutSecretServiceExitsBeforeAnyWindow()
    {
        const ProcessResult login
            = runCli(cli(QStringLiteral("login")), withoutSecretService(true));
        QCOMPARE(login.exitCode, int(ExitStorageUnavailable));
        QVERIFY2(login.standardError.contains(QStringLiteral("No system keychain is available")),
                 qPrintable(login.standardError));
    }

    void noTokenReachesAnyFileUnderHome()
    {
        // The keychain holds the tokens encrypted; nothing else under HOME may hold them.
        const QString home = QDir::homePath();
        QVERIFY(
            home.contains(QStringLiteral("lc-test-home"))); // the throwaway HOME of with-keyring.sh
        QCOMPARE(filesContaining(home, m_tokens.accessToken.toUtf8()), QStringList());
        QCOMPARE(filesContaining(home, m_tokens.refreshToken.toUtf8()), QStringList());
    }

    void lockedKeyringIsReportedAsLockedNotSignedOut()
    {
        QProcess lock;
        lock.start(QStringLiteral("dbus-send"),
                   { QStringLiteral("--session"), QStringLiteral("--print-reply"),
                     QStringLiteral("--dest=org.freedesktop.secrets"),
                     QStringLiteral("/org/freedesktop/secrets"),
                     QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                     QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login") });
        QVERIFY(lock.waitForFinished(10'000));
        QCOMPARE(lock.exitCode(), 0);

        const ProcessResult token = runCli(cli(QStringLiteral("token")));
        QCOMPARE(token.exitCode, int(ExitStorageUnavailable));
        QVERIFY2(token.standardError.contains(QStringLiteral("locked")),
                 qPrintable(token.standardError));
        const ProcessResult status = runCli({ QStringLiteral("status") });
        QCOMPARE(status.exitCode, int(ExitStorageUnavailable));
        QVERIFY2(status.standardError.contains(QStringLiteral("locked")),
                 qPrintable(status.standardError));

        // The account is still there, not "signed out".
        auto rows = AccountIndex().load();
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().size(), 1);
        QVERIFY(!rows.value().first().signInRequired);
    }
};

QTEST_GUILESS_MAIN(StorageUnavailableTest)
#include "tst_storageunavailable.moc"
