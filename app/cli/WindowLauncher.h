#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

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
    // Runs the window with `arguments`; its stderr goes straight to ours.
    static Outcome run(const QStringList &arguments,
                       const QProcessEnvironment &environment
                       = QProcessEnvironment::systemEnvironment());
};

} // namespace lc
