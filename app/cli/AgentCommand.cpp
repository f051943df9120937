#include "AgentCommand.h"

#include "AgentAutostart.h"
#include "WindowLauncher.h"
#include "common/ExitCode.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>
#include <vector>
#else
#include <QProcess>
#endif

namespace lc {

namespace {
int failed(const QString &message, int code = ExitUsage)
{
    QTextStream(stderr) << "login-companion: " << message << Qt::endl;
    return code;
}
} // namespace

int AgentCommand::run(const QCommandLineParser &parser)
{
    const bool enable = parser.isSet(QStringLiteral("enable-autostart"));
    const bool disable = parser.isSet(QStringLiteral("disable-autostart"));
    QTextStream out(stdout);
    if (enable && disable)
        return failed(tr("--enable-autostart and --disable-autostart exclude each other"));
    if (enable) {
        const Result<QString> entry = AgentAutostart::enable(QCoreApplication::applicationFilePath());
        if (!entry.ok())
            return failed(entry.error().message(), exitCodeFor(entry.error()));
        out << tr("The agent will start at login (%1).").arg(entry.value()) << Qt::endl;
        return ExitSuccess;
    }
    if (disable) {
        const Result<bool> removed = AgentAutostart::disable();
        if (!removed.ok())
            return failed(removed.error().message(), exitCodeFor(removed.error()));
        out << (removed.value() ? tr("The agent will no longer start at login.")
                                : tr("The agent was not set to start at login."))
            << Qt::endl;
        return ExitSuccess;
    }

    const QString agent = WindowLauncher::helperExecutable(QStringLiteral("login-companion-agent"));
    if (agent.isEmpty())
        return failed(tr("The agent (login-companion-agent) is not installed next to %1.")
                          .arg(QCoreApplication::applicationFilePath()));
    QStringList arguments;
    for (const char *flag : { "tray", "verbose" }) {
        if (parser.isSet(QLatin1String(flag)))
            arguments << QStringLiteral("--") + QLatin1String(flag);
    }
#ifdef Q_OS_UNIX
    QList<QByteArray> encoded { QFile::encodeName(agent) };
    for (const QString &argument : std::as_const(arguments))
        encoded.append(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &argument : encoded)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    std::fflush(nullptr);
    ::execv(argv.front(), argv.data());
    return failed(tr("Cannot start %1: %2").arg(agent, QString::fromLocal8Bit(std::strerror(errno))));
#else
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    process.start(agent, arguments);
    if (!process.waitForStarted(-1))
        return failed(tr("Cannot start %1: %2").arg(agent, process.errorString()));
    process.waitForFinished(-1);
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode()
                                                        : int(ExitProviderOrNetwork);
#endif
}

} // namespace lc
