// Fault injection, local side (issue 9): profiles that try to set what the app owns, a corrupt
// placeholders.json, a damaged or newer account index, the index's file modes under umask 0, a
// damaged keychain entry, and a metadata cache entry that claims to be good until 2099.
#include "HostileHarness.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonObject>
#include <QProcess>

#include <sys/stat.h>

using namespace lc;
using namespace lc::test;
using namespace lc::test::hostile;

namespace {
const QString kCase = QStringLiteral("hostile-storage"); // never armed, never reset

int modeOf(const QString &path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

QJsonArray rowsOf(const QString &indexPath)
{
    return QJsonDocument::fromJson(readAllOf(indexPath))
        .object()
        .value(QStringLiteral("accounts"))
        .toArray();
}
} // namespace

class HostileStorageTest : public QObject
{
    Q_OBJECT

private:
    Harness h;

    // accounts.json holding `rows` (the current format, version 1).
    void writeIndex(const QJsonArray &rows)
    {
        writeFile(h.indexPath(),
                  QJsonDocument(QJsonObject { { QStringLiteral("version"), 1 },
                                              { QStringLiteral("accounts"), rows } })
                      .toJson());
    }

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationName(QStringLiteral("login-companion")); }
    void init() { h.setUp(); }

    // --- 6. Profiles ---------------------------------------------------------------------

    void reservedAuthorizationParameterIsRefused_data()
    {
        QTest::addColumn<QString>("parameter");
        for (const char *name : { "client_secret", "client_assertion", "code_verifier", "state",
                                  "nonce", "code_challenge", "code_challenge_method",
                                  "redirect_uri", "client_id", "response_type" })
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void reservedAuthorizationParameterIsRefused()
    {
        QFETCH(QString, parameter);
        const QString profile
            = h.newProfile(kCase,
                           { { QStringLiteral("extraAuthorizationParameters"),
                               QJsonObject { { parameter, QStringLiteral("attacker-value") } } } });
        const CliRun run = h.token(profile, 20'000);
        QVERIFY2(run.exitCode() == ExitUsage, run.describe());
        QVERIFY2(run.err().contains(parameter), run.describe());
    }

    void redirectUriWithUserInfoIsRefused()
    {
        const QString profile
            = h.newProfile(kCase,
                           { { QStringLiteral("redirectUri"),
                               QStringLiteral("http://user@localhost/callback") } });
        const CliRun run = h.token(profile, 20'000);
        QVERIFY2(run.exitCode() == ExitUsage, run.describe());
        QVERIFY2(run.err().contains(QStringLiteral("redirectUri")), run.describe());
    }

    void corruptPlaceholdersFileIsNamed()
    {
        writeFile(qEnvironmentVariable("XDG_CONFIG_HOME")
                      + QStringLiteral("/login-companion/placeholders.json"),
                  "{ \"tenant\": ");
        const QString profile = h.newProfile(
            kCase,
            { { QStringLiteral("displayName"), QStringLiteral("Hostile %tenant%") },
              { QStringLiteral("placeholderDefaults"),
                QJsonObject { { QStringLiteral("tenant"), QStringLiteral("t") } } } });
        const CliRun run = h.token(profile, 20'000);
        QVERIFY2(run.exitCode() == ExitUsage, run.describe());
        QVERIFY2(run.err().contains(QStringLiteral("placeholders.json")), run.describe());
    }

    // --- 7. The account index ------------------------------------------------------------

    void unreadableRowsAreKeptAndReported()
    {
        const QJsonArray damaged {
            42,
            QJsonObject { { QStringLiteral("profile"), QStringLiteral("elsewhere") },
                          { QStringLiteral("label"), QStringLiteral("no subject") } },
        };
        writeIndex(damaged);
        const QString profile = h.newProfile(kCase);
        QString error;
        const auto account = h.signIn(profile, &error);
        QVERIFY2(account, qPrintable(error));
        auto keeps = [&](const QString &when) {
            const QJsonArray rows = rowsOf(h.indexPath());
            for (const QJsonValue &row : damaged)
                if (!rows.contains(row))
                    return QStringLiteral("%1: lost %2 from %3")
                        .arg(when,
                             QString::fromUtf8(
                                 QJsonDocument(QJsonArray { row }).toJson(QJsonDocument::Compact)),
                             QString::fromUtf8(readAllOf(h.indexPath())));
            return QString();
        };
        QString lost = keeps(QStringLiteral("after a sign-in"));
        QVERIFY2(lost.isEmpty(), qPrintable(lost));
        const CliRun refresh = h.token(profile);
        QVERIFY2(refresh.exitCode() == ExitSuccess, refresh.describe());
        lost = keeps(QStringLiteral("after a refresh"));
        QVERIFY2(lost.isEmpty(), qPrintable(lost));

        const CliRun list = h.cli({ QStringLiteral("accounts") }, 20'000);
        QVERIFY2(list.exitCode() == ExitSuccess, list.describe());
        QVERIFY2(list.out().contains(h.profileId()), list.describe());
        QVERIFY2(!list.err().trimmed().isEmpty(), list.describe()); // the two rows, reported
    }

    void damagedIndexStillLetsLogoutRemoveTheKeychainEntry()
    {
        const QString profile = h.newProfile(kCase);
        const AccountRecord account = h.signedIn(profile);
        writeFile(h.indexPath(), "{ \"version\": 1, \"accounts\": [ {\"profile\": ");
        const CliRun run = h.cli({ QStringLiteral("logout"), QStringLiteral("--profile"), profile,
                                   QStringLiteral("--account"), account.subject });
        QVERIFY2(run.exitCode() == ExitSuccess, run.describe());
        auto secret = SecretStore().read(account.keychainKey());
        QVERIFY(secret.ok());
        QVERIFY(secret.value().isEmpty());
    }

    void indexFromANewerVersionIsRefusedAndUntouched()
    {
        const QString profile = h.newProfile(kCase);
        const AccountRecord account = h.signedIn(profile);
        QJsonObject newer = QJsonDocument::fromJson(readAllOf(h.indexPath())).object();
        newer.insert(QStringLiteral("version"), 99);
        newer.insert(QStringLiteral("somethingNew"), QStringLiteral("kept"));
        const QByteArray bytes = QJsonDocument(newer).toJson();
        writeFile(h.indexPath(), bytes);
        for (const QStringList &arguments :
             { QStringList { QStringLiteral("accounts") },
               QStringList { QStringLiteral("token"), QStringLiteral("--profile"), profile,
                             QStringLiteral("--min-validity"), QStringLiteral("999999") },
               QStringList { QStringLiteral("logout"), QStringLiteral("--profile"), profile } }) {
            const CliRun run = h.cli(arguments, 30'000);
            QVERIFY2(run.exitCode() == ExitUsage,
                     arguments.first().toUtf8() + ": " + run.describe());
            QCOMPARE(readAllOf(h.indexPath()), bytes);
        }
        QVERIFY(!SecretStore().read(account.keychainKey()).value().isEmpty());
    }

    void indexIsPrivateEvenWithUmaskZero()
    {
        const QString profile = h.newProfile(kCase);
        const QString folder = QFileInfo(h.indexPath()).absolutePath();
        QVERIFY(!QFileInfo::exists(folder));
        // runCli starts the CLI itself: here sh sets umask 0 and then becomes the CLI.
        QProcess shell;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LOGIN_COMPANION_BROWSER"), h.browserScript(false));
        shell.setProcessEnvironment(env);
        const auto runUmask0 = [&](const QStringList &arguments) {
            shell.start(QStringLiteral("/bin/sh"),
                        QStringList { QStringLiteral("-c"),
                                      QStringLiteral("umask 0; exec \"$0\" \"$@\""),
                                      QStringLiteral(LC_CLI_PATH) }
                            + arguments);
            shell.waitForFinished(60'000);
            return QStringLiteral("exit %1: %2")
                .arg(shell.exitCode())
                .arg(QString::fromUtf8(shell.readAllStandardError()));
        };
        const QString signedIn
            = runUmask0({ QStringLiteral("login"), QStringLiteral("--browser"),
                          QStringLiteral("system"), QStringLiteral("--profile"), profile });
        QVERIFY2(shell.exitCode() == ExitSuccess, qPrintable(signedIn));
        QCOMPARE(QString::number(modeOf(h.indexPath()), 8), QStringLiteral("600"));
        QCOMPARE(QString::number(modeOf(folder), 8), QStringLiteral("700"));
        const QString refreshed
            = runUmask0({ QStringLiteral("token"), QStringLiteral("--profile"), profile,
                          QStringLiteral("--min-validity"), QStringLiteral("999999") });
        QVERIFY2(shell.exitCode() == ExitSuccess, qPrintable(refreshed));
        QCOMPARE(QString::number(modeOf(h.indexPath()), 8), QStringLiteral("600"));
    }

    // --- 8. The keychain -----------------------------------------------------------------

    void damagedKeychainEntryAsksToSignInAgainAndLogoutRemovesIt_data()
    {
        QTest::addColumn<bool>("truncated");
        QTest::newRow("garbage") << false;
        QTest::newRow("truncated JSON") << true;
    }
    void damagedKeychainEntryAsksToSignInAgainAndLogoutRemovesIt()
    {
        QFETCH(bool, truncated);
        const QString profile = h.newProfile(kCase);
        const AccountRecord account = h.signedIn(profile);
        const QByteArray stored = SecretStore().read(account.keychainKey()).value();
        QVERIFY(!stored.isEmpty());
        const QByteArray damaged
            = truncated ? stored.left(stored.size() / 2) : QByteArray("\x01garbage{{");
        QVERIFY(SecretStore().write(account.keychainKey(), damaged).ok());
        const CliRun token = h.token(profile);
        QVERIFY2(token.exitCode() == ExitLoginRequired, token.describe());
        QVERIFY2(token.err().contains(QStringLiteral("sign in again"), Qt::CaseInsensitive),
                 token.describe());
        const CliRun logout
            = h.cli({ QStringLiteral("logout"), QStringLiteral("--profile"), profile });
        QVERIFY2(logout.exitCode() == ExitSuccess, logout.describe());
        QVERIFY(SecretStore().read(account.keychainKey()).value().isEmpty());
        QVERIFY(!AccountIndex().find(account.profileId, account.subject).ok());
    }

    // --- 11. The metadata cache ----------------------------------------------------------

    void metadataCacheIsNotTrustedPastItsMaximumAge()
    {
        const QString profile = h.newProfile(kCase);
        h.signedIn(profile); // caches the discovery document
        int rewritten = 0;
        QDirIterator files(h.metadataDir(), { QStringLiteral("*.json") }, QDir::Files);
        while (files.hasNext()) {
            const QString path = files.next();
            QJsonObject entry = QJsonDocument::fromJson(readAllOf(path)).object();
            // The discovery document (cached under the issuer), not the JWKS or markers.
            if (!entry.value(QStringLiteral("document"))
                     .toObject()
                     .contains(QStringLiteral("authorization_endpoint")))
                continue;
            entry.insert(QStringLiteral("fetchedAt"),
                         QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODate));
            entry.insert(QStringLiteral("expiresAt"), QStringLiteral("2099-01-01T00:00:00Z"));
            writeFile(path, QJsonDocument(entry).toJson(QJsonDocument::Compact));
            ++rewritten;
        }
        QCOMPARE(rewritten, 1);
        const int before = countOf(kCase, QStringLiteral("/.well-known/openid-configuration"));
        const CliRun run = h.token(profile);
        QVERIFY2(run.exitCode() == ExitSuccess, run.describe());
        QVERIFY(countOf(kCase, QStringLiteral("/.well-known/openid-configuration")) > before);
    }
};

QTEST_GUILESS_MAIN(HostileStorageTest)
#include "tst_hostilestorage.moc"
