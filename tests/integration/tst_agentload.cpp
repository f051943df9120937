// The agent under load and over time (issue 13): connections that come and go by the thousand
// while a launcher keeps getting tokens, a client that never reads, a hundred requests on an
// expiring token (one refresh reaches the provider), and background refresh ahead of expiry
// against a provider that rotates refresh tokens and issues short-lived access tokens.
#include "AgentHarness.h"
#include "common/ExitCode.h"
#include "providers/ProfileRepository.h"
#include "storage/AccountStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace lc;
using namespace lc::test;

namespace {
// A plain non-blocking local socket: unlike QLocalSocket it reads nothing unless told to.
int connectRaw(const QString &path)
{
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray name = QFile::encodeName(path);
    std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0) {
        ::close(fd);
        return -1;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    return fd;
}
} // namespace

class AgentLoadTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    QString m_profilePath;
    ProviderProfile m_profile;
    AgentProcess m_agent;

    QJsonObject tokenParams(qint64 minValidity = 60) const
    {
        return { { QStringLiteral("profile"), m_profilePath },
                 { QStringLiteral("minValidity"), double(minValidity) } };
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(prepareAgentSuite(m_directory, &m_profilePath, &m_profile)); }

    void init() { QFile::remove(AccountIndex().filePath()); }
    void cleanup() { m_agent.stop(); }

    void thousandConnectionsComeAndGoWhileALauncherGetsTokens()
    {
        QVERIFY(signIn(m_profile, uniqueLogin(QStringLiteral("churn"))));
        QVERIFY(m_agent.start());
        RpcClient launcher;
        const agent::ParsedResponse first = launcher.call(agent::Method::token, tokenParams());
        QVERIFY(first.result);
        const QString expected = first.result->toObject().value("accessToken").toString();

        const QByteArray request
            = agent::JsonRpc::request(1, agent::Method::token, tokenParams());
        int connected = 0;
        int launcherAnswers = 0;
        QList<double> launcherMs;
        for (int i = 0; i < 1000; ++i) {
            QLocalSocket churn;
            churn.connectToServer(agent::AgentEndpoint::path());
            if (churn.waitForConnected(5000))
                ++connected;
            switch (i % 4) {
            case 0: // connects and leaves
                break;
            case 1: // half a request, then gone
                churn.write(request.left(request.size() / 2));
                churn.flush();
                break;
            case 2: // a whole request, gone before the answer
                churn.write(request);
                churn.flush();
                break;
            default: // garbage
                churn.write("\x01\x02 not json at all\n");
                churn.flush();
                break;
            }
            churn.abort();
            if (i % 10 == 0) {
                QElapsedTimer timer;
                timer.start();
                const agent::ParsedResponse answer
                    = launcher.call(agent::Method::token, tokenParams(), 10'000);
                launcherMs.append(timer.nsecsElapsed() / 1e6);
                if (answer.result
                    && answer.result->toObject().value("accessToken").toString() == expected)
                    ++launcherAnswers;
            }
        }
        qInfo("1000 connections opened and dropped; the launcher's 100 token requests meanwhile: "
              "p50 %.2f ms, p99 %.2f ms, max %.2f ms",
              percentile(launcherMs, 0.5), percentile(launcherMs, 0.99),
              percentile(launcherMs, 1.0));
        QCOMPARE(connected, 1000);
        QCOMPARE(launcherAnswers, 100);
        QVERIFY(launcher.isConnected());

        // Past the connection limit the agent says so and closes; those under it still work.
        QTest::qWait(300);
        std::vector<std::unique_ptr<RpcClient>> crowd;
        for (int i = 0; i < 300; ++i)
            crowd.push_back(std::make_unique<RpcClient>());
        int busy = 0;
        (void)QTest::qWaitFor(
            [&] {
                busy = 0;
                for (const auto &client : crowd) {
                    for (const QByteArray &line : std::as_const(client->lines))
                        busy += line.contains("-32000") ? 1 : 0;
                }
                return busy >= 300 + 1 - 256;
            },
            10'000);
        QVERIFY2(busy >= 300 + 1 - 256, qPrintable(QString::number(busy)));
        QVERIFY(launcher.call(agent::Method::token, tokenParams()).result);
        crowd.clear();
        QTest::qWait(300);
        RpcClient later;
        QVERIFY(later.call(agent::Method::token, tokenParams()).result);
    }

    void aClientThatNeverReadsDoesNotBlockOthers()
    {
        QVERIFY(signIn(m_profile, uniqueLogin(QStringLiteral("slow"))));
        QVERIFY(m_agent.start());
        const int slow = connectRaw(agent::AgentEndpoint::path());
        QVERIFY(slow >= 0);
        RpcClient fast;
        QVERIFY(fast.call(agent::Method::token, tokenParams()).result);

        const QByteArray request
            = agent::JsonRpc::request(1, agent::Method::token, tokenParams());
        qint64 written = 0;
        bool cutOff = false;
        QList<double> fastMs;
        QElapsedTimer wall;
        wall.start();
        while (!cutOff && wall.elapsed() < 60'000) {
            // As many requests as the socket takes; their answers are never read.
            for (int i = 0; i < 200; ++i) {
                const ssize_t n = ::send(slow, request.constData(), size_t(request.size()),
                                         MSG_NOSIGNAL);
                if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                    break;
                if (n <= 0) {
                    cutOff = true;
                    break;
                }
                written += n;
            }
            QElapsedTimer timer;
            timer.start();
            const agent::ParsedResponse answer
                = fast.call(agent::Method::token, tokenParams(), 10'000);
            fastMs.append(timer.nsecsElapsed() / 1e6);
            QVERIFY2(answer.result, "the reading client was not answered");
        }
        ::close(slow);
        qInfo("a client that never reads sent %lld bytes of requests before the agent cut it off; "
              "another client's %lld requests meanwhile: p50 %.2f ms, p99 %.2f ms",
              written, qlonglong(fastMs.size()), percentile(fastMs, 0.5),
              percentile(fastMs, 0.99));
        QVERIFY2(cutOff, "the agent kept a client that never reads");
        QVERIFY(m_agent.log().contains(QStringLiteral("unread; disconnecting")));
        QVERIFY(fastMs.size() >= 5);
        QVERIFY(fast.isConnected());
    }

    void hundredRequestsOnAnExpiringTokenReachTheProviderOnce()
    {
        const QString login = uniqueLogin(QStringLiteral("hundred"));
        const std::optional<AccountRecord> account = signIn(m_profile, login);
        QVERIFY(account);
        auto before = AccountStore().tokens(*account);
        QVERIFY(before.ok());
        StoredTokens expiring = before.value();
        expiring.expiresAt = QDateTime::currentDateTimeUtc().addSecs(30);
        QVERIFY(AccountStore().updateTokens(*account, expiring).ok());
        QVERIFY(m_agent.start());

        std::vector<std::unique_ptr<RpcClient>> launchers;
        for (int i = 0; i < 100; ++i)
            launchers.push_back(std::make_unique<RpcClient>());
        QList<int> ids;
        QElapsedTimer timer;
        timer.start();
        for (const auto &launcher : launchers)
            ids.append(launcher->send(agent::Method::token, tokenParams(60)));
        QSet<QString> tokens;
        int failures = 0;
        for (int i = 0; i < 100; ++i) {
            const auto answer = launchers[i]->waitFor(ids[i], 60'000);
            if (!answer || !answer->result) {
                ++failures;
                continue;
            }
            tokens.insert(answer->result->toObject().value("accessToken").toString());
        }
        const qint64 allMs = timer.elapsed();
        const RefreshStats stats = refreshStats(issuer(), login);
        qInfo("100 concurrent requests on an expiring token: %d failed, %lld distinct tokens, "
              "%d refresh(es) at the provider, all answered in %lld ms",
              failures, qlonglong(tokens.size()), stats.total(), allMs);
        QCOMPARE(failures, 0);
        QCOMPARE(tokens.size(), 1);
        QCOMPARE(stats.total(), 1);
        QCOMPARE(stats.success, 1);
        const QString token = *tokens.cbegin();
        QVERIFY(token != before.value().accessToken);
        QCOMPARE(httpGet(QUrl(issuer() + QStringLiteral("/me")), token).status, 200);
    }

    void backgroundRefreshAheadOfExpiryWithRotation()
    {
        // A provider of its own whose access tokens live 15 s (tests/oidc/provider.mjs).
        QTemporaryDir state;
        QProcess provider;
        provider.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        provider.start(QStringLiteral(LC_NODE),
                       { QStringLiteral(LC_OIDC_DIR "/provider.mjs"), QStringLiteral("--port"),
                         QStringLiteral("0"), QStringLiteral("--port-file"),
                         state.filePath(QStringLiteral("port")), QStringLiteral("--quiet"),
                         QStringLiteral("--access-token-ttl"), QStringLiteral("15") });
        QVERIFY(QTest::qWaitFor([&] { return QFile::exists(state.filePath("port")); }, 30'000));
        QFile portFile(state.filePath(QStringLiteral("port")));
        QVERIFY(portFile.open(QIODevice::ReadOnly));
        const QString base
            = QStringLiteral("http://127.0.0.1:%1").arg(QString::fromLatin1(portFile.readAll().trimmed()));
        const std::optional<TestProfile> shortLived
            = installTestProfile(m_directory, QStringLiteral("shortlived"), base);
        QVERIFY(shortLived);
        const QString &path = shortLived->path;
        const ProviderProfile &profile = shortLived->profile;
        const QString login = uniqueLogin(QStringLiteral("rotation"));
        const std::optional<AccountRecord> account = signIn(profile, login);
        QVERIFY(account);
        const QString firstRefreshToken = AccountStore().tokens(*account).value().refreshToken;

        QVERIFY(m_agent.start());
        RpcClient launcher;
        QVERIFY(launcher.call(agent::Method::subscribe).result);
        // Asking with minValidity 0 never makes the agent refresh: only an expired token would.
        const QJsonObject params { { "profile", path }, { "minValidity", 0 } };
        QSet<QString> seen;
        int lowest = INT_MAX;
        QElapsedTimer wall;
        wall.start();
        while (wall.elapsed() < 32'000) {
            const agent::ParsedResponse answer = launcher.call(agent::Method::token, params);
            QVERIFY(answer.result);
            const QJsonObject token = answer.result->toObject();
            lowest = std::min(lowest, token.value("expiresIn").toInt());
            const QString accessToken = token.value("accessToken").toString();
            if (!seen.contains(accessToken)) {
                seen.insert(accessToken);
                QCOMPARE(httpGet(QUrl(base + QStringLiteral("/me")), accessToken).status, 200);
            }
            QTest::qWait(200);
        }
        const RefreshStats stats = refreshStats(base, login);
        int refreshedNotes = 0;
        for (const agent::ParsedResponse &note : std::as_const(launcher.notifications))
            refreshedNotes += note.notification == QLatin1String("refreshed") ? 1 : 0;
        const QString log = m_agent.log();
        const int ahead = int(log.count(QStringLiteral("ahead of expiry")));
        qInfo("32 s with 15 s access tokens: %lld tokens handed out, lowest expiresIn %d s; "
              "%d refreshes at the provider (%d failed, %d reused), %d ahead of expiry, %d "
              "refreshed notifications",
              qlonglong(seen.size()), lowest, stats.total(), stats.error, stats.reused, ahead,
              refreshedNotes);
        QVERIFY2(stats.success >= 2, qPrintable(QString::number(stats.success)));
        QCOMPARE(stats.error, 0);
        QCOMPARE(stats.reused, 0);
        QCOMPARE(ahead, stats.success); // every refresh was the agent's own, ahead of time
        QVERIFY(lowest >= 1); // no request ever found the token expired
        QCOMPARE(seen.size(), stats.success + 1);
        QVERIFY(refreshedNotes >= stats.success);
        QVERIFY(AccountStore().tokens(*account).value().refreshToken != firstRefreshToken);
        m_agent.stop();
        provider.terminate();
        provider.waitForFinished(5000);
    }
};

QTEST_GUILESS_MAIN(AgentLoadTest)
#include "tst_agentload.moc"
