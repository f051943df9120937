// `login-companion login` for real: the front executable starts the login window, the real
// WebEngine view (offscreen) loads oidc-provider's login and consent pages, a page script fills
// them in (--page-script, the documented automation hook), the redirect is caught, and the
// tokens land in a real gnome-keyring.
#include "TestSupport.h"
#include "common/ExitCode.h"
#include "storage/AccountStore.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

#ifdef LC_TEST_WITH_XCB
#include <xcb/xcb.h>

#include <cstring>
#include <memory>
#endif

using namespace lc;
using namespace lc::test;

#ifdef LC_TEST_WITH_XCB
namespace {
// Closes every mapped top-level window on `display` the way a window manager's close button
// does: a WM_DELETE_WINDOW client message (ICCCM §4.2.8.1). Returns how many it closed.
int closeWindowsOn(const QByteArray &display)
{
    xcb_connection_t *connection = xcb_connect(display.constData(), nullptr);
    const std::unique_ptr<xcb_connection_t, void (*)(xcb_connection_t *)> owner(connection,
                                                                                xcb_disconnect);
    if (xcb_connection_has_error(connection))
        return 0;
    const auto atom = [connection](const char *name) {
        std::unique_ptr<xcb_intern_atom_reply_t, void (*)(void *)> reply(
            xcb_intern_atom_reply(connection,
                                  xcb_intern_atom(connection, 0, uint16_t(std::strlen(name)), name),
                                  nullptr),
            std::free);
        return reply ? reply->atom : xcb_atom_t(XCB_ATOM_NONE);
    };
    const xcb_atom_t protocols = atom("WM_PROTOCOLS");
    const xcb_atom_t deleteWindow = atom("WM_DELETE_WINDOW");
    const xcb_window_t root = xcb_setup_roots_iterator(xcb_get_setup(connection)).data->root;
    std::unique_ptr<xcb_query_tree_reply_t, void (*)(void *)> tree(
        xcb_query_tree_reply(connection, xcb_query_tree(connection, root), nullptr), std::free);
    if (!tree)
        return 0;
    const xcb_window_t *children = xcb_query_tree_children(tree.get());
    int closed = 0;
    for (int i = 0; i < xcb_query_tree_children_length(tree.get()); ++i) {
        std::unique_ptr<xcb_get_window_attributes_reply_t, void (*)(void *)> attributes(
            xcb_get_window_attributes_reply(
                connection, xcb_get_window_attributes(connection, children[i]), nullptr),
            std::free);
        if (!attributes || attributes->map_state != XCB_MAP_STATE_VIEWABLE)
            continue;
        xcb_client_message_event_t message {};
        message.response_type = XCB_CLIENT_MESSAGE;
        message.format = 32;
        message.window = children[i];
        message.type = protocols;
        message.data.data32[0] = deleteWindow;
        message.data.data32[1] = XCB_CURRENT_TIME;
        xcb_send_event(connection, 0, children[i], XCB_EVENT_MASK_NO_EVENT,
                       reinterpret_cast<const char *>(&message));
        ++closed;
    }
    xcb_flush(connection);
    return closed;
}
} // namespace
#endif

class LoginEndToEndTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    QString m_profilePath;

    // autofill.js, told which user to type.
    QString pageScriptFor(const QString &login, const QString &extra = {})
    {
        QFile autofill(QStringLiteral(LC_OIDC_DIR "/autofill.js"));
        if (!autofill.open(QIODevice::ReadOnly))
            qFatal("autofill.js missing");
        const QString path = m_directory.filePath(login + QStringLiteral("-autofill.js"));
        QFile script(path);
        if (!script.open(QIODevice::WriteOnly))
            qFatal("cannot write the page script");
        script.write(QStringLiteral("window.__loginCompanionUser = \"%1\";\n").arg(login).toUtf8());
        script.write(extra.isEmpty() ? autofill.readAll() : extra.toUtf8());
        return path;
    }

    QStringList login(const QString &profilePath, const QString &pageScript,
                      const QStringList &more = {})
    {
        return QStringList { QStringLiteral("login"), QStringLiteral("--profile"), profilePath,
                             QStringLiteral("--page-script"), pageScript }
        + more;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("login-companion"));
        m_profilePath = writeProfile(m_directory);
    }

    void init() { QFile::remove(AccountIndex().filePath()); }

    void loginThroughTheRealWindowStoresTokensInTheKeychain()
    {
        const ProcessResult result
            = runCli(login(m_profilePath, pageScriptFor(QStringLiteral("player1"))));
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        QVERIFY2(result.standardOutput.contains(
                     QStringLiteral("Signed in to Local test provider as player1")),
                 qPrintable(result.standardOutput));

        auto account = AccountIndex().find(QStringLiteral("local"), QString());
        QVERIFY(account.ok());
        QCOMPARE(account.value().subject, QStringLiteral("player1"));
        auto tokens = AccountStore().tokens(account.value());
        QVERIFY2(tokens.ok(), qPrintable(tokens.ok() ? QString() : tokens.error().message()));
        QVERIFY(!tokens.value().refreshToken.isEmpty());

        const ProcessResult token
            = runCli({ QStringLiteral("token"), QStringLiteral("--profile"), m_profilePath });
        QCOMPARE(token.exitCode, 0);
        QCOMPARE(token.standardOutput.trimmed(), tokens.value().accessToken);
        const HttpResult userinfo
            = httpGet(QUrl(issuer() + QStringLiteral("/me")), token.standardOutput.trimmed());
        QCOMPARE(userinfo.status, 200);
        QCOMPARE(userinfo.json().value(QStringLiteral("sub")).toString(),
                 QStringLiteral("player1"));

        // Nothing but the (encrypted) keyring under HOME holds a token: not the web profile,
        // not the index, not a log.
        QCOMPARE(filesContaining(QDir::homePath(), tokens.value().accessToken.toUtf8()),
                 QStringList());
        QCOMPARE(filesContaining(QDir::homePath(), tokens.value().refreshToken.toUtf8()),
                 QStringList());
        QVERIFY(!result.standardError.contains(tokens.value().accessToken));
    }

    void successfulLoginWritesExactlyOneLine()
    {
        // Quiet by default: no Qt, QML or Chromium line on stderr, only the one line that says
        // the profile file is installed (or was already), and one sentence on stdout.
        const ProcessResult result
            = runCli(login(m_profilePath, pageScriptFor(QStringLiteral("quiet1"))));
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        const QRegularExpression installed(
            QStringLiteral("^(Installed profile \"local\" from|Profile \"local\" is already "
                           "installed as it is in) %1[^\n]*\n$")
                .arg(QRegularExpression::escape(m_profilePath)));
        QVERIFY2(installed.match(result.standardError).hasMatch(),
                 qPrintable(result.standardError));
        QCOMPARE(result.standardOutput.count(u'\n'), 1);
        QVERIFY(result.standardOutput.startsWith(QStringLiteral("Signed in to ")));
    }

    void exitOnErrorEndsAtTheFirstFailure()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const int port = closed.serverPort();
        closed.close();
        const QString dead = writeProfile(
            m_directory, QStringLiteral("dead"),
            { { QStringLiteral("issuer"), QStringLiteral("http://127.0.0.1:%1").arg(port) },
              { QStringLiteral("authorizationEndpoint"),
                QStringLiteral("http://127.0.0.1:%1/auth").arg(port) },
              { QStringLiteral("tokenEndpoint"),
                QStringLiteral("http://127.0.0.1:%1/token").arg(port) },
              { QStringLiteral("userinfoEndpoint"),
                QStringLiteral("http://127.0.0.1:%1/me").arg(port) },
              { QStringLiteral("scopes"), QJsonArray { QStringLiteral("profile") } } });
        const ProcessResult result
            = runCli(login(dead, pageScriptFor(QStringLiteral("nobody")),
                           { QStringLiteral("--exit-on-error") }));
        QCOMPARE(result.exitCode, int(ExitProviderOrNetwork));
        QVERIFY2(result.standardError.startsWith(QStringLiteral("login-companion: ")),
                 qPrintable(result.standardError));
        QCOMPARE(result.standardError.count(u'\n'), 1);
        QCOMPARE(result.standardOutput, QString());
    }

    void aLabelStaysWithItsPerson()
    {
        const ProcessResult first
            = runCli(login(m_profilePath, pageScriptFor(QStringLiteral("first-person")),
                           { QStringLiteral("--account"), QStringLiteral("qa-x") }));
        QVERIFY2(first.exitCode == 0, qPrintable(first.standardError));

        // Someone else signs in with the same label.
        const ProcessResult second
            = runCli(login(m_profilePath, pageScriptFor(QStringLiteral("second-person")),
                           { QStringLiteral("--account"), QStringLiteral("qa-x"),
                             QStringLiteral("--exit-on-error") }));
        QCOMPARE(second.exitCode, int(ExitUsage));
        QVERIFY2(second.standardError.contains(QStringLiteral("qa-x"))
                     && second.standardError.contains(QStringLiteral("first-person")),
                 qPrintable(second.standardError));

        // The first person's token is still the one handed out for the label.
        const ProcessResult token
            = runCli({ QStringLiteral("token"), QStringLiteral("--profile"), m_profilePath,
                       QStringLiteral("--account"), QStringLiteral("qa-x") });
        QVERIFY2(token.exitCode == 0, qPrintable(token.standardError));
        const HttpResult userinfo
            = httpGet(QUrl(issuer() + QStringLiteral("/me")), token.standardOutput.trimmed());
        QCOMPARE(userinfo.status, 200);
        QCOMPARE(userinfo.json().value(QStringLiteral("sub")).toString(),
                 QStringLiteral("first-person"));
        auto rows = AccountIndex().load();
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().size(), 1);
    }

    void printTokenPrintsOnlyAnAcceptedAccessToken()
    {
        const ProcessResult result
            = runCli(login(m_profilePath, pageScriptFor(QStringLiteral("alice")),
                           { QStringLiteral("--print-token"), QStringLiteral("--account"),
                             QStringLiteral("qa-alice") }));
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        const QStringList lines
            = result.standardOutput.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        const HttpResult userinfo = httpGet(QUrl(issuer() + QStringLiteral("/me")), lines.first());
        QCOMPARE(userinfo.status, 200);
        QCOMPARE(userinfo.json().value(QStringLiteral("sub")).toString(), QStringLiteral("alice"));

        auto account = AccountIndex().find(QStringLiteral("local"), QStringLiteral("qa-alice"));
        QVERIFY(account.ok());
        QCOMPARE(account.value().subject, QStringLiteral("alice"));
    }

    void cancellingOnTheProviderPageExitsCancelled()
    {
        // The user presses the provider's own Cancel link: access_denied comes back.
        const QString cancel = QStringLiteral(
            "(function(){ var a = document.querySelector('a[href*=\"/abort\"]');"
            " if (a && !window.__clicked) { window.__clicked = true; a.click(); } })();");
        const ProcessResult result
            = runCli(login(m_profilePath, pageScriptFor(QStringLiteral("nobody"), cancel)));
        QCOMPARE(result.exitCode, int(ExitCancelled));
        QVERIFY2(result.standardError.contains(QStringLiteral("cancelled")),
                 qPrintable(result.standardError));
        auto rows = AccountIndex().load();
        QVERIFY(rows.ok());
        QVERIFY(rows.value().isEmpty());
    }

#ifdef LC_TEST_WITH_XCB
    void closingTheWindowAfterAProviderErrorExitsWithThatError()
    {
        // An X server of its own with no window manager: the test closes the window from
        // outside, as a person does with the title bar's close button.
        QProcess xvfb;
        xvfb.start(QStringLiteral("Xvfb"),
                   { QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-nolisten"),
                     QStringLiteral("tcp"), QStringLiteral("-screen"), QStringLiteral("0"),
                     QStringLiteral("1024x768x24") });
        QVERIFY2(xvfb.waitForStarted(10'000), "Xvfb is missing (package xvfb)");
        QTRY_VERIFY_WITH_TIMEOUT(xvfb.canReadLine(), 30'000);
        const QByteArray display = ':' + xvfb.readLine().trimmed();

        // prompt=none without a session: oidc-provider sends the browser back with
        // error=login_required, a provider error the window shows with Retry.
        const QString profile = writeProfile(
            m_directory, QStringLiteral("promptnone"),
            { { QStringLiteral("extraAuthorizationParameters"),
                QJsonObject { { QStringLiteral("prompt"), QStringLiteral("none") } } } });
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DISPLAY"), QString::fromLatin1(display));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        QProcess login;
        login.setProcessEnvironment(environment);
        // --verbose: the window logs the failure, so the test knows when the error is on screen.
        login.start(QStringLiteral(LC_CLI_PATH),
                    { QStringLiteral("login"), QStringLiteral("--profile"), profile,
                      QStringLiteral("--verbose") });
        QVERIFY(login.waitForStarted(10'000));
        QByteArray standardError;
        QTRY_VERIFY_WITH_TIMEOUT(
            (standardError += login.readAllStandardError()).contains("sign-in failed at step")
                || login.state() == QProcess::NotRunning,
            60'000);
        QVERIFY2(login.state() == QProcess::Running, standardError.constData());
        QVERIFY2(standardError.contains("login_required"), standardError.constData());

        QCOMPARE(closeWindowsOn(display), 1);
        QVERIFY(login.waitForFinished(30'000));
        standardError += login.readAllStandardError();
        xvfb.terminate();
        xvfb.waitForFinished(10'000);
        QCOMPARE(login.exitStatus(), QProcess::NormalExit);
        QCOMPARE(login.exitCode(), int(ExitProviderOrNetwork)); // not 2, "cancelled"
        const QList<QByteArray> lines = standardError.trimmed().split('\n');
        QVERIFY2(lines.last().startsWith("login-companion: ")
                     && lines.last().contains("login_required"),
                 standardError.constData());
        QCOMPARE(login.readAllStandardOutput(), QByteArray());
        auto rows = AccountIndex().load();
        QVERIFY(rows.ok());
        QVERIFY(rows.value().isEmpty());
    }
#endif

    void theCallbackUrlIsNeverLoaded()
    {
        // Point the redirect URI at a loopback port we listen on: if the window let the
        // redirect load, a connection would arrive here.
        QTcpServer callbackHost;
        QVERIFY(callbackHost.listen(QHostAddress::LocalHost));
        const QString redirect
            = QStringLiteral("http://127.0.0.1:%1/callback").arg(callbackHost.serverPort());
        const QString profile = writeProfile(m_directory, QStringLiteral("loopback"),
                                             { { QStringLiteral("redirectUri"), redirect } });
        const ProcessResult result
            = runCli(login(profile, pageScriptFor(QStringLiteral("player2"))));
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        QVERIFY(!callbackHost.waitForNewConnection(500));
        QVERIFY(!callbackHost.hasPendingConnections());
    }
};

QTEST_GUILESS_MAIN(LoginEndToEndTest)
#include "tst_login_e2e.moc"
