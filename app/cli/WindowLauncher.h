#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace lc {

// Starts login-companion-window, the executable that links Qt Quick and WebEngine, so that the
// front executable never pays their start-up cost unless a window is really needed.
class WindowLauncher
{
    Q_DECLARE_TR_FUNCTIONS(lc::WindowLauncher)

public:
    struct Outcome
    {
        int exitCode = 1;
        QString standardOutput; // the window reports the signed-in account here
    };

    static QString windowExecutable();
    // A helper executable of ours (login-companion-window, login-companion-agent): next to the
    // caller (build tree, Windows, the macOS bundle), in its build folder, or in libexec.
    static QString helperExecutable(const QString &baseName);
    // The window's one stdout line after a sign-in, "account\t<profile>\t<subject>": the
    // profile id and subject it names.
    static std::optional<std::pair<QString, QString>> reportedAccount(const QString &standardOutput);
    // Runs the window with `arguments`; its stderr goes straight to ours.
    static Outcome run(const QStringList &arguments,
                       const QProcessEnvironment &environment
                       = QProcessEnvironment::systemEnvironment());
};

} // namespace lc
