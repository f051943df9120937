// Many `login-companion token` processes at once against a provider that rotates refresh tokens
// and revokes the whole grant when a consumed one comes back (oidc-provider, tests/oidc, with
// `rotateRefreshToken: true`; see refresh_token.js in oidc-provider 9: a consumed token is
// destroyed, the grant revoked and `invalid_grant` returned). Issue 9: one refresh per account at a
// time across processes, and every caller gets a token the provider accepts.
//
// The provider counts refresh requests per account (GET /__test/refresh-stats?account=SUB, see
// tests/oidc/provider.mjs); every test signs in a login of its own, so other tests sharing the
// fixture do not disturb the counts.
#include "TestSupport.h"
#include "common/ExitCode.h"
#include "operations/Services.h"
#include "providers/ProfileRepository.h"
#include "storage/AccountLock.h"
#include "storage/AccountStore.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace lc;
using namespace lc::test;

namespace {

struct Launch
{
    int exitCode = -1;
    QString token; // stdout, trimmed
    QString standardError;
    double milliseconds = 0; // from start() to finished()
};

struct RefreshStats
{
    int success = 0;
    int error = 0;
    int reused = 0;
    int total() const { return success + error; }
};

// A login of its own per test run: the provider keeps its counts for the fixture's lifetime.
QString uniqueLogin(const QString &prefix)
{
    return QStringLiteral("%1-%2-%3")
        .arg(prefix)
        .arg(QCoreApplication::applicationPid())
        .arg(QDateTime::currentMSecsSinceEpoch());
}

} // namespace

class ConcurrencyTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    QString m_profilePath;
    ProviderProfile m_profile;

    std::optional<AccountRecord> signIn(const QString &login)
    {
        SignInDriver driver(m_profile);
        const ProcessResult user
            = runHeadlessUser(driver.start(), { QStringLiteral("--login"), login });
        if (user.exitCode != 0)
            qFatal("headless user failed: %s", qPrintable(user.standardError));
        if (!driver.deliver(QUrl(user.standardOutput.trimmed())))
            qFatal("the callback was not recognised as the redirect URI");
        if (!driver.wait())
            qWarning("the sign-in did not finish within 30 s");
        return driver.account();
    }

    QStringList tokenArguments(const QStringList &more = {}) const
    {
        return QStringList { QStringLiteral("token"), QStringLiteral("--profile"), m_profilePath }
        + more;
    }

    static RefreshStats refreshStats(const QString &login)
    {
        QUrl url(issuer() + QStringLiteral("/__test/refresh-stats"));
        url.setQuery(QUrlQuery { { QStringLiteral("account"), login } });
        const HttpResult reply = httpGet(url);
        if (reply.status != 200)
            qFatal("refresh-stats answered %d", reply.status);
        const QJsonObject json = reply.json();
        return { json.value(QStringLiteral("success")).toInt(),
                 json.value(QStringLiteral("error")).toInt(),
                 json.value(QStringLiteral("reused")).toInt() };
    }

    // Starts every process before waiting for any of them, then waits for all.
    static QList<Launch> launchTogether(int count, const QStringList &arguments,
                                        int timeoutMs = 90'000)
    {
        QList<Launch> launches(count);
        std::vector<std::unique_ptr<QProcess>> processes;
        std::vector<QElapsedTimer> timers(count);
        int finished = 0;
        for (int i = 0; i < count; ++i) {
            auto process = std::make_unique<QProcess>();
            process->setProcessEnvironment(QProcessEnvironment::systemEnvironment());
            QObject::connect(
                process.get(), &QProcess::finished, process.get(),
                [&launches, &timers, &finished, i](int code, QProcess::ExitStatus status) {
                    launches[i].milliseconds = timers[i].nsecsElapsed() / 1e6;
                    launches[i].exitCode = status == QProcess::NormalExit ? code : -1;
                    ++finished;
                });
            QObject::connect(process.get(), &QProcess::errorOccurred, process.get(),
                             [&launches, &finished, i](QProcess::ProcessError error) {
                                 if (error == QProcess::FailedToStart) {
                                     launches[i].standardError
                                         = QStringLiteral("failed to start\n");
                                     ++finished;
                                 }
                             });
            timers[i].start();
            process->start(QStringLiteral(LC_CLI_PATH), arguments);
            processes.push_back(std::move(process));
        }
        if (!QTest::qWaitFor([&] { return finished == count; }, timeoutMs))
            qWarning("%d of %d processes still running after %d ms", count - finished, count,
                     timeoutMs);
        for (int i = 0; i < count; ++i) {
            QProcess &process = *processes[i];
            if (process.state() != QProcess::NotRunning) {
                process.kill();
                process.waitForFinished();
                launches[i].standardError += QStringLiteral("timed out\n");
                launches[i].exitCode = -1;
            }
            launches[i].token = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
            launches[i].standardError += QString::fromUtf8(process.readAllStandardError());
        }
        return launches;
    }

    // Where the per-account refresh lock lives: the core's own answer (AccountLock in the
    // production services' lock directory, the same data directory as the CLI's).
    static QString lockFilePath(const AccountRecord &account)
    {
        return AccountLock(Services::production().lockDirectory, account.keychainKey()).filePath();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The same data directory as the CLI, so both see one account index.
        QCoreApplication::setApplicationName(QStringLiteral("login-companion"));
        QVERIFY(m_directory.isValid());
        QVERIFY2(!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"),
                 "run inside tests/support/with-keyring.sh");
        m_profilePath = writeProfile(m_directory);
        auto profile = ProfileRepository::load(m_profilePath);
        QVERIFY2(profile.ok(), qPrintable(profile.ok() ? QString() : profile.error().message()));
        m_profile = profile.value();
    }

    void init() { QFile::remove(AccountIndex().filePath()); }

    void concurrentTokenCallsRefreshOnceAndTheAccountStaysUsable_data()
    {
        // The launcher-and-game case of issue 9: the stored token has 5 s left and every caller
        // wants 60 s; a refreshed token (an hour) satisfies them all, so exactly one refresh
        // may reach the provider. (Callers asking for more than any token can give, as
        // `--min-validity 999999` does, each want a refresh of their own, by definition.)
        QTest::addColumn<int>("callers");
        QTest::addColumn<bool>("expireStoredToken");
        QTest::addColumn<QString>("minValidity");
        QTest::newRow("20 callers, token expiring") << 20 << true << QStringLiteral("60");
        QTest::newRow("100 callers, token expiring") << 100 << true << QStringLiteral("60");
    }

    void concurrentTokenCallsRefreshOnceAndTheAccountStaysUsable()
    {
        QFETCH(int, callers);
        QFETCH(bool, expireStoredToken);
        QFETCH(QString, minValidity);
        const QString login = uniqueLogin(QStringLiteral("concurrent%1").arg(callers));
        auto account = signIn(login);
        QVERIFY(account);
        auto before = AccountStore().tokens(*account);
        QVERIFY(before.ok());
        if (expireStoredToken) {
            StoredTokens expiring = before.value();
            expiring.expiresAt = QDateTime::currentDateTimeUtc().addSecs(5);
            QVERIFY(AccountStore().updateTokens(*account, expiring).ok());
        }
        QCOMPARE(refreshStats(login).total(), 0);

        QElapsedTimer wall;
        wall.start();
        const QList<Launch> launches = launchTogether(
            callers, tokenArguments({ QStringLiteral("--min-validity"), minValidity }));
        const qint64 wallMs = wall.elapsed();

        QList<double> milliseconds;
        QSet<QString> distinctTokens;
        QMap<int, int> exitCodes;
        QString firstError;
        for (const Launch &launch : launches) {
            milliseconds.append(launch.milliseconds);
            ++exitCodes[launch.exitCode];
            if (launch.exitCode == 0)
                distinctTokens.insert(launch.token);
            else if (firstError.isEmpty())
                firstError = launch.standardError.trimmed();
        }
        const RefreshStats stats = refreshStats(login);
        QStringList codes;
        for (auto it = exitCodes.cbegin(); it != exitCodes.cend(); ++it)
            codes << QStringLiteral("exit %1 x%2").arg(it.key()).arg(it.value());
        qInfo("%d callers: %s; %lld distinct tokens; refreshes at the provider: %d "
              "(%d ok, %d failed, %d reused-token detections); latency p50 %.1f ms p99 %.1f ms, "
              "all done in %lld ms",
              callers, qPrintable(codes.join(QStringLiteral(", "))),
              qlonglong(distinctTokens.size()), stats.total(), stats.success, stats.error,
              stats.reused, percentile(milliseconds, 0.50), percentile(milliseconds, 0.99),
              qlonglong(wallMs));
        if (!firstError.isEmpty())
            qInfo("first failure's stderr: %s", qPrintable(firstError));

        QVERIFY2(exitCodes.value(0) == callers,
                 qPrintable(codes.join(QStringLiteral(", ")) + QStringLiteral("; ") + firstError));
        QCOMPARE(stats.total(), 1); // exactly one refresh reached the provider
        QCOMPARE(stats.success, 1);
        QCOMPARE(distinctTokens.size(), 1); // all callers got the one refreshed token
        const QString token = *distinctTokens.cbegin();
        QVERIFY(!token.isEmpty());
        QVERIFY(token != before.value().accessToken); // it was refreshed, not the old one
        QCOMPARE(httpGet(QUrl(issuer() + QStringLiteral("/me")), token).status, 200);

        // The account stays usable: not "sign-in required", the stored token is the handed-out
        // one and still accepted (a revoked grant takes its access tokens with it), and one more
        // `token` call succeeds.
        auto row = AccountIndex().find(account->profileId, account->subject);
        QVERIFY(row.ok());
        QVERIFY(!row.value().signInRequired);
        auto after = AccountStore().tokens(row.value());
        QVERIFY(after.ok());
        QCOMPARE(after.value().accessToken, token);
        QVERIFY(after.value().refreshToken != before.value().refreshToken);
        const ProcessResult again = runCli(tokenArguments());
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.standardOutput.trimmed(), token);
        QCOMPARE(httpGet(QUrl(issuer() + QStringLiteral("/me")), token).status, 200);
        QCOMPARE(refreshStats(login).error, 0);
    }

    void staleLockOfAKilledProcessDoesNotBlockToken()
    {
        const QString login = uniqueLogin(QStringLiteral("stalelock"));
        auto account = signIn(login);
        QVERIFY(account);

        // A lock file exactly as QLockFile writes it, owned by a process that no longer exists
        // (as after kill -9 in the middle of a refresh).
        const QString path = lockFilePath(*account);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QByteArray contents;
        {
            QLockFile real(path);
            QVERIFY(real.tryLock(0));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            contents = file.readAll();
            real.unlock();
        }
        QProcess gone;
        gone.start(QStringLiteral("sleep"), { QStringLiteral("60") });
        QVERIFY(gone.waitForStarted());
        const qint64 deadPid = gone.processId();
        gone.kill();
        QVERIFY(gone.waitForFinished());
        const qsizetype endOfPid = contents.indexOf('\n');
        QVERIFY(endOfPid > 0);
        contents.replace(0, endOfPid, QByteArray::number(deadPid));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(file.write(contents), contents.size());
        }
        // (Not probed with tryLock(): that would already remove the stale file.)
        qint64 pid = 0;
        QString host, application;
        QVERIFY(QLockFile(path).getLockInfo(&pid, &host, &application));
        QCOMPARE(pid, deadPid);

        QElapsedTimer timer;
        timer.start();
        const ProcessResult token
            = runCli(tokenArguments({ QStringLiteral("--min-validity"), QStringLiteral("999999") }),
                     QProcessEnvironment::systemEnvironment(), 60'000);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(token.exitCode == 0, qPrintable(token.standardError));
        QVERIFY2(elapsed < 10'000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
        QCOMPARE(
            httpGet(QUrl(issuer() + QStringLiteral("/me")), token.standardOutput.trimmed()).status,
            200);
        QCOMPARE(refreshStats(login).success, 1);
        QVERIFY2(!QFile::exists(path), "the lock was taken over but not released");
    }

    void liveLockMakesTokenWaitThenSucceed()
    {
        const QString login = uniqueLogin(QStringLiteral("livelock"));
        auto account = signIn(login);
        QVERIFY(account);

        // This process holds the account's lock, as another `token` in the middle of a refresh.
        const QString path = lockFilePath(*account);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QLockFile held(path);
        QVERIFY(held.tryLock(0));

        QProcess token;
        token.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        token.start(QStringLiteral(LC_CLI_PATH),
                    tokenArguments({ QStringLiteral("--min-validity"), QStringLiteral("999999") }));
        QVERIFY(token.waitForStarted());
        QVERIFY2(!token.waitForFinished(1'500),
                 qPrintable(QStringLiteral("did not wait for the lock: exit %1, %2")
                                .arg(token.exitCode())
                                .arg(QString::fromUtf8(token.readAllStandardError()))));
        QCOMPARE(refreshStats(login).total(), 0); // nothing sent while the lock is held
        held.unlock();
        QVERIFY(token.waitForFinished(30'000));
        QVERIFY2(token.exitCode() == 0, token.readAllStandardError().constData());
        const QString printed = QString::fromUtf8(token.readAllStandardOutput()).trimmed();
        QCOMPARE(httpGet(QUrl(issuer() + QStringLiteral("/me")), printed).status, 200);
        QCOMPARE(refreshStats(login).success, 1);
    }
};

QTEST_GUILESS_MAIN(ConcurrencyTest)
#include "tst_concurrency.moc"
