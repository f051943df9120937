// Fault injection at the loopback listener and in the logs (issue 9): a callback with a forged
// `state` must not end the sign-in, idle connections must neither block the real callback nor
// stay open, and a verbose sign-in + refresh must not log the state, the nonce, the code or any
// token.
#include "HostileHarness.h"

#include <QTcpSocket>
#include <QUrlQuery>

using namespace lc;
using namespace lc::test;
using namespace lc::test::hostile;

namespace {
const QString kCase = QStringLiteral("hostile-listener"); // never armed, never reset
} // namespace

class HostileListenerTest : public QObject
{
    Q_OBJECT

private:
    Harness h;
    QNetworkAccessManager m_network;

    // A loopback sign-in in this process whose "browser" only records the URL; returns the
    // callback the provider redirected to (the test delivers it).
    QUrl startLoopbackSignIn(std::unique_ptr<SignInDriver> &driver)
    {
        qputenv("LOGIN_COMPANION_BROWSER", h.browserScript(true).toLocal8Bit());
        auto profile = ProfileRepository::load(h.newProfile(kCase));
        if (!profile.ok())
            qFatal("%s", qPrintable(profile.error().message()));
        driver = std::make_unique<SignInDriver>(profile.value(), QString(), Services::production(),
                                                SignIn::CallbackDelivery::Loopback);
        driver->start();
        const QString opened = h.path(QStringLiteral("opened-url"));
        if (!QTest::qWaitFor([&] { return QFile::exists(opened); }, 30'000))
            qFatal("the browser was not opened");
        QNetworkRequest request(QUrl(QString::fromUtf8(readAllOf(opened))));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_network.get(request);
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 30'000))
            qFatal("authorize did not answer");
        reply->deleteLater();
        return QUrl(QString::fromUtf8(reply->rawHeader("Location")));
    }

    QNetworkReply *get(const QUrl &url) { return m_network.get(QNetworkRequest(url)); }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("login-companion"));
        m_network.setTransferTimeout(30'000);
    }
    void init() { h.setUp(); }

    // --- 9. The loopback listener --------------------------------------------------------

    void forgedStateGetsAnErrorPageAndTheSignInKeepsWaiting()
    {
        std::unique_ptr<SignInDriver> driver;
        const QUrl callback = startLoopbackSignIn(driver);
        QVERIFY2(callback.port() > 0, qPrintable(callback.toString()));
        QUrl forged = callback;
        QUrlQuery query(callback);
        query.removeAllQueryItems(QStringLiteral("state"));
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("forged"));
        forged.setQuery(query);

        QNetworkReply *forgedReply = get(forged);
        QVERIFY(QTest::qWaitFor([&] { return forgedReply->isFinished(); }, 15'000));
        const int status = forgedReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QVERIFY2(status >= 400, QByteArray::number(status));
        QVERIFY(!forgedReply->readAll().isEmpty()); // an error page
        forgedReply->deleteLater();
        QTest::qWait(500);
        QVERIFY2(!driver->finished(),
                 driver->error() ? qPrintable(driver->error()->message()) : "finished");

        QNetworkReply *reply = get(callback);
        QVERIFY(driver->wait(30'000));
        QVERIFY2(driver->account(), driver->error() ? qPrintable(driver->error()->message()) : "");
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 15'000));
        reply->deleteLater();
    }

    void idleConnectionsDoNotBlockTheCallback()
    {
        std::unique_ptr<SignInDriver> driver;
        const QUrl callback = startLoopbackSignIn(driver);
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 50; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(QHostAddress::LocalHost, quint16(callback.port()));
        }
        QTest::qWait(500); // connected (or refused by the cap), sending nothing
        QNetworkReply *reply = get(callback);
        QVERIFY2(driver->wait(20'000), "the real callback was not taken with 50 idle connections");
        QVERIFY2(driver->account(), driver->error() ? qPrintable(driver->error()->message()) : "");
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 15'000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }

    void idleConnectionsAreClosedAfterTheReadTimeout()
    {
        std::unique_ptr<SignInDriver> driver;
        const QUrl callback = startLoopbackSignIn(driver);
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 5; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(QHostAddress::LocalHost, quint16(callback.port()));
        }
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::all_of(idle.begin(), idle.end(), [](const auto &socket) {
                    return socket->state() == QAbstractSocket::ConnectedState;
                });
            },
            5'000));
        // Timeouts::loopbackReadMs is 10 s; the sign-in is still waiting meanwhile.
        const bool closed = QTest::qWaitFor(
            [&] {
                return std::all_of(idle.begin(), idle.end(), [](const auto &socket) {
                    return socket->state() == QAbstractSocket::UnconnectedState;
                });
            },
            14'000);
        QVERIFY2(closed, "idle connections still open after 14 s");
        QVERIFY(!driver->finished());
        QNetworkReply *reply = get(callback);
        QVERIFY(driver->wait(20'000));
        QVERIFY(driver->account());
        reply->deleteLater();
    }

    // --- 10. Logs ------------------------------------------------------------------------

    void verboseLogsNeverShowStateNonceCodeOrTokens()
    {
        const QString profile = h.newProfile(kCase);
        const QMap<QString, QString> browser { { QStringLiteral("LOGIN_COMPANION_BROWSER"),
                                                 h.browserScript(false) } };
        const CliRun login = h.cli({ QStringLiteral("login"), QStringLiteral("--browser"),
                                     QStringLiteral("system"), QStringLiteral("--verbose"),
                                     QStringLiteral("--profile"), profile },
                                   60'000, browser);
        QVERIFY2(login.exitCode() == ExitSuccess, login.describe());
        const QUrlQuery authorization(
            QUrl(QString::fromUtf8(readAllOf(h.path(QStringLiteral("opened-url"))))));
        const QUrlQuery callback(
            QUrl(QString::fromUtf8(readAllOf(h.path(QStringLiteral("callback-url"))))));
        auto account = AccountIndex().find(h.profileId(), QString());
        QVERIFY(account.ok());
        QStringList secrets {
            authorization.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded),
            authorization.queryItemValue(QStringLiteral("nonce"), QUrl::FullyDecoded),
            callback.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded),
        };
        const auto addTokens = [&] {
            const QJsonObject stored
                = QJsonDocument::fromJson(SecretStore().read(account.value().keychainKey()).value())
                      .object();
            for (const char *key : { "accessToken", "refreshToken", "idToken" })
                secrets.append(stored.value(QLatin1String(key)).toString());
        };
        addTokens();
        const CliRun refresh = h.cli(
            { QStringLiteral("token"), QStringLiteral("--verbose"), QStringLiteral("--profile"),
              profile, QStringLiteral("--min-validity"), QStringLiteral("999999") });
        QVERIFY2(refresh.exitCode() == ExitSuccess, refresh.describe());
        addTokens();
        QVERIFY(secrets.size() >= 6);
        const QString logs = login.err() + refresh.err();
        QVERIFY2(!logs.isEmpty(), "--verbose logged nothing");
        for (const QString &secret : std::as_const(secrets)) {
            QVERIFY(!secret.isEmpty());
            QVERIFY2(
                !logs.contains(secret),
                qPrintable(QStringLiteral("%1… is in the log:\n%2").arg(secret.left(8), logs)));
        }
    }
};

QTEST_GUILESS_MAIN(HostileListenerTest)
#include "tst_hostilelistener.moc"
