#include "AccountsController.h"
#include "Autofill.h"
#include "DisplayCheck.h"
#include "LoginController.h"
#include "SystemClipboard.h"
#include "WebTools.h"
#include "WindowArguments.h"
#include "WindowEnvironment.h"
#include "WindowGeometry.h"
#include "common/ExitCode.h"
#include "common/Logging.h"
#include "common/Redaction.h"
#include "providers/ProfileRepository.h"

#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QTextStream>
#include <QtWebEngineQuick>

using namespace lc;

namespace {

int reportError(const AuthError &error)
{
    QTextStream(stderr) << "login-companion: " << error.message() << Qt::endl;
    return exitCodeFor(error);
}

// `login`: one sign-in; its outcome is the exit code, and on success the one stdout line
// "account\t<profile>\t<subject>" tells login-companion which account was stored.
int runLogin(const WindowArguments &arguments)
{
    auto profile = ProfileRepository::load(
        arguments.profile.isEmpty() ? ProfileRepository::defaultProfileId() : arguments.profile);
    if (!profile.ok())
        return reportError(profile.error());

    LoginController controller(profile.value(), Services::production(), arguments.account);
    if (!arguments.pageScriptFile.isEmpty()) {
        QFile script(arguments.pageScriptFile);
        if (!script.open(QIODevice::ReadOnly))
            return reportError(
                AuthError::config(QStringLiteral("--page-script %1: %2")
                                      .arg(arguments.pageScriptFile, script.errorString())));
        controller.setPageScript(QString::fromUtf8(script.readAll()));
    }
    if (arguments.remember)
        controller.setRememberSession(true);
    if (arguments.autofill) {
        auto autofill = Autofill::load(profile.value(), arguments.account);
        if (!autofill.ok())
            return reportError(autofill.error());
        controller.setAutofill(autofill.value(), arguments.autofillDeadlineSeconds);
    }
    if (!arguments.httpCredentialsFile.isEmpty()) {
        QFile credentials(arguments.httpCredentialsFile);
        if (!credentials.open(QIODevice::ReadOnly))
            return reportError(AuthError::config(
                QStringLiteral("--http-credentials-file %1: %2")
                    .arg(arguments.httpCredentialsFile, credentials.errorString())));
        const QString line = QString::fromUtf8(credentials.readLine()).trimmed();
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        controller.setAutomaticCredentials(colon < 0 ? QString() : line.left(colon),
                                           colon < 0 ? QString() : line.mid(colon + 1));
    }

    QQmlApplicationEngine engine; // destroyed before the controller it shows
    int exitCode = ExitCancelled;
    QObject::connect(&controller, &LoginController::signedIn, &engine,
                     [&](const AccountRecord &account) {
                         QTextStream(stdout) << "account\t" << account.profileId << '\t'
                                             << account.subject << Qt::endl;
                         exitCode = ExitSuccess;
                         QCoreApplication::exit(exitCode);
                     });
    const bool exitOnError = arguments.exitOnError;
    QObject::connect(
        &controller, &LoginController::signInFailed, &engine, [&, exitOnError](const AuthError &error) {
            // A failure stays on screen with Retry. The sign-in ends when the user closes the
            // window (then with the failure on screen, or "cancelled" when nothing failed), or
            // at once with --exit-on-error.
            if (controller.phase() != LoginController::Phase::Cancelled && !exitOnError)
                return;
            exitCode = exitCodeFor(error);
            QTextStream(stderr) << "login-companion: " << error.message() << Qt::endl;
            QCoreApplication::exit(exitCode);
        });

    engine.setInitialProperties(
        { { QStringLiteral("controller"), QVariant::fromValue(&controller) } });
    engine.load(QUrl(QStringLiteral("qrc:/LoginCompanion/LoginWindow.qml")));
    if (engine.rootObjects().isEmpty())
        return reportError(AuthError::config(
            QCoreApplication::translate("main", "the login window failed to load")));
    WindowGeometry::restoreAndTrack(engine.rootObjects().first(), QStringLiteral("loginWindow"));
    controller.start();
    QCoreApplication::exec();
    return exitCode;
}

int runAccountsWindow()
{
    AccountsController accounts { Services::production() };
    accounts.setClipboard(std::make_shared<SystemClipboard>());
    QQmlApplicationEngine engine;
    engine.setInitialProperties({ { QStringLiteral("accounts"), QVariant::fromValue(&accounts) } });
    engine.load(QUrl(QStringLiteral("qrc:/LoginCompanion/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return reportError(AuthError::config(
            QCoreApplication::translate("main", "the main window failed to load")));
    WindowGeometry::restoreAndTrack(engine.rootObjects().first(), QStringLiteral("mainWindow"));
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    installRedactingMessageHandler();
    // Quiet unless --verbose, from the first message on (the platform plugin's, Chromium's).
    bool verbose = false;
    for (int i = 1; i < argc; ++i)
        verbose = verbose || qstrcmp(argv[i], "--verbose") == 0;
    setVerboseLogging(verbose);
    WindowEnvironment::quietEngine(verbose);
    QCoreApplication::setApplicationName(QStringLiteral("login-companion"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOGIN_COMPANION_VERSION));
    if (!DisplayCheck::canOpenWindow()) {
        QTextStream(stderr) << "login-companion: " << DisplayCheck::noDisplayMessage() << Qt::endl;
        return ExitUsage;
    }
    WindowEnvironment::reportMissingPlatformAsNoDisplay();
    QtWebEngineQuick::initialize();
    WebTools::registerForQml();
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Login Companion"));
    QGuiApplication::setDesktopFileName(QStringLiteral("login-companion"));
    WindowEnvironment::setUpApplication();

    auto arguments = WindowArguments::parse(QCoreApplication::arguments());
    if (!arguments.ok())
        return reportError(arguments.error());

    return arguments.value().login ? runLogin(arguments.value()) : runAccountsWindow();
}
