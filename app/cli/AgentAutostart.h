#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace lc {

// `login-companion agent --enable-autostart` / `--disable-autostart`: the agent, with its tray
// icon, started at every login, or no longer. Off until asked for:
//   Linux    an XDG autostart entry, ~/.config/autostart/login-companion-agent.desktop (the
//            installed share/login-companion/login-companion-agent.desktop, pointed at us)
//   macOS    a LaunchAgent, ~/Library/LaunchAgents/io.github.logincompanion.agent.plist
//   Windows  the value "LoginCompanionAgent" under HKCU\Software\Microsoft\Windows\
//            CurrentVersion\Run
class AgentAutostart
{
    Q_DECLARE_TR_FUNCTIONS(lc::AgentAutostart)

public:
    // Where the entry goes (a file, or the registry value).
    static QString location();
    // `program`: this login-companion executable. The result is location().
    static Result<QString> enable(const QString &program);
    // Whether there was an entry to remove.
    static Result<bool> disable();

    // The Linux entry for `program` (the installed template's Exec pointed at it).
    static QString desktopEntry(const QString &program);
};

} // namespace lc
