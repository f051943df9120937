// The login window itself, in-process: the real LoginWindow.qml with the real WebEngineView
// (offscreen) and a real LoginController, against loopback servers that misbehave on purpose
// (tests/pages), the provider emulators (tests/providers) and oidc-provider (tests/oidc).
#include "LoginController.h"
#include "TestSupport.h"
#include "WebTools.h"
#include "providers/ProfileRepository.h"

#include <QDir>
#include <QDirIterator>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTcpServer>
#include <QSignalSpy>
#include <QTest>
#include <QtWebEngineQuick>

using namespace lc;
using namespace lc::test;

namespace {
QJsonObject portsIn(const QString &file)
{
    QFile ports(file);
    if (!ports.open(QIODevice::ReadOnly))
        qFatal("fixture not running: %s", qPrintable(file));
    return QJsonDocument::fromJson(ports.readAll()).object();
}

// Fills the test pages' form (#username/#password) or oidc-provider's, once per page.
QString autofill(const QString &user)
{
    QFile oidc(QStringLiteral(LC_OIDC_DIR "/autofill.js"));
    oidc.open(QIODevice::ReadOnly);
    return QStringLiteral(R"JS(
window.__loginCompanionUser = "%1";
(function () {
  var u = document.querySelector('#username'), p = document.querySelector('#password');
  if (u && p && !window.__filled) {
    window.__filled = true; u.value = "%1"; p.value = "pw";
    document.querySelector('#login-submit').click();
  }
})();
)JS")
               .arg(user)
        + QString::fromUtf8(oidc.readAll());
}
} // namespace

class LoginWindowTest : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_pages;
    QJsonObject m_providers;
    QTemporaryDir m_directory;

    using Phase = LoginController::Phase;
    using ErrorView = LoginController::ErrorView;

    // A window on its own engine, destroyed (engine first) when the test function ends.
    struct OpenWindow
    {
        std::unique_ptr<LoginController> controller;
        std::unique_ptr<QQmlApplicationEngine> engine;
        ~OpenWindow() { engine.reset(); }
        QObject *find(const char *name) const
        {
            return engine->rootObjects().first()->findChild<QObject *>(QLatin1String(name));
        }
    };

    ProviderProfile pagesProfile(const QString &scenario, bool secure,
                                 const QJsonObject &extra = {})
    {
        const QString base = secure
            ? QStringLiteral("https://127.0.0.1:%1").arg(m_pages.value("https").toInt())
            : QStringLiteral("http://127.0.0.1:%1").arg(m_pages.value("http").toInt());
        QJsonObject json {
            { "id", QStringLiteral("pages-") + scenario },
            { "displayName", QStringLiteral("Test pages: ") + scenario },
            { "authorizationEndpoint",
              base + QLatin1Char('/') + scenario + QStringLiteral("/auth") },
            { "tokenEndpoint", base + QStringLiteral("/token") },
            { "userinfoEndpoint", base + QStringLiteral("/userinfo") },
            { "clientId", "pages" },
            { "redirectUri", "http://localhost/callback" },
        };
        for (auto it = extra.begin(); it != extra.end(); ++it)
            json.insert(it.key(), it.value());
        auto profile = ProviderProfile::fromJson(QJsonDocument(json).toJson(),
                                                 QStringLiteral("test profile"));
        if (!profile.ok())
            qFatal("%s", qPrintable(profile.error().message()));
        return profile.value();
    }

    QJsonArray pageRequests()
    {
        return QJsonDocument::fromJson(httpGet(QUrl(QStringLiteral("http://127.0.0.1:%1/__requests")
                                                        .arg(m_pages.value("http").toInt())))
                                           .body)
            .array();
    }

    std::unique_ptr<OpenWindow> open(const ProviderProfile &profile, const QString &user,
                                     const QString &label = {}, bool remember = false)
    {
        auto window = std::make_unique<OpenWindow>();
        window->controller
            = std::make_unique<LoginController>(profile, Services::production(), label);
        window->controller->setPageScript(autofill(user));
        if (remember)
            window->controller->setRememberSession(true);
        window->engine = std::make_unique<QQmlApplicationEngine>();
        window->engine->setInitialProperties(
            { { QStringLiteral("controller"), QVariant::fromValue(window->controller.get()) } });
        window->engine->load(QUrl(QStringLiteral("qrc:/LoginCompanion/LoginWindow.qml")));
        if (window->engine->rootObjects().isEmpty())
            qFatal("LoginWindow.qml did not load");
        return window;
    }

    static bool waitForPhase(LoginController &controller, std::initializer_list<Phase> phases,
                             int ms = 30'000)
    {
        return QTest::qWaitFor(
            [&] {
                return std::find(phases.begin(), phases.end(), controller.phase()) != phases.end();
            },
            ms);
    }

    static QString describe(const LoginController &controller)
    {
        return QStringLiteral("phase %1, %2: %3")
            .arg(QString::fromLatin1(
                     QMetaEnum::fromType<Phase>().valueToKey(int(controller.phase()))),
                 QString::fromLatin1(
                     QMetaEnum::fromType<ErrorView>().valueToKey(int(controller.errorView()))),
                 controller.errorText());
    }

    std::optional<AccountRecord> signInAndWait(OpenWindow &window)
    {
        std::optional<AccountRecord> account;
        connect(window.controller.get(), &LoginController::signedIn, this,
                [&](const AccountRecord &a) { account = a; });
        window.controller->start();
        waitForPhase(*window.controller, { Phase::Succeeded, Phase::Failed, Phase::Cancelled });
        return account;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("login-companion"));
        m_pages = portsIn(QStringLiteral(LC_PAGES_STATE_DIR "/ports.json"));
        m_providers = portsIn(QStringLiteral(LC_PROVIDERS_STATE_DIR "/ports.json"));
    }

    void init() { QFile::remove(AccountIndex().filePath()); }

    void plainPageSignsIn()
    {
        auto window = open(pagesProfile(QStringLiteral("plain"), false), QStringLiteral("ann"));
        auto account = signInAndWait(*window);
        QVERIFY2(account, qPrintable(describe(*window->controller)));
        QCOMPARE(account->subject, QStringLiteral("page-ann"));
        QCOMPARE(window->engine->rootObjects().first()->property("title").toString(),
                 QStringLiteral("Test pages: plain"));
    }

    void selfSignedCertificateIsRefusedWithItsFingerprint()
    {
        auto window = open(pagesProfile(QStringLiteral("plain"), true), QStringLiteral("ann"));
        window->controller->start();
        QVERIFY(waitForPhase(*window->controller, { Phase::Failed }));
        QCOMPARE(window->controller->errorView(), ErrorView::Certificate);
        QCOMPARE(window->controller->certificateFingerprint(), m_pages.value("sha256").toString());
        QVERIFY(window->controller->errorText().contains(QStringLiteral("127.0.0.1")));
        QVERIFY(window->find("fingerprintField")->property("visible").toBool());
        QVERIFY(window->find("fingerprintField")
                    ->property("text")
                    .toString()
                    .contains(m_pages.value("sha256").toString()));
    }

    void pinnedCertificateIsAccepted()
    {
        auto window = open(pagesProfile(QStringLiteral("plain"), true,
                                        { { "trustedCertificateSha256",
                                            QJsonArray { m_pages.value("sha256") } } }),
                           QStringLiteral("bea"));
        auto account = signInAndWait(*window);
        QVERIFY2(account, qPrintable(describe(*window->controller)));
        QCOMPARE(account->subject,
                 QStringLiteral("page-bea")); // token and userinfo calls accepted the pin too
    }

    void httpsPageCannotSendTheUserToHttp()
    {
        httpPostForm(
            QUrl(QStringLiteral("http://127.0.0.1:%1/__reset").arg(m_pages.value("http").toInt())),
            {});
        auto window = open(pagesProfile(QStringLiteral("downgrade"), true,
                                        { { "trustedCertificateSha256",
                                            QJsonArray { m_pages.value("sha256") } } }),
                           QStringLiteral("cid"));
        window->controller->start();
        QVERIFY(waitForPhase(*window->controller, { Phase::Failed }));
        QCOMPARE(window->controller->errorView(), ErrorView::Insecure);
        for (const QJsonValue &request : pageRequests())
            QVERIFY(request.toObject().value("path").toString() != QStringLiteral("/landing"));
    }

    void popupSignInCompletes()
    {
        auto window = open(pagesProfile(QStringLiteral("popup"), false), QStringLiteral("dee"));
        auto account = signInAndWait(*window);
        QVERIFY2(account, qPrintable(describe(*window->controller)));
        QCOMPARE(account->subject, QStringLiteral("page-dee"));
    }

    void downloadIsBlocked()
    {
        auto window = open(pagesProfile(QStringLiteral("download"), false), QStringLiteral("eve"));
        auto account = signInAndWait(*window);
        QVERIFY2(account, qPrintable(describe(*window->controller)));
        QVERIFY2(window->controller->notice().contains(QStringLiteral("download")),
                 qPrintable(window->controller->notice()));
        QDirIterator files(QDir::homePath(), { QStringLiteral("tool.exe*") },
                           QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QVERIFY2(!files.hasNext(), "the download was saved");
    }

    void permissionRequestsAreDenied()
    {
        auto window
            = open(pagesProfile(QStringLiteral("permission"), false), QStringLiteral("fay"));
        window->controller->setPageScript(QString()); // stay on the page to read its verdict
        window->controller->start();
        QObject *view = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                view = window->find("webView");
                return view && view->property("title").toString().contains(QLatin1Char(','));
            },
            30'000));
        QCOMPARE(view->property("title").toString(), QStringLiteral("camera=denied,geo=denied"));
        QVERIFY(window->controller->notice().contains(QStringLiteral("permission")));
    }

    void javascriptDialogsAreNativeDialogs()
    {
        auto window = open(pagesProfile(QStringLiteral("dialogs"), false), QStringLiteral("jo"));
        window->controller->setPageScript(QString()); // stay on the page to read its verdict
        window->controller->start();
        QObject *dialog = window->find("pageDialog");
        QVERIFY(dialog);
        // alert
        QVERIFY(QTest::qWaitFor([&] { return dialog->property("opened").toBool(); }, 30'000));
        QCOMPARE(dialog->property("message").toString(),
                 QStringLiteral("Welcome to the test provider"));
        QMetaObject::invokeMethod(dialog, "accept");
        // confirm: answered "Cancel"
        QVERIFY(QTest::qWaitFor(
            [&] {
                return dialog->property("message").toString() == QStringLiteral("Continue?")
                    && dialog->property("opened").toBool();
            },
            10'000));
        QMetaObject::invokeMethod(dialog, "reject");
        // prompt: answered with a name
        QVERIFY(QTest::qWaitFor(
            [&] {
                return dialog->property("isPrompt").toBool() && dialog->property("opened").toBool();
            },
            10'000));
        window->find("promptField")->setProperty("text", QStringLiteral("Kim"));
        QMetaObject::invokeMethod(dialog, "accept");
        QObject *view = window->find("webView");
        QVERIFY(QTest::qWaitFor(
            [&] {
                return view->property("title").toString().startsWith(QStringLiteral("confirm="));
            },
            10'000));
        QCOMPARE(view->property("title").toString(), QStringLiteral("confirm=false,prompt=Kim"));
    }

    void slowServerShowsTheErrorViewAndRetrySucceeds()
    {
        httpPostForm(
            QUrl(QStringLiteral("http://127.0.0.1:%1/__reset").arg(m_pages.value("http").toInt())),
            {});
        auto window
            = open(pagesProfile(QStringLiteral("slow"), false, { { "pageLoadTimeoutSeconds", 2 } }),
                   QStringLiteral("gus"));
        std::optional<AccountRecord> account;
        connect(window->controller.get(), &LoginController::signedIn, this,
                [&](const AccountRecord &a) { account = a; });
        window->controller->start();
        QVERIFY(waitForPhase(*window->controller, { Phase::Failed }));
        QCOMPARE(window->controller->errorView(), ErrorView::Timeout);
        QVERIFY(window->find("errorView")->property("visible").toBool());
        QObject *retry = window->find("retryButton");
        QVERIFY(retry->property("visible").toBool());
        QMetaObject::invokeMethod(retry, "clicked");
        QVERIFY(waitForPhase(*window->controller, { Phase::Succeeded, Phase::Failed }));
        QVERIFY2(account, qPrintable(describe(*window->controller)));
    }

    void deadServerOffersRetry()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const int port = closed.serverPort();
        closed.close();
        ProviderProfile profile = pagesProfile(QStringLiteral("plain"), false);
        profile.authorizationEndpoint = QUrl(QStringLiteral("http://127.0.0.1:%1/auth").arg(port));
        auto window = open(profile, QStringLiteral("hal"));
        window->controller->start();
        QVERIFY(waitForPhase(*window->controller, { Phase::Failed }));
        QVERIFY(window->controller->canRetry());
        QVERIFY(!window->controller->errorText().isEmpty());
    }

    // A window on a server that refuses connections, showing its error view.
    std::unique_ptr<OpenWindow> openOnADeadServer()
    {
        QTcpServer closed;
        if (!closed.listen(QHostAddress::LocalHost))
            qFatal("no free port");
        const int port = closed.serverPort();
        closed.close();
        ProviderProfile profile = pagesProfile(QStringLiteral("plain"), false);
        profile.authorizationEndpoint = QUrl(QStringLiteral("http://127.0.0.1:%1/auth").arg(port));
        auto window = open(profile, QStringLiteral("hal"));
        window->controller->start();
        if (!waitForPhase(*window->controller, { Phase::Failed }))
            qFatal("the error view did not appear: %s", qPrintable(describe(*window->controller)));
        return window;
    }

    static QQuickWindow *rootWindow(const OpenWindow &window)
    {
        return qobject_cast<QQuickWindow *>(window.engine->rootObjects().first());
    }

    void deadServerIsExplainedInPlainWordsWithADetailsLine()
    {
        auto window = openOnADeadServer();
        QVERIFY2(window->controller->errorText().contains(
                     QStringLiteral("The server refused the connection.")),
                 qPrintable(window->controller->errorText()));
        QObject *details = window->find("errorDetailsLabel");
        QVERIFY(details->property("visible").toBool());
        QVERIFY2(details->property("text").toString().contains(
                     QStringLiteral("ERR_CONNECTION_REFUSED")),
                 qPrintable(details->property("text").toString()));
    }

    void closingTheWindowAfterAnErrorReportsThatError()
    {
        auto window = openOnADeadServer();
        QSignalSpy failed(window->controller.get(), &LoginController::signInFailed);
        rootWindow(*window)->close(); // onClosing
        QCOMPARE(window->controller->phase(), Phase::Cancelled);
        QCOMPARE(failed.count(), 1);
        QVERIFY(window->controller->error());
        const AuthError ended = *window->controller->error(); // what signInFailed carried
        QCOMPARE(ended.kind(), AuthError::Kind::Network); // exit 1, not 2 "cancelled"
        QVERIFY2(ended.message().contains(QStringLiteral("refused")), qPrintable(ended.message()));
    }

    void returnOnAFocusedButtonActivatesIt_data()
    {
        QTest::addColumn<int>("key");
        QTest::newRow("Return") << int(Qt::Key_Return);
        QTest::newRow("Enter") << int(Qt::Key_Enter);
    }

    void returnOnAFocusedButtonActivatesIt()
    {
        QFETCH(int, key);
        auto window = openOnADeadServer();
        QQuickWindow *quickWindow = rootWindow(*window);
        quickWindow->show();
        quickWindow->requestActivate();
        auto *close = qobject_cast<QQuickItem *>(window->find("closeButton"));
        QVERIFY(close);
        close->forceActiveFocus(Qt::TabFocusReason);
        QTRY_VERIFY(close->hasActiveFocus());
        QTest::keyClick(quickWindow, Qt::Key(key));
        QTRY_COMPARE(window->controller->phase(), Phase::Cancelled);
    }

    void nothingIsClippedAtTheMinimumWidth()
    {
        auto window = openOnADeadServer();
        QQuickWindow *quickWindow = rootWindow(*window);
        quickWindow->setWidth(360);
        quickWindow->show();
        QTRY_COMPARE(quickWindow->width(), 360);
        // Every visible button and label of the window's own views fits inside it, and no
        // label elides its text (the host bar's origin may: it elides in the middle by design).
        QTRY_VERIFY(quickWindow->contentItem()->childItems().size() > 0);
        QTest::qWait(50); // one polish pass after the resize
        QStringList clipped;
        QList<QQuickItem *> items; // the visual tree
        std::function<void(QQuickItem *)> collect = [&](QQuickItem *item) {
            items.append(item);
            for (QQuickItem *child : item->childItems())
                collect(child);
        };
        collect(quickWindow->contentItem());
        for (QQuickItem *item : items) {
            if (!item->isVisible() || item->width() <= 0)
                continue;
            const QString type = QString::fromLatin1(item->metaObject()->className());
            const bool isControl = type.contains(QLatin1String("Button"))
                || type.contains(QLatin1String("Label"));
            if (!isControl)
                continue;
            bool hidden = false;
            for (QQuickItem *up = item; up; up = up->parentItem())
                hidden = hidden || !up->isVisible() || up->opacity() == 0;
            if (hidden)
                continue;
            const QRectF box = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
            if (box.left() < -0.5 || box.right() > 360.5)
                clipped.append(QStringLiteral("%1 \"%2\" at %3..%4")
                                   .arg(type, item->property("text").toString())
                                   .arg(box.left())
                                   .arg(box.right()));
            if (item->property("truncated").toBool()
                && item->objectName() != QLatin1String("originLabel"))
                clipped.append(QStringLiteral("%1 \"%2\" truncated")
                                   .arg(type, item->property("text").toString()));
        }
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));
        // The buttons of the error view wrapped onto more than one row.
        auto *buttons = qobject_cast<QQuickItem *>(window->find("errorButtons"));
        QVERIFY(buttons->height() > qobject_cast<QQuickItem *>(window->find("closeButton"))->height() * 1.5);
    }

    void theRedirectHostNeverGetsARequest()
    {
        QTcpServer redirectHost;
        QVERIFY(redirectHost.listen(QHostAddress::LocalHost));
        ProviderProfile profile = pagesProfile(QStringLiteral("redirect-image"), false);
        profile.redirectUri
            = QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(redirectHost.serverPort()));
        auto window = open(profile, QStringLiteral("ivy"));
        auto account = signInAndWait(*window);
        QVERIFY2(account, qPrintable(describe(*window->controller)));
        QVERIFY(!redirectHost.waitForNewConnection(300));
    }

    void basicAuthChallengeIsAnswered()
    {
        qputenv("LOGIN_COMPANION_LIGHT_OAUTH2_BASE",
                QStringLiteral("https://127.0.0.1:%1")
                    .arg(m_providers.value("lightOauth2").toInt())
                    .toUtf8());
        qputenv("LOGIN_COMPANION_LIGHT_OAUTH2_CERT_SHA256",
                m_providers.value("lightOauth2Sha256").toString().toUtf8());
        qputenv("LOGIN_COMPANION_CLIENT_SECRET_LIGHT_OAUTH2", "light-test-secret");
        auto profile = ProfileRepository::load(QStringLiteral("light-oauth2"));
        QVERIFY2(profile.ok(), profile.ok() ? "" : qPrintable(profile.error().message()));
        auto window = open(profile.value(), QStringLiteral("admin"));
        window->controller->setAutomaticCredentials(QStringLiteral("admin"),
                                                    QStringLiteral("123456"));
        auto account = signInAndWait(*window);
        QVERIFY2(account, qPrintable(describe(*window->controller)));
    }

    void basicAuthDialogAppearsAndCancelMeansCancelled()
    {
        auto profile = ProfileRepository::load(QStringLiteral("light-oauth2"));
        QVERIFY(profile.ok());
        auto window = open(profile.value(), QStringLiteral("admin"));
        window->controller->start();
        QObject *dialog = window->find("credentialsDialog");
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitFor([&] { return dialog->property("opened").toBool(); }, 30'000));
        QVERIFY(dialog->property("title").toString().contains(QStringLiteral("127.0.0.1")));
        QMetaObject::invokeMethod(dialog, "reject");
        QVERIFY(waitForPhase(*window->controller, { Phase::Cancelled }));
    }

    void browserButtonContinuesInTheSystemBrowser()
    {
        // The "browser" walks oidc-provider's pages and comes back to the loopback listener.
        const QString script = m_directory.filePath(QStringLiteral("browser.sh"));
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QStringLiteral("#!/bin/sh\n'%1' '%2' --login dora \"$1\" >/dev/null 2>&1 &\n")
                .arg(QStringLiteral(LC_NODE), QStringLiteral(LC_OIDC_DIR "/browser-stand-in.mjs"))
                .toUtf8());
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("LOGIN_COMPANION_BROWSER", script.toUtf8());
        const QString oidc = writeProfile(m_directory, QStringLiteral("browser"),
                                          { { "redirectUri", "http://127.0.0.1/callback" } });
        auto profile = ProfileRepository::load(oidc);
        QVERIFY(profile.ok());
        auto window = open(profile.value(), QString());
        window->controller->setPageScript(QString()); // nobody types into the embedded page
        std::optional<AccountRecord> account;
        connect(window->controller.get(), &LoginController::signedIn, this,
                [&](const AccountRecord &a) { account = a; });
        window->controller->start();
        QVERIFY(waitForPhase(*window->controller, { Phase::Ready }));
        QMetaObject::invokeMethod(window->find("browserButton"), "clicked");
        QCOMPARE(window->controller->phase(), Phase::InBrowser);
        QVERIFY(waitForPhase(*window->controller, { Phase::Succeeded, Phase::Failed }, 60'000));
        qunsetenv("LOGIN_COMPANION_BROWSER");
        QVERIFY2(account, qPrintable(describe(*window->controller)));
        QCOMPARE(account->subject, QStringLiteral("dora"));
    }

    void rememberedAccountsStayIsolated()
    {
        const QString oidc = writeProfile(m_directory, QStringLiteral("remembered"));
        auto profile = ProfileRepository::load(oidc);
        QVERIFY(profile.ok());
        {
            auto first
                = open(profile.value(), QStringLiteral("alice"), QStringLiteral("qa-a"), true);
            auto account = signInAndWait(*first);
            QVERIFY2(account, qPrintable(describe(*first->controller)));
            QCOMPARE(account->subject, QStringLiteral("alice"));
        }
        {
            // Another remembered account: alice's provider session must not leak in.
            auto second
                = open(profile.value(), QStringLiteral("bob"), QStringLiteral("qa-b"), true);
            auto account = signInAndWait(*second);
            QVERIFY2(account, qPrintable(describe(*second->controller)));
            QCOMPARE(account->subject, QStringLiteral("bob"));
        }
        {
            // qa-a's session is remembered: the provider skips its login form, so the typed
            // "mallory" is never used.
            auto again
                = open(profile.value(), QStringLiteral("mallory"), QStringLiteral("qa-a"), true);
            auto account = signInAndWait(*again);
            QVERIFY2(account, qPrintable(describe(*again->controller)));
            QCOMPARE(account->subject, QStringLiteral("alice"));
        }
    }
};

int main(int argc, char *argv[])
{
    QtWebEngineQuick::initialize();
    QGuiApplication app(argc, argv);
    WebTools::registerForQml();
    LoginWindowTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_loginwindow.moc"
