// The login view's state machine, driven the way LoginView.qml drives it, with no QML at all.
#include "FakeServices.h"
#include "LoginController.h"
#include "common/ExitCode.h"
#include "providers/ProfileRepository.h"
#include "storage/WebSessionStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace lc;

class LoginControllerTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testing::FakeServices> m_fakes;

    // The sign-in first checks the keychain (asynchronously), then publishes the URL.
    static void start(LoginController &controller)
    {
        controller.start();
        QVERIFY(QTest::qWaitFor([&] { return !controller.authorizationUrl().isEmpty(); }, 5000));
    }

    std::unique_ptr<LoginController> makeController()
    {
        return std::make_unique<LoginController>(testing::demoProfileWithEndpoints(),
                                                 m_fakes->services(), QString());
    }

    static QString stateOf(const QUrl &url)
    {
        return QUrlQuery(url).queryItemValue(QStringLiteral("state"));
    }

private Q_SLOTS:
    void init() { m_fakes = std::make_unique<testing::FakeServices>(); }
    void cleanup() { m_fakes.reset(); }

    void startPublishesTheAuthorizationUrl()
    {
        auto controller = makeController();
        QSignalSpy urlChanged(controller.get(), &LoginController::authorizationUrlChanged);
        start(*controller);
        QCOMPARE(urlChanged.count(), 1);
        QCOMPARE(controller->authorizationUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(!stateOf(controller->authorizationUrl()).isEmpty());
        QCOMPARE(controller->phase(), LoginController::Phase::Loading);
        QCOMPARE(controller->title(), QStringLiteral("Login Companion Demo"));
    }

    void hostAndLockFollowThePageBeingLoaded()
    {
        auto controller = makeController();
        start(*controller);
        controller->reportLoadStarted(QUrl(QStringLiteral("https://login.example.test/sign-in")));
        QCOMPARE(controller->currentHost(), QStringLiteral("login.example.test"));
        QVERIFY(controller->secure());
        controller->reportLoadSucceeded(
            QUrl(QStringLiteral("http://127.0.0.1:4380/interaction/x")));
        QCOMPARE(controller->currentHost(), QStringLiteral("127.0.0.1"));
        QVERIFY(!controller->secure());
        QCOMPARE(controller->phase(), LoginController::Phase::Ready);
        controller->reportLoadProgress(40);
        QCOMPARE(controller->loadProgress(), 40);
    }

    void pageThatFailsToLoadShowsAnErrorWithRetry()
    {
        auto controller = makeController();
        start(*controller);
        const QString firstState = stateOf(controller->authorizationUrl());
        controller->reportLoadFailed(QUrl(QStringLiteral("http://127.0.0.1:4380/auth")), -102,
                                     QStringLiteral("net::ERR_CONNECTION_REFUSED"));
        QCOMPARE(controller->phase(), LoginController::Phase::Failed);
        QVERIFY(controller->errorText().contains(QStringLiteral("127.0.0.1")));
        QVERIFY(controller->errorDetails().contains(QStringLiteral("ERR_CONNECTION_REFUSED")));
        QVERIFY(controller->canRetry());

        controller->retry();
        QCOMPARE(controller->phase(), LoginController::Phase::Loading);
        QVERIFY(controller->errorText().isEmpty());
        // A retry is a new attempt: a new state (and PKCE verifier), not a reload.
        QTRY_VERIFY(stateOf(controller->authorizationUrl()) != firstState);
    }

    void ourOwnRejectionOfTheRedirectIsNotAnError()
    {
        auto controller = makeController();
        start(*controller);
        controller->reportLoadFailed(QUrl(QStringLiteral("http://127.0.0.1:4380/auth/x")), -3,
                                     QStringLiteral("net::ERR_ABORTED"));
        QCOMPARE(controller->phase(), LoginController::Phase::Loading);
    }

    void onlyTheRedirectUriIsIntercepted()
    {
        auto controller = makeController();
        start(*controller);
        QVERIFY(controller->allowNavigation(
            QUrl(QStringLiteral("http://127.0.0.1:4380/interaction/abc")), true));
        QVERIFY(controller->allowNavigation(
            QUrl(QStringLiteral("http://localhost/callbackx?code=1")), true));
        QVERIFY(controller->allowNavigation(
            QUrl(QStringLiteral("http://localhost@evil.test/callback")), true));
        QCOMPARE(controller->phase(), LoginController::Phase::Loading);
    }

    void forgedRedirectIsInterceptedAndShownAsAnError()
    {
        auto controller = makeController();
        start(*controller);
        QSignalSpy failed(controller.get(), &LoginController::signInFailed);
        QVERIFY(!controller->allowNavigation(
            QUrl(QStringLiteral("http://localhost/callback?code=abc&state=forged")), true));
        QCOMPARE(controller->phase(), LoginController::Phase::Failed);
        QCOMPARE(failed.count(), 1);
        QVERIFY(!controller->errorText().contains(QStringLiteral("abc")));
    }

    void deniedConsentEndsAsCancelled()
    {
        auto controller = makeController();
        start(*controller);
        const QString state = stateOf(controller->authorizationUrl());
        QVERIFY(!controller->allowNavigation(
            QUrl(QStringLiteral("http://localhost/callback?error=access_denied&state=%1")
                     .arg(state)),
            true));
        QCOMPARE(controller->phase(), LoginController::Phase::Cancelled);
        QVERIFY(!controller->canRetry());
    }

    void staleAttemptRestartsInsteadOfFailing()
    {
        auto controller = makeController();
        controller->setAttemptLifetime(0); // every attempt is already too old
        start(*controller);
        const QString firstState = stateOf(controller->authorizationUrl());
        QTest::qWait(5);
        QVERIFY(!controller->allowNavigation(
            QUrl(QStringLiteral("http://localhost/callback?code=abc&state=%1").arg(firstState)),
            true));
        QCOMPARE(controller->phase(), LoginController::Phase::Loading);
        QTRY_VERIFY(stateOf(controller->authorizationUrl()) != firstState);
        QVERIFY(!controller->error());
    }

    void blockedFeaturesAreExplained_data()
    {
        QTest::addColumn<LoginController::BlockedFeature>("feature");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("download") << LoginController::BlockedFeature::Download << "download";
        QTest::newRow("permission") << LoginController::BlockedFeature::Permission << "permission";
        QTest::newRow("file picker") << LoginController::BlockedFeature::FilePicker << "file";
        QTest::newRow("other") << LoginController::BlockedFeature::Other << "does not allow";
    }

    void blockedFeaturesAreExplained()
    {
        QFETCH(LoginController::BlockedFeature, feature);
        QFETCH(QString, mentions);
        auto controller = makeController();
        QSignalSpy changed(controller.get(), &LoginController::noticeChanged);
        controller->reportBlocked(feature);
        QCOMPARE(changed.count(), 1);
        QVERIFY2(controller->notice().contains(mentions), qPrintable(controller->notice()));
    }

    void eachBlockedFeatureHasItsOwnExplanation()
    {
        auto controller = makeController();
        QSet<QString> notices;
        const QMetaEnum features = QMetaEnum::fromType<LoginController::BlockedFeature>();
        for (int i = 0; i < features.keyCount(); ++i) {
            controller->reportBlocked(LoginController::BlockedFeature(features.value(i)));
            notices.insert(controller->notice());
        }
        QCOMPARE(notices.size(), features.keyCount());
    }

    void errorViewNamesWhatFailed()
    {
        auto controller = makeController();
        controller->start();
        QCOMPARE(controller->errorView(), LoginController::ErrorView::None);
        controller->reportLoadFailed(QUrl(QStringLiteral("http://127.0.0.1:4380/auth")), -102,
                                     QStringLiteral("net::ERR_CONNECTION_REFUSED"));
        QCOMPARE(controller->errorView(), LoginController::ErrorView::Network);
        controller->retry();
        QCOMPARE(controller->errorView(), LoginController::ErrorView::None);
        QVERIFY(!controller->allowCertificate(QUrl(QStringLiteral("https://127.0.0.1:4380/auth")),
                                              QStringLiteral("00ff"),
                                              QStringLiteral("self-signed.")));
        QCOMPARE(controller->errorView(), LoginController::ErrorView::Certificate);
        QCOMPARE(controller->certificateFingerprint(), QStringLiteral("00:FF"));
    }

    void externalLinksOpenInTheSystemBrowser()
    {
        QTemporaryDir directory;
        const QString opened = directory.filePath(QStringLiteral("opened"));
        const QString browser = directory.filePath(QStringLiteral("browser.sh"));
        QFile script(browser);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(QStringLiteral("#!/bin/sh\nprintf '%s' \"$1\" > '%1'\n").arg(opened).toUtf8());
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("LOGIN_COMPANION_BROWSER", browser.toUtf8());
        auto controller = makeController();
        controller->openExternally(QUrl(QStringLiteral("https://game.test/terms")));
        controller->openExternally(QUrl(QStringLiteral("file:///etc/passwd"))); // never
        QVERIFY(QTest::qWaitFor([&] { return QFile::exists(opened); }, 10'000));
        qunsetenv("LOGIN_COMPANION_BROWSER");
        QFile file(opened);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("https://game.test/terms"));
    }

    void differentAccountClearsTheRememberedSession()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto controller = makeController();
        controller->setRememberSession(true);
        QVERIFY(!controller->webStoragePath().isEmpty());
        QVERIFY(QDir().mkpath(controller->webStoragePath() + QStringLiteral("/Cookies")));
        QSignalSpy clear(controller.get(), &LoginController::webSessionClearRequested);
        controller->signInWithDifferentAccount();
        QCOMPARE(clear.count(), 1);
        QVERIFY(!QDir(controller->webStoragePath()).exists());
        QCOMPARE(controller->phase(), LoginController::Phase::Loading);
        QStandardPaths::setTestModeEnabled(false);
    }

    void sessionsOfDifferentAccountsLiveApart()
    {
        QCOMPARE(WebSessionStore::storageNameFor(QStringLiteral("p"), QStringLiteral("a")),
                 WebSessionStore::storageNameFor(QStringLiteral("p"), QStringLiteral("a")));
        QVERIFY(WebSessionStore::storageNameFor(QStringLiteral("p"), QStringLiteral("a"))
                != WebSessionStore::storageNameFor(QStringLiteral("p"), QStringLiteral("b")));
        QVERIFY(WebSessionStore::storageNameFor(QStringLiteral("p"), QStringLiteral("a"))
                != WebSessionStore::storageNameFor(QStringLiteral("q"), QStringLiteral("a")));
    }

    void loadErrorsAreSentencesWithTheCodeOnADetailsLine_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("refused") << -102 << "net::ERR_CONNECTION_REFUSED"
                                 << "The server refused the connection.";
        QTest::newRow("no such name") << -105 << "net::ERR_NAME_NOT_RESOLVED"
                                      << "The server's name could not be found.";
        QTest::newRow("offline") << -106 << "net::ERR_INTERNET_DISCONNECTED"
                                 << "No internet connection.";
        QTest::newRow("timed out") << -118 << "net::ERR_CONNECTION_TIMED_OUT"
                                   << "The server took too long to answer.";
    }

    void loadErrorsAreSentencesWithTheCodeOnADetailsLine()
    {
        QFETCH(int, code);
        QFETCH(QString, name);
        QFETCH(QString, sentence);
        auto controller = makeController();
        start(*controller);
        controller->reportLoadFailed(QUrl(QStringLiteral("https://id.example.test/auth")), code,
                                     name);
        QCOMPARE(controller->phase(), LoginController::Phase::Failed);
        QVERIFY2(controller->errorText().contains(sentence), qPrintable(controller->errorText()));
        QVERIFY2(!controller->errorText().contains(QStringLiteral("ERR_")),
                 qPrintable(controller->errorText()));
        QCOMPARE(controller->errorDetails(), QStringLiteral("%1 (%2)").arg(name).arg(code));
    }

    void closingAfterAFailureEndsWithThatFailure()
    {
        auto controller = makeController();
        start(*controller);
        QSignalSpy failed(controller.get(), &LoginController::signInFailed);
        const QString state = stateOf(controller->authorizationUrl());
        // The provider answers with an error of its own (not a denial by the user).
        QVERIFY(!controller->allowNavigation(
            QUrl(QStringLiteral("http://localhost/callback?error=server_error&error_description="
                                "ERR12008&state=%1")
                     .arg(state)),
            true));
        QCOMPARE(controller->phase(), LoginController::Phase::Failed);
        QCOMPARE(failed.count(), 1);

        controller->cancel(); // the window is closed
        QCOMPARE(controller->phase(), LoginController::Phase::Cancelled);
        QCOMPARE(failed.count(), 2);
        QVERIFY(controller->error());
        const AuthError ended = *controller->error(); // what signInFailed carried
        QVERIFY(ended.kind() != AuthError::Kind::Cancelled);
        QCOMPARE(ended.providerCode(), QStringLiteral("server_error"));
        QCOMPARE(int(exitCodeFor(ended)), int(ExitProviderOrNetwork));
    }

    void useBrowserWithoutABrowserSaysSoAndOffersTheWayBack()
    {
        m_fakes->mutableServices().openBrowser = [](const QUrl &) -> Status {
            return AuthError::config(QStringLiteral("xdg-open: not found"));
        };
        auto controller = makeController();
        start(*controller);
        controller->continueInSystemBrowser();
        QTRY_COMPARE(controller->phase(), LoginController::Phase::Failed);
        QVERIFY(controller->browserUnavailable());
        QVERIFY2(controller->errorText().contains(QStringLiteral("browser")),
                 qPrintable(controller->errorText()));
        QVERIFY(controller->canRetry());
        const QUrl before = controller->authorizationUrl();
        controller->retry(); // "Back to the sign-in page": the embedded view again
        QCOMPARE(controller->phase(), LoginController::Phase::Loading);
        QVERIFY(!controller->browserUnavailable());
        QTRY_VERIFY(controller->authorizationUrl() != before);
    }

    void cancelEndsTheSignIn()
    {
        auto controller = makeController();
        start(*controller);
        QSignalSpy failed(controller.get(), &LoginController::signInFailed);
        controller->cancel();
        QCOMPARE(controller->phase(), LoginController::Phase::Cancelled);
        QCOMPARE(failed.count(), 1);
        controller->cancel(); // closing the window afterwards reports nothing twice
        QCOMPARE(failed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(LoginControllerTest)
#include "tst_logincontroller.moc"
