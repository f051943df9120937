#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QProcess>

namespace lc::agent {

// `login-companion agent --tray`: the tray icon is a process of its own, login-companion-tray
// (QtWidgets), a client of the agent's socket like any launcher, so the agent never maps
// QtWidgets and QtGui. The agent starts it once it listens and ends it when the agent ends.
// The tray ends by itself when the agent's connection closes ("Quit" asks the agent to `stop`),
// and exits 0 when the desktop has no system tray (it says so on stderr); a tray that crashes
// is started again once, and the agent keeps serving either way.
class TrayProcess : public QObject
{
    Q_OBJECT

public:
    explicit TrayProcess(QString agentPath, QObject *parent = nullptr);
    ~TrayProcess() override;

    // login-companion-tray next to the agent (WindowLauncher::helperExecutable); empty if absent.
    static QString executable();
    // The error line for an agent that was asked for --tray without one.
    static QString notInstalledMessage();

    void start();
    // Tests: the tray's process id while it runs, else 0.
    qint64 processId() const { return m_process.processId(); }

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);

    QString m_agentPath;
    QProcess m_process;
    bool m_restarted = false;
};

} // namespace lc::agent
