// login-companion-agent, started by `login-companion agent` (docs/AGENT.md): the auth core and
// QtNetwork for its socket. Never Qt Quick, WebEngine, QtWidgets or QtGui: the login window is a
// process of its own, started for a sign-in, and so is the tray icon of --tray,
// login-companion-tray (server/TrayProcess).
#include "DisplayCheck.h"
#include "client/AgentEndpoint.h"
#include "common/ExitCode.h"
#include "common/Logging.h"
#include "common/Redaction.h"
#include "common/Translations.h"
#include "server/Agent.h"
#include "server/TrayProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// The tokens live in this process's memory: no core file may carry them to disk, and no other
// process of the user may read them through ptrace or /proc (Linux: not dumpable).
void keepMemoryPrivate()
{
#ifdef Q_OS_UNIX
    const rlimit none { 0, 0 };
    ::setrlimit(RLIMIT_CORE, &none);
#endif
#ifdef Q_OS_LINUX
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

#ifdef Q_OS_UNIX
int signalSockets[2] = { -1, -1 };

void onQuitSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalSockets[1], &byte, 1);
}
#endif

// SIGTERM (systemd, launchd), SIGINT (Ctrl+C) and SIGHUP end the event loop, so the socket file
// is removed and the tokens are dropped the orderly way.
void quitOnSignals(QObject *parent)
{
#ifdef Q_OS_UNIX
    std::signal(SIGPIPE, SIG_IGN); // a client that hung up is noticed by the write, not killed for
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalSockets) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalSockets[0], QSocketNotifier::Read, parent);
    QObject::connect(notifier, &QSocketNotifier::activated, parent, [] {
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(signalSockets[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action {};
    action.sa_handler = onQuitSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signal : { SIGTERM, SIGINT, SIGHUP })
        ::sigaction(signal, &action, nullptr);
#else
    Q_UNUSED(parent);
#endif
}

// Everything after the application object is made.
int runAgent()
{
    QCoreApplication::setApplicationName(QStringLiteral("login-companion"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOGIN_COMPANION_VERSION));
    lc::installTranslations();

    QCommandLineParser parser;
    parser.addOptions({ QCommandLineOption(QStringLiteral("tray")),
                        QCommandLineOption(QStringLiteral("verbose")) });
    if (!parser.parse(QCoreApplication::arguments()) || !parser.positionalArguments().isEmpty()) {
        err() << "login-companion: "
              << (parser.errorText().isEmpty()
                      ? QCoreApplication::translate("lc::agent::Agent", "unexpected argument \"%1\"")
                            .arg(parser.positionalArguments().value(0))
                      : parser.errorText())
              << Qt::endl;
        return lc::ExitUsage;
    }
    lc::setVerboseLogging(parser.isSet(QStringLiteral("verbose")));
    const bool tray = parser.isSet(QStringLiteral("tray"));
    if (tray && !lc::DisplayCheck::canOpenWindow()) {
        err() << "login-companion: "
              << lc::agent::TrayProcess::tr("The tray icon needs a display (neither DISPLAY nor "
                                            "WAYLAND_DISPLAY is set); run the agent without "
                                            "--tray.")
              << Qt::endl;
        return lc::ExitUsage;
    }
    if (tray && lc::agent::TrayProcess::executable().isEmpty()) {
        err() << "login-companion: " << lc::agent::TrayProcess::notInstalledMessage() << Qt::endl;
        return lc::ExitUsage;
    }
    keepMemoryPrivate();

    lc::agent::Agent agent(lc::Services::production());
    const QString path = lc::agent::AgentEndpoint::path();
    const lc::Status listening = agent.listen(path);
    if (!listening.ok()) {
        err() << "login-companion: " << listening.error().message() << Qt::endl;
        return lc::exitCodeFor(listening.error());
    }
    quitOnSignals(&agent);
    QObject::connect(&agent, &lc::agent::Agent::stopRequested, &agent, &QCoreApplication::quit);
    std::unique_ptr<lc::agent::TrayProcess> trayProcess;
    if (tray) {
        trayProcess = std::make_unique<lc::agent::TrayProcess>(path);
        trayProcess->start();
    }
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    lc::installRedactingMessageHandler();
    QCoreApplication app(argc, argv);
    return runAgent();
}
