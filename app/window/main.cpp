#include "AccountsController.h"
#include "LoginController.h"
#include "WebTools.h"
#include "WindowArguments.h"
#include "WindowGeometry.h"
#include "common/ExitCode.h"
#include "common/Logging.h"
#include "common/Redaction.h"
#include "common/Translations.h"
#include "providers/ProfileRepository.h"

#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QTextStream>
#include <QTranslator>
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
    QObject::connect(
        &controller, &LoginController::signInFailed, &engine, [&](const AuthError &error) {
            // Other failures stay on screen with Retry; closing the window then
            // reports them.
            exitCode = exitCodeFor(error);
            if (error.kind() == AuthError::Kind::Cancelled) {
                QTextStream(stderr) << "login-companion: " << error.message() << Qt::endl;
                QCoreApplication::exit(exitCode);
            }
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
    QCoreApplication::setApplicationName(QStringLiteral("login-companion"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOGIN_COMPANION_VERSION));
    QtWebEngineQuick::initialize();
    WebTools::registerForQml();
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Login Companion"));
    QGuiApplication::setDesktopFileName(QStringLiteral("login-companion"));
    installTranslations();
    if (QQuickStyle::name().isEmpty())
        QQuickStyle::setStyle(QStringLiteral("Fusion")); // follows the system light/dark palette

    auto arguments = WindowArguments::parse(QCoreApplication::arguments());
    if (!arguments.ok())
        return reportError(arguments.error());
    setVerboseLogging(arguments.value().verbose);

    return arguments.value().login ? runLogin(arguments.value()) : runAccountsWindow();
}
