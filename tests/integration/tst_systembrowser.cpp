// The sign-in through the system browser (RFC 8252): LoopbackRedirectListener and
// SignIn through the system browser (loopback delivery) against the fixture's oidc-provider and a
// real Secret Service. The "browser" is tests/oidc/browser-stand-in.mjs, started through
// LOGIN_COMPANION_BROWSER by a shell script that puts it in the background, as a real browser would
// be.
#include "TestSupport.h"
#include "auth/LoopbackRedirectListener.h"
#include "auth/RedirectMatcher.h"
#include "common/ExitCode.h"
#include "providers/ProfileRepository.h"
#include "storage/AccountStore.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace lc;
using namespace lc::test;

namespace {
QString shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// True when a TCP connection to address:port is accepted (without blocking the event loop,
// which the listener under test runs on).
bool canConnect(const QHostAddress &address, quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(address, port);
    (void)QTest::qWaitFor(
        [&] {
            return socket.state() == QAbstractSocket::ConnectedState
                || socket.state() == QAbstractSocket::UnconnectedState;
        },
        5'000);
    return socket.state() == QAbstractSocket::ConnectedState;
}

// Sends raw bytes to the listener and returns everything it answers before closing.
QByteArray rawExchange(quint16 port, const QByteArray &bytes,
                       const QHostAddress &address = QHostAddress(QHostAddress::LocalHost))
{
    QTcpSocket socket;
    QByteArray answer;
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] { answer += socket.readAll(); });
    socket.connectToHost(address, port);
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5'000))
        return {};
    socket.write(bytes);
    (void)QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; },
                          15'000);
    return answer + socket.readAll();
}

QByteArray readAllOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A loopback port nobody listens on, as a developer registering a redirect URI picks one.
quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}
} // namespace

class SystemBrowserTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_directory;
    ProviderProfile m_profile;
    QNetworkAccessManager m_network;

    struct Outcome
    {
        std::optional<AccountRecord> account;
        std::optional<AuthError> error;
    };

    QString reportPath() const { return m_directory->filePath(QStringLiteral("report.txt")); }
    QString openedPath() const { return m_directory->filePath(QStringLiteral("opened-url")); }

    void useBrowserScript(const QString &body)
    {
        const QString path = m_directory->filePath(QStringLiteral("browser.sh"));
        QFile script(path);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(QStringLiteral("#!/bin/sh\n%1\n").arg(body).toUtf8());
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("LOGIN_COMPANION_BROWSER", path.toLocal8Bit());
    }

    // The stand-in walks the provider's pages and the loopback callback in the background.
    void useStandInBrowser(const QStringList &options = {})
    {
        QStringList quoted;
        for (const QString &option : options)
            quoted.append(shellQuoted(option));
        useBrowserScript(
            QStringLiteral("%1 %2 --report %3 %4 \"$1\" >/dev/null 2>>%5 &")
                .arg(shellQuoted(QStringLiteral(LC_NODE)),
                     shellQuoted(QStringLiteral(LC_OIDC_DIR "/browser-stand-in.mjs")),
                     shellQuoted(reportPath()), quoted.join(QLatin1Char(' ')),
                     shellQuoted(m_directory->filePath(QStringLiteral("stand-in.log")))));
    }

    // A browser that only records the URL it was given, so the test can play the callback.
    void useRecordingBrowser()
    {
        useBrowserScript(QStringLiteral("printf '%s' \"$1\" > %1.tmp && mv %1.tmp %1")
                             .arg(shellQuoted(openedPath())));
    }

    // A sign-in through the system browser (SignIn with loopback delivery).
    std::unique_ptr<SignInDriver> loopbackSignIn()
    {
        return std::make_unique<SignInDriver>(m_profile, QString(), Services::production(),
                                              SignIn::CallbackDelivery::Loopback);
    }

    Outcome waitFor(SignInDriver &signIn)
    {
        if (!signIn.wait(60'000))
            qWarning("the sign-in did not finish within 60 s; stand-in log: %s",
                     readAllOf(m_directory->filePath(QStringLiteral("stand-in.log"))).constData());
        return Outcome { signIn.account(), signIn.error() };
    }

    // light-oauth2's way with a loopback client: redirect_uri is left out of requests, so the
    // provider sends the browser to the one URI registered for the client, `registered`.
    QString registeredRedirectProfile(const QUrl &registered)
    {
        const QString clientId = registerClient(registered);
        if (clientId.isEmpty())
            return {};
        return writeProfile(*m_directory, QStringLiteral("registered"),
                            { { QStringLiteral("clientId"), clientId },
                              { QStringLiteral("redirectUri"), registered.toString() },
                              { QStringLiteral("redirectUriInRequests"), false },
                              { QStringLiteral("browser"), QStringLiteral("system") } });
    }

    // The same on a free loopback port with `path`, and the stand-in browser signing `login` in
    // and following the provider there (the request names no redirect_uri to follow).
    QString registeredRedirectProfileOnAFreePort(const QString &path, const QString &login,
                                                 QUrl *registered)
    {
        const quint16 port = freePort();
        *registered = QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path));
        useStandInBrowser({ QStringLiteral("--login"), login, QStringLiteral("--callback-prefix"),
                            registered->toString() });
        return port ? registeredRedirectProfile(*registered) : QString();
    }

    QString waitForReport()
    {
        (void)QTest::qWaitFor([&] { return QFile::exists(reportPath()); }, 30'000);
        return QString::fromUtf8(readAllOf(reportPath()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The same data directory as the CLI, so both see one account index.
        QCoreApplication::setApplicationName(QStringLiteral("login-companion"));
        QTemporaryDir profiles;
        QVERIFY(profiles.isValid());
        // oidc-provider registers http://127.0.0.1/callback; for a native client it accepts any
        // port on a loopback redirect URI (RFC 8252 §7.3), which is what the listener uses.
        const QString path = writeProfile(
            profiles, QStringLiteral("local"),
            { { QStringLiteral("redirectUri"), QStringLiteral("http://127.0.0.1/callback") } });
        auto profile = ProfileRepository::load(path);
        QVERIFY2(profile.ok(), qPrintable(profile.ok() ? QString() : profile.error().message()));
        m_profile = profile.value();
        m_network.setTransferTimeout(30'000);
    }

    void init()
    {
        m_directory = std::make_unique<QTemporaryDir>();
        QVERIFY(m_directory->isValid());
        QFile::remove(AccountIndex().filePath());
    }

    void systemBrowserSignInStoresTheAccount()
    {
        useStandInBrowser({ QStringLiteral("--login"), QStringLiteral("alice") });
        auto signIn = loopbackSignIn();
        QVERIFY(!signIn->start().isEmpty());
        const QUrl redirect = signIn->operation()->redirectUri();
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(redirect.path(), QStringLiteral("/callback"));
        QVERIFY(redirect.port() > 0);

        const Outcome outcome = waitFor(*signIn);
        QVERIFY2(outcome.account,
                 qPrintable(outcome.error ? outcome.error->message() : waitForReport()));
        QCOMPARE(outcome.account->subject, QStringLiteral("alice"));
        QCOMPARE(outcome.account->displayName, QStringLiteral("Demo Player (alice)"));

        auto tokens = AccountStore().tokens(*outcome.account);
        QVERIFY2(tokens.ok(), qPrintable(tokens.ok() ? QString() : tokens.error().message()));
        QVERIFY(!tokens.value().accessToken.isEmpty());
        QVERIFY(!tokens.value().refreshToken.isEmpty());
        const HttpResult userinfo
            = httpGet(QUrl(issuer() + QStringLiteral("/me")), tokens.value().accessToken);
        QCOMPARE(userinfo.status, 200);
        QCOMPARE(userinfo.json().value(QStringLiteral("sub")).toString(), QStringLiteral("alice"));

        const QString report = waitForReport();
        QVERIFY2(report.startsWith(QStringLiteral("Signed in\n")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("Demo Player (alice)")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("You can close this tab and return to the app.")),
                 qPrintable(report));
        QVERIFY(!canConnect(QHostAddress::LocalHost, redirect.port()));
    }

    void loginCommandWithBrowserSystemNeedsNoWindow()
    {
        useStandInBrowser({ QStringLiteral("--login"), QStringLiteral("carol") });
        QTemporaryDir profiles;
        const QString path = writeProfile(
            profiles, QStringLiteral("local"),
            { { QStringLiteral("redirectUri"), QStringLiteral("http://127.0.0.1/callback") },
              { QStringLiteral("browser"), QStringLiteral("system") } });
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("none-at-all"));
        const ProcessResult login = runCli({ QStringLiteral("login"), QStringLiteral("--profile"),
                                             path, QStringLiteral("--print-token") },
                                           environment);
        // A window would have failed on the bogus platform; the front signed in on its own.
        QVERIFY2(login.exitCode == 0, qPrintable(login.standardError));
        QVERIFY(login.standardError.contains(QStringLiteral("web browser")));
        const HttpResult userinfo
            = httpGet(QUrl(issuer() + QStringLiteral("/me")), login.standardOutput.trimmed());
        QCOMPARE(userinfo.json().value(QStringLiteral("sub")).toString(), QStringLiteral("carol"));
    }

    void registeredLoopbackRedirectIsHeardOnItsOwnPort()
    {
        QUrl registered;
        const QString path = registeredRedirectProfileOnAFreePort(
            QStringLiteral("/callback"), QStringLiteral("dora"), &registered);
        QVERIFY(!path.isEmpty());
        const quint16 port = quint16(registered.port());
        auto profile = ProfileRepository::load(path);
        QVERIFY2(profile.ok(), qPrintable(profile.ok() ? QString() : profile.error().message()));
        SignInDriver signIn(profile.value(), QString(), Services::production(),
                            SignIn::CallbackDelivery::Loopback);
        const QUrl authorization = signIn.start();
        QVERIFY2(!authorization.isEmpty(),
                 qPrintable(signIn.error() ? signIn.error()->message() : QString()));
        QVERIFY(!QUrlQuery(authorization).hasQueryItem(QStringLiteral("redirect_uri")));
        QCOMPARE(signIn.operation()->redirectUri(), registered);
        QVERIFY(canConnect(QHostAddress::LocalHost, port));

        const Outcome outcome = waitFor(signIn);
        QVERIFY2(outcome.account,
                 qPrintable(outcome.error ? outcome.error->message() : waitForReport()));
        QCOMPARE(outcome.account->subject, QStringLiteral("dora"));
        const QString report = waitForReport();
        QVERIFY2(report.startsWith(QStringLiteral("Signed in\n")), qPrintable(report));
        QVERIFY(!canConnect(QHostAddress::LocalHost, port));
    }

    void loginCommandSignsInThroughTheRegisteredLoopbackRedirect()
    {
        QUrl registered;
        const QString path = registeredRedirectProfileOnAFreePort(
            QStringLiteral("/cb"), QStringLiteral("erin"), &registered);
        QVERIFY(!path.isEmpty());
        const ProcessResult login = runCli({ QStringLiteral("login"), QStringLiteral("--profile"),
                                             path, QStringLiteral("--print-token") });
        QVERIFY2(login.exitCode == 0, qPrintable(login.standardError));
        const HttpResult userinfo
            = httpGet(QUrl(issuer() + QStringLiteral("/me")), login.standardOutput.trimmed());
        QCOMPARE(userinfo.json().value(QStringLiteral("sub")).toString(), QStringLiteral("erin"));
    }

    void registeredRedirectPortInUseIsNamed()
    {
        QTcpServer occupant; // another program on the registered port
        QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
        const QUrl registered(
            QStringLiteral("http://127.0.0.1:%1/callback").arg(occupant.serverPort()));
        const QString path = registeredRedirectProfile(registered);
        QVERIFY(!path.isEmpty());
        useRecordingBrowser();
        const ProcessResult login
            = runCli({ QStringLiteral("login"), QStringLiteral("--profile"), path });
        QCOMPARE(login.exitCode, int(ExitProviderOrNetwork));
        QCOMPARE(login.standardError.count(u'\n'), 1);
        QVERIFY2(
            login.standardError.contains(QStringLiteral("port %1 ").arg(occupant.serverPort())),
            qPrintable(login.standardError));
        QCOMPARE(login.standardOutput, QString());
        QVERIFY(!QFile::exists(openedPath())); // no browser sent where nobody would answer
        auto accounts = AccountIndex().load();
        QVERIFY(accounts.ok());
        QVERIFY(accounts.value().isEmpty());
    }

    void listenerAtARegisteredUriAnswersThereOnly_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QHostAddress>("address");
        QTest::newRow("127.0.0.1")
            << QStringLiteral("127.0.0.1") << QHostAddress(QHostAddress::LocalHost);
        QTest::newRow("localhost")
            << QStringLiteral("localhost") << QHostAddress(QHostAddress::LocalHost);
        QTest::newRow("[::1]") << QStringLiteral("[::1]")
                               << QHostAddress(QHostAddress::LocalHostIPv6);
    }

    void listenerAtARegisteredUriAnswersThereOnly()
    {
        QFETCH(QString, host);
        QFETCH(QHostAddress, address);
        const quint16 port = freePort();
        QVERIFY(port);
        const QUrl registered(QStringLiteral("http://%1:%2/app/cb").arg(host).arg(port));
        LoopbackRedirectListener listener;
        QSignalSpy redirects(&listener, &LoopbackRedirectListener::redirectReceived);
        const Status listening = listener.listenAt(registered);
        QVERIFY2(listening.ok(),
                 qPrintable(listening.ok() ? QString() : listening.error().message()));
        QCOMPARE(listener.redirectUri(), registered);
        QCOMPARE(listener.serverPort(), port);
        QCOMPARE(listener.serverAddress(), address);

        // A page reaching the port by another name (DNS rebinding) is turned away; the browser,
        // sent to the registered URI, names its host.
        QVERIFY(rawExchange(port,
                            "GET /app/cb?code=c HTTP/1.1\r\nHost: evil.test:"
                                + QByteArray::number(port) + "\r\n\r\n",
                            address)
                    .startsWith("HTTP/1.1 400 "));
        QCOMPARE(redirects.count(), 0);
        QUrl callback = registered;
        callback.setQuery(QStringLiteral("code=c&state=s"));
        QNetworkReply *reply = m_network.get(QNetworkRequest(callback));
        QVERIFY(redirects.wait(10'000));
        QCOMPARE(redirects.first().first().toUrl().path(), QStringLiteral("/app/cb"));
        listener.respond(true, QStringLiteral("Signed in"), QStringLiteral("ok"));
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10'000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }

    void registeredRedirectsThatCannotBeHeardAreRefused_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::newRow("no port") << QStringLiteral("http://127.0.0.1/callback");
        QTest::newRow("port 0") << QStringLiteral("http://127.0.0.1:0/callback");
        QTest::newRow("https") << QStringLiteral("https://127.0.0.1:8443/callback");
        QTest::newRow("another host") << QStringLiteral("http://app.example.test:8080/cb");
        QTest::newRow("another loopback") << QStringLiteral("http://127.0.0.2:8080/cb");
    }

    void registeredRedirectsThatCannotBeHeardAreRefused()
    {
        QFETCH(QString, uri);
        QVERIFY(!LoopbackRedirectListener::registeredUriProblem(QUrl(uri)).isEmpty());
        LoopbackRedirectListener listener;
        const Status listening = listener.listenAt(QUrl(uri));
        QVERIFY(!listening.ok());
        QCOMPARE(listening.error().kind(), AuthError::Kind::Config);
        QVERIFY(!listener.isListening());
    }

    void listenerBindsToLoopbackOnly()
    {
        LoopbackRedirectListener listener;
        QVERIFY(listener.listen().ok());
        QCOMPARE(listener.serverAddress(), QHostAddress(QHostAddress::LocalHost));
        const quint16 port = listener.serverPort();
        QCOMPARE(listener.redirectUri(),
                 QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(port)));
        QVERIFY(canConnect(QHostAddress::LocalHost, port));
        QVERIFY(!canConnect(QHostAddress::LocalHostIPv6, port));
        const auto addresses = QNetworkInterface::allAddresses();
        for (const QHostAddress &address : addresses) {
            if (!address.isLoopback())
                QVERIFY2(!canConnect(address, port), qPrintable(address.toString()));
        }
    }

    void listenerClosesAfterTheFirstCallback()
    {
        LoopbackRedirectListener listener;
        QSignalSpy redirects(&listener, &LoopbackRedirectListener::redirectReceived);
        QVERIFY(listener.listen().ok());
        const quint16 port = listener.serverPort();
        QUrl callback = listener.redirectUri();
        callback.setQuery(QStringLiteral("code=abc&state=xyz"));

        QNetworkReply *first = m_network.get(QNetworkRequest(callback));
        QVERIFY(redirects.wait(10'000));
        const QUrl received = redirects.first().first().toUrl();
        QVERIFY(RedirectMatcher(listener.redirectUri()).matches(received));
        QCOMPARE(received.port(), int(port));
        QCOMPARE(QUrlQuery(received).queryItemValue(QStringLiteral("code")), QStringLiteral("abc"));
        QCOMPARE(QUrlQuery(received).queryItemValue(QStringLiteral("state")),
                 QStringLiteral("xyz"));
        QVERIFY(!first->isFinished()); // held until the app responds

        const HttpResult second = httpGet(callback);
        QCOMPARE(second.status, 200);
        QVERIFY2(second.body.contains("already finished"), second.body.constData());

        listener.respond(true, QStringLiteral("Signed in"), QStringLiteral("Welcome back."));
        QVERIFY(QTest::qWaitFor([&] { return first->isFinished(); }, 10'000));
        QCOMPARE(first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(first->rawHeader("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(first->rawHeader("Referrer-Policy"), QByteArray("no-referrer"));
        QVERIFY(first->rawHeader("Content-Type").startsWith("text/html"));
        const QByteArray page = first->readAll();
        first->deleteLater();
        QVERIFY(page.contains("<h1>Signed in</h1>"));
        QVERIFY(page.contains("Welcome back."));
        QCOMPARE(redirects.count(), 1);

        QVERIFY(!listener.isListening());
        QVERIFY(!canConnect(QHostAddress::LocalHost, port));
    }

    void pageIsSelfContainedAndEscaped()
    {
        LoopbackRedirectListener listener;
        QSignalSpy redirects(&listener, &LoopbackRedirectListener::redirectReceived);
        QVERIFY(listener.listen().ok());
        QNetworkReply *reply = m_network.get(QNetworkRequest(listener.redirectUri()));
        QVERIFY(redirects.wait(10'000));
        listener.respond(false, QStringLiteral("<b>Failed</b>"),
                         QStringLiteral("<script>alert(1)</script> & \"more\""));
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10'000));
        const QByteArray page = reply->readAll();
        reply->deleteLater();
        QVERIFY2(page.contains("&lt;b&gt;Failed&lt;/b&gt;"), page.constData());
        QVERIFY(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;"));
        QVERIFY(!page.contains("<script"));
        QVERIFY(page.contains("Login Companion"));
        QVERIFY(page.contains("prefers-color-scheme:dark"));
        // Nothing loaded from elsewhere.
        QVERIFY(!page.contains("http:") && !page.contains("https:") && !page.contains("src="));
        QVERIFY(reply->rawHeader("Content-Security-Policy").startsWith("default-src 'none'"));
    }

    void wrongStateGetsAnErrorPageAndTheSignInKeepsWaiting()
    {
        useRecordingBrowser();
        auto signIn = loopbackSignIn();
        signIn->start();
        QVERIFY(QTest::qWaitFor([&] { return QFile::exists(openedPath()); }, 30'000));
        const QUrl opened(QString::fromUtf8(readAllOf(openedPath())));
        const QUrl redirectUri = signIn->operation()->redirectUri();
        QCOMPARE(QUrl(QUrlQuery(opened).queryItemValue(QStringLiteral("redirect_uri"),
                                                       QUrl::FullyDecoded)),
                 redirectUri);

        QUrl forged = redirectUri;
        forged.setQuery(QStringLiteral("code=forged-code&state=forged&iss=%1")
                            .arg(QString::fromLatin1(QUrl::toPercentEncoding(issuer()))));
        QNetworkReply *reply = m_network.get(QNetworkRequest(forged));
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 30'000));
        const QString page = QString::fromUtf8(reply->readAll());
        reply->deleteLater();
        QVERIFY2(page.contains(QStringLiteral("<h1>Not this sign-in</h1>")), qPrintable(page));
        // Turned away, not ended: the listener still waits for this sign-in's own callback.
        QTest::qWait(200);
        QVERIFY(!signIn->finished());
        QVERIFY(canConnect(QHostAddress::LocalHost, quint16(redirectUri.port())));

        auto accounts = AccountIndex().load();
        QVERIFY(accounts.ok());
        QVERIFY(accounts.value().isEmpty());
        signIn->operation()->cancel();
        QVERIFY(!canConnect(QHostAddress::LocalHost, quint16(redirectUri.port()))); // closed
    }

    void cancelClosesTheListener()
    {
        useRecordingBrowser();
        auto signIn = loopbackSignIn();
        signIn->start();
        const quint16 port = quint16(signIn->operation()->redirectUri().port());
        QVERIFY(QTest::qWaitFor([&] { return QFile::exists(openedPath()); }, 30'000));
        QVERIFY(canConnect(QHostAddress::LocalHost, port));

        QPointer<SignIn> operation = signIn->operation();
        operation->cancel();
        QVERIFY(signIn->error());
        QCOMPARE(signIn->error()->kind(), AuthError::Kind::Cancelled);
        QVERIFY(operation->isFinished());
        operation->cancel(); // a second cancel does nothing
        QCOMPARE(signIn->error()->kind(), AuthError::Kind::Cancelled);
        QVERIFY(!canConnect(QHostAddress::LocalHost, port));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!operation); // it cleaned up after itself
    }

    void deniedConsentShowsTheErrorPage()
    {
        useStandInBrowser({ QStringLiteral("--deny") });
        auto signIn = loopbackSignIn();
        signIn->start();
        const Outcome outcome = waitFor(*signIn);
        QVERIFY(!outcome.account);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind(), AuthError::Kind::Cancelled);
        QCOMPARE(outcome.error->providerCode(), QStringLiteral("access_denied"));

        const QString report = waitForReport();
        QVERIFY2(report.startsWith(QStringLiteral("Sign-in cancelled\n")), qPrintable(report));
        QVERIFY2(report.contains(outcome.error->message()), qPrintable(report));
        auto accounts = AccountIndex().load();
        QVERIFY(accounts.ok());
        QVERIFY(accounts.value().isEmpty());
    }

    void otherPathsGet404()
    {
        LoopbackRedirectListener listener;
        QSignalSpy redirects(&listener, &LoopbackRedirectListener::redirectReceived);
        QVERIFY(listener.listen().ok());
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(listener.serverPort());
        for (const char *path : { "/favicon.ico", "/", "/callbackx?code=a", "/callback/",
                                  "/Callback", "/callback/../callback2" }) {
            const HttpResult result = httpGet(QUrl(base + QLatin1String(path)));
            QVERIFY2(result.status == 404, path);
        }
        QCOMPARE(httpPostForm(QUrl(base + QStringLiteral("/callback")), {}).status, 405);
        QCOMPARE(redirects.count(), 0);
        QVERIFY(listener.isListening());

        // None of them used up the one callback.
        QNetworkReply *reply
            = m_network.get(QNetworkRequest(QUrl(base + QStringLiteral("/callback?code=b"))));
        QVERIFY(redirects.wait(10'000));
        listener.respond(true, QStringLiteral("Signed in"), QStringLiteral("ok"));
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10'000));
        reply->deleteLater();
    }

    void malformedOrForeignRequestsAreRefused()
    {
        LoopbackRedirectListener listener;
        QSignalSpy redirects(&listener, &LoopbackRedirectListener::redirectReceived);
        QVERIFY(listener.listen().ok());
        const quint16 port = listener.serverPort();
        const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(port) + "\r\n";

        // A page that reached the port under another name (DNS rebinding).
        QVERIFY(rawExchange(port,
                            "GET /callback?code=x HTTP/1.1\r\nHost: evil.test:"
                                + QByteArray::number(port) + "\r\n\r\n")
                    .startsWith("HTTP/1.1 400 "));
        QVERIFY(
            rawExchange(port, "GET /callback?code=x HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 400 "));
        QVERIFY(rawExchange(port, "GARBAGE\r\n\r\n").startsWith("HTTP/1.1 400 "));
        QVERIFY(rawExchange(port, "GET http://127.0.0.1/callback HTTP/1.1\r\n" + host + "\r\n")
                    .startsWith("HTTP/1.1 400 "));
        QVERIFY(rawExchange(port,
                            "GET /callback HTTP/1.1\r\n" + host
                                + "X-Big: " + QByteArray(20'000, 'a') + "\r\n\r\n")
                    .startsWith("HTTP/1.1 431 "));
        QCOMPARE(redirects.count(), 0);

        // A bare-LF request is still understood.
        QVERIFY(rawExchange(port,
                            "GET /favicon.ico HTTP/1.1\nHost: 127.0.0.1:" + QByteArray::number(port)
                                + "\n\n")
                    .startsWith("HTTP/1.1 404 "));
    }
};

QTEST_GUILESS_MAIN(SystemBrowserTest)
#include "tst_systembrowser.moc"
