#include "TrayProcess.h"

#include "AgentLogging.h"
#include "WindowLauncher.h"

#include <QTextStream>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace lc::agent {

TrayProcess::TrayProcess(QString agentPath, QObject *parent)
    : QObject(parent)
    , m_agentPath(std::move(agentPath))
{
    m_process.setProcessChannelMode(QProcess::ForwardedChannels);
#ifdef Q_OS_UNIX
    // A process group of its own: Ctrl+C in the agent's terminal reaches the agent alone, which
    // then ends the tray, instead of the tray dying first and looking like a crash.
    m_process.setChildProcessModifier([] { ::setpgid(0, 0); });
#endif
    connect(&m_process, &QProcess::finished, this, &TrayProcess::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            QTextStream(stderr) << "login-companion: "
                                << tr("Cannot start the tray icon (%1): %2")
                                       .arg(m_process.program(), m_process.errorString())
                                << Qt::endl;
    });
}

TrayProcess::~TrayProcess()
{
    disconnect(&m_process, nullptr, this, nullptr);
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

QString TrayProcess::executable()
{
    return WindowLauncher::helperExecutable(QStringLiteral("login-companion-tray"));
}

QString TrayProcess::notInstalledMessage()
{
    return tr("The tray icon (login-companion-tray) is not installed next to the agent; run the "
              "agent without --tray.");
}

void TrayProcess::start()
{
    qCInfo(lcAgent) << "starting the tray icon";
    m_process.start(executable(), { QStringLiteral("--agent"), m_agentPath });
}

void TrayProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    qCInfo(lcAgent) << "the tray icon ended, exit code" << exitCode;
    // A normal exit was explained by the tray itself (no system tray, or it could not connect).
    if (status == QProcess::NormalExit)
        return;
    QTextStream err(stderr);
    if (m_restarted) {
        err << "login-companion: " << tr("The tray icon crashed again; the agent runs without it.")
            << Qt::endl;
        return;
    }
    err << "login-companion: " << tr("The tray icon crashed; starting it again.") << Qt::endl;
    m_restarted = true;
    start();
}

} // namespace lc::agent
